// HTML pages: the story body found and cleaned of furniture, metadata from JSON-LD, og: and
// article: tags and <time>, legacy encodings converted, and broken pages still read or named.
#include <gtest/gtest.h>

#include "collect.hpp"
#include "readers/html_reader.hpp"

namespace slant {
namespace {
using test::Collected;
using test::contains;

TEST(HtmlReader, SamplePageGivesBodyAndMetadata) {
  Collected c;
  read_html(test::sample("ferry-strike.html"), "ferry-strike.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  const Article& a = c.articles[0];
  test::expect_meta(a,
                    {.title = "Ferry crews vote to strike over night rosters",
                     .outlet = "The Harbourton Ledger",
                     .byline = "Mara Quill",
                     .date = "2026-03-04T08:15:00Z",
                     .url = "https://ledger.example/news/ferry-strike",
                     .section = "Local News",
                     .source = "ferry-strike.html"});
  // Entities decoded, paragraphs and the blockquote kept, a blank line between paragraphs.
  EXPECT_EQ(a.text,
            "Crews on the Harbourton\u2013Kelp Island ferry voted on Tuesday to walk out for two days next month, the "
            "first strike on the route in eleven years.\n\n"
            "\u201CNobody on these boats wants to leave passengers on the quay,\u201D said Tomas Reyes, who chairs the "
            "crew union. \u201CBut the new night rosters are not safe.\u201D\n\n"
            "\u201CWe have offered talks every week since January,\u201D the operator said in a statement.\n\n"
            "The operator, Kelp Line, said it would run a reduced timetable with relief crews. Islanders who commute "
            "to the mainland hospital may face longer waits, according to the council.");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(HtmlReader, FurnitureInsideTheBodyIsDroppedAndReported) {
  Collected c;
  read_html(test::sample("ferry-strike.html"), "f.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_FALSE(contains(a.text, "Sign up"));
  EXPECT_FALSE(contains(a.text, "Island fares"));
  EXPECT_FALSE(contains(a.text, "First! Great story"));
  EXPECT_FALSE(contains(a.text, "analytics"));
  bool newsletter_reported = false;
  for (const auto& d : a.dropped) newsletter_reported |= contains(d.text, "Sign up for our morning briefing");
  EXPECT_TRUE(newsletter_reported);
}

// Without any article markup the block holding most paragraph text is the story.
TEST(HtmlReader, DensestBlockWinsWithoutArticleMarkup) {
  Collected c;
  read_html(R"(<html><head><title>Dam inspection ordered - River Post</title>
    <meta property="og:site_name" content="River Post"></head><body>
    <div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></div>
    <div id="c1"><p>Short teaser one.</p></div>
    <div id="story">
      <p>State engineers ordered an inspection of the Millrace dam on Thursday after cracks were found in its spillway.</p>
      <p>The dam holds back the reservoir that supplies two towns, and officials said there was no immediate danger.</p>
    </div>
    <div class="sidebar"><p>Most read: a cat rescued from a tree by the fire service.</p></div>
    </body></html>)",
            "p.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.meta.title, "Dam inspection ordered");  // " - River Post" removed
  EXPECT_EQ(a.meta.outlet, "River Post");
  EXPECT_EQ(a.text,
            "State engineers ordered an inspection of the Millrace dam on Thursday after cracks were found in its "
            "spillway.\n\nThe dam holds back the reservoir that supplies two towns, and officials said there was no "
            "immediate danger.");
}

// Teaser cards marked <article> do not win over a story in a plain block.
TEST(HtmlReader, TeaserArticlesDoNotBeatTheStoryBlock) {
  Collected c;
  read_html(R"(<body><div class="story">
    <p>The county opened its first public cold-weather shelter on Friday in the old library on Mill Street.</p>
    <p>Forty beds are available every night until March, and volunteers will serve hot meals at seven.</p>
    <p>The shelter was paid for with a state grant awarded last spring after two years of requests.</p></div>
    <article class="card"><p>Teaser: a new bakery opens.</p></article>
    <article class="card"><p>Teaser: the match report.</p></article></body>)",
            "cards.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text.rfind("The county opened", 0), 0u) << c.articles[0].text;
  EXPECT_FALSE(contains(c.articles[0].text, "Teaser"));
}

TEST(HtmlReader, RelatedLinkListInsideArticleIsDropped) {
  Collected c;
  read_html(R"(<article><p>The school board approved a new bus contract on Monday after a long debate.</p>
    <ul><li><a href="/1">Board elects chair</a></li><li><a href="/2">Teachers win pay rise</a></li></ul>
    <p>The contract runs for three years.</p></article>)",
            "r.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text,
            "The school board approved a new bus contract on Monday after a long debate.\n\nThe contract runs for three "
            "years.");
  ASSERT_EQ(c.articles[0].dropped.size(), 1u);
  EXPECT_TRUE(contains(c.articles[0].dropped[0].text, "Board elects chair"));
}

// A word like "commentary" or "header" in a class is not furniture.
TEST(HtmlReader, FurnitureWordsMatchWholeClassWords) {
  Collected c;
  read_html(R"(<div class="commentary-body"><p>Cities should plant more trees along their busiest roads.</p>
    <p>The shade lowers summer temperatures on the pavement.</p></div>)",
            "o.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text,
            "Cities should plant more trees along their busiest roads.\n\nThe shade lowers summer temperatures on the "
            "pavement.");
}

TEST(HtmlReader, InlineQuotationsGetQuoteMarks) {
  Collected c;
  read_html("<p>The mayor called it <q>a fair deal</q> for everyone.</p>", "q.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "The mayor called it \u201Ca fair deal\u201D for everyone.");
}

TEST(HtmlReader, JsonLdOpinionTypeBecomesTheSection) {
  Collected c;
  read_html(R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
     {"@type":"OpinionNewsArticle","headline":"Keep the night trains","datePublished":"2026-02-01",
      "author":[{"@type":"Person","name":"Ann Roe"},{"@type":"Person","name":"Bo Li"}],
      "publisher":{"@type":"Organization","name":"Rail Weekly"}}]}
    </script></head><body><article><p>The night trains are worth every cent they cost.</p></article></body></html>)",
            "op.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  const ArticleMeta& m = c.articles[0].meta;
  EXPECT_EQ(m.title, "Keep the night trains");
  EXPECT_EQ(m.section, "Opinion");
  EXPECT_EQ(m.byline, "Ann Roe, Bo Li");
  EXPECT_EQ(m.outlet, "Rail Weekly");
  EXPECT_EQ(m.date, "2026-02-01");
}

TEST(HtmlReader, OgTypeOtherThanArticleIsTheGenre) {
  Collected c;
  read_html(R"(<head><meta property="og:type" content="opinion"></head><p>We think the plan is wrong.</p>)", "g.html",
            c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.section, "opinion");
}

TEST(HtmlReader, TimeElementGivesTheDateWhenNoMetaDoes) {
  Collected c;
  read_html(R"(<article><h1>Pier closed</h1><time datetime="2026-07-09">9 July</time><p>The pier is closed.</p></article>)",
            "t.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.date, "2026-07-09");
  EXPECT_EQ(c.articles[0].meta.title, "Pier closed");
  EXPECT_EQ(c.articles[0].text, "The pier is closed.");
}

TEST(HtmlReader, BrokenJsonLdIsAWarningNotAFailure) {
  Collected c;
  read_html(R"(<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><p>Text stays.</p>)",
            "j.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "Text stays.");
  ASSERT_EQ(c.articles[0].warnings.size(), 1u);
  EXPECT_TRUE(contains(c.articles[0].warnings[0], "JSON-LD"));
}

TEST(HtmlReader, Windows1252PageIsConverted) {
  Collected c;
  read_html(test::sample("cafe-terrace-cp1252.html"), "cafe.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.meta.title, "Caf\u00E9 owners protest new terrace rules");
  EXPECT_EQ(a.text,
            "Caf\u00E9 owners on the square say the new terrace rules are \u201Cunworkable\u201D and will cost them "
            "summer trade.\n\nThe town\u2019s planning office said the rules would be reviewed in the autumn.");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(HtmlReader, Latin1DeclaredInMetaCharsetIsConverted) {
  Collected c;
  read_html("<meta charset=\"ISO-8859-1\"><p>Na\xEFve r\xE9sum\xE9.</p>", "l.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "Na\u00EFve r\u00E9sum\u00E9.");
}

TEST(HtmlReader, InvalidUtf8IsRepairedWithTheByteOffset) {
  Collected c;
  std::string page = "<p>Bad \xC3 byte.</p>";
  read_html(page, "u.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "Bad \uFFFD byte.");
  ASSERT_EQ(c.articles[0].warnings.size(), 1u);
  EXPECT_TRUE(contains(c.articles[0].warnings[0], "byte offset 7")) << c.articles[0].warnings[0];
}

TEST(HtmlReader, NbspAndSoftHyphenAreLeftForTheSegmenter) {
  Collected c;
  read_html("<p>10&nbsp;km of rail&shy;way.</p>", "n.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "10\u00A0km of rail\u00ADway.");
}

TEST(HtmlReader, TruncatedPageIsReadWithAWarning) {
  Collected c;
  read_html("<html><body><article><p>The first paragraph arrived whole.</p><p>The second was cut o", "cut.html",
            c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "The first paragraph arrived whole.\n\nThe second was cut o");
  ASSERT_FALSE(c.articles[0].warnings.empty());
  EXPECT_TRUE(contains(c.articles[0].warnings.back(), "cut off"));
}

TEST(HtmlReader, PageWithoutTextIsAnErrorNamingTheFile) {
  Collected c;
  read_html("<html><head><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>",
            "nav-only.html", c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "nav-only.html");
  EXPECT_TRUE(contains(c.errors[0].message, "no story text"));
}

TEST(HtmlReader, JsonLdBodyIsUsedWhenMarkupHasNoText) {
  Collected c;
  read_html(R"(<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Rendered by script."}</script>
    <div id="app"></div>)",
            "spa.html", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "Rendered by script.");
}

TEST(HtmlDepth, EstimatedFromTagsWithoutParsing) {
  EXPECT_EQ(estimated_html_depth("<html><body><div><p>a<p>b<br><img src=x></div></body></html>"), 3u);
  EXPECT_EQ(estimated_html_depth("<div><div/><!-- <div><div><div> --></div>"), 1u);
  EXPECT_EQ(estimated_html_depth("<script>var s = '<div><div><div>';</script><b>x</b>"), 1u);
  EXPECT_EQ(estimated_html_depth("<ul><li>a<li>b</ul>"), 1u);
}

// Thousands of unclosed elements would keep the HTML parser busy for minutes: refused at once.
TEST(HtmlReader, HostileNestingIsRefusedWithAMessage) {
  std::string page;
  for (int i = 0; i < 20000; ++i) page += "<div>";
  page += "text";
  Collected c;
  read_html(page, "deep.html", c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].message, "nested about 20000 deep")) << c.errors[0].message;
}

TEST(HtmlReader, FragmentTextKeepsParagraphs) {
  EXPECT_EQ(html_fragment_to_text("<p>One &amp; two.</p><p>Three.</p>"), "One & two.\n\nThree.");
  EXPECT_EQ(html_fragment_to_text("plain words"), "plain words");
}

}  // namespace
}  // namespace slant
