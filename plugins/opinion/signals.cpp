// Finds the lexicon and pattern signals of opinion in a sentence (see signals.hpp).
#include "signals.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace slant::plugins::opinion {
namespace {

constexpr std::array<std::string_view, kSignalClassCount> kNames = {
    "evaluative",    "emotive",       "intensifier",         "deontic",     "certain-prediction",
    "booster",       "first-person",  "second-person",       "rhetorical-question",
    "exclamation",   "scare-quote",   "loaded-label",        "call-to-action", "speculation",
    "figurative", "absolute", "argument"};

constexpr std::string_view kClauseStartCategory = "call-to-action-start";
constexpr std::string_view kReportingCategory = "reporting";
constexpr std::string_view kContentVerbCategory = "content-verb";

std::string_view lower(const sdk::Token& t) { return sdk::Article::lower(t); }

bool is_person(SignalClass c) {
  return c == SignalClass::first_person || c == SignalClass::second_person;
}

// Words that turn a question into its interrogative order: "Where is", "Why should".
bool is_auxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {"is",    "are",   "was",    "were", "do",
                                              "does",  "did",   "can",    "could", "should",
                                              "would", "will",  "has",    "have", "must"};
  return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux);
}

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "no" || w == "any" || w == "this" ||
         w == "that" || w == "their" || w == "its" || w == "his" || w == "her";
}

// True when token i (article index) opens its clause: nothing but punctuation before it in the
// sentence, or an opening quotation mark or a colon right before it.
bool starts_clause(std::span<const sdk::Token> tokens, uint32_t sentence_first, uint32_t i) {
  for (uint32_t j = i; j > sentence_first; --j) {
    const auto& prev = tokens[j - 1];
    if (is_quote_mark(prev)) return true;
    if (is_wordlike(prev)) return false;
    if (lower(prev) == ":") return true;
  }
  return true;
}

bool woke_is_verb(std::span<const sdk::Token> sent, uint32_t i) {
  static constexpr std::string_view kAfter[] = {"up",     "to",   "at",  "early", "from", "before", "after", "on",
                                                "in",     "the",  "her", "him",   "them", "me",     "us",    "my",
                                                "his",    "their", "our", "everyone", "late", "with", "again"};
  static constexpr std::string_view kBefore[] = {"i", "he", "she", "we", "they", "who", "had", "then", "and", "finally"};
  if (i + 1 < sent.size())
    for (const auto w : kAfter)
      if (lower(sent[i + 1]) == w) return true;
  if (i > 0)
    for (const auto w : kBefore)
      if (lower(sent[i - 1]) == w) return true;
  return false;
}

}  // namespace

std::string_view name(SignalClass c) { return kNames[static_cast<size_t>(c)]; }

std::optional<SignalClass> signal_class_from(std::string_view category) {
  if (category == kClauseStartCategory) return SignalClass::call_to_action;
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == category) return static_cast<SignalClass>(i);
  return std::nullopt;
}

const std::array<SignalClass, kSignalClassCount>& all_signal_classes() {
  static const std::array<SignalClass, kSignalClassCount> all = [] {
    std::array<SignalClass, kSignalClassCount> a{};
    for (size_t i = 0; i < a.size(); ++i) a[i] = static_cast<SignalClass>(i);
    return a;
  }();
  return all;
}

