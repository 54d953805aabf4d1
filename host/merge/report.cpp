#include "merge/report.hpp"

#include <algorithm>

namespace slant {

std::string_view to_string(Voice v) {
  switch (v) {
    case Voice::quoted: return "quoted";
    case Voice::reported: return "reported";
    default: return "author";
  }
}

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    default: return "error";
  }
}

std::string Finding::rule() const {
  std::string out;
  for (const auto& r : rules) out += (out.empty() ? "" : "; ") + r;
  return out;
}

std::string_view Finding::attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes)
    if (k == key) return v;
  return {};
}

bool Report::has_errors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace slant
