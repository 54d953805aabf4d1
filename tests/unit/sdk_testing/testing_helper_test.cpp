// slant/testing.hpp, the SDK's test helper: on ordinary prose its built-in segmenter must agree
// with the host's (same tokens, lower forms, flags, sentences, quotes), and PluginRunner must
// drive a plugin through the C boundary as the host does.
#include <gtest/gtest.h>

#include <slant/testing.hpp>

#include "article/article.hpp"
#include "segment/segmenter.hpp"

namespace {

// Texts of the kind plugin rule tests use; the helper documents what it does not cover.
const char* const kProse[] = {
    "The council met on Monday. It approved the budget.",
    "Officials said the ferry would run again. \"We expect the first crossing soon,\" she said.",
    "China's exports fell 3.5 percent, and analysts don't expect 1,000 new jobs.",
    "Mr. Ortiz spoke in the U.S. capital. A well-known critic disagreed!",
    "First paragraph here.\n\nSecond paragraph, with \xE2\x80\x9C" "curly quotes\xE2\x80\x9D and it\xE2\x80\x99s fine.",
    "PORT ELLIS (AP) \xE2\x80\x94 The harbour authority said on Tuesday that repairs might slip.",
    "Will it rain? Nobody knows. \"Maybe,\" said a forecaster.",
};

TEST(TestingHelper, AgreesWithTheHostSegmenterOnOrdinaryProse) {
  for (const char* text : kProse) {
    slant::Article host;
    host.text = text;
    slant::segment(host);
    slant::testing::TestArticle mine(text);
    ASSERT_EQ(mine.tokens().size(), host.tokens.size()) << text;
    for (size_t i = 0; i < host.tokens.size(); ++i) {
      const auto &a = mine.tokens()[i], &b = host.tokens[i];
      EXPECT_EQ(mine.token_text(i), std::string_view(text).substr(b.begin, b.end - b.begin)) << text << " token " << i;
      EXPECT_EQ(slant::sdk::view(a.lower), slant::sdk::view(b.lower)) << text << " token " << i;
      EXPECT_EQ(a.kind, b.kind) << text << " token " << mine.token_text(i);
      EXPECT_EQ(a.flags, b.flags) << text << " token " << mine.token_text(i);
      EXPECT_EQ(a.sentence, b.sentence) << text << " token " << mine.token_text(i);
    }
    ASSERT_EQ(mine.sentences().size(), host.sentences.size()) << text;
    for (size_t i = 0; i < host.sentences.size(); ++i) {
      EXPECT_EQ(mine.sentences()[i].begin, host.sentences[i].begin) << text;
      EXPECT_EQ(mine.sentences()[i].end, host.sentences[i].end) << text;
    }
    EXPECT_EQ(mine.paragraphs().size(), host.paragraphs.size()) << text;
    ASSERT_EQ(mine.quotes().size(), host.quotes.size()) << text;
    for (size_t i = 0; i < host.quotes.size(); ++i) {
      EXPECT_EQ(mine.quotes()[i].begin, host.quotes[i].begin) << text;
      EXPECT_EQ(mine.quotes()[i].content_begin, host.quotes[i].content_begin) << text;
      EXPECT_EQ(mine.quotes()[i].content_end, host.quotes[i].content_end) << text;
      EXPECT_EQ(mine.quotes()[i].end, host.quotes[i].end) << text;
    }
  }
}

// A plugin for the runner: marks capitalised words, takes one parameter, throws on "boom".
class Capitals {
 public:
  static slant::sdk::PluginInfo info() {
    return {"capitals", "Capitals", "1.0", "Marks capitalised words (test)", {"capital"},
            {{"min_length", SLANT_PARAM_NUMBER, "1", "shortest word marked"}}, {}, true};
  }
  explicit Capitals(const slant::sdk::Config& c) : min_(static_cast<size_t>(c.number("min_length"))) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    if (a.text().find("boom") != std::string_view::npos) throw std::runtime_error("boom found");
    for (const auto& t : a.tokens()) {
      if (!(t.flags & SLANT_TOKEN_CAPITALIZED) || t.end - t.begin < min_) continue;
      slant::sdk::Finding f;
      f.kind = "capital";
      f.span = {t.begin, t.end};
      f.rule = "capital";
      f.evidence = std::string(a.text_of(t));
      f.part("cue", f.span).attribute("quoted", (t.flags & SLANT_TOKEN_IN_QUOTE) ? "yes" : "no");
      out.add(f);
    }
    out.metric("tokens", static_cast<double>(a.tokens().size()));
  }

 private:
  size_t min_;
};

TEST(TestingHelper, RunnerRecordsFindingsMetricsAndFailures) {
  slant::testing::PluginRunner<Capitals> plugin("", {{"min_length", "3"}});
  auto r = plugin.run("Ann met Bob. \"Hello Carla,\" he said.");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.of_kind("capital").size(), 4u);  // Ann, Bob, Hello, Carla
  EXPECT_EQ(r.findings[0].text, "Ann");
  EXPECT_EQ(r.findings[2].text, "Hello");
  EXPECT_EQ(r.findings[2].attributes.at("quoted"), "yes");
  EXPECT_EQ(r.findings[2].part("cue").begin, r.findings[2].span.begin);
  EXPECT_EQ(r.findings[3].text, "Carla");
  EXPECT_EQ(r.findings[0].attributes.at("quoted"), "no");
  EXPECT_EQ(r.metrics.at("tokens"), 12.0);

  auto failed = plugin.run("it goes boom");
  EXPECT_FALSE(failed.ok);
  ASSERT_EQ(failed.diagnostics.size(), 1u);
  EXPECT_NE(failed.diagnostics[0].find("boom found"), std::string::npos);

  EXPECT_THROW(slant::testing::PluginRunner<Capitals>("", {{"min_length", "long"}}), std::runtime_error);
  EXPECT_THROW(slant::testing::PluginRunner<Capitals>("", {{"colour", "red"}}), std::runtime_error);
}

}  // namespace
