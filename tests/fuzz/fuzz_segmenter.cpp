// libFuzzer target: any bytes as article text through the segmenter; every span it returns
// must lie inside the text, in order, and point where it says.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "segment/segmenter.hpp"

namespace {
[[noreturn]] void broken(const char* what, size_t index) {
  std::fprintf(stderr, "segmenter contract broken: %s %zu\n", what, index);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  slant::Article a;
  a.text.assign(reinterpret_cast<const char*>(data), size);
  slant::segment(a);
  const size_t n = a.text.size();
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    const auto& p = a.paragraphs[i];
    if (p.begin > p.end || p.end > n) broken("paragraph span", i);
    if (p.first_sentence + p.sentence_count > a.sentences.size()) broken("paragraph sentences", i);
  }
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i];
    if (s.begin > s.end || s.end > n) broken("sentence span", i);
    if (s.first_token + s.token_count > a.tokens.size()) broken("sentence tokens", i);
    if (s.paragraph >= a.paragraphs.size()) broken("sentence paragraph", i);
  }
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
    if (t.begin >= t.end || t.end > n) broken("token span", i);
    if (i && t.begin < a.tokens[i - 1].end) broken("token order", i);
    if (t.sentence >= a.sentences.size()) broken("token sentence", i);
    if (t.lower.size && !t.lower.data) broken("token lower form", i);
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const auto& q = a.quotes[i];
    if (q.begin > q.content_begin || q.content_begin > q.content_end || q.content_end > q.end || q.end > n)
      broken("quote span", i);
  }
  // Moving the article must keep the lower forms readable (they point into lower_store).
  slant::Article moved = std::move(a);
  size_t sum = 0;
  for (const auto& t : moved.tokens)
    for (size_t k = 0; k < t.lower.size; ++k) sum += static_cast<unsigned char>(t.lower.data[k]);
  // Keeps the reads above from being optimised away.
  static volatile size_t keep;
  keep = keep + sum;
  return 0;
}
