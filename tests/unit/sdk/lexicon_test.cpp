// sdk::Lexicon: phrases matched on lower-case token forms, longest first, through the flat
// first-word index and its filter.
#include <gtest/gtest.h>

#include <slant/lexicon.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace slant::test {
namespace {

// Tokens whose lower forms are the given words (kept alive by the caller's vector of strings).
std::vector<sdk::Token> tokens_of(const std::vector<std::string>& words) {
  std::vector<sdk::Token> out;
  for (const auto& w : words) {
    sdk::Token t{};
    t.lower = slant_str{w.data(), w.size()};
    t.kind = SLANT_TOKEN_WORD;
    out.push_back(t);
  }
  return out;
}

const char* kText =
    "# a comment line\n"
    "may\tepistemic-modal\t0.7\n"
    "may well\tepistemic-modal\t0.8\n"
    "may or may not\tepistemic-modal\t0.9\n"
    "According To\tsource\t1\tupper case in the file is folded\n"
    "widely\tweasel\t0.5\n";

TEST(Lexicon, TheLongestPhraseStartingAtATokenWins) {
  const auto lex = sdk::Lexicon::parse(kText);
  const std::vector<std::string> words = {"it", "may", "or", "may", "not", "rain"};
  const auto toks = tokens_of(words);
  const auto m = lex.match_at(toks, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.entry->phrase, "may or may not");
  EXPECT_EQ(m.first, 1u);
  EXPECT_EQ(m.count, 4u);
  EXPECT_FALSE(lex.match_at(toks, 0));  // "it" starts no entry
  EXPECT_FALSE(lex.match_at(toks, 6));  // past the end
}

TEST(Lexicon, AShorterPhraseIsTriedWhenTheLongerDoesNotFit) {
  const auto lex = sdk::Lexicon::parse(kText);
  const std::vector<std::string> words = {"may", "well"};
  const auto toks = tokens_of(words);
  EXPECT_EQ(lex.match_at(toks, 0).entry->phrase, "may well");
  const std::vector<std::string> end = {"may"};  // "may well" would run past the end
  EXPECT_EQ(lex.match_at(tokens_of(end), 0).entry->phrase, "may");
}

TEST(Lexicon, PhrasesAreLowerCasedAndFindWordSeesSingleWordsOnly) {
  const auto lex = sdk::Lexicon::parse(kText);
  const std::vector<std::string> words = {"according", "to", "the", "police"};
  EXPECT_EQ(lex.match_at(tokens_of(words), 0).entry->phrase, "according to");
  EXPECT_EQ(lex.find_word("according"), nullptr);  // only a two-word phrase starts with it
  ASSERT_NE(lex.find_word("may"), nullptr);
  EXPECT_EQ(lex.find_word("may")->words.size(), 1u);
  EXPECT_EQ(lex.find_word(""), nullptr);
}

TEST(Lexicon, ExtendAddsEntriesAndKeepsEarlierOnesFirstAmongEqualLengths) {
  auto lex = sdk::Lexicon::parse(kText);
  lex.extend(sdk::Lexicon::parse("widely\tbooster\t0.9\nrumoured\thedge-adjective\t0.8\n", "extra.tsv"));
  EXPECT_EQ(lex.entries().size(), 7u);
  EXPECT_EQ(lex.find_word("widely")->category, "weasel");
  ASSERT_NE(lex.find_word("rumoured"), nullptr);
  EXPECT_EQ(lex.find_word("rumoured")->category, "hedge-adjective");
}

TEST(Lexicon, EveryOneOfManyEntriesIsFoundAndNoOtherWord) {
  // Enough first words to fill the table and share filter bits: none may be lost, and words of
  // the same length and first and last letters as an entry must still miss.
  std::string text;
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    words.push_back("w" + std::to_string(i) + "x");
    text += words.back() + "\tcat\t1\n";
  }
  const auto lex = sdk::Lexicon::parse(text);
  for (const auto& w : words) {
    ASSERT_NE(lex.find_word(w), nullptr) << w;
    EXPECT_EQ(lex.find_word(w)->phrase, w);
  }
  EXPECT_EQ(lex.find_word("w3000x"), nullptr);
  EXPECT_EQ(lex.find_word("wx"), nullptr);
  EXPECT_EQ(lex.find_word("w12y"), nullptr);
}

