// Which outlet an article belongs to: its metadata, else the folder it sits in below the folder
// named on the command line, else --outlet; then an optional mapping file merges spellings
// ("nyt", "The New York Times", "nytimes.com" -> one outlet).
#pragma once

#include <map>
#include <string>
#include <utility>

#include "article/article.hpp"

namespace slant::corpus {

class OutletResolver {
 public:
  // Mapping file: one "alias<TAB>outlet" a line, '#' comments; aliases match case-insensitively.
  // Throws std::runtime_error naming the file and line when it is malformed.
  void load_mapping(const std::string& path);
  void add_alias(const std::string& alias, const std::string& outlet);
  void set_fallback(std::string outlet) { fallback_ = std::move(outlet); }

  // root: the folder named on the command line the article was found under ("" for a file named
  // directly). Returns {outlet, where it came from}: "metadata", "folder", "--outlet" or "none".
  std::pair<std::string, std::string> resolve(const ArticleMeta& meta, const std::string& root) const;

  std::string normalise(const std::string& name) const;

 private:
  std::map<std::string, std::string> aliases_;  // lower-cased alias -> outlet
  std::string fallback_;
};

// The first folder below root on the way to source's file ("corpus/nyt/2016/a.txt" under
// "corpus" -> "nyt"); "" when the file sits directly in root or root is "".
std::string folder_below(const std::string& root, const std::string& file);

}  // namespace slant::corpus
