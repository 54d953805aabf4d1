#include "readers/html_metadata.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

#include "readers/ascii_lower.hpp"
#include "readers/fill_if_empty.hpp"
#include "readers/html_text.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

// JSON-LD types that describe a story, and the genre a few of them name.
constexpr std::array<std::string_view, 13> kArticleTypes = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    "satiricalarticle", "askpublicnewsarticle", "factcheck"};

std::string genre_of_type(const std::string& t) {
  if (t == "opinionnewsarticle") return "Opinion";
  if (t == "analysisnewsarticle") return "Analysis";
  if (t == "reviewnewsarticle") return "Review";
  if (t == "backgroundnewsarticle") return "Background";
  if (t == "satiricalarticle") return "Satire";
  return {};
}

std::string json_text(const nlohmann::json& j) {
  if (j.is_string()) return collapse_spaces(j.get<std::string>());
  if (j.is_object()) {
    for (const char* k : {"name", "@value", "@id", "url"}) {
      auto it = j.find(k);
      if (it != j.end() && it->is_string()) return collapse_spaces(it->get<std::string>());
    }
  }
  if (j.is_array()) {
    std::string out;
    for (const auto& x : j) {
      std::string s = json_text(x);
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
    return out;
  }
  return {};
}

std::string article_type(const nlohmann::json& j) {
  auto t = j.find("@type");
  if (t == j.end()) return {};
  auto check = [](const nlohmann::json& v) -> std::string {
    if (!v.is_string()) return {};
    std::string s = ascii_lower(v.get<std::string>());
    for (auto a : kArticleTypes)
      if (s == a) return s;
    return {};
  };
  if (t->is_array()) {
    for (const auto& v : *t)
      if (auto s = check(v); !s.empty()) return s;
    return {};
  }
  return check(*t);
}

// The first story object in a JSON-LD value: itself, an array element, or an @graph member.
const nlohmann::json* find_article(const nlohmann::json& j, int depth = 0) {
  if (depth > 3) return nullptr;
  if (j.is_object()) {
    if (!article_type(j).empty()) return &j;
    auto g = j.find("@graph");
    if (g != j.end()) return find_article(*g, depth + 1);
  } else if (j.is_array()) {
    for (const auto& x : j)
      if (const auto* a = find_article(x, depth + 1)) return a;
  }
  return nullptr;
}

// What the page says, each field by its source, merged by trust at the end.
struct Found {
  ArticleMeta ld, og, named, fallback;
  std::string body_from_ld;
};

void read_json_ld(const std::string& text, Found& f, std::vector<std::string>* warnings) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    if (warnings) warnings->push_back("html: a JSON-LD block is not valid JSON; its metadata was ignored");
    return;
  }
  const nlohmann::json* a = find_article(j);
  if (!a) return;
  auto get = [&](const char* k) -> std::string {
    auto it = a->find(k);
    return it == a->end() ? std::string() : json_text(*it);
  };
  fill_if_empty(f.ld.title, get("headline"));
  fill_if_empty(f.ld.title, get("name"));
  fill_if_empty(f.ld.date, get("datePublished"));
  fill_if_empty(f.ld.date, get("dateCreated"));
  fill_if_empty(f.ld.byline, get("author"));
  fill_if_empty(f.ld.byline, get("creator"));
  fill_if_empty(f.ld.url, get("url"));
  fill_if_empty(f.ld.url, get("mainEntityOfPage"));
  fill_if_empty(f.ld.section, get("articleSection"));
  fill_if_empty(f.ld.section, genre_of_type(article_type(*a)));
  fill_if_empty(f.ld.section, get("genre"));
  auto pub = a->find("publisher");
  if (pub != a->end()) fill_if_empty(f.ld.outlet, json_text(*pub));
  auto body = a->find("articleBody");
  if (body != a->end() && body->is_string() && f.body_from_ld.empty()) f.body_from_ld = body->get<std::string>();
}

