// A sorted set of disjoint byte ranges answering "how much of [b, e) lies inside?" in log time:
// the merger's view of quote contents and reported contents.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace slant {

class SpanIndex {
 public:
  void add(uint32_t begin, uint32_t end) {
    if (begin < end) ranges_.emplace_back(begin, end);
  }
  // Sorts and merges overlapping ranges; call once after the last add.
  void build() {
    std::sort(ranges_.begin(), ranges_.end());
    std::vector<std::pair<uint32_t, uint32_t>> merged;
    for (const auto& r : ranges_) {
      if (!merged.empty() && r.first <= merged.back().second)
        merged.back().second = std::max(merged.back().second, r.second);
      else
        merged.push_back(r);
    }
    ranges_ = std::move(merged);
  }
  bool contains(uint32_t pos) const {
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), std::make_pair(pos, UINT32_MAX));
    return it != ranges_.begin() && pos < std::prev(it)->second;
  }
  // Bytes of [begin, end) covered by the set.
  uint32_t overlap(uint32_t begin, uint32_t end) const {
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), std::make_pair(begin, UINT32_MAX));
    if (it != ranges_.begin()) --it;
    uint32_t total = 0;
    for (; it != ranges_.end() && it->first < end; ++it) {
      uint32_t b = std::max(begin, it->first), e = std::min(end, it->second);
      if (b < e) total += e - b;
    }
    return total;
  }
  bool empty() const { return ranges_.empty(); }

  // contains() for positions asked mostly in increasing order (an article's tokens): each answer
  // goes on from where the last one stopped instead of a binary search. A position before the
  // last one asked starts again from the first range, so any order still gets right answers.
  class Sweep {
   public:
    explicit Sweep(const SpanIndex& index) : ranges_(index.ranges_) {}
    bool contains(uint32_t pos) {
      if (pos < last_) next_ = 0;
      last_ = pos;
      while (next_ < ranges_.size() && ranges_[next_].second <= pos) ++next_;
      return next_ < ranges_.size() && ranges_[next_].first <= pos;
    }

   private:
    const std::vector<std::pair<uint32_t, uint32_t>>& ranges_;
    size_t next_ = 0;    // the first range that does not end at or before last_
    uint32_t last_ = 0;  // the last position asked
  };
  // The ranges, sorted and disjoint once built.
  const std::vector<std::pair<uint32_t, uint32_t>>& ranges() const { return ranges_; }

 private:
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;
};

}  // namespace slant
