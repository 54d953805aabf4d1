// The merger on hand-built articles (no segmenter involved): span validation, voice from quote
// regions and attribution content, duplicate folding, sentence labels and scores by voice.
#include <gtest/gtest.h>

#include "loader/plugin_set.hpp"
#include "merge/merger.hpp"

namespace slant {
namespace {

// Text:  He said "we may win" today. Critics may doubt it.
//        0         1         2         3         4
//        0123456789012345678901234567890123456789012345678
// Quote content [9, 19) "we may win"; sentence 1 [0, 27), sentence 2 [28, 49).
Article make_article() {
  Article a;
  a.text = "He said \"we may win\" today. Critics may doubt it.";
  a.sentences = {{0, 27, 0, 0, 0}, {28, 49, 0, 0, 0}};
  a.paragraphs = {{0, 49, 0, 2}};
  a.quotes = {{8, 20, 9, 19, 0, 1}};
  auto word = [&](uint32_t b, uint32_t e, uint32_t s, uint8_t flags = 0) {
    slant_token t{};
    t.begin = b;
    t.end = e;
    t.sentence = s;
    t.kind = SLANT_TOKEN_WORD;
    t.flags = flags;
    a.tokens.push_back(t);
  };
  word(0, 2, 0); word(3, 7, 0); word(9, 11, 0, SLANT_TOKEN_IN_QUOTE); word(12, 15, 0, SLANT_TOKEN_IN_QUOTE);
  word(16, 19, 0, SLANT_TOKEN_IN_QUOTE); word(21, 26, 0);
  word(28, 35, 1); word(36, 39, 1); word(40, 45, 1); word(46, 48, 1);
  return a;
}

LoadedPlugin plugin(const std::string& id, std::vector<PluginScoreSpec> scores = {}) {
  LoadedPlugin p;
  p.id = id;
  p.scores = std::move(scores);
  return p;
}

Finding finding(const std::string& plugin, const std::string& kind, uint32_t b, uint32_t e, const std::string& rule) {
  Finding f;
  f.plugin = plugin;
  f.kind = kind;
  f.begin = b;
  f.end = e;
  f.rules = {rule};
  f.parts.push_back({"cue", b, e});
  return f;
}

TEST(Merger, VoiceComesFromQuoteRegionsAndAttributionContent) {
  LoadedPlugin hedging = plugin("hedging"), attribution = plugin("attribution");
  PluginOutput h{&hedging, true, {finding("hedging", "hedge", 12, 15, "modal:may"),    // inside the quote
                                  finding("hedging", "hedge", 36, 39, "modal:may")},   // the writer's
                 {}, {}};
  Report r = merge_findings(make_article(), {h});
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].voice, Voice::quoted);
  EXPECT_EQ(r.findings[1].voice, Voice::author);

  // An attribution whose content covers "doubt it" turns the second hedge into reported voice only
  // when the hedge sits inside that content.
  Finding attr = finding("attribution", "attribution", 28, 48, "reporting-verb");
  attr.parts = {{"source", 28, 35}, {"cue", 40, 45}, {"content", 36, 48}};
  PluginOutput a{&attribution, true, {attr}, {}, {}};
  PluginOutput h2{&hedging, true, {finding("hedging", "hedge", 36, 39, "modal:may")}, {}, {}};
  Report r2 = merge_findings(make_article(), {a, h2});
  const Finding* hedge = nullptr;
  for (const auto& f : r2.findings)
    if (f.kind == "hedge") hedge = &f;
  ASSERT_NE(hedge, nullptr);
  EXPECT_EQ(hedge->voice, Voice::reported);
  EXPECT_EQ(r2.words[2], 3u);  // may, doubt, it
}

