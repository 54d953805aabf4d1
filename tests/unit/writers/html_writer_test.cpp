// The HTML page: self-contained, escaped, every finding marked with its plugin and voice,
// notes that carry rule, evidence, voice and explanation, sources with class and stance,
// scores with meaning, and filter switches wired to the marks by CSS.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "render.hpp"
#include "report_fixture.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string render(const std::vector<Report>& reports) { return test::render_with("html", reports); }
size_t count(const std::string& s, const std::string& needle) { return test::count_of(s, needle); }

TEST(HtmlWriter, IsOneSelfContainedPage) {
  const std::string page = render({test::sample_report()});
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), std::string::npos);
  for (const char* fetches : {"<script", "<link", "@import", "url(", " src=", "http://", "https://"})
    EXPECT_EQ(page.find(fetches), std::string::npos) << fetches;
  EXPECT_EQ(count(page, "<html"), 1u);
  EXPECT_EQ(count(page, "</html>"), 1u);
}

TEST(HtmlWriter, TagsBalanceAndTextIsEscaped) {
  const std::string page = render({test::sample_report()});
  for (const char* tag : {"mark", "span", "div", "p", "ol", "li", "table", "section", "article", "a"})
    EXPECT_EQ(count(page, std::string("<") + tag + " ") + count(page, std::string("<") + tag + ">"),
              count(page, std::string("</") + tag + ">"))
        << tag;
  EXPECT_NE(page.find("<h1 id=\"r1-title\">Bridge &lt;repairs&gt; &amp; delays</h1>"), std::string::npos);
  EXPECT_NE(page.find("<title>slant: Bridge &lt;repairs&gt; &amp; delays</title>"), std::string::npos);
  EXPECT_NE(page.find("a span &lt;was&gt; dropped"), std::string::npos);
  EXPECT_EQ(page.find("<repairs>"), std::string::npos);
  EXPECT_NE(page.find("&quot;<span class=\"v-quoted\">It is a"), std::string::npos)
      << "the article's own quote marks are escaped, and the quotation is styled as quoted";
}

TEST(HtmlWriter, MarksEachFindingWithPluginAndVoice) {
  const Report r = test::sample_report();
  const std::string page = render({r});
  const size_t may = test::finding_index(r, "hedging", "may") + 1;
  // The hedge sits in reported speech: its mark says plugin, colour slot and voice, points
  // at its note for screen readers, and lies inside the dashed reported-voice span.
  const std::regex may_mark("<span class=\"v-reported\"><mark class=\"hl p-hedging c1 fv-reported\" data-findings=\"" +
                            std::to_string(may) + "\" title=\"H" + std::to_string(may) +
                            " hedging · hedge · reported speech voice: &quot;may&quot; — The modal [^\"]*\" "
                            "aria-describedby=\"r1-f" + std::to_string(may) + "\">may</mark></span>");
  EXPECT_TRUE(std::regex_search(page, may_mark)) << page;
  EXPECT_TRUE(std::regex_search(page, std::regex("<mark class=\"hl p-attribution c0 fv-author\"[^>]*>officials</mark>")));
  EXPECT_TRUE(std::regex_search(page, std::regex("<mark class=\"hl p-opinion c2 fv-quoted\"[^>]*>disgrace</mark>")));
  // The content an attribution governs is not marked by it.
  EXPECT_FALSE(std::regex_search(page, std::regex("<mark class=\"hl p-attribution[^>]*>[^<]*council")));
  // A marker after the hedge, labelled for screen readers, with a tooltip.
  EXPECT_TRUE(std::regex_search(page, std::regex("may</mark></span><a class=\"ref p-hedging c1 fv-reported\" id=\"r1-ref" +
                                                 std::to_string(may) + "\" href=\"#r1-f" + std::to_string(may) +
                                                 "\" aria-label=\"finding " + std::to_string(may) +
                                                 ": hedging, hedge, reported speech voice\">H" +
                                                 std::to_string(may) + "<span class=\"tip\" role=\"tooltip\">")));
  // The genre label is said in the header, not marked over the whole text.
  EXPECT_NE(page.find("<p class=\"genre c2\"><strong>opinion: news</strong>"), std::string::npos);
  EXPECT_EQ(page.find("p-opinion c2 fv-author\" data-findings=\"" +
                      std::to_string(test::finding_index(r, "opinion", "0 of 4 writer's sentences are opinion") + 1)),
            std::string::npos);
}