SignalLexicons load_signal_lexicons(const sdk::Config& cfg, const std::string& extra_lexicon) {
  SignalLexicons lex;
  auto check = [](const sdk::Lexicon& l) {
    for (const auto& e : l.entries())
      if (!signal_class_from(e.category))
        throw std::runtime_error(l.path() + ":" + std::to_string(e.line) + ": unknown category '" +
                                 e.category +
                                 "' (expected a signal class such as evaluative, deontic, "
                                 "call-to-action or call-to-action-start)");
  };
  // The files' entries gathered, then indexed once.
  std::vector<sdk::LexiconEntry> signals;
  auto take = [&](const std::string& path) {
    auto l = sdk::Lexicon::load(path);
    check(l);
    signals.insert(signals.end(), l.entries().begin(), l.entries().end());
  };
  for (const char* file : {"evaluative.tsv", "loaded-labels.tsv", "stance.tsv", "figurative.tsv", "person.tsv"})
    take(cfg.data_path(file));
  if (!extra_lexicon.empty()) take(cfg.data_path(extra_lexicon));
  lex.signals.add(std::move(signals));
  // Two lexicons, not one with two categories: a lexicon matches the longest phrase at a place,
  // and a content verb such as "called on" must not hide the reporting verb "called".
  auto all = sdk::Lexicon::load(cfg.data_path("reporting.tsv"));
  std::vector<sdk::LexiconEntry> reporting;
  for (const auto& e : all.entries()) {
    if (e.category == kReportingCategory) reporting.push_back(e);
    else if (e.category != kContentVerbCategory)
      throw std::runtime_error(all.path() + ":" + std::to_string(e.line) + ": unknown category '" +
                               e.category + "' (expected reporting or content-verb)");
  }
  lex.reporting.add(std::move(reporting));
  lex.content_verbs = std::move(all);
  return lex;
}

SignalFinder::SignalFinder(SignalLexicons lexicons) : lex_(std::move(lexicons)) {}

std::vector<Signal> SignalFinder::find(const sdk::Article& a, const sdk::Sentence& s) const {
  std::vector<Signal> out;
  find_lexicon(a, s, out);
  find_punctuation(a, s, out);
  find_scare_quotes(a, s, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Signal& x, const Signal& y) { return x.first < y.first; });
  return out;
}

