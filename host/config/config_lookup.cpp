#include "config/config_lookup.hpp"

#include <cstdlib>
#include <filesystem>

#include "config/config_file.hpp"

namespace slant::config {
namespace fs = std::filesystem;

std::vector<std::string> config_search_path() {
  std::vector<std::string> out = {"slant.xml"};
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg == '/') {
    out.push_back((fs::path(xdg) / "slant" / "slant.xml").string());
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    out.push_back((fs::path(home) / ".config" / "slant" / "slant.xml").string());
  }
  return out;
}

std::string find_config(const std::string& explicit_path) {
  std::error_code ec;
  if (!explicit_path.empty()) {
    if (!fs::is_regular_file(explicit_path, ec))
      throw ConfigError(explicit_path + ": no such configuration file (given with --config); "
                        "`slant config --print-default > slant.xml` writes one to start from");
    return explicit_path;
  }
  for (const auto& p : config_search_path())
    if (fs::is_regular_file(p, ec)) return p;
  return {};
}

}  // namespace slant::config
