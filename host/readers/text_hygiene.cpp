#include "readers/text_hygiene.hpp"

#include <algorithm>

namespace slant {

void normalise_newlines(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (text.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  text = std::move(out);
}

bool looks_binary(const std::string& bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192);
  return std::find(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n), '\0') !=
         bytes.begin() + static_cast<std::ptrdiff_t>(n);
}

}  // namespace slant
