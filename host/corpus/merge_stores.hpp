// `slant merge`: combines shard databases into one. Each article is stored whole in exactly one
// shard, so the union of the shards' article rows is the single-machine store, and every figure
// computed from it is the single-machine figure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/store.hpp"

namespace slant::corpus {

struct MergeSummary {
  uint64_t articles = 0;   // records copied
  uint64_t replaced = 0;   // keys already in the target (from an earlier input or a previous merge)
  uint64_t conflicts = 0;  // of those, with other content or plugin versions: the later input won
  std::vector<std::string> signatures;  // distinct plugin signatures met (more than one: a warning)
};

// Copies every article of `inputs` into `target`, in batches. Idempotent: merging the same shard
// twice changes nothing.
MergeSummary merge_stores(Store& target, const std::vector<std::string>& inputs);

}  // namespace slant::corpus
