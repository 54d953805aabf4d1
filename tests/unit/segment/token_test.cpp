// Tokens: each case is a text and, beside it, its tokens (and where it matters, lower forms
// and kinds), per the token contract in the common brief and plugin_abi.h.
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace slant::test {
namespace {

struct TokenCase {
  const char* text;
  std::vector<std::string> tokens;
};

const TokenCase kTokenCases[] = {
    // PTB clitics, straight and curly apostrophes
    {"China's plan", {"China", "'s", "plan"}},
    {"China\u2019s plan", {"China", "\u2019s", "plan"}},
    {"don't", {"do", "n't"}},
    {"don\u2019t", {"do", "n\u2019t"}},
    {"can't won't", {"ca", "n't", "wo", "n't"}},
    {"I'm we're they've she'll he'd", {"I", "'m", "we", "'re", "they", "'ve", "she", "'ll", "he", "'d"}},
    {"O'Brien rock'n'roll", {"O'Brien", "rock'n'roll"}},
    {"the countries\u2019 leaders", {"the", "countries", "\u2019", "leaders"}},
    {"the 90\u2019s and the \u201990s", {"the", "90", "\u2019s", "and", "the", "\u201990s"}},
    // hyphens, abbreviations, initials
    {"a well-known U.S.-led plan", {"a", "well-known", "U.S.-led", "plan"}},
    {"the U.S. and U.K. talks", {"the", "U.S.", "and", "U.K.", "talks"}},
    {"Mr. Smith, Dr. Who, Gen. Lee", {"Mr.", "Smith", ",", "Dr.", "Who", ",", "Gen.", "Lee"}},
    {"John F. Kennedy", {"John", "F.", "Kennedy"}},
    {"e.g. this, i.e. that", {"e.g.", "this", ",", "i.e.", "that"}},
    {"No. 1 but no.", {"No.", "1", "but", "no", "."}},
    {"at 9 a.m. sharp", {"at", "9", "a.m.", "sharp"}},
    {"the end.", {"the", "end", "."}},
    // numbers
    {"3.5 percent of 1,000 in 2016", {"3.5", "percent", "of", "1,000", "in", "2016"}},
    {"at 10:30 on 9/11, $4.5bn", {"at", "10:30", "on", "9/11", ",", "$", "4.5bn"}},
    {"in 2016. Then", {"in", "2016", ".", "Then"}},
    {"a 10-year-old", {"a", "10-year-old"}},
    // punctuation
    {"wait... no\u2026 yes?! -- fine \u2014 ok", {"wait", "...", "no", "\u2026", "yes", "?!", "--", "fine", "\u2014", "ok"}},
    {"(see [1]; {x}: y)", {"(", "see", "[", "1", "]", ";", "{", "x", "}", ":", "y", ")"}},
    {"\u00abBonjour\u00bb", {"\u00ab", "Bonjour", "\u00bb"}},
    {"go to https://example.com/x?y=1.", {"go", "to", "https://example.com/x?y=1", "."}},
    {"mail press@example.org.", {"mail", "press@example.org", "."}},
    {"in the \u201890s", {"in", "the", "\u201890s"}},
    {"rock 'n' roll, \u2018bout time, tell \u2019em", {"rock", "'n'", "roll", ",", "\u2018bout", "time", ",", "tell", "\u2019em"}},
    {"Trump\u2018s plan", {"Trump", "\u2018s", "plan"}},
    {"variant BA.5 and v2.0 (.45 caliber)", {"variant", "BA.5", "and", "v2.0", "(", ".45", "caliber", ")"}},
    {"smile \U0001F600\U0001F44D\U0001F3FD ok", {"smile", "\U0001F600\U0001F44D\U0001F3FD", "ok"}},
    // Unicode letters, NBSP, soft hyphen
    {"caf\u00e9 na\u00efve \u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439", {"caf\u00e9", "na\u00efve", "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439"}},
    {"ten\u00a0miles", {"ten", "miles"}},
    {"extra\u00adordinary", {"extra\u00adordinary"}},
};

TEST(Tokens, TableOfCases) {
  for (const auto& c : kTokenCases) {
    const Article a = segmented(c.text);
    EXPECT_EQ(token_texts(a), c.tokens) << "text: " << c.text << "\n got: " << joined(token_texts(a));
  }
}

struct LowerCase {
  const char* text;
  std::vector<std::string> lower;
};

const LowerCase kLowerCases[] = {
    {"The U.S. SAID", {"the", "u.s.", "said"}},
    {"China\u2019s \u201cPLAN\u201d", {"china", "'s", "\"", "plan", "\""}},
    {"DON\u2019T", {"do", "n't"}},
    {"\u00c9COLE \u0130stanbul \u0141\u00f3d\u017a \u0104", {"\u00e9cole", "istanbul", "\u0142\u00f3d\u017a", "\u0105"}},
    {"\u0391\u0398\u0397\u039d\u0391 \u041c\u041e\u0421\u041a\u0412\u0410", {"\u03b1\u03b8\u03b7\u03bd\u03b1", "\u043c\u043e\u0441\u043a\u0432\u0430"}},
    {"extra\u00adordinary well\u2011known", {"extraordinary", "well-known"}},
    {"\u00abOui\u00bb \u2018so\u2019 wait\u2026", {"\"", "oui", "\"", "'", "so", "'", "wait", "..."}},
};

TEST(Tokens, LowerForms) {
  for (const auto& c : kLowerCases) {
    const Article a = segmented(c.text);
    EXPECT_EQ(lower_forms(a), c.lower) << "text: " << c.text << "\n got: " << joined(lower_forms(a));
  }
}

TEST(Tokens, LowerFormsPointIntoTheStore) {
  const Article a = segmented("Short TEXT.");
  const char* b = a.lower_store.data();
  for (const auto& t : a.tokens) {
    EXPECT_GE(t.lower.data, b);
    EXPECT_LE(t.lower.data + t.lower.size, b + a.lower_store.size());
  }
}

TEST(Tokens, LowerFormsSurviveAMove) {
  Article a = segmented("Hi.");  // short: the store must not live in the string's own buffer
  const std::string before(a.tokens[0].lower.data, a.tokens[0].lower.size);
  Article b = std::move(a);
  EXPECT_EQ(std::string(b.tokens[0].lower.data, b.tokens[0].lower.size), before);
  EXPECT_EQ(b.tokens[0].lower.data, b.lower_store.data());
}

struct KindCase {
  const char* text;
  std::vector<int> kinds;
};

const KindCase kKindCases[] = {
    {"He paid $5,000 (about 3.5%).",
     {SLANT_TOKEN_WORD, SLANT_TOKEN_WORD, SLANT_TOKEN_SYMBOL, SLANT_TOKEN_NUMBER, SLANT_TOKEN_PUNCT, SLANT_TOKEN_WORD,
      SLANT_TOKEN_NUMBER, SLANT_TOKEN_SYMBOL, SLANT_TOKEN_PUNCT, SLANT_TOKEN_PUNCT}},
    {"\u201c2016\u201d U.S.", {SLANT_TOKEN_PUNCT, SLANT_TOKEN_NUMBER, SLANT_TOKEN_PUNCT, SLANT_TOKEN_WORD}},
};

TEST(Tokens, Kinds) {
  for (const auto& c : kKindCases) {
    const Article a = segmented(c.text);
    std::vector<int> kinds;
    for (const auto& t : a.tokens) kinds.push_back(t.kind);
    EXPECT_EQ(kinds, c.kinds) << "text: " << c.text;
  }
}

uint8_t flags_of(const Article& a, std::string_view token) {
  for (const auto& t : a.tokens)
    if (slice(a, t.begin, t.end) == token) return t.flags;
  ADD_FAILURE() << "no token " << token;
  return 0;
}

TEST(Tokens, CaseFlags) {
  const Article a = segmented("The NATO chief met Smith and the iPhone team in Łódź. I agree.");
  EXPECT_TRUE(flags_of(a, "The") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_FALSE(flags_of(a, "The") & SLANT_TOKEN_ALL_CAPS);
  EXPECT_TRUE(flags_of(a, "NATO") & SLANT_TOKEN_ALL_CAPS);
  EXPECT_TRUE(flags_of(a, "NATO") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_TRUE(flags_of(a, "Smith") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_FALSE(flags_of(a, "chief") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_FALSE(flags_of(a, "iPhone") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_TRUE(flags_of(a, "Łódź") & SLANT_TOKEN_CAPITALIZED);
  EXPECT_FALSE(flags_of(a, "I") & SLANT_TOKEN_ALL_CAPS);  // one letter is not "all caps"
}

TEST(Tokens, SentenceStartFlags) {
  const Article a = segmented("Prices rose. \u201cWe knew,\u201d he said. (Later) it fell.");
  std::vector<std::string> starts;
  for (const auto& t : a.tokens)
    if (t.flags & SLANT_TOKEN_SENTENCE_START) starts.emplace_back(slice(a, t.begin, t.end));
  EXPECT_EQ(starts, (std::vector<std::string>{"Prices", "\u201c", "We", "(", "Later"}));
}

TEST(Tokens, OffsetsAreOrderedAndInsideTheText) {
  const Article a = segmented("  Some text, with \u201cquotes\u201d and stuff.\r\n\r\nMore.  ");
  uint32_t prev_end = 0;
  for (const auto& t : a.tokens) {
    EXPECT_LE(prev_end, t.begin);
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, a.text.size());
    prev_end = t.end;
  }
}

}  // namespace
}  // namespace slant::test
