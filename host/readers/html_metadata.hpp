// Article metadata from an HTML page: JSON-LD NewsArticle, og: and article: meta tags, the
// canonical link, <time> and the page title, in that order of trust.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "article/article.hpp"

namespace slant {

struct HtmlMetadata {
  ArticleMeta meta;          // id and source left empty; title only from JSON-LD or og:title
  std::string page_title;    // <title>, with a trailing " | Outlet" removed
  std::string body_from_ld;  // JSON-LD articleBody, for pages whose body markup yields nothing
};

// Reads the whole document once. Problems (JSON-LD that is not JSON) become warnings.
HtmlMetadata read_html_metadata(const GumboNode* document, std::vector<std::string>* warnings);

}  // namespace slant
