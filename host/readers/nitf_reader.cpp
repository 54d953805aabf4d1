#include "readers/nitf_reader.hpp"

#include "readers/fill_if_empty.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

std::string strip_by(std::string s) {
  if (s.rfind("By ", 0) == 0 || s.rfind("BY ", 0) == 0 || s.rfind("by ", 0) == 0) s.erase(0, 3);
  return s;
}

// The desk or genre: the print section, a classifier of a section-like type, a meta tag, or the
// tobject type ("News", "Opinion", "Analysis").
std::string section_of(const pugi::xml_node& head) {
  std::string s;
  for (pugi::xml_node p = head.child("pubdata"); p && s.empty(); p = p.next_sibling("pubdata"))
    fill_if_empty(s, attribute_text(p, "position.section"));
  if (!s.empty()) return s;
  for (pugi::xml_node m = head.child("meta"); m; m = m.next_sibling("meta")) {
    std::string name = m.attribute("name").value();
    if (name == "desk" || name == "section" || name == "genre") fill_if_empty(s, attribute_text(m, "content"));
  }
  if (!s.empty()) return s;
  pugi::xml_node ic = path(head, {"docdata", "identified-content"});
  for (pugi::xml_node c = ic.child("classifier"); c && s.empty(); c = c.next_sibling("classifier")) {
    std::string type = c.attribute("type").value();
    if (type.find("section") != std::string::npos || type.find("desk") != std::string::npos ||
        type.find("genre") != std::string::npos || type.find("categor") != std::string::npos || type.empty()) {
      fill_if_empty(s, attribute_text(c, "value"));
      fill_if_empty(s, node_text(c));
    }
  }
  if (!s.empty()) return s;
  return attribute_text(head.child("tobject"), "tobject.type");
}

}  // namespace

std::string nitf_body_text(const pugi::xml_node& nitf) {
  pugi::xml_node content = path(nitf, {"body", "body.content"});
  if (!content) content = descendant(nitf, "body.content");
  if (!content) return {};
  std::string text = paragraphs_text(content, {"p", "hl2"});
  if (text.empty()) text = plain_paragraphs(content.text().get());
  return text;
}

void read_nitf(const pugi::xml_node& nitf, const XmlContext& ctx) {
  Article a = ctx.start(ctx.source);
  pugi::xml_node head = child(nitf, "head");
  pugi::xml_node body_head = path(nitf, {"body", "body.head"});
  ArticleMeta& m = a.meta;
  fill_if_empty(m.id, attribute_text(path(head, {"docdata", "doc-id"}), "id-string"));
  if (m.id.empty()) m.id = ctx.source;
  fill_if_empty(m.title, node_text(path(body_head, {"hedline", "hl1"})));
  fill_if_empty(m.title, node_text(child(head, "title")));
  fill_if_empty(m.byline, strip_by(node_text(child(body_head, "byline"))));
  for (pugi::xml_node p = head.child("pubdata"); p; p = p.next_sibling("pubdata")) {
    fill_if_empty(m.outlet, attribute_text(p, "name"));
    fill_if_empty(m.date, attribute_text(p, "date.publication"));
  }
  fill_if_empty(m.outlet, attribute_text(path(head, {"docdata", "doc.copyright"}), "holder"));
  fill_if_empty(m.date, attribute_text(path(head, {"docdata", "date.issue"}), "norm"));
  fill_if_empty(m.date, attribute_text(path(body_head, {"dateline", "story.date"}), "norm"));
  fill_if_empty(m.date, node_text(path(body_head, {"dateline", "story.date"})));
  for (pugi::xml_node meta = head.child("meta"); meta; meta = meta.next_sibling("meta"))
    if (std::string_view(meta.attribute("name").value()) == "url") fill_if_empty(m.url, attribute_text(meta, "content"));
  m.section = section_of(head);
  a.text = nitf_body_text(nitf);
  if (a.text.empty()) {
    ctx.sink.error({ctx.source, "NITF document without body.content paragraphs: nothing to check"});
    return;
  }
  ctx.sink.article(std::move(a));
}

}  // namespace slant