void SignalFinder::find_lexicon(const sdk::Article& a, const sdk::Sentence& s,
                                std::vector<Signal>& out) const {
  const auto all = a.tokens();
  const auto sent = a.tokens_of(s);
  for (uint32_t i = 0; i < sent.size();) {
    const auto& t = sent[i];
    const uint32_t at = s.first_token + i;
    if (is_quote_mark(t) || !is_wordlike(t)) {
      ++i;
      continue;
    }
    // "so" / "too" before an evaluative or emotive word turns it up: "so reckless". (Asked of every
    // token: compared by sdk::same_word, as == made each two-letter word a compare() call.)
    if ((sdk::same_word(lower(t), "so") || sdk::same_word(lower(t), "too")) && i + 1 < sent.size() &&
        in_quote(sent[i + 1]) == in_quote(t)) {
      if (const auto* e = lex_.signals.find_word(lower(sent[i + 1]));
          e && (e->category == "evaluative" || e->category == "emotive")) {
        out.push_back({SignalClass::intensifier, at, at + 1, {t.begin, t.end}, 0.6,
                       "pattern:intensifier:" + std::string(lower(t)), in_quote(t), std::nullopt});
        ++i;
        continue;
      }
    }
    auto m = lex_.signals.match_at(sent, i);
    if (!m) {
      ++i;
      continue;
    }
    bool one_side = true;
    for (uint32_t k = i; k < i + m.count && one_side; ++k)
      one_side = !is_quote_mark(sent[k]) && in_quote(sent[k]) == in_quote(t);
    const auto cls = *signal_class_from(m.entry->category);
    // "US" (the country) lower-cases to "us"; an all-capital pronoun is not a pronoun. A speaker
    // quoted saying "we" or "you" is just speaking: person marks opinion in the writer's voice only.
    bool ok = one_side && !(is_person(cls) && ((t.flags & SLANT_TOKEN_ALL_CAPS) || in_quote(t)));
    // "mine" is the pronoun after "of" or a verb ("a friend of mine", "the choice is mine"), and
    // the noun after a determiner or another word ("the mine", "a coal mine", "the mine has")
    if (ok && m.count == 1 && lower(t) == "mine" && i > 0 && is_wordlike(sent[i - 1])) {
      const std::string_view prev = lower(sent[i - 1]);
      ok = prev == "of" || prev == "is" || prev == "was" || prev == "are" || prev == "were" || prev == "be" ||
           prev == "and" || prev == "not";
    }
    // "woke" is the label before a noun or after "too", "so", "is" ("woke politics", "too woke"),
    // and the past of "wake" after a subject or before "up", "to", a time ("she woke to water")
    if (ok && m.count == 1 && lower(t) == "woke") ok = !woke_is_verb(sent, i);
    if (ok && m.entry->category == kClauseStartCategory) ok = starts_clause(all, s.first_token, at);
    // "We cannot rule it out", "we cannot say": what we are unable to know, no call to act
    if (ok && cls == SignalClass::call_to_action && m.entry->phrase == "we cannot" && i + m.count < sent.size()) {
      const std::string_view next = lower(sent[i + m.count]);
      ok = !(next == "rule" || next == "say" || next == "confirm" || next == "comment" || next == "know" ||
             next == "tell" || next == "predict" || next == "guarantee" || next == "be");
    }
    // "The problem is, ..." and "the problem is that ..." judge; "the problem is ours" says whose
    if (ok && m.entry->phrase == "the problem is" && i + m.count < sent.size()) {
      const std::string_view next = lower(sent[i + m.count]);
      ok = next == "," || next == "that" || next == ":" || next == "\xE2\x80\x94";
    }
    // "I need to look after myself": the speaker's own need, no one's duty
    if (ok && cls == SignalClass::deontic && m.entry->phrase == "need to" && i > 0 && lower(sent[i - 1]) == "i") ok = false;
    // "the need to act" names a need; only the verb ("we need to act") is deontic.
    if (ok && cls == SignalClass::deontic && i > 0 && is_determiner(lower(sent[i - 1]))) ok = false;
    // "Prosecutors may have to reassess": "may", "might" or "could" before "have to" foresee a
    // need, no one's "ought" ("will have to" stays: BABE dev reads it as opinion, 0.8363 -> 0.8354)
    if (ok && cls == SignalClass::deontic && i > 0 && (lower(t) == "have" || lower(t) == "has")) {
      const std::string_view prev = lower(sent[i - 1]);
      ok = !(prev == "may" || prev == "might" || prev == "could");
    }
    if (!ok) {
      ++i;
      continue;
    }
    const auto& last = sent[i + m.count - 1];
    out.push_back({cls, at, at + m.count, {t.begin, last.end}, m.entry->weight,
                   "lexicon:" + m.entry->category + ":" + m.entry->phrase, in_quote(t), std::nullopt});
    i += m.count;
  }
}

