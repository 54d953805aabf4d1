#include "readers/xml_reader.hpp"

#include <pugixml.hpp>

#include "readers/feed_reader.hpp"
#include "readers/html_reader.hpp"
#include "readers/newsml_reader.hpp"
#include "readers/nitf_reader.hpp"
#include "readers/text_hygiene.hpp"
#include "readers/xml_util.hpp"

namespace slant {
namespace {

// Default parsing: no parse_doctype, so a DOCTYPE and its internal subset are skipped and no
// entity it declares is ever expanded; unknown entity references stay as written.
constexpr unsigned kParseOptions = pugi::parse_default;

pugi::xml_node root_element(const pugi::xml_document& doc) {
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_element) return n;
  return {};
}

bool is_feed_root(std::string_view l) { return l == "rss" || l == "RDF" || l == "feed"; }

// The next "<item" or "<entry" start tag at or after `from` (not "<items", "<entryway").
size_t find_item_start(const std::string& text, size_t from, std::string_view tag) {
  std::string open = "<" + std::string(tag);
  for (size_t p = text.find(open, from); p != std::string::npos; p = text.find(open, p + 1)) {
    char next = p + open.size() < text.size() ? text[p + open.size()] : '\0';
    if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '/') return p;
  }
  return std::string::npos;
}

// A feed that is not well-formed: parse each item on its own, so one broken item costs only
// itself. The channel title comes from whatever parsed before the error.
void read_broken_feed(const std::string& text, const pugi::xml_document& partial, const pugi::xml_parse_result& r,
                      const XmlContext& ctx) {
  pugi::xml_node root = root_element(partial);
  FeedInfo info = root ? feed_info(root) : FeedInfo{};
  std::string_view tag = root && local_name(root) == "feed" ? "entry" : "item";
  std::string close = "</" + std::string(tag) + ">";
  size_t number = 0, bad_items = 0;
  for (size_t start = find_item_start(text, 0, tag); start != std::string::npos;) {
    ++number;
    size_t next = find_item_start(text, start + 1, tag);
    size_t end = text.find(close, start);
    // An item runs to its close tag, or, if it is cut off, up to the next item.
    size_t stop = end != std::string::npos && (next == std::string::npos || end < next) ? end + close.size()
                  : next != std::string::npos                                         ? next
                                                                                      : text.size();
    pugi::xml_document doc;
    pugi::xml_parse_result ir = doc.load_buffer(text.data() + start, stop - start, kParseOptions, pugi::encoding_utf8);
    pugi::xml_node item = root_element(doc);
    if (!ir || !item) {
      ++bad_items;
      ctx.sink.error({ctx.item_where(number), "malformed XML at " +
                                                  line_column(text, start + static_cast<size_t>(ir.offset)) + ": " +
                                                  ir.description() + "; the other items are still read"});
    } else {
      read_feed_item(item, info, number, ctx);
    }
    start = next;
  }
  if (bad_items == 0)
    ctx.sink.error({ctx.source, "malformed XML at " + line_column(text, static_cast<size_t>(r.offset)) + ": " +
                                    r.description() + " (outside the items; " + std::to_string(number) +
                                    " item(s) were read)"});
}

}  // namespace

void read_xml(std::string content, const std::string& source, const ReadSink& sink) {
  std::vector<std::string> warnings;
  clean_document(content, &warnings);
  if (content.find_first_not_of(" \t\n") == std::string::npos) {
    sink.error({source, "the file is empty: there is no XML to read"});
    return;
  }
  XmlContext ctx{source, sink, warnings};
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_buffer(content.data(), content.size(), kParseOptions, pugi::encoding_utf8);
  pugi::xml_node root = root_element(doc);
  std::string_view name = root ? local_name(root) : std::string_view();
  if (!r) {
    bool feed = is_feed_root(name) || (!root && (find_item_start(content, 0, "item") != std::string::npos ||
                                                  find_item_start(content, 0, "entry") != std::string::npos));
    if (feed) {
      read_broken_feed(content, doc, r, ctx);
      return;
    }
    if (name == "html") {  // XHTML that is not well-formed is still an HTML page
      read_html(std::move(content), source, sink, "utf-8");
      return;
    }
    sink.error({source, "malformed XML at " + line_column(content, static_cast<size_t>(r.offset)) + ": " +
                            r.description()});
    return;
  }
  if (!root) {
    sink.error({source, "an XML document without a root element: nothing to read"});
    return;
  }
  if (name == "nitf") read_nitf(root, ctx);
  else if (name == "newsItem" || name == "newsMessage") read_newsml(root, ctx);
  else if (is_feed_root(name)) read_feed(root, ctx);
  else if (name == "html") read_html(std::move(content), source, sink, "utf-8");
  else
    sink.error({source, "an XML document whose root is <" + std::string(root.name()) +
                            ">: slant reads NITF, NewsML-G2 (newsItem, newsMessage), RSS, Atom and XHTML"});
}

}  // namespace slant
