// The terminal view: the article's words all there, in order, wrapped to the width; colour
// only when asked, one colour per plugin and the voices styled apart; notes with the reason;
// lines that close their own styles; legend and scores.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "render.hpp"
#include "report_fixture.hpp"
#include "writers/display_width.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string render(const Report& r, unsigned width, bool colour) {
  return test::render_with("terminal", {r}, {width, colour});
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string strip_escapes(const std::string& s) { return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), ""); }

TEST(TerminalWriter, WrapsEveryLineToTheWidth) {
  const Report r = test::sample_report();
  for (unsigned width : {24u, 40u, 60u, 100u}) {
    for (bool colour : {false, true}) {
      const auto lines = lines_of(render(r, width, colour));
      ASSERT_GT(lines.size(), 10u);
      unsigned widest = 0;
      for (const auto& line : lines) {
        const unsigned w = display_width(strip_escapes(line));
        EXPECT_LE(w, width) << "width " << width << ": " << strip_escapes(line);
        widest = std::max(widest, w);
        EXPECT_TRUE(line.empty() || line.back() != ' ') << "trailing space: '" << line << "'";
      }
      EXPECT_GE(widest, width - 12) << "the text should fill the lines, not wrap early";
    }
  }
}

TEST(TerminalWriter, KeepsTheArticlesWordsInOrder) {
  const Report r = test::sample_report();
  const std::string out = render(r, 36, false);
  // Drop finding markers (superscripts and the dot between two) and collapse whitespace.
  std::string body = std::regex_replace(out, std::regex("(⁰|¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹|·)+"), "");
  body = std::regex_replace(body, std::regex("\\s+"), " ");
  for (const char* sentence : {"The council may reopen the bridge in June, officials said on Monday.",
                               "\"It is a disgrace that took far too long,\" said Mayor Ana Ruiz.",
                               "Critics argue the repairs were rushed.", "Traffic returned to normal by evening."})
    EXPECT_NE(body.find(sentence), std::string::npos) << sentence;
}

TEST(TerminalWriter, PlainWhenColourIsOff) {
  const Report r = test::sample_report();
  const std::string out = render(r, 80, false);
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  // Findings are numbered in report order; "may" is the third.
  ASSERT_EQ(test::finding_index(r, "hedging", "may"), 2u);
  EXPECT_NE(out.find("The council may³ reopen"), std::string::npos) << "the marker follows the hedge:\n" << out;
  EXPECT_NE(out.find("said Mayor Ana Ruiz⁴."), std::string::npos) << "after the source, the last marked part";
}

TEST(TerminalWriter, ColoursPluginsAndStylesVoices) {
  const Report r = test::sample_report();
  const std::string out = render(r, 100, true);
  // hedging is yellow (33), bold; "may" sits in reported speech, so it is underlined too (4).
  EXPECT_NE(out.find("\x1b[0;1;4;33mmay"), std::string::npos) << out;
  // attribution is cyan (36): the source and the cue.
  EXPECT_NE(out.find("\x1b[0;1;36mofficials"), std::string::npos);
  // opinion is magenta (35); inside a quotation, italic (3).
  EXPECT_NE(out.find("\x1b[0;1;3;35mdisgrace"), std::string::npos);
  // Unmarked quoted words: italic only; unmarked reported words: underline only.
  EXPECT_NE(out.find("\x1b[0;3mIt is a"), std::string::npos);
  EXPECT_NE(out.find("\x1b[0;4mThe council"), std::string::npos);
  // Every styled line closes its style, so a pager or the next command starts clean.
  for (const auto& line : lines_of(out)) {
    const size_t last = line.rfind("\x1b[");
    if (last != std::string::npos) {
      EXPECT_EQ(line.compare(last, 4, "\x1b[0m"), 0) << "the last escape is a reset: " << line;
    }
  }
}

TEST(TerminalWriter, NotesSayRuleVoiceAndWhy) {
  const Report r = test::sample_report();
  const std::string out = strip_escapes(render(r, 200, true));
  const size_t may = test::finding_index(r, "hedging", "may") + 1;
  const std::regex note("\\n +" + std::to_string(may) + " hedging/hedge \\(reported\\) \"may\" category=epistemic-modal "
                        "— The modal 'may' presents the claim as possible rather than established\\. "
                        "\\[lexicon:epistemic-modal:may\\]\\n");
  EXPECT_TRUE(std::regex_search(out, note)) << out;
  EXPECT_NE(out.find("source_class=named-person stance=neutral"), std::string::npos);
  // The genre is said once, at the top, not marked over every word.
  EXPECT_NE(out.find("opinion: article-genre = news"), std::string::npos);
  EXPECT_LT(out.find("opinion: article-genre"), out.find("The council"));
}

TEST(TerminalWriter, LegendScoresAndDiagnostics) {
  const Report r = test::sample_report();
  const std::string wide = strip_escapes(render(r, 100, true));
  EXPECT_NE(wide.find("legend: ■ attribution ■ hedging ■ opinion"), std::string::npos) << wide;
  EXPECT_TRUE(std::regex_search(wide, std::regex("hedging hedges_per_100_words +4\\.44 +3\\.57 +0\\.00 +12\\.50\\n")))
      << wide;
  EXPECT_TRUE(std::regex_search(wide, std::regex("attribution attributed_sentence_share +50% +50% +0% +0%\\n")));
  EXPECT_NE(wide.find("per 100 words: hedging cues per 100 words"), std::string::npos);
  EXPECT_NE(wide.find("warning [opinion]: a span <was> dropped"), std::string::npos);
  // Too narrow for the table: one score per line with the values after its name.
  const std::string narrow = strip_escapes(render(r, 30, false));
  EXPECT_NE(narrow.find("4.44 | 3.57 | 0.00 | 12.50"), std::string::npos) << narrow;
}

TEST(TerminalWriter, WideCharactersTakeTwoColumns) {
  Report r;
  r.article.text = std::string(30, 'x') + " " + "\xE6\x96\xB0\xE9\x97\xBB\xE6\x96\xB0\xE9\x97\xBB";  // 新闻新闻: 8 columns
  segment(r.article);
  const auto lines = lines_of(render(r, 36, false));
  bool found = false;
  for (const auto& line : lines)
    if (line.find("\xE6\x96\xB0") != std::string::npos) {
      found = true;
      EXPECT_EQ(line, "\xE6\x96\xB0\xE9\x97\xBB\xE6\x96\xB0\xE9\x97\xBB") << "30 + 1 + 8 > 36: it wraps";
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(display_width("\xE6\x96\xB0\xE9\x97\xBB"), 4u);
  EXPECT_EQ(display_width("e\xCC\x81"), 1u) << "a combining accent takes no column";
}

TEST(TerminalWriter, AWordLongerThanTheLineIsCut) {
  Report r;
  r.article.text = std::string(50, 'w');
  segment(r.article);
  for (const auto& line : lines_of(render(r, 20, false))) EXPECT_LE(display_width(line), 20u) << line;
}

}  // namespace
}  // namespace slant