TEST(Lexicon, WordsOfEveryLengthAreFoundAndEveryByteCountsInTheirHashAndCompare) {
  // word_hash reads a word in overlapping 4- and 8-byte loads (bytes below 4): every byte of a
  // word of any length must reach the hash, and equal words in different buffers hash alike.
  std::string text;
  std::vector<std::string> words;
  for (size_t n = 1; n <= 40; ++n) {
    std::string w;
    for (size_t k = 0; k < n; ++k) w += static_cast<char>('a' + (k * 7 + n) % 26);
    words.push_back(w);
    text += w + "\tcat\t1\n";
    for (size_t k = 0; k < n; ++k) {
      std::string other = w;
      other[k] = other[k] == 'q' ? 'r' : 'q';
      EXPECT_NE(sdk::word_hash(other), sdk::word_hash(w)) << w << " at " << k;
    }
    const std::string copy = "." + w;
    EXPECT_EQ(sdk::word_hash(std::string_view(copy).substr(1)), sdk::word_hash(w)) << w;
  }
  // same_word compares in the same overlapping loads: every byte must count there too.
  for (const auto& w : words) {
    const std::string copy = "." + w;
    EXPECT_TRUE(sdk::same_word(std::string_view(copy).substr(1), w)) << w;
    EXPECT_FALSE(sdk::same_word(w + "a", w)) << w;
    for (size_t k = 0; k < w.size(); ++k) {
      std::string other = w;
      other[k] = other[k] == 'q' ? 'r' : 'q';
      EXPECT_FALSE(sdk::same_word(other, w)) << w << " at " << k;
    }
  }
  EXPECT_TRUE(sdk::same_word("", ""));
  const auto lex = sdk::Lexicon::parse(text);
  for (const auto& w : words) {
    ASSERT_NE(lex.find_word(w), nullptr) << w;
    EXPECT_EQ(lex.find_word(w)->phrase, w);
    EXPECT_EQ(lex.find_word(w + "q"), nullptr) << w;
  }
}

TEST(Lexicon, AnEmptyLexiconMatchesNothing) {
  const sdk::Lexicon lex;
  const std::vector<std::string> words = {"may"};
  EXPECT_FALSE(lex.match_at(tokens_of(words), 0));
  EXPECT_EQ(lex.find_word("may"), nullptr);
  EXPECT_TRUE(lex.empty());
}

TEST(Lexicon, ABadEntryNamesTheFileAndLine) {
  try {
    (void)sdk::Lexicon::parse("may\tmodal\t0.5\nmight\tmodal\tstrong\n", "cues.tsv");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cues.tsv:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'strong'"), std::string::npos) << e.what();
  }
}

TEST(Lexicon, WeightsAreReadAsWrittenAndAWeightWithTrailingTextIsAnError) {
  const auto lex = sdk::Lexicon::parse("a\tc\t1\nb\tc\t+2\nc\tc\t0.25\nd\tc\t-1.5\ne\tc\t2e-1\nf\tc\n", "w.tsv");
  const std::vector<std::pair<std::string, double>> expected = {
      {"a", 1.0}, {"b", 2.0}, {"c", 0.25}, {"d", -1.5}, {"e", 0.2}, {"f", 1.0}};
  for (const auto& [word, weight] : expected) {
    ASSERT_NE(lex.find_word(word), nullptr) << word;
    EXPECT_DOUBLE_EQ(lex.find_word(word)->weight, weight) << word;
  }
  EXPECT_THROW((void)sdk::Lexicon::parse("a\tc\t1x\n"), std::runtime_error);
  EXPECT_THROW((void)sdk::Lexicon::parse("a\tc\t+\n"), std::runtime_error);
}

