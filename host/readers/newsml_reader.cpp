#include "readers/newsml_reader.hpp"

#include "readers/fill_if_empty.hpp"
#include "readers/html_reader.hpp"
#include "readers/nitf_reader.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

// A party (provider, copyright holder): its literal, else its <name>.
std::string party(const pugi::xml_node& n) {
  std::string s = attribute_text(n, "literal");
  if (s.empty()) s = node_text(child(n, "name"));
  if (s.empty()) {
    std::string q = attribute_text(n, "qcode");
    s = q.substr(q.find(':') == std::string::npos ? 0 : q.find(':') + 1);
  }
  return s;
}

std::string genre(const pugi::xml_node& content_meta) {
  for (pugi::xml_node g = content_meta.first_child(); g; g = g.next_sibling()) {
    if (local_name(g) != "genre") continue;
    std::string s = node_text(child(g, "name"));
    if (s.empty()) s = attribute_text(g, "literal");
    if (s.empty()) {
      std::string q = attribute_text(g, "qcode");
      s = q.substr(q.find(':') == std::string::npos ? 0 : q.find(':') + 1);
    }
    if (!s.empty()) return s;
  }
  return {};
}

std::string content_text(const pugi::xml_node& item) {
  pugi::xml_node set = child(item, "contentSet");
  for (pugi::xml_node c = set.first_child(); c; c = c.next_sibling()) {
    std::string_view l = local_name(c);
    if (l == "inlineXML") {
      if (pugi::xml_node nitf = descendant(c, "nitf")) return nitf_body_text(nitf);
      std::string text = paragraphs_text(c, {"p", "h2", "h3", "h4", "h5", "h6", "li", "pre"});
      if (text.empty()) text = html_fragment_to_text(inner_xml(c));
      if (!text.empty()) return text;
    } else if (l == "inlineData") {
      std::string type = c.attribute("contenttype").value();
      std::string raw = c.text().get();
      std::string text = type.find("html") != std::string::npos ? html_fragment_to_text(raw) : plain_paragraphs(raw);
      if (!text.empty()) return text;
    }
  }
  return {};
}

void read_item(const pugi::xml_node& item, const std::string& where, const XmlContext& ctx) {
  Article a = ctx.start(where);
  ArticleMeta& m = a.meta;
  pugi::xml_node item_meta = child(item, "itemMeta");
  pugi::xml_node content_meta = child(item, "contentMeta");
  fill_if_empty(m.id, attribute_text(item, "guid"));
  if (m.id.empty()) m.id = where;
  fill_if_empty(m.title, node_text(child(content_meta, "headline")));
  fill_if_empty(m.title, node_text(child(item_meta, "title")));
  fill_if_empty(m.byline, node_text(child(content_meta, "by")));
  fill_if_empty(m.byline, party(child(content_meta, "creator")));
  fill_if_empty(m.date, node_text(child(content_meta, "contentCreated")));
  fill_if_empty(m.date, node_text(child(item_meta, "firstCreated")));
  fill_if_empty(m.date, node_text(child(item_meta, "versionCreated")));
  fill_if_empty(m.outlet, party(child(item_meta, "provider")));
  fill_if_empty(m.outlet, party(path(item, {"rightsInfo", "copyrightHolder"})));
  for (pugi::xml_node l = item_meta.first_child(); l; l = l.next_sibling())
    if (local_name(l) == "link" && std::string_view(l.attribute("rel").value()).find("canonical") != std::string_view::npos)
      fill_if_empty(m.url, attribute_text(l, "href"));
  m.section = genre(content_meta);
  a.text = content_text(item);
  if (a.text.empty()) {
    ctx.sink.error({where, "NewsML-G2 item without inline text content (inlineXML or inlineData): nothing to check"});
    return;
  }
  ctx.sink.article(std::move(a));
}

}  // namespace

void read_newsml(const pugi::xml_node& root, const XmlContext& ctx) {
  if (local_name(root) == "newsItem") {
    read_item(root, ctx.source, ctx);
    return;
  }
  // newsMessage > itemSet > newsItem*
  size_t number = 0;
  pugi::xml_node set = child(root, "itemSet");
  for (pugi::xml_node n = set.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    ++number;
    if (local_name(n) == "newsItem") read_item(n, ctx.item_where(number), ctx);
  }
  if (number == 0) ctx.sink.error({ctx.source, "NewsML-G2 message without any newsItem"});
}

}  // namespace slant
