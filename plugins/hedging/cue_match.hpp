// One hedge or booster cue found in a sentence, before it becomes a finding: which tokens are
// the cue, where the qualified clause starts, and which rule or lexicon entry said so.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace slant::plugins::hedging {

struct CueMatch {
  // Token ranges [first, end) of the cue words, relative to the sentence, in order. A weasel
  // subject can be split: "some critics" ... "argue".
  std::vector<std::pair<int64_t, int64_t>> cue;
  std::string category;  // a finding category of hedge_lexicon.hpp
  std::string rule;      // "lexicon:<category>:<entry>" or "rule:<name>"
  double weight = 1.0;
  // Where the qualified clause starts: the cue itself, or the complement after "critics argue
  // (that)" and "it is believed (that)".
  int64_t scope_from = 0;

  int64_t first() const { return cue.front().first; }
  int64_t end() const { return cue.back().second; }
  void add_range(int64_t first, int64_t end) {
    if (!cue.empty() && cue.back().second == first) cue.back().second = end;
    else cue.emplace_back(first, end);
  }
};

}  // namespace slant::plugins::hedging
