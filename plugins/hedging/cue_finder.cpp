#include "cue_finder.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "cue_disambiguation.hpp"
#include "phrase_rules.hpp"

namespace slant::plugins::hedging {
namespace {

bool free_tokens(const std::vector<char>& used, const CueMatch& m) {
  for (const auto& [a, b] : m.cue)
    for (int64_t k = a; k < b; ++k)
      if (used[static_cast<size_t>(k)]) return false;
  return true;
}

void claim(std::vector<char>& used, const CueMatch& m) {
  for (const auto& [a, b] : m.cue)
    for (int64_t k = a; k < b; ++k) used[static_cast<size_t>(k)] = 1;
}

// The first phrase rule, in order of precedence, that matches at token i with all its cue
// tokens still free; a rule is called only where it can start (phrase_rules.hpp). A rule's match
// is returned as it is, not moved from one optional to the next as each rule is tried.
std::optional<CueMatch> first_free_rule_match(const HedgeLexicon& lex, const SentenceWords& w, int64_t i,
                                              const std::vector<char>& used, const CueOptions& options) {
  if (may_open_weasel(w, i))
    if (auto m = match_weasel(lex, w, i); m && free_tokens(used, *m)) return m;
  if (may_open_agentless_passive(w, i))
    if (auto m = match_agentless_passive(lex, w, i); m && free_tokens(used, *m)) return m;
  if (may_open_conditional(w, i))
    if (auto m = match_conditional(w, i); m && free_tokens(used, *m)) return m;
  if (options.vague_quantifiers && may_open_vague_quantity(w, i))
    if (auto m = match_vague_quantity(lex, w, i); m && free_tokens(used, *m)) return m;
  return std::nullopt;
}

CueMatch from_entry(const sdk::LexiconEntry& e, int64_t i) {
  CueMatch m;
  m.category = e.category;
  m.rule = "lexicon:" + e.category + ":" + e.phrase;
  m.weight = e.weight;
  m.add_range(i, i + static_cast<int64_t>(e.words.size()));
  m.scope_from = i;
  return m;
}

}  // namespace

std::vector<CueMatch> find_cues(const HedgeLexicon& lex, const SentenceWords& w,
                                const CueOptions& options) {
  const int64_t n = w.size();
  std::vector<CueMatch> out;
  std::vector<char> used(static_cast<size_t>(n), 0);

  for (int64_t i = 0; i < n; ++i) {
    if (used[static_cast<size_t>(i)] || w.is_punct(i)) continue;
    if (auto m = first_free_rule_match(lex, w, i, used, options)) {
      claim(used, *m);
      out.push_back(std::move(*m));
      continue;
    }
    // The longest lexicon entry here; if its context rejects it, the single word may still be
    // a cue on its own ("may" inside a rejected longer phrase).
    if (!w.may_start(i, kStartsCue)) continue;
    auto lm = lex.cues.match_at(w.tokens(), static_cast<uint32_t>(i));
    const sdk::LexiconEntry* entry = lm ? lm.entry : nullptr;
    if (entry && !accept_cue(*entry, w, i)) {
      const sdk::LexiconEntry* single = lex.cues.find_word(w.lower(i));
      entry = (single && single != entry && accept_cue(*single, w, i)) ? single : nullptr;
    }
    if (!entry) continue;
    CueMatch c = from_entry(*entry, i);
    if (!free_tokens(used, c)) continue;
    claim(used, c);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace slant::plugins::hedging
