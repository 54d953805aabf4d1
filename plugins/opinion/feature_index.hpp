// The linear model's weights indexed for scoring: a word's lower form finds its id once, and its
// word weight and pair weights follow from ids, so scoring builds no "w:" / "b:" strings.
#pragma once

#include <slant/lexicon.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "linear_model.hpp"
#include "model_features.hpp"
#include "signals.hpp"

namespace slant::plugins::opinion {

// A weight the model holds and the model's own name for it ("w:must", "b:must prevail"), which a
// "model:" cue names. Absent features weigh 0 and have no name.
struct IndexedWeight {
  double weight = 0;
  const std::string* name = nullptr;
};

class FeatureIndex {
 public:
  static constexpr uint32_t kNoWord = UINT32_MAX;

  // Indexes every "w:", "b:", "s:", "m:" and "c:" feature of the model. A pair "b:x y" is split
  // at its space: token lower forms hold no spaces, so no other pair could ever match a text.
  explicit FeatureIndex(const LinearModel& model);

  // The id of a word (a token's lower form, "<num>", or "<s>" before the first word), or kNoWord
  // when the model has neither a word nor a pair weight for it.
  uint32_t word_id(std::string_view w) const {
    auto it = ids_.find(w);
    return it == ids_.end() ? kNoWord : it->second;
  }
  uint32_t word_count() const { return static_cast<uint32_t>(words_.size()); }
  const IndexedWeight& word(uint32_t id) const { return words_[id]; }

  // The pair (prev, next) as a dense index into the pairs, or kNoWord; with its weight.
  uint32_t pair_index(uint32_t prev, uint32_t next) const {
    if (prev == kNoWord || next == kNoWord) return kNoWord;
    auto it = pair_ids_.find((uint64_t{prev} << 32) | next);
    return it == pair_ids_.end() ? kNoWord : it->second;
  }
  uint32_t pair_count() const { return static_cast<uint32_t>(pairs_.size()); }
  const IndexedWeight& pair(uint32_t index) const { return pairs_[index]; }

  const IndexedWeight& signal(SignalClass c) const { return signals_[static_cast<size_t>(c)]; }
  const IndexedWeight& ly_adverb() const { return ly_adverb_; }
  const IndexedWeight& context(size_t feature) const { return context_[feature]; }
  uint32_t start_id() const { return start_id_; }

 private:
  uint32_t intern(std::string_view w);

  // The SDK's word hash: every scored token's lower form is looked up, and those are short
  // words, for which it costs a fraction of std::hash (_Hash_bytes).
  std::unordered_map<std::string, uint32_t, sdk::WordHash, sdk::WordEqual> ids_;
  std::vector<IndexedWeight> words_;
  std::unordered_map<uint64_t, uint32_t> pair_ids_;
  std::vector<IndexedWeight> pairs_;
  IndexedWeight signals_[kSignalClassCount];
  IndexedWeight ly_adverb_;
  IndexedWeight context_[kContextFeatureCount];
  uint32_t start_id_ = kNoWord;
};

}  // namespace slant::plugins::opinion
