#include "readers/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "readers/html_metadata.hpp"
#include "readers/html_text.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never show gumbo's parse errors; do not collect them
  return GumboTree(gumbo_parse_with_options(&options, html.data(), html.size()));
}

// Elements that close themselves or are closed by a sibling: they never deepen the tree.
bool never_nests(std::string_view name) {
  static constexpr std::string_view kNames[] = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col",
                                                "embed", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                                                "option", "tr", "td", "th", "!doctype"};
  for (auto n : kNames)
    if (name == n) return true;
  return false;
}

}  // namespace

size_t estimated_html_depth(std::string_view html) {
  size_t depth = 0, deepest = 0;
  size_t i = html.find('<');
  while (i != std::string_view::npos && i + 1 < html.size()) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = html.find('<', e + 3);
      continue;
    }
    bool closing = html[i + 1] == '/';
    size_t b = i + (closing ? 2 : 1), e = b;
    while (e < html.size() && e - b < 12 && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '!')) ++e;
    std::string name(html.substr(b, e - b));
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t gt = html.find('>', e);
    if (gt == std::string_view::npos) break;
    if (name.empty() || never_nests(name)) {
    } else if (closing) {
      if (depth) --depth;
    } else if (html[gt - 1] != '/') {
      deepest = std::max(deepest, ++depth);
      // Script and style hold text, not tags.
      if (name == "script" || name == "style") {
        std::string close = "</" + name;
        size_t end = gt;
        for (;;) {
          end = html.find("</", end + 1);
          if (end == std::string_view::npos) return deepest;
          std::string tag(html.substr(end, close.size()));
          for (auto& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (tag == close) break;
        }
        gt = end;
      }
    }
    i = html.find('<', gt);
  }
  return deepest;
}

namespace {

bool contains_tag(std::string_view html, std::string_view lower_tag, std::string_view upper_tag) {
  return html.find(lower_tag) != std::string_view::npos || html.find(upper_tag) != std::string_view::npos;
}

// A whole page cut off in transfer or saving opens <html> or <body> but never closes them.
// (A fragment that never opened them is not truncated.)
bool looks_truncated(std::string_view html) {
  bool opened = contains_tag(html, "<html", "<HTML") || contains_tag(html, "<body", "<BODY");
  std::string_view tail = html.substr(html.size() > 4096 ? html.size() - 4096 : 0);
  bool closed = contains_tag(tail, "</html", "</HTML") || contains_tag(tail, "</body", "</BODY");
  return opened && !closed;
}

}  // namespace

void read_html(std::string content, const std::string& source, const ReadSink& sink, std::string_view charset) {
  Article a;
  a.meta.source = source;
  a.meta.id = source;
  clean_document(content, &a.warnings, charset);
  if (content.find_first_not_of(" \t\n") == std::string::npos) {
    sink.error({source, "the file is empty: there is no page to read"});
    return;
  }
  if (size_t depth = estimated_html_depth(content); depth > kMaxHtmlDepth) {
    sink.error({source, "elements are nested about " + std::to_string(depth) + " deep, more than the " +
                            std::to_string(kMaxHtmlDepth) + " a page can have: not read (the HTML parser slows "
                            "down with depth; this is a broken or hostile file)"});
    return;
  }
  GumboTree tree = parse(content);
  if (!tree) {
    sink.error({source, "the HTML parser could not read this page"});
    return;
  }
  HtmlMetadata md = read_html_metadata(tree->document, &a.warnings);
  HtmlStory story = extract_story(tree->document);
  std::string id = std::move(a.meta.id), src = std::move(a.meta.source);
  a.meta = std::move(md.meta);
  a.meta.id = std::move(id);
  a.meta.source = std::move(src);
  if (a.meta.title.empty()) a.meta.title = !story.heading.empty() ? story.heading : md.page_title;
  a.text = std::move(story.text);
  a.dropped = std::move(story.dropped);
  if (a.text.empty() && !md.body_from_ld.empty()) {
    a.text = md.body_from_ld;
    normalise_newlines(a.text);
    repair_utf8(a.text, &a.warnings);
    a.warnings.push_back("html: the page's markup holds no story text; the JSON-LD articleBody was used");
  }
  if (a.text.find_first_not_of(" \t\n") == std::string::npos) {
    sink.error({source, "no story text found in this HTML page (no article body, paragraphs or visible text)"});
    return;
  }
  if (looks_truncated(content))
    a.warnings.push_back("html: the page ends without </body> or </html>; it may be cut off, so the story may be incomplete");
  sink.article(std::move(a));
}

std::string html_fragment_to_text(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos)
    return collapse_spaces(html);  // plain text: nothing to parse
  if (estimated_html_depth(html) > kMaxHtmlDepth) return {};
  GumboTree tree = parse(html);
  if (!tree) return {};
  return extract_fragment(tree->document).text;
}

}  // namespace slant
