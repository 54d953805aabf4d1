#include "readers/html_text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "readers/ascii_lower.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {

const char* html_attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

namespace {

// Elements that never hold story text.
bool is_hard_dropped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_TITLE: case GUMBO_TAG_H1:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a paragraph of the output.
bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_BR: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// Words in class and id values that mark site furniture. Matched as whole words of the value
// split at spaces, '-' and '_', so "article-body" is not "ad" and "commentary" is not "comment".
constexpr std::array<std::string_view, 42> kFurnitureWords = {
    "nav",      "navbar",    "navigation", "menu",       "breadcrumb", "breadcrumbs", "share",
    "sharing",  "social",    "related",    "recirc",     "recommended", "recommendations", "comment",
    "comments", "disqus",    "ad",         "ads",        "advert",     "advertisement", "adslot",
    "sponsor",  "sponsored", "promo",      "newsletter", "subscribe",  "subscription", "signup",
    "sidebar",  "footer",    "masthead",   "cookie",     "cookies",    "consent",    "popup",
    "modal",    "outbrain",  "taboola",    "toolbar",    "tags",       "byline",     "caption"};

constexpr std::array<std::string_view, 10> kFurnitureRoles = {
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search", "toolbar"};

// Classes sites commonly give the element that holds the story's body.
constexpr std::array<std::string_view, 10> kBodyClasses = {
    "article-body", "articlebody", "article__body", "story-body", "storybody", "entry-content", "post-content",
    "article-content", "story-content", "article-text"};

// Paragraphs that are furniture on their own.
constexpr std::array<std::string_view, 9> kFurnitureParagraphs = {
    "advertisement", "skip advertisement", "continue reading", "story continues below advertisement",
    "share", "share this article", "read more", "supported by", "ad"};

bool has_word(const char* value, const auto& words) {
  if (!value) return false;
  std::string v = ascii_lower(value);
  size_t i = 0;
  while (i < v.size()) {
    size_t j = v.find_first_of(" \t\n-_", i);
    if (j == std::string::npos) j = v.size();
    std::string_view w(v.data() + i, j - i);
    for (auto f : words)
      if (w == f) return true;
    i = j + 1;
  }
  return false;
}

bool has_token(const char* value, const auto& tokens) {
  if (!value) return false;
  std::string v = ascii_lower(value);
  size_t i = 0;
  while (i < v.size()) {
    size_t j = v.find_first_of(" \t\n", i);
    if (j == std::string::npos) j = v.size();
    std::string_view w(v.data() + i, j - i);
    for (auto f : tokens)
      if (w == f) return true;
    i = j + 1;
  }
  return false;
}

bool is_container(GumboTag t) {
  return t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE;
}

bool is_body_marked(const GumboElement& e) {
  const char* ip = html_attribute(e, "itemprop");
  return (ip && ascii_lower(ip) == "articlebody") || has_token(html_attribute(e, "class"), kBodyClasses);
}

bool is_hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  const char* aria = html_attribute(e, "aria-hidden");
  if (aria && ascii_lower(aria) == "true") return true;
  const char* style = html_attribute(e, "style");
  if (style) {
    std::string s = ascii_lower(style);
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) return true;
  }
  return false;
}

// One element of the page, in document order, with what the choice of body needs to know.
struct NodeInfo {
  const GumboNode* node;
  int parent;
  bool dropped;  // itself or an ancestor is never story text
  bool in_link;
  size_t text = 0;  // visible text bytes below it
  size_t link = 0;  // of which inside links
  double score = 0;  // paragraph text held by its children (full) and grandchildren (half)
};

