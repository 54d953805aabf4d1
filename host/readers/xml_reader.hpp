// XML documents through pugixml, by their root element: NITF, NewsML-G2, RSS, Atom, XHTML.
// Malformed XML is reported with line and column; a feed with one broken item still yields the
// others. No DTD or external entity is ever read (pugixml skips the DOCTYPE).
#pragma once

#include <string>

#include "readers/read_sink.hpp"

namespace slant {

// Reads one XML file from its raw bytes (its declared encoding is honoured).
void read_xml(std::string content, const std::string& source, const ReadSink& sink);

}  // namespace slant