void read_meta(const GumboElement& e, Found& f) {
  const char* key = html_attribute(e, "property");
  if (!key) key = html_attribute(e, "name");
  if (!key) key = html_attribute(e, "itemprop");
  const char* content = html_attribute(e, "content");
  if (!key || !content) return;
  std::string k = ascii_lower(key);
  std::string v = collapse_spaces(content);
  if (k == "og:site_name") fill_if_empty(f.og.outlet, v);
  else if (k == "og:title") fill_if_empty(f.og.title, v);
  else if (k == "og:url") fill_if_empty(f.og.url, v);
  else if (k == "article:section" || k == "og:article:section") fill_if_empty(f.og.section, v);
  else if (k == "article:published_time" || k == "og:article:published_time") fill_if_empty(f.og.date, v);
  else if (k == "article:author" || k == "og:article:author") {
    // Often a profile URL; a name is better, so a URL only fills in when nothing else does.
    if (v.find("://") == std::string::npos) fill_if_empty(f.og.byline, v);
    else fill_if_empty(f.fallback.byline, v);
  } else if (k == "og:type") {
    std::string t = ascii_lower(v);
    if (t != "article" && t != "website" && t != "object") fill_if_empty(f.fallback.section, v);
  } else if (k == "author" || k == "byl" || k == "byline" || k == "dc.creator" || k == "sailthru.author") {
    fill_if_empty(f.named.byline, v);
  } else if (k == "date" || k == "pubdate" || k == "publish-date" || k == "dc.date" || k == "dcterms.date" ||
             k == "datepublished" || k == "dc.date.issued") {
    fill_if_empty(f.named.date, v);
  } else if (k == "section" || k == "article.section" || k == "parsely-section" || k == "dc.type") {
    fill_if_empty(f.named.section, v);
  } else if (k == "application-name" || k == "publisher" || k == "dc.publisher") {
    fill_if_empty(f.named.outlet, v);
  }
}

}  // namespace

HtmlMetadata read_html_metadata(const GumboNode* document, std::vector<std::string>* warnings) {
  Found f;
  std::vector<const GumboNode*> stack{document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      children = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      children = &e.children;
      switch (e.tag) {
        case GUMBO_TAG_META:
          read_meta(e, f);
          break;
        case GUMBO_TAG_TITLE:
          fill_if_empty(f.fallback.title, element_text(n));
          break;
        case GUMBO_TAG_LINK: {
          const char* rel = html_attribute(e, "rel");
          const char* href = html_attribute(e, "href");
          if (rel && href && ascii_lower(rel) == "canonical") fill_if_empty(f.named.url, href);
          break;
        }
        case GUMBO_TAG_TIME: {
          const char* dt = html_attribute(e, "datetime");
          fill_if_empty(f.fallback.date, dt ? collapse_spaces(dt) : element_text(n));
          break;
        }
        case GUMBO_TAG_SCRIPT: {
          const char* type = html_attribute(e, "type");
          if (type && ascii_lower(type) == "application/ld+json") {
            std::string json;
            for (unsigned i = 0; i < e.children.length; ++i) {
              const GumboNode* c = static_cast<const GumboNode*>(e.children.data[i]);
              if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
                json += c->v.text.text;
            }
            read_json_ld(json, f, warnings);
          }
          children = nullptr;
          break;
        }
        default: {
          const char* rel = html_attribute(e, "rel");
          const char* ip = html_attribute(e, "itemprop");
          if ((rel && ascii_lower(rel) == "author") || (ip && ascii_lower(ip) == "author")) fill_if_empty(f.fallback.byline, element_text(n));
          if (ip && ascii_lower(ip) == "datepublished") {
            const char* c = html_attribute(e, "content");
            if (!c) c = html_attribute(e, "datetime");
            fill_if_empty(f.named.date, c ? collapse_spaces(c) : element_text(n));
          }
          break;
        }
      }
    }
    if (!children) continue;
    for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  HtmlMetadata out;
  ArticleMeta& m = out.meta;
  for (const ArticleMeta* src : {&f.ld, &f.og, &f.named, &f.fallback}) {
    if (src != &f.fallback) fill_if_empty(m.title, src->title);
    fill_if_empty(m.outlet, src->outlet);
    fill_if_empty(m.byline, src->byline);
    fill_if_empty(m.date, src->date);
    fill_if_empty(m.url, src->url);
    fill_if_empty(m.section, src->section);
  }
  // "Headline | Outlet" in <title>: keep the headline.
  out.page_title = f.fallback.title;
  std::string& t = out.page_title;
  if (!m.outlet.empty()) {
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
      std::string suffix = std::string(sep) + m.outlet;
      if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
        t.erase(t.size() - suffix.size());
        break;
      }
    }
  }
  if (m.byline.rfind("By ", 0) == 0 || m.byline.rfind("by ", 0) == 0) m.byline.erase(0, 3);
  out.body_from_ld = std::move(f.body_from_ld);
  return out;
}

}  // namespace slant
