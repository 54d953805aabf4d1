#include "segment/segmenter.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

#include "segment/ascii_swar.hpp"
#include "segment/lower_form.hpp"
#include "segment/paragraph_splitter.hpp"
#include "segment/quote_finder.hpp"
#include "segment/sentence_splitter.hpp"
#include "segment/token_info.hpp"
#include "segment/tokenizer.hpp"

namespace slant {
namespace {

using namespace segmentation;

// Offsets are uint32_t; the last value stays free so an end offset always fits.
constexpr size_t kMaxTextBytes = std::numeric_limits<uint32_t>::max() - 1;

struct ParagraphTokens {
  ParagraphSpan span;
  uint32_t first_token;
  uint32_t last_token;  // exclusive
};

// Per-thread buffers reused across articles, so segmenting allocates only the Article's own.
struct Scratch {
  std::vector<ParagraphSpan> spans;
  std::vector<ParagraphTokens> paragraphs;
  std::vector<TokenInfo> info;
};

void fill_lower_forms(std::string_view text, Article& a, Scratch& scratch) {
  // A lower form is never longer than its token and tokens do not overlap, so text.size()
  // bytes hold them all. At least 32 keeps the store off the short-string buffer, whose
  // address would change when the Article is moved.
  a.lower_store.resize(std::max<size_t>(text.size(), 32));
  char* const base = a.lower_store.data();
  size_t used = 0;
  const auto* src = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    slant_token& t = a.tokens[k];
    CaseCounts c;
    const uint32_t len = t.end - t.begin;
    size_t n = len;
    // Most tokens are short and ASCII; 16 bytes at a time when the text has 16 left to read.
    const bool ascii = (len <= 16 && t.begin + 16 <= text.size())
                           ? swar::write_short_ascii_lower_form(src + t.begin, len, base + used, c)
                           : write_ascii_lower_form(src + t.begin, len, base + used, c);
    if (!ascii) n = write_lower_form(text.substr(t.begin, len), base + used, c);
    t.lower = slant_str{base + used, n};
    used += n;
    if (t.kind == SLANT_TOKEN_WORD) {
      if (c.first == LetterCase::Upper) t.flags |= SLANT_TOKEN_CAPITALIZED;
      if (c.upper >= 2 && c.lower == 0) t.flags |= SLANT_TOKEN_ALL_CAPS;
      if (c.first == LetterCase::Lower) scratch.info[k].letters |= kStartsLower;
    }
  }
  a.lower_store.resize(used);  // shrinking keeps the buffer, so the pointers stay valid
}

}  // namespace

void segment(Article& a) {
  a.paragraphs.clear();
  a.sentences.clear();
  a.tokens.clear();
  a.quotes.clear();
  a.lower_store.clear();

  std::string_view text = a.text;
  if (text.size() > kMaxTextBytes) {
    text = text.substr(0, kMaxTextBytes);
    a.warnings.push_back("segmenter: the text is longer than 4 GiB; only its first 4 GiB were segmented");
  }

  thread_local Scratch scratch;
  scratch.paragraphs.clear();
  scratch.info.clear();

  split_paragraphs(text, scratch.spans);
  a.tokens.resize(text.size() / 4 + 16);  // news runs about 5 bytes a token
  scratch.info.resize(a.tokens.size());
  TokenSink sink{a.tokens, scratch.info};
  for (const ParagraphSpan& span : scratch.spans) {
    const auto first = static_cast<uint32_t>(sink.count);
    tokenize(text, span.begin, span.end, sink);
    const auto last = static_cast<uint32_t>(sink.count);
    if (last != first) scratch.paragraphs.push_back({span, first, last});
  }
  sink.finish();

  fill_lower_forms(text, a, scratch);

  a.paragraphs.reserve(scratch.paragraphs.size());
  for (const ParagraphTokens& p : scratch.paragraphs) {
    find_quotes(text, p.span.begin, p.span.end, p.first_token, p.last_token, a.tokens, scratch.info, a.quotes);
    const auto index = static_cast<uint32_t>(a.paragraphs.size());
    const auto first_sentence = static_cast<uint32_t>(a.sentences.size());
    split_sentences(text, index, p.first_token, p.last_token, a.tokens, scratch.info, a.sentences);
    a.paragraphs.push_back(slant_paragraph{p.span.begin, p.span.end, first_sentence,
                                           static_cast<uint32_t>(a.sentences.size()) - first_sentence});
  }
}

}  // namespace slant
