// XML: NITF, NewsML-G2, RSS, Atom and XHTML read into articles with their metadata; malformed
// XML named with line and column; a feed with one broken item still gives the others; no DTD
// or external entity is ever expanded.
#include <gtest/gtest.h>

#include "collect.hpp"
#include "readers/xml_reader.hpp"

namespace slant {
namespace {
using test::Collected;
using test::contains;

TEST(NitfReader, SampleGivesHeadlineBylineDeskAndParagraphs) {
  Collected c;
  read_xml(test::sample("orchard-frost.nitf.xml"), "frost.xml", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  const Article& a = c.articles[0];
  test::expect_meta(a, {.title = "Late frost hits valley orchards",
                        .outlet = "Valley Wire Service",
                        .byline = "Ines Calder",
                        .date = "20260412T061500Z",
                        .id = "VALLEY-2026-0412-017",
                        .section = "Business"});
  EXPECT_EQ(a.text,
            "A hard frost on Friday night damaged apple blossom across the upper valley, growers said, a week after an "
            "unusually warm spell brought the trees into flower early.\n\n"
            "\"We lost perhaps a third of the bloom on the higher rows,\" said Petra Lindqvist, who farms forty "
            "hectares above Ashcombe.\n\n"
            "The regional growers' association said it was too early to estimate losses, but that prices for local "
            "fruit could rise this autumn.");
}

TEST(NitfReader, OpinionClassifierBecomesTheSection) {
  Collected c;
  read_xml(R"(<nitf><head><docdata><identified-content><classifier type="desk" value="Opinion"/></identified-content>
    </docdata></head><body><body.content><p>Our view.</p></body.content></body></nitf>)",
           "o.xml", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.section, "Opinion");
  EXPECT_EQ(c.articles[0].text, "Our view.");
}

TEST(NitfReader, NoBodyIsAnError) {
  Collected c;
  read_xml("<nitf><head><title>T</title></head><body/></nitf>", "empty-nitf.xml", c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "empty-nitf.xml");
}

TEST(NewsmlReader, SampleGivesHeadlineProviderGenreAndInlineXhtml) {
  Collected c;
  read_xml(test::sample("council-budget.newsml.xml"), "budget.xml", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  const Article& a = c.articles[0];
  test::expect_meta(a, {.title = "Council budget leans on parking fees",
                        .outlet = "Riverside Press Agency",
                        .byline = "Jonah Weller",
                        .date = "2026-05-20T13:40:00Z",
                        .id = "urn:newsml:example.org:20260520:council-budget",
                        .section = "Opinion"});
  EXPECT_EQ(a.text,
            "The council's new budget asks drivers to pay for almost every gap in its plans, and that is the wrong way "
            "to fund a town.\n\nParking fees should help manage traffic, not cover the cost of libraries and parks. "
            "Councillors must find a fairer mix before the vote in June.");
}

TEST(NewsmlReader, MessageWithPlainTextItems) {
  Collected c;
  read_xml(R"(<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
    <newsItem guid="a"><contentMeta><headline>One</headline><genre qcode="genre:Analysis"/></contentMeta>
      <contentSet><inlineData contenttype="text/plain">First line
of one paragraph.

Second paragraph.</inlineData></contentSet></newsItem>
    <newsItem guid="b"><contentMeta><headline>Two</headline></contentMeta><contentSet/></newsItem>
    </itemSet></newsMessage>)",
           "msg.xml", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].meta.id, "a");
  EXPECT_EQ(c.articles[0].meta.section, "Analysis");
  EXPECT_EQ(c.articles[0].text, "First line of one paragraph.\n\nSecond paragraph.");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "msg.xml: item 2");
}

TEST(RssReader, SampleGivesEachItemWithChannelAsOutlet) {
  Collected c;
  read_xml(test::sample("coastal-news.rss"), "coastal.rss", c.sink());
  ASSERT_EQ(c.articles.size(), 2u) << c.error_text();
  const Article& a = c.articles[0];
  test::expect_meta(a,
                    {.title = "Lighthouse museum reopens after storm repairs",
                     .outlet = "Coastal Daily",
                     .byline = "Lena Marsh",
                     .date = "Mon, 06 Apr 2026 09:00:00 GMT",
                     .url = "https://coastal.example/lighthouse-museum",
                     .id = "https://coastal.example/?p=101",
                     .section = "Culture",
                     .source = "coastal.rss: item 1"});
  // content:encoded preferred to the description; the "appeared first on" footer dropped.
  EXPECT_EQ(a.text,
            "The lighthouse museum at Gull Point reopened on Saturday after winter storms tore away part of its "
            "roof.\n\n\"The volunteers did most of the work themselves,\" said curator Hal Brenner.");
  EXPECT_EQ(c.articles[1].meta.section, "Opinion");
  EXPECT_EQ(c.articles[1].text, "Dredging the harbour in spawning season is a mistake the town can still avoid.");
}

