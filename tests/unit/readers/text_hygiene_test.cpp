// Text hygiene: invalid UTF-8 repaired and located, declared charsets found and converted,
// white space collapsed while NBSP and soft hyphens stay.
#include <gtest/gtest.h>

#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

struct RepairCase {
  std::string in, out;
  size_t count;
};

TEST(RepairUtf8, EachInvalidSequenceBecomesOneReplacement) {
  const RepairCase cases[] = {
      {"plain", "plain", 0},
      {"caf\xC3\xA9", "caf\u00E9", 0},
      {"a\xFF" "b", "a\uFFFDb", 1},
      {"a\xE2\x80" "b", "a\uFFFDb", 1},           // truncated three-byte sequence: one replacement
      {"\xC0\xAF", "\uFFFD\uFFFD", 2},            // overlong
      {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD", 3},  // surrogate
      {"end\xF0\x9F", "end\uFFFD", 1},
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    std::vector<std::string> w;
    EXPECT_EQ(repair_utf8(s, &w), c.count) << c.in;
    EXPECT_EQ(s, c.out);
    EXPECT_EQ(w.size(), c.count ? 1u : 0u);
  }
}

TEST(RepairUtf8, WarningGivesTheFirstOffsetAndTheCount) {
  std::string s = "ok\xFFok\xFE";
  std::vector<std::string> w;
  repair_utf8(s, &w, 100);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("byte offset 102"), std::string::npos) << w[0];
  EXPECT_NE(w[0].find("1 more"), std::string::npos) << w[0];
}

TEST(DeclaredCharset, FromXmlDeclarationAndMetaTags) {
  EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>"), "iso-8859-1");
  EXPECT_EQ(declared_charset("<html><head><meta charset=windows-1252>"), "windows-1252");
  EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"), "shift_jis");
  EXPECT_EQ(declared_charset("<p>the charset=latin1 in text is not a declaration</p>"), "");
  EXPECT_EQ(declared_charset("<html><body>"), "");
}

TEST(ConvertToUtf8, Latin1IsReadAsWindows1252) {
  std::string s = "\x93quoted\x94 caf\xE9";
  std::vector<std::string> w;
  EXPECT_TRUE(convert_to_utf8(s, "ISO-8859-1", &w));
  EXPECT_EQ(s, "\u201Cquoted\u201D caf\u00E9");
  EXPECT_TRUE(w.empty());
}

TEST(ConvertToUtf8, UndefinedBytesBecomeReplacementsWithAWarning) {
  std::string s = "a\x81z\xE9";  // 0x81 is not defined in Windows-1252
  std::vector<std::string> w;
  EXPECT_TRUE(convert_to_utf8(s, "windows-1252", &w));
  EXPECT_EQ(s, "a\uFFFDz\u00E9");
  ASSERT_EQ(w.size(), 1u);
}

TEST(ConvertToUtf8, UnknownCharsetLeavesTheBytesAndWarns) {
  std::string s = "caf\xE9";
  std::vector<std::string> w;
  EXPECT_FALSE(convert_to_utf8(s, "x-klingon", &w));
  EXPECT_EQ(s, "caf\xE9");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("x-klingon"), std::string::npos);
}

TEST(ConvertToUtf8, Utf8AndAsciiAreLeftAlone) {
  std::string s = "caf\xC3\xA9";
  EXPECT_FALSE(convert_to_utf8(s, "utf-8", nullptr));
  std::string a = "plain";
  EXPECT_FALSE(convert_to_utf8(a, "iso-8859-1", nullptr));
}

TEST(CleanDocument, BomCrlfAndRepairTogether) {
  std::string s = "\xEF\xBB\xBFline one\r\nline\xFF two\r";
  std::vector<std::string> w;
  clean_document(s, &w);
  EXPECT_EQ(s, "line one\nline\uFFFD two\n");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("byte offset 17"), std::string::npos) << w[0];
}

TEST(CollapseSpaces, AsciiSpaceCollapsesButNbspAndSoftHyphenStay) {
  EXPECT_EQ(collapse_spaces("  a \n\t b  "), "a b");
  EXPECT_EQ(collapse_spaces("10\u00A0km rail\u00ADway"), "10\u00A0km rail\u00ADway");
}

}  // namespace
}  // namespace slant