TEST(HtmlWriter, NotesCarryRuleEvidenceVoiceAndExplanation) {
  const Report r = test::sample_report();
  const std::string page = render({r});
  const std::string id = std::to_string(test::finding_index(r, "hedging", "Critics argue") + 1);
  const std::string note =
      "<li class=\"note p-hedging c1 fv-author\" id=\"r1-f" + id + "\"><a class=\"note-num\" href=\"#r1-ref" + id +
      "\" aria-label=\"finding " + id + ", back to the text\">H" + id +
      "</a><strong>hedging</strong> · hedge <span class=\"voice-tag fv-author\">author voice</span> <q "
      "class=\"evidence\">Critics argue</q> <span class=\"why\">&#39;Critics argue&#39; rests the claim on unnamed "
      "people instead of a named source.</span> <span class=\"attrs\">category: weasel</span> <span "
      "class=\"rule\">rule: <code>rule:weasel-subject</code></span></li>";
  EXPECT_NE(page.find(note), std::string::npos) << page;
  // Notes follow the paragraph their finding is in.
  EXPECT_LT(page.find("Critics argue</mark>"), page.find(note));
  EXPECT_GT(page.find("Critics argue</mark>"), page.find("id=\"r1-p2\""));
  EXPECT_LT(page.find(note), page.find("id=\"r1-p3\""));
}

TEST(HtmlWriter, ListsSourcesWithClassAndStance) {
  const std::string page = render({test::sample_report()});
  EXPECT_NE(page.find("<h2>Sources (2)</h2>"), std::string::npos);
  EXPECT_TRUE(std::regex_search(page, std::regex("<tr class=\"source\"><th scope=\"row\">officials</th><td "
                                                 "class=\"source-class\">anonymous</td><td class=\"stance\">neutral</td>")));
  EXPECT_TRUE(std::regex_search(page, std::regex("<tr class=\"source\"><th scope=\"row\">Ana Ruiz</th><td "
                                                 "class=\"source-class\">named-person</td><td class=\"stance\">neutral</td>")));
  EXPECT_NE(page.find("<tr class=\"source-detail\"><td colspan=\"3\">said · <a href=\"#r1-f"), std::string::npos);
}

TEST(HtmlWriter, ScoresSayWhatTheyMean) {
  const std::string page = render({test::sample_report()});
  EXPECT_TRUE(std::regex_search(page, std::regex("hedging hedges per 100 words</th></tr>\n<tr class=\"score-values\">"
                                                 "<td class=\"num\">4.44</td><td class=\"num\">3.57</td><td "
                                                 "class=\"num\">0.00</td><td class=\"num\">12.50</td>")))
      << page;
  EXPECT_NE(page.find("per 100 words: hedging cues per 100 words: how often the text qualifies its claims"),
            std::string::npos);
  EXPECT_NE(page.find("<td class=\"num\">50%</td>"), std::string::npos);
}

TEST(HtmlWriter, FiltersByPluginAndVoiceAreWiredInCss) {
  const std::string page = render({test::sample_report()});
  for (const char* id : {"show-p-attribution", "show-p-hedging", "show-p-opinion", "show-v-author", "show-v-quoted",
                         "show-v-reported"}) {
    EXPECT_NE(page.find(std::string("<input type=\"checkbox\" id=\"") + id + "\" checked>"), std::string::npos) << id;
    EXPECT_NE(page.find(std::string("body:has(#") + id + ":not(:checked)) mark.hl."), std::string::npos) << id;
  }
  EXPECT_NE(page.find("body:has(#show-v-quoted:not(:checked)) mark.hl.fv-quoted"), std::string::npos);
}

TEST(HtmlWriter, SeveralReportsShareOnePage) {
  Report a = test::sample_report(), b = test::sample_report();
  b.article.meta.title = "Second";
  const std::string page = render({a, b});
  EXPECT_EQ(count(page, "<article class=\"report\""), 2u);
  EXPECT_NE(page.find("id=\"r2-title\">Second</h1>"), std::string::npos);
  EXPECT_NE(page.find("<title>slant report</title>"), std::string::npos);
  EXPECT_EQ(count(page, "<nav class=\"filters\""), 1u);
}

TEST(MakeWriter, KnowsEveryFormatByName) {
  for (const char* name : {"text", "json", "jsonl", "terminal", "html"}) EXPECT_NE(make_writer(name), nullptr) << name;
  try {
    make_writer("pdf");
    FAIL() << "pdf is not a format";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("text, json, jsonl, terminal or html"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace slant
