// Any bytes in, a consistent segmentation out: random bytes, invalid UTF-8, NULs, pathological
// punctuation. Checks the invariants plugins rely on rather than particular boundaries.
#include <gtest/gtest.h>

#include <random>

#include "segment_test_support.hpp"

namespace slant::test {
namespace {

void expect_consistent(const Article& a) {
  const auto n = static_cast<uint32_t>(a.text.size());
  uint32_t token = 0;
  for (uint32_t p = 0; p < a.paragraphs.size(); ++p) {
    const auto& para = a.paragraphs[p];
    ASSERT_LT(para.begin, para.end);
    ASSERT_LE(para.end, n);
    ASSERT_GE(para.sentence_count, 1u);
    for (uint32_t s = para.first_sentence; s < para.first_sentence + para.sentence_count; ++s) {
      ASSERT_LT(s, a.sentences.size());
      const auto& sent = a.sentences[s];
      ASSERT_EQ(sent.paragraph, p);
      ASSERT_EQ(sent.first_token, token);  // sentences tile the tokens, in order
      ASSERT_GE(sent.token_count, 1u);
      ASSERT_GE(sent.begin, para.begin);
      ASSERT_LE(sent.end, para.end);
      for (uint32_t k = sent.first_token; k < sent.first_token + sent.token_count; ++k) {
        const auto& t = a.tokens[k];
        ASSERT_EQ(t.sentence, s);
        ASSERT_GE(t.begin, sent.begin);
        ASSERT_LE(t.end, sent.end);
        ASSERT_LT(t.begin, t.end);
        if (k > 0) {
          ASSERT_LE(a.tokens[k - 1].end, t.begin);
        }
        ASSERT_GE(t.lower.data, a.lower_store.data());
        ASSERT_LE(t.lower.data + t.lower.size, a.lower_store.data() + a.lower_store.size());
        ASSERT_LE(t.lower.size, t.end - t.begin);
      }
      token += sent.token_count;
    }
  }
  ASSERT_EQ(token, a.tokens.size());
  for (const auto& q : a.quotes) {
    ASSERT_LE(q.begin, q.content_begin);
    ASSERT_LE(q.content_begin, q.content_end);
    ASSERT_LE(q.content_end, q.end);
    ASSERT_LE(q.end, n);
  }
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string text(rng() % 2000, '\0');
    for (auto& c : text) c = static_cast<char>(rng());
    const Article a = segmented(text);
    expect_consistent(a);
  }
}

TEST(Robustness, RandomPunctuationSoup) {
  // Draws from the characters the segmenter treats specially, so rare paths get exercised.
  const std::vector<std::string> pieces = {
      "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", ".", "..", "?", "!",
      " ", "\n", "\n\n", "\r\n", "\u00a0", "\u00ad", "-", "\u2014", "(", ")", "U.S.", "Mr.", "No.", "1",
      ",", "3.5", "a", "The", "said", "n't", "\xff", "\xe2\x80", "\0", "http://x.y", "\U0001F600", "\u200d",
      "\uff0e", "\uff0c", "\uff10"};
  std::mt19937 rng(777);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const Article a = segmented(text);
    expect_consistent(a);
  }
}

TEST(Robustness, EveryTruncationOfAMultibyteText) {
  const std::string full = "\u201cCaf\u00e9 \u2014 na\u00efve?\u201d \U0001F600 she said\u2026";
  for (size_t k = 0; k <= full.size(); ++k) expect_consistent(segmented(full.substr(0, k)));
}

TEST(Robustness, FullwidthPunctuationIsOneTokenACharacter) {
  // "\uff0e" (a fullwidth full stop) once made a token of no bytes and a loop that never ended
  // (found by the segmenter fuzz target); the other fullwidth forms of ASCII punctuation too.
  for (const char* text : {"\uff0e", "Done\uff0e Next\uff0e", "\uff0e\uff0e\uff0e", "\uff01\uff1f\uff0c\uff1b\uff0d\uff08x\uff09"}) {
    const Article a = segmented(text);
    expect_consistent(a);
    EXPECT_FALSE(a.tokens.empty()) << text;
  }
  EXPECT_EQ(token_texts(segmented("Done\uff0e Next")), (std::vector<std::string>{"Done", "\uff0e", "Next"}));
}

TEST(Robustness, NulBytesAreWhitespace) {
  const Article a = segmented(std::string("one\0two", 7));
  EXPECT_EQ(token_texts(a), (std::vector<std::string>{"one", "two"}));
}

TEST(Robustness, LongRunsStayLinear) {
  // Long runs of one unit must not make any stage quadratic: a quadratic stage would take
  // minutes here rather than well under a second.
  for (const char* unit : {".", "\"", "'", "a", "-", "\u201c", "U.", "\n", "9,", "a'", "a-", "\u2018", "n't ",
                           "Mr. ", "? ", "\u201d ", "\u2019s ", "\xc3", "\u00ad", " \n\n"}) {
    std::string text;
    while (text.size() < 400'000) text += unit;
    const Article a = segmented(text);
    expect_consistent(a);
  }
}

}  // namespace
}  // namespace slant::test
