// NewsML-G2 news items: headline, by-line, dates, provider as outlet, genre as section, and the
// text of the content set (inline XHTML, inline NITF or plain text). A newsMessage holds many.
#pragma once

#include <pugixml.hpp>

#include "readers/xml_util.hpp"

namespace slant {

// Reads a <newsItem>, or every newsItem of a <newsMessage>; `root` is either element.
void read_newsml(const pugi::xml_node& root, const XmlContext& ctx);

}  // namespace slant
