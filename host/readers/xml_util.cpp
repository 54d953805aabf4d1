#include "readers/xml_util.hpp"

#include <sstream>

#include "readers/text_hygiene.hpp"

namespace slant {

Article XmlContext::start(const std::string& where) const {
  Article a;
  a.meta.source = where;
  a.warnings = warnings;
  return a;
}

std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

pugi::xml_node path(const pugi::xml_node& n, std::initializer_list<std::string_view> locals) {
  pugi::xml_node cur = n;
  for (auto l : locals) {
    if (!cur) break;
    cur = child(cur, l);
  }
  return cur;
}

pugi::xml_node descendant(const pugi::xml_node& n, std::string_view local) {
  // Iterative pre-order walk: deep documents must not exhaust the stack.
  pugi::xml_node cur = n.first_child();
  while (cur) {
    if (cur.type() == pugi::node_element && local_name(cur) == local) return cur;
    if (cur.first_child()) {
      cur = cur.first_child();
      continue;
    }
    while (cur && cur != n && !cur.next_sibling()) cur = cur.parent();
    if (!cur || cur == n) break;
    cur = cur.next_sibling();
  }
  return {};
}

namespace {

// Walks the subtree of n in document order, calling on_enter for elements (return false to
// skip their children), on_text for text, and on_exit after an element's children.
template <class Enter, class Text, class Exit>
void walk(const pugi::xml_node& n, Enter on_enter, Text on_text, Exit on_exit) {
  pugi::xml_node cur = n.first_child();
  while (cur) {
    bool descend = false;
    if (cur.type() == pugi::node_pcdata || cur.type() == pugi::node_cdata) {
      on_text(cur.value());
    } else if (cur.type() == pugi::node_element) {
      descend = on_enter(cur) && cur.first_child();
      if (!descend) on_exit(cur);
    }
    if (descend) {
      cur = cur.first_child();
      continue;
    }
    while (cur && cur != n && !cur.next_sibling()) {
      cur = cur.parent();
      if (cur && cur != n) on_exit(cur);
    }
    if (!cur || cur == n) break;
    cur = cur.next_sibling();
  }
}

bool is_block_name(std::string_view l) {
  return l == "p" || l == "div" || l == "br" || l == "li" || l == "block" || l == "hl2" || l == "blockquote" ||
         l == "bq" || l == "h2" || l == "h3" || l == "h4" || l == "h5" || l == "h6" || l == "tr" || l == "pre";
}

}  // namespace

std::string attribute_text(const pugi::xml_node& n, const char* name) { return collapse_spaces(n.attribute(name).value()); }

std::string node_text(const pugi::xml_node& n) {
  std::string out;
  walk(
      n,
      [&](const pugi::xml_node& e) {
        std::string_view l = local_name(e);
        if (l == "script" || l == "style") return false;
        if (l == "q") out += "\xE2\x80\x9C";
        else if (is_block_name(l)) out += ' ';
        return true;
      },
      [&](const char* t) { out += t; },
      [&](const pugi::xml_node& e) {
        std::string_view l = local_name(e);
        if (l == "q") out += "\xE2\x80\x9D";
        else if (is_block_name(l)) out += ' ';
      });
  return collapse_spaces(out);
}

std::string paragraphs_text(const pugi::xml_node& n, std::initializer_list<std::string_view> names) {
  std::string out;
  walk(
      n,
      [&](const pugi::xml_node& e) {
        std::string_view l = local_name(e);
        for (auto name : names) {
          if (l != name) continue;
          std::string p = node_text(e);
          if (!p.empty()) {
            if (!out.empty()) out += "\n\n";
            out += p;
          }
          return false;
        }
        return l != "script" && l != "style";
      },
      [](const char*) {}, [](const pugi::xml_node&) {});
  return out;
}

std::string plain_paragraphs(std::string_view text) {
  std::string out, para;
  auto flush = [&] {
    std::string p = collapse_spaces(para);
    para.clear();
    if (p.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += p;
  };
  size_t i = 0;
  while (i <= text.size()) {
    size_t nl = text.find('\n', i);
    std::string_view line = text.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) flush();
    else {
      para += line;
      para += ' ';
    }
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  flush();
  return out;
}

std::string inner_xml(const pugi::xml_node& n) {
  std::ostringstream out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    c.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

std::string line_column(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  size_t column = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace slant
