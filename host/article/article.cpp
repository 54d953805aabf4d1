#include "article/article.hpp"

namespace slant {
namespace {
slant_str str(const std::string& s) { return {s.data(), s.size()}; }
}  // namespace

namespace {
void rebase_lower(std::vector<slant_token>& tokens, const char* old_base, size_t old_size, const std::string& store) {
  for (auto& t : tokens) {
    if (!t.lower.data) continue;
    if (t.lower.data >= old_base && t.lower.data <= old_base + old_size)
      t.lower.data = store.data() + (t.lower.data - old_base);
  }
}
}  // namespace

Article::Article(const Article& o)
    : meta(o.meta), text(o.text), dropped(o.dropped), warnings(o.warnings), paragraphs(o.paragraphs),
      sentences(o.sentences), tokens(o.tokens), quotes(o.quotes), lower_store(o.lower_store) {
  rebase_lower(tokens, o.lower_store.data(), o.lower_store.size(), lower_store);
}

Article::Article(Article&& o) noexcept { *this = std::move(o); }

Article& Article::operator=(const Article& o) {
  if (this != &o) {
    Article copy(o);
    *this = std::move(copy);
  }
  return *this;
}

Article& Article::operator=(Article&& o) noexcept {
  if (this == &o) return *this;
  const char* old_base = o.lower_store.data();
  size_t old_size = o.lower_store.size();
  meta = std::move(o.meta);
  text = std::move(o.text);
  dropped = std::move(o.dropped);
  warnings = std::move(o.warnings);
  paragraphs = std::move(o.paragraphs);
  sentences = std::move(o.sentences);
  tokens = std::move(o.tokens);
  quotes = std::move(o.quotes);
  lower_store = std::move(o.lower_store);
  if (lower_store.data() != old_base) rebase_lower(tokens, old_base, old_size, lower_store);
  return *this;
}

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
