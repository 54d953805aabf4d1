// The genre of an article (news, analysis, opinion), so a comparison keeps them apart: from
// the section the source names when it says, else from the opinion plugin's article label.
#pragma once

#include <string>
#include <string_view>

#include "merge/report.hpp"

namespace slant::corpus {

struct Genre {
  std::string label;  // "news", "analysis", "opinion", or "" (unknown)
  std::string from;   // "section", "opinion plugin", or ""
};

// "Opinion", "Editorials", "Op-Ed", "Commentary", "Columns", "Letters" -> opinion;
// "Analysis", "News Analysis" -> analysis; any other named section -> news; "" -> unknown.
std::string genre_of_section(std::string_view section);

Genre genre_of(const Report& report);

}  // namespace slant::corpus
