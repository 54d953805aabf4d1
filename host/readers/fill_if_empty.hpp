// Metadata comes from several places in order of trust (a byline element, then a meta tag, then
// ...): the first non-empty value a reader finds for a field is the one it keeps.
#pragma once

#include <string>

namespace slant {

inline void fill_if_empty(std::string& field, const std::string& value) {
  if (field.empty() && !value.empty()) field = value;
}

}  // namespace slant