TEST(Merger, TheReportCarriesItsVoiceRegionsQuotedWinningOverReported) {
  LoadedPlugin attribution = plugin("attribution");
  // One attribution's content runs over the quote and on into the next sentence.
  Finding attr = finding("attribution", "attribution", 3, 7, "reporting-verb");
  attr.parts = {{"cue", 3, 7}, {"content", 8, 35}};
  PluginOutput a{&attribution, true, {attr}, {}, {}};
  Report r = merge_findings(make_article(), {a});
  ASSERT_EQ(r.voice_regions.size(), 3u);
  EXPECT_EQ(r.voice_regions[0].begin, 8u);   // the opening mark is reported text
  EXPECT_EQ(r.voice_regions[0].end, 9u);
  EXPECT_EQ(r.voice_regions[0].voice, Voice::reported);
  EXPECT_EQ(r.voice_regions[1].begin, 9u);   // the quote content stays quoted
  EXPECT_EQ(r.voice_regions[1].end, 19u);
  EXPECT_EQ(r.voice_regions[1].voice, Voice::quoted);
  EXPECT_EQ(r.voice_regions[2].begin, 19u);  // and reported again after it
  EXPECT_EQ(r.voice_regions[2].end, 35u);
  EXPECT_EQ(r.voice_regions[2].voice, Voice::reported);

  // Without attributions, only the quote.
  Report plain = merge_findings(make_article(), {});
  ASSERT_EQ(plain.voice_regions.size(), 1u);
  EXPECT_EQ(plain.voice_regions[0].voice, Voice::quoted);
}

TEST(Merger, AnAttributionWhoseContentIsTheWritersOwnMarksNoReportedVoice) {
  LoadedPlugin attribution = plugin("attribution"), hedging = plugin("hedging");
  // "Critics may doubt it" read as "may doubt" over content "it" that the plugin says is the
  // writer's own (a "seems" of the writer, say).
  Finding attr = finding("attribution", "attribution", 36, 48, "perception");
  attr.parts = {{"cue", 40, 45}, {"content", 36, 48}};
  attr.attributes = {{"voice_of_content", "author"}};
  PluginOutput a{&attribution, true, {attr}, {}, {}};
  PluginOutput h{&hedging, true, {finding("hedging", "hedge", 36, 39, "modal:may")}, {}, {}};
  Report r = merge_findings(make_article(), {a, h});
  for (const auto& f : r.findings)
    if (f.kind == "hedge") {
      EXPECT_EQ(f.voice, Voice::author);
    }
  EXPECT_EQ(r.words[2], 0u);
  for (const auto& v : r.voice_regions) EXPECT_NE(v.voice, Voice::reported);
}

TEST(Merger, AFindingAboutTheWholeArticleIsTheWriters) {
  LoadedPlugin p = plugin("opinion");
  Finding genre = finding("opinion", "article-genre", 0, 49, "genre:news");
  genre.parts.clear();
  // A whole-article finding would be "quoted" by majority if quotes filled most of the text.
  Article a = make_article();
  a.quotes = {{0, 49, 0, 49, 0, 1}};
  PluginOutput out{&p, true, {genre}, {}, {}};
  Report r = merge_findings(std::move(a), {out});
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].voice, Voice::author);
}

TEST(Merger, BadSpansBecomeDiagnosticsAndGoodOnesStand) {
  LoadedPlugin p = plugin("x");
  Finding good = finding("x", "k", 0, 2, "good");
  Finding reversed = finding("x", "k", 5, 2, "reversed");
  Finding past = finding("x", "k", 40, 400, "past-end");
  Finding bad_part = finding("x", "k", 0, 2, "bad-part");
  bad_part.parts.push_back({"scope", 10, 1000});
  PluginOutput out{&p, true, {good, reversed, past, bad_part}, {}, {}};
  Report r = merge_findings(make_article(), {out});
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule(), "good");
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_NE(r.diagnostics[0].message.find("reversed"), std::string::npos);
  EXPECT_NE(r.diagnostics[1].message.find("past the text"), std::string::npos);
  EXPECT_NE(r.diagnostics[2].message.find("part 'scope'"), std::string::npos);
  EXPECT_EQ(r.diagnostics[0].plugin, "x");
}

TEST(Merger, SpanCuttingAUtf8CharacterIsRefused) {
  Article a;
  a.text = "caf\xC3\xA9 ok";
  LoadedPlugin p = plugin("x");
  PluginOutput out{&p, true, {finding("x", "k", 4, 5, "cut")}, {}, {}};
  Report r = merge_findings(std::move(a), {out});
  EXPECT_TRUE(r.findings.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("UTF-8"), std::string::npos);
}

