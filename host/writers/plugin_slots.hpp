// Gives each plugin in a report a stable colour slot and a one-letter label, shared by the
// terminal and HTML views: the bundled plugins always get the same ones, others the next free.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "merge/report.hpp"

namespace slant {

inline constexpr size_t kPluginSlots = 6;

class PluginSlots {
 public:
  explicit PluginSlots(const Report& report) {
    for (const char* known : {"attribution", "hedging", "opinion"}) names_.emplace_back(known);
    for (const auto& f : report.findings) add(f.plugin);
    for (const auto& s : report.scores) add(s.plugin);
  }
  // 0..kPluginSlots-1; a seventh plugin shares a colour but keeps its label and name.
  size_t slot(std::string_view plugin) const {
    for (size_t i = 0; i < names_.size(); ++i)
      if (names_[i] == plugin) return i % kPluginSlots;
    return kPluginSlots - 1;
  }
  // "A", "H", "O" for the bundled plugins; the upper-cased first letter for others.
  static std::string label(std::string_view plugin) {
    if (plugin.empty()) return "?";
    char c = plugin[0];
    return std::string(1, (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  }
  // Plugins that appear in the report, in slot order.
  std::vector<std::string> present(const Report& report) const {
    std::vector<std::string> out;
    for (const auto& name : names_) {
      bool here = false;
      for (const auto& f : report.findings) here = here || f.plugin == name;
      for (const auto& s : report.scores) here = here || s.plugin == name;
      if (here) out.push_back(name);
    }
    return out;
  }

 private:
  void add(std::string_view plugin) {
    for (const auto& n : names_)
      if (n == plugin) return;
    names_.emplace_back(plugin);
  }
  std::vector<std::string> names_;
};

}  // namespace slant
