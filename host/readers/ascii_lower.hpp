// ASCII lower case for markup and file names: tag attributes, class names, extensions. Bytes
// outside A-Z (UTF-8 included) are kept as they are.
#pragma once

#include <string>
#include <string_view>

namespace slant {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace slant