void SignalFinder::find_punctuation(const sdk::Article& a, const sdk::Sentence& s,
                                    std::vector<Signal>& out) const {
  const auto all = a.tokens();
  const uint32_t end = s.first_token + s.token_count;
  bool quote_has_question = false;
  for (uint32_t i = s.first_token; i < end; ++i) {
    const auto& t = all[i];
    const auto w = lower(t);
    if (w.size() != 1 || (w[0] != '?' && w[0] != '!')) continue;  // every token: one byte, tested in place
    // Only a mark that closes its side counts: end of sentence, or just before a quote mark.
    const bool closes = i + 1 == end || is_quote_mark(all[i + 1]) || lower(all[i + 1]) == "?" ||
                        lower(all[i + 1]) == "!" || lower(all[i + 1]) == ")";
    if (!closes) continue;
    if (i + 1 < end && (lower(all[i + 1]) == "?" || lower(all[i + 1]) == "!")) continue;  // "?!": once
    if (w == "!") {
      out.push_back({SignalClass::exclamation, i, i + 1, {t.begin, t.end}, 1.0,
                     "pattern:exclamation", in_quote(t), std::nullopt});
      continue;
    }
    if (in_quote(t)) quote_has_question = true;
    // The cue is the question's opening words ("Is it", "Why should"), which a reader can see.
    uint32_t open = i;
    while (open > s.first_token && !is_quote_mark(all[open - 1]) &&
           in_quote(all[open - 1]) == in_quote(t))
      --open;
    while (open < i && !is_wordlike(all[open])) ++open;
    uint32_t close = open;
    for (int words = 0; close < i && words < 2; ++close)
      if (is_wordlike(all[close])) ++words;
    if (close == open) close = i + 1;
    out.push_back({SignalClass::rhetorical_question, open, close,
                   {all[open].begin, all[close - 1].end}, 1.0, "pattern:rhetorical-question",
                   in_quote(t), std::nullopt});
  }
  // A quotation that opens in question order but lost its "?" ("Where is the sincerity ...,").
  if (quote_has_question) return;
  for (uint32_t i = s.first_token; i + 1 < end; ++i) {
    const auto& t = all[i];
    if (!in_quote(t) || i == s.first_token || !is_quote_mark(all[i - 1])) continue;
    const auto w = lower(t);
    if ((w == "where" || w == "why" || w == "how") && is_auxiliary(lower(all[i + 1])) &&
        in_quote(all[i + 1]))
      out.push_back({SignalClass::rhetorical_question, i, i + 2, {t.begin, all[i + 1].end}, 0.8,
                     "pattern:rhetorical-question:question-order", true, std::nullopt});
  }
}

std::optional<uint32_t> SignalFinder::first_reporting_verb(const sdk::Article& a,
                                                           const sdk::Sentence& s,
                                                           bool content_verbs) const {
  const auto sent = a.tokens_of(s);
  for (uint32_t i = 0; i < sent.size(); ++i) {
    if (in_quote(sent[i]) || is_quote_mark(sent[i])) continue;
    if ((content_verbs ? lex_.content_verbs : lex_.reporting).match_at(sent, i)) return sent[i].begin;
  }
  return std::nullopt;
}

void SignalFinder::find_scare_quotes(const sdk::Article& a, const sdk::Sentence& s,
                                     std::vector<Signal>& out) const {
  const auto all = a.tokens();
  const uint32_t end = s.first_token + s.token_count;
  bool reporting_checked = false, reporting = false;
  for (uint32_t i = s.first_token; i < end; ++i) {
    if (!is_quote_mark(all[i]) || i + 1 >= end || !in_quote(all[i + 1])) continue;
    // all[i] opens a quotation inside this sentence; find where its content ends.
    uint32_t j = i + 1, words = 0, capitalised = 0;
    while (j < end && in_quote(all[j]) && !is_quote_mark(all[j])) {
      if (is_wordlike(all[j])) {
        ++words;
        if (all[j].flags & SLANT_TOKEN_CAPITALIZED) ++capitalised;
      }
      ++j;
    }
    if (j >= end || !is_quote_mark(all[j])) continue;  // runs past the sentence: not a short term
    const auto last_inside = lower(all[j - 1]);
    bool words_before = false;
    for (uint32_t k = s.first_token; k < i && !words_before; ++k)
      words_before = is_wordlike(all[k]) && !in_quote(all[k]);
    const bool fragment_of_speech = last_inside == "," || last_inside == "." ||
                                    last_inside == "?" || last_inside == "!";
    if (words < 1 || words > 4 || !words_before || capitalised == words || fragment_of_speech) {
      i = j;
      continue;
    }
    if (!reporting_checked) {
      reporting = has_reporting_verb(a, s);
      reporting_checked = true;
    }
    if (reporting) return;  // a partial quotation of a source, not the writer's distance
    out.push_back({SignalClass::scare_quote, i, j + 1, {all[i].begin, all[j].end}, 0.6,
                   "pattern:scare-quote", false, sdk::Span{all[i].begin, all[i].end}});
    i = j;
  }
}

}  // namespace slant::plugins::opinion