TEST(Merger, FindingsAreOrderedAndDuplicatesFoldedNamingEveryRule) {
  LoadedPlugin p = plugin("hedging");
  PluginOutput out{&p, true, {finding("hedging", "hedge", 36, 39, "b"), finding("hedging", "hedge", 12, 15, "a"),
                              finding("hedging", "hedge", 36, 39, "c")}, {}, {}};
  Report r = merge_findings(make_article(), {out});
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].begin, 12u);
  EXPECT_EQ(r.findings[1].rule(), "b; c");
}

TEST(Merger, FindingsOverTheSameBytesWithDifferentCuesAreKeptApart) {
  LoadedPlugin p = plugin("attribution");
  // "Critics may doubt it": two attributions over the same bytes, each with its own cue.
  Finding first = finding("attribution", "attribution", 28, 48, "one");
  first.parts = {{"source", 28, 35}, {"cue", 36, 39}, {"content", 40, 48}};
  Finding second = finding("attribution", "attribution", 28, 48, "two");
  second.parts = {{"source", 28, 35}, {"cue", 40, 45}, {"content", 46, 48}};
  PluginOutput out{&p, true, {first, second}, {}, {}};
  Report r = merge_findings(make_article(), {out});
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule(), "one");
  EXPECT_EQ(r.findings[1].rule(), "two");
}

TEST(Merger, FailedPluginFindingsAreLeftOutOthersStand) {
  LoadedPlugin a = plugin("a"), b = plugin("b");
  PluginOutput ok{&a, true, {finding("a", "k", 0, 2, "r")}, {}, {}};
  PluginOutput failed{&b, false, {finding("b", "k", 3, 7, "r")}, {}, {{Severity::error, "b", "failed"}}};
  Report r = merge_findings(make_article(), {ok, failed});
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].plugin, "a");
  EXPECT_TRUE(r.has_errors());
}

TEST(Merger, SentenceLabelsAndVoices) {
  LoadedPlugin h = plugin("hedging");
  PluginOutput out{&h, true, {finding("hedging", "hedge", 12, 15, "m"), finding("hedging", "hedge", 36, 39, "m")}, {}, {}};
  Report r = merge_findings(make_article(), {out});
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_EQ(r.sentences[0].voice, Voice::author);  // 3 quoted words against 3 of the writer's: a tie is the writer's
  EXPECT_EQ(r.sentences[0].labels, std::vector<Name>{"hedge:quoted"});
  EXPECT_EQ(r.sentences[1].voice, Voice::author);
  EXPECT_EQ(r.sentences[1].labels, std::vector<Name>{"hedge:author"});
}

TEST(Merger, ScoresPer100WordsAndShareOfSentencesByVoice) {
  LoadedPlugin h = plugin("hedging", {{"hedges_per_100_words", "hedge", "per_100_words", "m"},
                                      {"hedged_sentences", "hedge", "share_of_sentences", "m"}});
  PluginOutput out{&h, true, {finding("hedging", "hedge", 12, 15, "m"), finding("hedging", "hedge", 36, 39, "m")}, {}, {}};
  Report r = merge_findings(make_article(), {out});
  ASSERT_EQ(r.scores.size(), 2u);
  EXPECT_EQ(r.words[0], 7u);
  EXPECT_EQ(r.words[1], 3u);
  EXPECT_DOUBLE_EQ(r.scores[0].all, 100.0 * 2 / 10);
  EXPECT_DOUBLE_EQ(r.scores[0].author, 100.0 * 1 / 7);
  EXPECT_DOUBLE_EQ(r.scores[0].quoted, 100.0 * 1 / 3);
  EXPECT_DOUBLE_EQ(r.scores[0].reported, 0.0);
  EXPECT_DOUBLE_EQ(r.scores[1].all, 1.0);
  EXPECT_DOUBLE_EQ(r.scores[1].author, 0.5);  // two sentences hold author words, one has an author hedge
  EXPECT_DOUBLE_EQ(r.scores[1].quoted, 1.0);
}

}  // namespace
}  // namespace slant
