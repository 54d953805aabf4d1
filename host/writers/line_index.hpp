// Turns UTF-8 byte offsets into 1-based line and column (columns count characters), so a
// reader can find a finding in the text.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace slant {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (uint32_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  struct Position {
    uint32_t line, column;
  };
  Position at(uint32_t offset) const {
    offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    uint32_t line = static_cast<uint32_t>(it - starts_.begin());
    uint32_t start = *std::prev(it), column = 1;
    for (uint32_t i = start; i < offset; ++i)
      column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return {line, column};
  }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

}  // namespace slant
