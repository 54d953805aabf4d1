// RSS 2.0 (and RSS 1.0) and Atom feeds: each item or entry an article, full content preferred
// to a summary, the channel's title as outlet, the first category as section.
#pragma once

#include <pugixml.hpp>

#include "readers/xml_util.hpp"

namespace slant {

// What a feed says about all its items.
struct FeedInfo {
  std::string outlet;
};

// The channel or feed title of a parsed <rss>, <rdf:RDF> or <feed> root.
FeedInfo feed_info(const pugi::xml_node& root);

// Reads one <item> (RSS) or <entry> (Atom); `number` is its 1-based place in the feed.
void read_feed_item(const pugi::xml_node& item, const FeedInfo& feed, size_t number, const XmlContext& ctx);

// Reads every item or entry of a parsed feed root.
void read_feed(const pugi::xml_node& root, const XmlContext& ctx);

}  // namespace slant