class PageIndex {
 public:
  PageIndex(const GumboNode* root, bool use_furniture_classes) {
    struct Frame {
      const GumboNode* node;
      int parent;
    };
    std::vector<Frame> stack{{root, -1}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
        if (f.parent < 0 || n->type == GUMBO_NODE_WHITESPACE) continue;
        size_t len = std::strlen(n->v.text.text);
        nodes_[static_cast<size_t>(f.parent)].text += len;
        if (nodes_[static_cast<size_t>(f.parent)].in_link) nodes_[static_cast<size_t>(f.parent)].link += len;
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
      NodeInfo info{n, f.parent, false, false};
      const GumboVector* children = nullptr;
      if (n->type == GUMBO_NODE_DOCUMENT) {
        children = &n->v.document.children;
      } else {
        const GumboElement& e = n->v.element;
        const NodeInfo* p = f.parent >= 0 ? &nodes_[static_cast<size_t>(f.parent)] : nullptr;
        bool self = is_hard_dropped(e.tag) || is_hidden(e) ||
                    (use_furniture_classes && !is_container(e.tag) && !is_body_marked(e) &&
                     (has_word(html_attribute(e, "class"), kFurnitureWords) || has_word(html_attribute(e, "id"), kFurnitureWords) ||
                      has_token(html_attribute(e, "role"), kFurnitureRoles)));
        info.dropped = self || (p && p->dropped);
        info.in_link = e.tag == GUMBO_TAG_A || (p && p->in_link);
        children = &e.children;
        if (self) self_dropped_.insert({n, true});
      }
      int index = static_cast<int>(nodes_.size());
      index_[n] = index;
      nodes_.push_back(info);
      for (unsigned i = children->length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(children->data[i]), index});
    }
    // Descendants come after their ancestors: summing backwards totals each subtree.
    for (size_t i = nodes_.size(); i-- > 0;) {
      NodeInfo& n = nodes_[i];
      if (n.parent < 0) continue;
      NodeInfo& p = nodes_[static_cast<size_t>(n.parent)];
      if (n.dropped) continue;
      p.text += n.text;
      p.link += n.link;
      GumboTag t = n.node->type == GUMBO_NODE_ELEMENT ? n.node->v.element.tag : GUMBO_TAG_UNKNOWN;
      if (t == GUMBO_TAG_P || t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_PRE) {
        double own = static_cast<double>(n.text - n.link);
        p.score += own;
        if (p.parent >= 0) nodes_[static_cast<size_t>(p.parent)].score += own / 2;
      }
    }
  }

  // True if `inner` is `outer` or below it.
  bool is_inside(const NodeInfo& inner, const NodeInfo& outer) const {
    const NodeInfo* n = &inner;
    for (;;) {
      if (n == &outer) return true;
      if (n->parent < 0) return false;
      n = &nodes_[static_cast<size_t>(n->parent)];
    }
  }

  const NodeInfo* info(const GumboNode* n) const {
    auto it = index_.find(n);
    return it == index_.end() ? nullptr : &nodes_[static_cast<size_t>(it->second)];
  }
  bool self_dropped(const GumboNode* n) const { return self_dropped_.count(n) != 0; }

  // The element holding the story, or null if the page has no visible text.
  const GumboNode* story_root() const {
    for (const auto& n : nodes_)
      if (!n.dropped && n.node->type == GUMBO_NODE_ELEMENT && is_body_marked(n.node->v.element) && n.text > 0)
        return n.node;
    const NodeInfo* article = nullptr;
    for (const auto& n : nodes_)
      if (!n.dropped && n.node->type == GUMBO_NODE_ELEMENT && n.node->v.element.tag == GUMBO_TAG_ARTICLE &&
          (!article || n.score > article->score))
        article = &n;
    const NodeInfo* densest = nullptr;
    for (const auto& n : nodes_)
      if (!n.dropped && n.node->type == GUMBO_NODE_ELEMENT && (!densest || n.score > densest->score)) densest = &n;
    // Pages often mark teaser cards as <article> while the story sits in a plain <div>: an
    // <article> wins unless a block outside it holds far more paragraph text.
    if (article && article->text > 0 &&
        (!densest || densest->score <= 2 * article->score || is_inside(*densest, *article)))
      return article->node;
    if (densest && densest->score > 0) return densest->node;
    for (const auto& n : nodes_)
      if (n.node->type == GUMBO_NODE_ELEMENT && n.node->v.element.tag == GUMBO_TAG_BODY) return n.node;
    return nullptr;
  }

 private:
  std::vector<NodeInfo> nodes_;
  std::unordered_map<const GumboNode*, int> index_;
  std::unordered_map<const GumboNode*, bool> self_dropped_;
};

// A list or box mostly made of links is a related-stories list or a link bar.
bool is_link_list(const GumboNode* n, const NodeInfo& info) {
  GumboTag t = n->v.element.tag;
  if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_TABLE &&
      t != GUMBO_TAG_DL)
    return false;
  return info.text > 0 && info.link * 2 > info.text;
}

std::string describe(const GumboElement& e) {
  std::string d = "<";
  d += e.tag == GUMBO_TAG_UNKNOWN ? "element" : gumbo_normalized_tagname(e.tag);
  if (const char* c = html_attribute(e, "class")) d += std::string(" class=\"") + c + "\"";
  else if (const char* id = html_attribute(e, "id")) d += std::string(" id=\"") + id + "\"";
  return d + ">";
}

// Walks one subtree writing paragraphs; `index` (if any) says what to leave out.
class TextBuilder {
 public:
  TextBuilder(const PageIndex* index, const GumboNode* root) : index_(index), root_(root) {}