TEST(AtomReader, SampleGivesEntriesWithHtmlAndXhtmlContent) {
  Collected c;
  read_xml(test::sample("science-desk.atom"), "science.atom", c.sink());
  ASSERT_EQ(c.articles.size(), 2u) << c.error_text();
  const Article& a = c.articles[0];
  test::expect_meta(a, {.title = "Bog survey finds rare moss spreading",
                        .outlet = "Upland Science Desk",
                        .byline = "Ruth Eller",
                        .date = "2026-06-01T08:00:00Z",
                        .url = "https://upland.example/bog-moss",
                        .section = "Science"});
  EXPECT_EQ(a.text,
            "A rare sphagnum moss has spread to three new pools on Carrow Moor, a volunteer survey found.\n\nThe moss "
            "may be returning because drains were blocked in 2021, the survey's authors suggest.");
  EXPECT_EQ(c.articles[1].meta.date, "2026-06-02T10:00:00Z");
  EXPECT_EQ(c.articles[1].text, "The summit weather station now runs on solar panels and a small battery.");
}

TEST(XhtmlReader, SampleIsReadAsAPage) {
  Collected c;
  read_xml(test::sample("library-hours.xhtml"), "lib.xhtml", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].meta.title, "Library extends weekend hours");
  EXPECT_EQ(c.articles[0].meta.outlet, "Northfield Courier");
  EXPECT_EQ(c.articles[0].text,
            "The Northfield public library will open on Sunday afternoons from next month, the town board decided on "
            "Monday.\n\nBoard member Ada Okafor said the change would cost less than the board had feared. "
            "\u201CStudents asked for it, and the numbers work\u201D, she said.");
}

TEST(XmlReader, MalformedXmlGivesLineAndColumn) {
  Collected c;
  read_xml("<?xml version=\"1.0\"?>\n<nitf>\n  <head><title>T</title></head>\n  <body><p>x</body>\n</nitf>\n",
           "bad.xml", c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "bad.xml");
  EXPECT_TRUE(contains(c.errors[0].message, "malformed XML at line 4, column")) << c.errors[0].message;
}

TEST(XmlReader, FeedWithOneBrokenItemStillGivesTheOthers) {
  Collected c;
  read_xml(R"(<rss><channel><title>Valley FM</title>
<item><title>One</title><description>First story.</description></item>
<item><title>Two &amp; a <b>half</title><description>Broken story.</description></item>
<item><title>Three</title><description>Third story.</description></item>
</channel></rss>)",
           "feed.rss", c.sink());
  ASSERT_EQ(c.articles.size(), 2u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "First story.");
  EXPECT_EQ(c.articles[1].text, "Third story.");
  EXPECT_EQ(c.articles[1].meta.outlet, "Valley FM");
  EXPECT_EQ(c.articles[1].meta.source, "feed.rss: item 3");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "feed.rss: item 2");
  EXPECT_TRUE(contains(c.errors[0].message, "line 3")) << c.errors[0].message;
}

TEST(XmlReader, FeedItemWithoutTextIsNamed) {
  Collected c;
  read_xml("<rss><channel><title>X</title><item><title>Only a title</title></item>"
           "<item><description>Body.</description></item></channel></rss>",
           "f.rss", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "f.rss: item 1");
}

TEST(XmlReader, TruncatedFeedKeepsTheWholeItems) {
  Collected c;
  read_xml("<rss><channel><title>X</title><item><description>Whole.</description></item><item><descrip", "t.rss",
           c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "Whole.");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "t.rss: item 2");
}

// pugixml never reads a DTD: an external entity is not fetched and an internal one is not
// expanded, so neither a local file nor a "billion laughs" blow-up can get in.
TEST(XmlReader, ExternalEntitiesAreNeverExpanded) {
  Collected c;
  read_xml(R"(<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<rss><channel><title>T</title><item><description>Secret: &xxe; Laughs: &lol2;</description></item></channel></rss>)",
           "xxe.rss", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_FALSE(contains(c.articles[0].text, "root:"));
  EXPECT_FALSE(contains(c.articles[0].text, "lollol"));
  EXPECT_TRUE(contains(c.articles[0].text, "Secret:"));
}

TEST(XmlReader, UnknownRootIsNamed) {
  Collected c;
  read_xml("<catalog><book/></catalog>", "books.xml", c.sink());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].message, "<catalog>"));
}

TEST(XmlReader, Windows1252DeclarationIsHonoured) {
  Collected c;
  read_xml("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Caf\xE9 Radio</title>"
           "<item><description>It\x92s open.</description></item></channel></rss>",
           "w.rss", c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].meta.outlet, "Caf\u00E9 Radio");
  EXPECT_EQ(c.articles[0].text, "It\u2019s open.");
}

}  // namespace
}  // namespace slant
