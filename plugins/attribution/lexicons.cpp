#include "lexicons.hpp"

#include <algorithm>
#include <stdexcept>

namespace slant::plugins::attribution {
namespace {

uint32_t word_class_bit(const std::string& name, const sdk::LexiconEntry& e, const std::string& file) {
  static const std::unordered_map<std::string, uint32_t> bits{
      {"det", kDet},         {"poss", kPoss},
      {"prep", kPrep},       {"subject-pronoun", kSubjectPronoun},
      {"object-pronoun", kObjectPronoun}, {"aux", kAux},
      {"negation", kNegation}, {"conjunction", kConjunction},
      {"subordinator", kSubordinator}, {"relative", kRelative},
      {"cue-adverb", kCueAdverb}, {"time", kTime}};
  auto it = bits.find(name);
  if (it == bits.end())
    throw std::runtime_error(file + ":" + std::to_string(e.line) + ": unknown word class '" + name + "'");
  return it->second;
}

uint32_t source_class_bit(const std::string& name, const sdk::LexiconEntry& e, const std::string& file) {
  static const std::unordered_map<std::string, uint32_t> bits{
      {"anonymous", kAnonymous}, {"anonymous-group", kAnonymousGroup}, {"vague", kVague},
      {"title", kTitle},         {"document", kDocument},             {"organisation", kOrganisation},
      {"message", kMessage},     {"generic", kGeneric}};
  auto it = bits.find(name);
  if (it == bits.end())
    throw std::runtime_error(file + ":" + std::to_string(e.line) + ": unknown source class '" + name + "'");
  return it->second;
}

GenderWord gender_word_of(const std::string& category, const sdk::LexiconEntry& e, const std::string& file) {
  const auto dash = category.find('-');
  const std::string sex = category.substr(0, dash);
  const std::string kind = dash == std::string::npos ? std::string() : category.substr(dash + 1);
  GenderWord g;
  g.gender = sex == "female" ? Gender::kFemale : sex == "male" ? Gender::kMale : Gender::kUnknown;
  g.kind = kind == "name" ? kGivenName : kind == "title" ? kHonorific : kind == "role" ? kRoleWord : 0;
  if (g.gender == Gender::kUnknown || g.kind == 0)
    throw std::runtime_error(file + ":" + std::to_string(e.line) + ": unknown gender class '" + category +
                             "' (female-name, male-title, female-role, ...)");
  return g;
}

// The plural of a role word: "spokesman" -> "spokesmen", "secretary" -> "secretaries", else "-s".
std::string plural_of(const std::string& w) {
  if (w.ends_with("man")) return w.substr(0, w.size() - 3) + "men";
  if (w.size() > 2 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (w.ends_with("s") || w.ends_with("ch") || w.ends_with("sh")) return w + "es";
  return w + "s";
}

}  // namespace

Lexicons Lexicons::load(const std::string& data_dir) {
  Lexicons l;
  const std::string verbs = data_dir + "/reporting_verbs.tsv";
  l.verbs_ = sdk::Lexicon::load(verbs);
  l.verb_senses_ = senses_of(l.verbs_);  // validates every category now, not mid-article
  l.nouns_ = sdk::Lexicon::load(data_dir + "/cue_nouns.tsv");
  l.noun_senses_ = senses_of(l.nouns_);

  std::unordered_map<std::string, WordTable::Classes, sdk::WordHash, std::equal_to<>> classes;
  const std::string words = data_dir + "/function_words.tsv";
  const sdk::Lexicon function_words = sdk::Lexicon::load(words);
  for (const auto& e : function_words.entries()) classes[e.phrase].word |= word_class_bit(e.category, e, words);

  const std::string sources = data_dir + "/sources.tsv";
  l.sources_ = sdk::Lexicon::load(sources);
  for (const auto& e : l.sources_.entries()) {
    uint32_t bit = source_class_bit(e.category, e, sources);
    if (e.words.size() == 1) classes[e.phrase].source |= bit;
  }
  // "Commissioners said", "spokesmen for the union": a title's plural, when the list does not
  // give it a class of its own, is a group of unnamed people, vague like "experts"
  for (const auto& e : l.sources_.entries()) {
    if (e.words.size() != 1 || e.category != "title") continue;
    const std::string plural = plural_of(e.phrase);
    if (auto it = classes.find(plural); it == classes.end() || it->second.source == 0) classes[plural].source |= kVague;
  }
  l.words_.build(classes);

  const std::string genders = data_dir + "/person_gender.tsv";
  const sdk::Lexicon gender_words = sdk::Lexicon::load(genders);
  for (const auto& e : gender_words.entries()) l.genders_[e.phrase] = gender_word_of(e.category, e, genders);
  return l;
}

VerbSense Lexicons::sense_in(const sdk::LexiconEntry& e, const sdk::Lexicon& from) {
  VerbSense s;
  const std::string& c = e.category;
  size_t a = c.find('/');
  size_t b = a == std::string::npos ? a : c.find('/', a + 1);
  if (b == std::string::npos)
    throw std::runtime_error(from.path() + ":" + std::to_string(e.line) +
                             ": category must be kind/stance/intensity, got '" + c + "'");
  s.kind = c.substr(0, a);
  s.stance = c.substr(a + 1, b - a - 1);
  s.intensity = c.substr(b + 1);
  s.lemma = e.note.empty() ? e.phrase : e.note;
  auto bad = [&](const std::string& what) {
    throw std::runtime_error(from.path() + ":" + std::to_string(e.line) + ": unknown " + what + " in '" + c + "'");
  };
  if (s.kind != "speech" && s.kind != "tell" && s.kind != "evidence" && s.kind != "cognition" && s.kind != "position" &&
      s.kind != "perception")
    bad("kind");
  if (s.stance != "neutral" && s.stance != "endorsing" && s.stance != "distancing") bad("stance");
  if (s.intensity != "plain" && s.intensity != "strong") bad("intensity");
  return s;
}

std::vector<VerbSense> Lexicons::senses_of(const sdk::Lexicon& lex) {
  std::vector<VerbSense> out;
  out.reserve(lex.entries().size());
  for (const auto& e : lex.entries()) out.push_back(sense_in(e, lex));
  return out;
}

void WordTable::build(const std::unordered_map<std::string, Classes, sdk::WordHash, std::equal_to<>>& words) {
  size_t size = 8;
  while (size < 2 * words.size()) size *= 2;
  slots_.assign(size, Slot{});
  filter_.fill(0);
  max_size_ = 0;
  for (const auto& [word, classes] : words) {
    if (word.empty()) continue;
    size_t at = sdk::word_hash(word) & (size - 1);
    while (!slots_[at].key.empty()) at = (at + 1) & (size - 1);
    slots_[at] = {word, classes};
    const uint32_t bit = filter_bit(word);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    max_size_ = std::max(max_size_, word.size());
  }
}

}  // namespace slant::plugins::attribution