  void run(HtmlStory& story) {
    struct Step {
      const GumboNode* node;
      bool exit;
    };
    std::vector<Step> stack{{root_, false}};
    while (!stack.empty()) {
      Step s = stack.back();
      stack.pop_back();
      const GumboNode* n = s.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
        current_ += n->v.text.text;
        if (time_depth_ == 0 && n->type != GUMBO_NODE_WHITESPACE) has_plain_text_ = true;
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
      if (n->type == GUMBO_NODE_DOCUMENT) {
        for (unsigned i = n->v.document.children.length; i-- > 0;)
          stack.push_back({static_cast<const GumboNode*>(n->v.document.children.data[i]), false});
        continue;
      }
      const GumboElement& e = n->v.element;
      if (s.exit) {
        if (e.tag == GUMBO_TAG_Q) current_ += "\xE2\x80\x9D";
        if (e.tag == GUMBO_TAG_TIME) --time_depth_;
        if (is_block(e.tag)) flush();
        continue;
      }
      if (n != root_ && skip(n, e, story)) continue;
      if (e.tag == GUMBO_TAG_H1 && story.heading.empty()) story.heading = element_text(n);
      if (n != root_ && (is_hard_dropped(e.tag) || is_hidden(e))) continue;
      if (is_block(e.tag)) flush();
      if (e.tag == GUMBO_TAG_Q) current_ += "\xE2\x80\x9C";
      if (e.tag == GUMBO_TAG_TIME) ++time_depth_;
      stack.push_back({n, true});
      for (unsigned i = e.children.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), false});
    }
    flush();
    for (size_t i = 0; i < paragraphs_.size(); ++i) {
      if (i) story.text += "\n\n";
      story.text += paragraphs_[i];
    }
  }

 private:
  bool skip(const GumboNode* n, const GumboElement& e, HtmlStory& story) {
    if (!index_) return false;
    const NodeInfo* info = index_->info(n);
    if (!info) return false;
    bool furniture = index_->self_dropped(n) && !is_hard_dropped(e.tag) && !is_hidden(e);
    if (!furniture && !is_link_list(n, *info)) return false;
    std::string text = element_text(n);
    if (!text.empty()) {
      if (text.size() > 300) text = text.substr(0, 300) + "...";
      story.dropped.push_back({"site furniture inside the story: " + describe(e), text});
    }
    return true;
  }

  void flush() {
    std::string p = collapse_spaces(current_);
    current_.clear();
    // A paragraph that is only a <time> is the dateline of a byline box, not story text.
    bool only_time = !has_plain_text_;
    has_plain_text_ = false;
    if (p.empty() || only_time) return;
    std::string l = ascii_lower(p);
    for (auto f : kFurnitureParagraphs)
      if (l == f) return;
    // WordPress feeds end each item with "The post <title> appeared first on <site>."
    if (l.rfind("the post ", 0) == 0 && l.find(" appeared first on ") != std::string::npos) return;
    paragraphs_.push_back(std::move(p));
  }

  const PageIndex* index_;
  const GumboNode* root_;
  std::string current_;
  std::vector<std::string> paragraphs_;
  int time_depth_ = 0;
  bool has_plain_text_ = false;
};

}  // namespace

bool is_furniture_element(const GumboElement& e) {
  return has_word(html_attribute(e, "class"), kFurnitureWords) || has_word(html_attribute(e, "id"), kFurnitureWords) ||
         has_token(html_attribute(e, "role"), kFurnitureRoles);
}

std::string element_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) continue;
    out += ' ';
    for (unsigned i = n->v.element.children.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i]));
  }
  return collapse_spaces(out);
}

HtmlStory extract_story(const GumboNode* document) {
  HtmlStory story;
  // Furniture classes first; if that leaves nothing (a page-wide wrapper with a furniture-like
  // class), read again without them.
  for (bool use_classes : {true, false}) {
    PageIndex index(document, use_classes);
    const GumboNode* root = index.story_root();
    if (!root) continue;
    story = HtmlStory{};
    TextBuilder(&index, root).run(story);
    if (story.heading.empty()) {
      // The headline usually sits above the body, outside the root.
      std::vector<const GumboNode*> stack{document};
      while (!stack.empty() && story.heading.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_DOCUMENT || n->type == GUMBO_NODE_ELEMENT) {
          const GumboVector& ch = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
          if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_H1) {
            story.heading = element_text(n);
            break;
          }
          for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
        }
      }
    }
    if (!story.text.empty()) return story;
  }
  return story;
}

HtmlStory extract_fragment(const GumboNode* document) {
  HtmlStory story;
  PageIndex index(document, true);
  TextBuilder(&index, document).run(story);
  return story;
}

}  // namespace slant
