#include "corpus/outlet_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace slant::corpus {
namespace fs = std::filesystem;
namespace {

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// "path:12" or "path: item 3" -> "path".
std::string file_part(const std::string& source) {
  if (size_t item = source.rfind(": item "); item != std::string::npos) return source.substr(0, item);
  size_t colon = source.rfind(':');
  if (colon != std::string::npos && colon + 1 < source.size() &&
      std::all_of(source.begin() + colon + 1, source.end(), [](unsigned char c) { return std::isdigit(c); }))
    return source.substr(0, colon);
  return source;
}

}  // namespace

void OutletResolver::load_mapping(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the outlet mapping " + path);
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string alias = tab == std::string::npos ? "" : trim(line.substr(0, tab));
    std::string outlet = tab == std::string::npos ? "" : trim(line.substr(tab + 1));
    if (alias.empty() || outlet.empty())
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": expected 'alias<TAB>outlet' (e.g. nytimes.com<TAB>The New York Times)");
    add_alias(alias, outlet);
  }
}

void OutletResolver::add_alias(const std::string& alias, const std::string& outlet) {
  aliases_[lower(trim(alias))] = trim(outlet);
  aliases_.emplace(lower(trim(outlet)), trim(outlet));  // the outlet's own name maps to itself
}

std::string OutletResolver::normalise(const std::string& name) const {
  std::string t = trim(name);
  auto it = aliases_.find(lower(t));
  return it == aliases_.end() ? t : it->second;
}

std::string folder_below(const std::string& root, const std::string& file) {
  if (root.empty()) return {};
  fs::path r = fs::path(root).lexically_normal();
  fs::path rel = fs::path(file).lexically_normal().lexically_relative(r);
  if (rel.empty() || *rel.begin() == "..") return {};
  auto it = rel.begin();
  std::string first = it->string();
  if (++it == rel.end()) return {};  // the file itself: it sits directly in root
  return first;
}

std::pair<std::string, std::string> OutletResolver::resolve(const ArticleMeta& meta, const std::string& root) const {
  if (std::string o = trim(meta.outlet); !o.empty()) return {normalise(o), "metadata"};
  if (std::string folder = folder_below(root, file_part(meta.source)); !folder.empty())
    return {normalise(folder), "folder"};
  if (!fallback_.empty()) return {normalise(fallback_), "--outlet"};
  return {"unknown", "none"};
}

}  // namespace slant::corpus
