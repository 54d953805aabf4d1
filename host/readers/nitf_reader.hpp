// NITF (News Industry Text Format) documents: headline, byline, dateline date, doc-id, the
// publication as outlet, the desk or classifier as section, and body.content paragraphs.
#pragma once

#include <pugixml.hpp>

#include "readers/xml_util.hpp"

namespace slant {

// Reads one <nitf> element into an article, or reports why it has no text.
void read_nitf(const pugi::xml_node& nitf, const XmlContext& ctx);

// The body paragraphs of a <nitf> element (used by NewsML-G2 items that carry NITF inline).
std::string nitf_body_text(const pugi::xml_node& nitf);

}  // namespace slant