TEST(Lexicon, ManyPhrasesWithOneFirstWordAreTriedLongestFirstThenInFileOrder) {
  // Phrases of 1 to 4 words, all starting "in", written shortest first and interleaved: the
  // run behind "in" must come out longest first, and among equals the first written wins.
  std::string text;
  for (int i = 0; i < 10; ++i) {
    text += "in\tone-" + std::to_string(i) + "\t1\n";
    text += "in a\ttwo-" + std::to_string(i) + "\t1\n";
    text += "in a way\tthree-" + std::to_string(i) + "\t1\n";
    text += "in a way that\tfour-" + std::to_string(i) + "\t1\n";
  }
  const auto lex = sdk::Lexicon::parse(text);
  const std::vector<std::string> words = {"in", "a", "way", "that"};
  for (size_t n = 1; n <= words.size(); ++n) {
    const std::vector<std::string> prefix(words.begin(), words.begin() + static_cast<long>(n));
    const auto m = lex.match_at(tokens_of(prefix), 0);
    ASSERT_TRUE(m) << n;
    EXPECT_EQ(m.count, n);
    static const char* kNames[] = {"one-0", "two-0", "three-0", "four-0"};
    EXPECT_EQ(m.entry->category, kNames[n - 1]);
  }
}

TEST(Lexicon, APhraseIsFoundAfterAFirstWordWhateverTheSecondWordsOfItsOtherPhrases) {
  // match_at skips a first word's phrases when none of their second words can be the next
  // token's (a 64-bit set of second-word keys): every next word, listed or not, must get the
  // phrase it continues or else the one-word entry, and a first word with no one-word entry
  // must match nothing when its phrases do not go on.
  std::string text = "the\tone\t1\naccording to\tsource\t1\n";
  std::vector<std::string> listed, unlisted;
  for (int i = 0; i < 120; ++i) {
    const std::string w = std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i * 7) +
                          std::string(1 + i % 5, static_cast<char>('z' - i % 26));
    (i % 2 ? unlisted : listed).push_back(w);
    if (i % 2 == 0) text += "the " + w + "\tphrase\t1\n";
  }
  const auto lex = sdk::Lexicon::parse(text);
  for (const auto& w : listed) {
    const std::vector<std::string> words = {"the", w};
    const auto m = lex.match_at(tokens_of(words), 0);
    ASSERT_TRUE(m) << w;
    EXPECT_EQ(m.count, 2u) << w;
  }
  for (const auto& w : unlisted) {
    const std::vector<std::string> words = {"the", w};
    const auto m = lex.match_at(tokens_of(words), 0);
    ASSERT_TRUE(m) << w;
    EXPECT_EQ(m.count, 1u) << w;
    EXPECT_EQ(m.entry->category, "one") << w;
    const std::vector<std::string> according = {"according", w};
    EXPECT_FALSE(lex.match_at(tokens_of(according), 0)) << w;
  }
  const std::vector<std::string> according = {"according", "to"};
  EXPECT_EQ(lex.match_at(tokens_of(according), 0).count, 2u);
  EXPECT_EQ(lex.find_word("according"), nullptr);
  EXPECT_EQ(lex.find_word("the")->category, "one");
}

TEST(Lexicon, AFileIsReadWholeWithWindowsLineEndingsAndAMissingFileIsNamed) {
  const std::string path = ::testing::TempDir() + "/slant_lexicon_test.tsv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "# heading\r\nmay well\tepistemic-modal\t0.8\r\nwidely\tweasel\t0.5\tnote\r\n";
  }
  const auto lex = sdk::Lexicon::load(path);
  ASSERT_EQ(lex.entries().size(), 2u);
  EXPECT_EQ(lex.entries()[0].phrase, "may well");
  EXPECT_EQ(lex.entries()[0].line, 2);
  EXPECT_EQ(lex.entries()[1].note, "note");
  EXPECT_EQ(lex.path(), path);
  std::remove(path.c_str());
  try {
    (void)sdk::Lexicon::load(path);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace slant::test
