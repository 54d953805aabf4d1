#include "readers/html_metadata.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

#include "readers/html_text.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

const char* attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

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
    std::string s = lower(v.get<std::string>());
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

void take(std::string& field, const std::string& value) {
  if (field.empty() && !value.empty()) field = value;
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
  take(f.ld.title, get("headline"));
  take(f.ld.title, get("name"));
  take(f.ld.date, get("datePublished"));
  take(f.ld.date, get("dateCreated"));
  take(f.ld.byline, get("author"));
  take(f.ld.byline, get("creator"));
  take(f.ld.url, get("url"));
  take(f.ld.url, get("mainEntityOfPage"));
  take(f.ld.section, get("articleSection"));
  take(f.ld.section, genre_of_type(article_type(*a)));
  take(f.ld.section, get("genre"));
  auto pub = a->find("publisher");
  if (pub != a->end()) take(f.ld.outlet, json_text(*pub));
  auto body = a->find("articleBody");
  if (body != a->end() && body->is_string() && f.body_from_ld.empty()) f.body_from_ld = body->get<std::string>();
}

void read_meta(const GumboElement& e, Found& f) {
  const char* key = attr(e, "property");
  if (!key) key = attr(e, "name");
  if (!key) key = attr(e, "itemprop");
  const char* content = attr(e, "content");
  if (!key || !content) return;
  std::string k = lower(key);
  std::string v = collapse_spaces(content);
  if (k == "og:site_name") take(f.og.outlet, v);
  else if (k == "og:title") take(f.og.title, v);
  else if (k == "og:url") take(f.og.url, v);
  else if (k == "article:section" || k == "og:article:section") take(f.og.section, v);
  else if (k == "article:published_time" || k == "og:article:published_time") take(f.og.date, v);
  else if (k == "article:author" || k == "og:article:author") {
    // Often a profile URL; a name is better, so a URL only fills in when nothing else does.
    if (v.find("://") == std::string::npos) take(f.og.byline, v);
    else take(f.fallback.byline, v);
  } else if (k == "og:type") {
    std::string t = lower(v);
    if (t != "article" && t != "website" && t != "object") take(f.fallback.section, v);
  } else if (k == "author" || k == "byl" || k == "byline" || k == "dc.creator" || k == "sailthru.author") {
    take(f.named.byline, v);
  } else if (k == "date" || k == "pubdate" || k == "publish-date" || k == "dc.date" || k == "dcterms.date" ||
             k == "datepublished" || k == "dc.date.issued") {
    take(f.named.date, v);
  } else if (k == "section" || k == "article.section" || k == "parsely-section" || k == "dc.type") {
    take(f.named.section, v);
  } else if (k == "application-name" || k == "publisher" || k == "dc.publisher") {
    take(f.named.outlet, v);
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
          take(f.fallback.title, element_text(n));
          break;
        case GUMBO_TAG_LINK: {
          const char* rel = attr(e, "rel");
          const char* href = attr(e, "href");
          if (rel && href && lower(rel) == "canonical") take(f.named.url, href);
          break;
        }
        case GUMBO_TAG_TIME: {
          const char* dt = attr(e, "datetime");
          take(f.fallback.date, dt ? collapse_spaces(dt) : element_text(n));
          break;
        }
        case GUMBO_TAG_SCRIPT: {
          const char* type = attr(e, "type");
          if (type && lower(type) == "application/ld+json") {
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
          const char* rel = attr(e, "rel");
          const char* ip = attr(e, "itemprop");
          if ((rel && lower(rel) == "author") || (ip && lower(ip) == "author")) take(f.fallback.byline, element_text(n));
          if (ip && lower(ip) == "datepublished") {
            const char* c = attr(e, "content");
            if (!c) c = attr(e, "datetime");
            take(f.named.date, c ? collapse_spaces(c) : element_text(n));
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
    if (src != &f.fallback) take(m.title, src->title);
    take(m.outlet, src->outlet);
    take(m.byline, src->byline);
    take(m.date, src->date);
    take(m.url, src->url);
    take(m.section, src->section);
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
