// Escaping text for HTML element content and attribute values, and turning a name into a
// safe CSS class or id fragment. Shared by every HTML page slant writes.
#pragma once

#include <string>
#include <string_view>

namespace slant {

inline std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Lower-case ASCII letters, digits, '-' and '_' kept; anything else becomes '-'.
inline std::string css_name(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') ? c : '-';
  }
  return out.empty() ? "x" : out;
}

}  // namespace slant
