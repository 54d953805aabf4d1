#include "readers/feed_reader.hpp"

#include "readers/fill_if_empty.hpp"
#include "readers/html_reader.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

std::string raw_text(const pugi::xml_node& n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

// An Atom text construct (type text, html or xhtml) as story paragraphs.
std::string atom_text(const pugi::xml_node& n) {
  if (!n || n.attribute("src")) return {};  // content kept elsewhere is never fetched
  std::string type = n.attribute("type").value();
  if (type == "xhtml") return html_fragment_to_text(inner_xml(n));
  if (type == "html" || type == "text/html") return html_fragment_to_text(raw_text(n));
  if (type.empty() || type == "text" || type == "text/plain") return plain_paragraphs(raw_text(n));
  return {};
}

void read_rss_item(const pugi::xml_node& item, Article& a) {
  ArticleMeta& m = a.meta;
  m.title = html_fragment_to_text(raw_text(child(item, "title")));
  m.url = collapse_spaces(raw_text(child(item, "link")));
  fill_if_empty(m.id, collapse_spaces(raw_text(child(item, "guid"))));
  fill_if_empty(m.id, m.url);
  fill_if_empty(m.date, collapse_spaces(raw_text(child(item, "pubDate"))));
  fill_if_empty(m.date, collapse_spaces(raw_text(child(item, "date"))));  // dc:date
  fill_if_empty(m.byline, collapse_spaces(raw_text(child(item, "creator"))));  // dc:creator
  fill_if_empty(m.byline, collapse_spaces(raw_text(child(item, "author"))));
  fill_if_empty(m.section, collapse_spaces(raw_text(child(item, "category"))));
  fill_if_empty(m.section, collapse_spaces(raw_text(child(item, "subject"))));  // dc:subject
  for (pugi::xml_node c = item.first_child(); c && a.text.empty(); c = c.next_sibling())
    if (std::string_view(c.name()) == "content:encoded") a.text = html_fragment_to_text(raw_text(c));
  if (a.text.empty()) a.text = atom_text(child(item, "content"));  // some feeds mix in Atom
  if (a.text.empty()) a.text = html_fragment_to_text(raw_text(child(item, "description")));
}

void read_atom_entry(const pugi::xml_node& entry, Article& a) {
  ArticleMeta& m = a.meta;
  m.title = collapse_spaces(atom_text(child(entry, "title")));
  for (pugi::xml_node l = entry.first_child(); l; l = l.next_sibling()) {
    if (local_name(l) != "link") continue;
    std::string rel = l.attribute("rel").value();
    if (rel.empty() || rel == "alternate") fill_if_empty(m.url, collapse_spaces(l.attribute("href").value()));
  }
  fill_if_empty(m.id, collapse_spaces(raw_text(child(entry, "id"))));
  fill_if_empty(m.id, m.url);
  fill_if_empty(m.date, collapse_spaces(raw_text(child(entry, "published"))));
  fill_if_empty(m.date, collapse_spaces(raw_text(child(entry, "updated"))));
  fill_if_empty(m.byline, node_text(path(entry, {"author", "name"})));
  pugi::xml_node cat = child(entry, "category");
  fill_if_empty(m.section, collapse_spaces(cat.attribute("label").value()));
  fill_if_empty(m.section, collapse_spaces(cat.attribute("term").value()));
  a.text = atom_text(child(entry, "content"));
  if (a.text.empty()) a.text = atom_text(child(entry, "summary"));
}

bool is_item(const pugi::xml_node& n) {
  std::string_view l = local_name(n);
  return n.type() == pugi::node_element && (l == "item" || l == "entry");
}

}  // namespace

FeedInfo feed_info(const pugi::xml_node& root) {
  FeedInfo info;
  pugi::xml_node channel = local_name(root) == "feed" ? root : child(root, "channel");
  pugi::xml_node title = child(channel, "title");
  info.outlet = local_name(root) == "feed" ? collapse_spaces(atom_text(title)) : collapse_spaces(raw_text(title));
  return info;
}

void read_feed_item(const pugi::xml_node& item, const FeedInfo& feed, size_t number, const XmlContext& ctx) {
  std::string where = ctx.item_where(number);
  Article a = ctx.start(where);
  a.meta.id.clear();
  if (local_name(item) == "entry") read_atom_entry(item, a);
  else read_rss_item(item, a);
  if (a.meta.id.empty()) a.meta.id = where;
  a.meta.outlet = feed.outlet;
  if (a.text.empty()) {
    ctx.sink.error({where, "a feed item without content or description text: nothing to check"});
    return;
  }
  ctx.sink.article(std::move(a));
}

void read_feed(const pugi::xml_node& root, const XmlContext& ctx) {
  FeedInfo info = feed_info(root);
  // RSS 2.0 items sit in <channel>; RSS 1.0 items beside it; Atom entries in <feed>.
  pugi::xml_node holder = local_name(root) == "rss" ? child(root, "channel") : root;
  size_t number = 0;
  for (pugi::xml_node n = holder.first_child(); n; n = n.next_sibling())
    if (is_item(n)) read_feed_item(n, info, ++number, ctx);
  if (number == 0) ctx.sink.error({ctx.source, "a feed without any item or entry: nothing to check"});
}

}  // namespace slant
