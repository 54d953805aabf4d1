#include "hedge_lexicon.hpp"

#include <algorithm>
#include <stdexcept>

namespace slant::plugins::hedging {

bool is_finding_category(std::string_view category) {
  return std::find(kFindingCategories.begin(), kFindingCategories.end(), category) !=
         kFindingCategories.end();
}

namespace {

std::string expected_categories() {
  std::string out;
  for (auto c : kFindingCategories) out += (out.empty() ? "" : ", ") + std::string(c);
  for (auto c : kWordClasses) out += ", " + std::string(c);
  return out;
}

// The SDK lexicon has no way to add one entry, so each part is rebuilt from entry lines; the
// file was already parsed and checked, so this cannot fail.
std::string entry_line(const sdk::LexiconEntry& e) {
  return e.phrase + "\t" + e.category + "\t" + std::to_string(e.weight) + "\n";
}

}  // namespace

void HedgeLexicon::add(const sdk::Lexicon& lexicon) {
  std::string cue_text, quantifier_text, vague_text, opinion_verb_text, consensus_text, group_text, verb_text, opinion_text, report_text,
      modifier_text;
  for (const auto& e : lexicon.entries()) {
    std::string* target = nullptr;
    if (is_finding_category(e.category)) target = &cue_text;
    else if (e.category == "class:weasel-quantifier") target = &quantifier_text;
    else if (e.category == "class:vague-quantifier") target = &vague_text;
    else if (e.category == "class:group-noun") target = &group_text;
    else if (e.category == "class:opinion-verb") target = &opinion_verb_text;
    else if (e.category == "class:consensus-participle") target = &consensus_text;
    else if (e.category == "class:report-verb") target = &verb_text;
    else if (e.category == "class:passive-opinion") target = &opinion_text;
    else if (e.category == "class:passive-report") target = &report_text;
    else if (e.category == "class:hedge-modifier") target = &modifier_text;
    if (!target)
      throw std::runtime_error(lexicon.path() + ":" + std::to_string(e.line) + ": unknown category '" +
                               e.category + "' (expected one of: " + expected_categories() + ")");
    *target += entry_line(e);
  }
  const std::string& name = lexicon.path();
  cues.extend(sdk::Lexicon::parse(cue_text, name));
  quantifiers.extend(sdk::Lexicon::parse(quantifier_text, name));
  vague_quantifiers.extend(sdk::Lexicon::parse(vague_text, name));
  groups.extend(sdk::Lexicon::parse(group_text, name));
  opinion_verbs.extend(sdk::Lexicon::parse(opinion_verb_text, name));
  consensus_participles.extend(sdk::Lexicon::parse(consensus_text, name));
  report_verbs.extend(sdk::Lexicon::parse(verb_text, name));
  passive_opinion.extend(sdk::Lexicon::parse(opinion_text, name));
  passive_report.extend(sdk::Lexicon::parse(report_text, name));
  modifiers.extend(sdk::Lexicon::parse(modifier_text, name));
}

HedgeLexicon HedgeLexicon::load(const std::string& path, const std::string& extra_path) {
  HedgeLexicon lex;
  lex.add(sdk::Lexicon::load(path));
  if (!extra_path.empty()) lex.add(sdk::Lexicon::load(extra_path));
  return lex;
}

HedgeLexicon HedgeLexicon::from_text(std::string_view text, const std::string& name) {
  HedgeLexicon lex;
  lex.add(sdk::Lexicon::parse(text, name));
  return lex;
}

}  // namespace slant::plugins::hedging
