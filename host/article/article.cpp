#include "article/article.hpp"

namespace slant {
namespace {
slant_str str(const std::string& s) { return {s.data(), s.size()}; }
}  // namespace

slant_article_view Article::view() const {
  slant_article_view v{};
  v.struct_size = sizeof(slant_article_view);
  v.id = str(meta.id);
  v.text = str(text);
  v.title = str(meta.title);
  v.outlet = str(meta.outlet);
  v.byline = str(meta.byline);
  v.date = str(meta.date);
  v.url = str(meta.url);
  v.section = str(meta.section);
  v.paragraphs = paragraphs.data();
  v.paragraph_count = static_cast<uint32_t>(paragraphs.size());
  v.sentences = sentences.data();
  v.sentence_count = static_cast<uint32_t>(sentences.size());
  v.tokens = tokens.data();
  v.token_count = static_cast<uint32_t>(tokens.size());
  v.quotes = quotes.data();
  v.quote_count = static_cast<uint32_t>(quotes.size());
  return v;
}

uint32_t Article::word_count() const {
  uint32_t n = 0;
  for (const auto& t : tokens) n += (t.kind == SLANT_TOKEN_WORD || t.kind == SLANT_TOKEN_NUMBER);
  return n;
}

}  // namespace slant
