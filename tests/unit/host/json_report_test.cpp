// The streamed JSON report says exactly what the document form says, escapes what JSON needs
// escaped, and never writes invalid UTF-8.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

#include "writers/json_out.hpp"
#include "writers/json_report.hpp"

namespace slant {
namespace {

Report sample_report() {
  Report r;
  r.article.meta.id = "a-1";
  r.article.meta.source = "dir/a.txt";
  r.article.meta.title = "Tab\there, \"quoted\", back\\slash";
  r.article.text = "Caf\xC3\xA9 \xE2\x80\x9Cquote\xE2\x80\x9D\nline two \x01 end";
  r.article.dropped.push_back({"trailing site furniture", "Related"});
  Finding f;
  f.plugin = "attribution";
  f.kind = "attribution";
  f.begin = 0;
  f.end = 10;
  f.voice = Voice::reported;
  f.rules = {"rule-a", "rule-b"};
  f.evidence = "said";
  f.explanation = "why";
  f.weight = 0.25;
  f.parts = {{"content", 1, 2}, {"cue", 3, 4}, {"content", 5, 6}};
  f.attributes = {{"source_class", "anonymous"}, {"stance", "neutral"}};
  r.findings.push_back(f);
  Finding g = f;
  g.rules = {"one"};
  g.parts.clear();
  g.attributes.clear();
  g.weight = 1;
  r.findings.push_back(g);
  r.sentences.push_back({0, 10, Voice::author, {"attributed", "attribution:author"}});
  r.metrics = {{"attribution", "share", 0.5}, {"hedging", "per_100", 3}, {"attribution", "count", 7}};
  r.scores.push_back({"hedging", "hedges", "hedge", "per_100_words", "meaning", 1.5, 1, 2, 0});
  r.diagnostics.push_back({Severity::warning, "x", "dropped a span"});
  r.words[0] = 5;
  r.words[1] = 2;
  return r;
}

TEST(JsonReport, StreamedFormEqualsTheDocumentForm) {
  Report r = sample_report();
  std::string compact, pretty;
  write_report_json(r, compact);
  write_report_json(r, pretty, 2);
  auto expected = nlohmann::json::parse(report_to_json(r).dump());
  EXPECT_EQ(nlohmann::json::parse(compact), expected);
  EXPECT_EQ(nlohmann::json::parse(pretty), expected);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_NE(pretty.find("\n  \"id\": \"a-1\""), std::string::npos);
}

TEST(JsonReport, CompactLeavesOutTextExplanationsAndMeaningsOnly) {
  const Report r = sample_report();
  std::string out;
  write_report_json(r, out, -1, JsonDetail::compact);
  const auto compact = nlohmann::json::parse(out);
  auto full = nlohmann::json::parse(report_to_json(r).dump());
  EXPECT_EQ(compact["compact"], true);
  EXPECT_FALSE(compact["article"].contains("text"));
  EXPECT_FALSE(compact["findings"][0].contains("explanation"));
  EXPECT_FALSE(compact["scores"]["hedging"]["hedges"].contains("meaning"));
  // Everything else is the full report's, field for field.
  full["article"].erase("text");
  for (auto& f : full["findings"]) f.erase("explanation");
  full["scores"]["hedging"]["hedges"].erase("meaning");
  auto rest = compact;
  rest.erase("compact");
  EXPECT_EQ(rest, full);
}

TEST(JsonReport, AMetricNamedTwiceByAPluginKeepsItsLastValueAndOtherPluginsTheirOwn) {
  Report r = sample_report();
  r.metrics = {{"attribution", "share", 0.5}, {"hedging", "share", 3},
               {"attribution", "count", 7}, {"attribution", "share", 0.75}};
  std::string out;
  write_report_json(r, out);
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["metrics"]["attribution"]["share"].get<double>(), 0.75);
  EXPECT_EQ(j["metrics"]["attribution"]["count"].get<double>(), 7.0);
  EXPECT_EQ(j["metrics"]["hedging"]["share"].get<double>(), 3.0);
  // Each key once in the text, in the order of its plugin's first metric.
  EXPECT_EQ(out.find("\"share\":0.5"), std::string::npos) << out;
  EXPECT_LT(out.find("\"attribution\":{"), out.find("\"hedging\":{")) << out;
  EXPECT_EQ(nlohmann::json::parse(out), nlohmann::json::parse(report_to_json(r).dump())) << out;
}

TEST(JsonReport, EscapesControlCharactersAndQuotes) {
  std::string out;
  JsonOut::escape_into(out, "a\"b\\c\nd\x01");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\"");
}

TEST(JsonReport, InvalidUtf8BecomesReplacementCharacter) {
  std::string out;
  JsonOut::escape_into(out, "ok \xC3 \xFF \xE2\x80 end \xE2\x80\x9C");
  EXPECT_EQ(out, "\"ok \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD end \xE2\x80\x9C\"");
  EXPECT_TRUE(nlohmann::json::accept(out));
}

TEST(JsonReport, NumbersReadBackExactly) {
  std::string out;
  JsonOut j(out);
  j.begin_array().value(0.1).value(1.0 / 3).value(2.0).value(-0.0).value(1e-7).end_array();
  auto parsed = nlohmann::json::parse(out);
  EXPECT_DOUBLE_EQ(parsed[0].get<double>(), 0.1);
  EXPECT_EQ(parsed[1].get<double>(), 1.0 / 3);
  EXPECT_EQ(parsed[2].get<double>(), 2.0);
  EXPECT_EQ(parsed[4].get<double>(), 1e-7);
  EXPECT_NE(out.find("0.1,"), std::string::npos) << out;
}

TEST(JsonReport, EscapesNearTheEndOfAStringOfAnyLength) {
  // The plain-text scan reads 4, 8 or 16 bytes a step, its last step overlapping the one before:
  // a byte that needs escaping (or a UTF-8 check) must be found wherever it sits, and the string
  // must come out as the general escaping writes it.
  for (const char bad : {'\n', '"', '\\', '\x01', '\xFF'})
    for (size_t len = 1; len <= 40; ++len)
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'a');
        s[at] = bad;
        std::string out;
        {
          JsonOut j(out);
          j.begin_array().value(s).end_array();
        }
        std::string expected = "[";
        JsonOut::escape_into(expected, s);
        expected += "]";
        ASSERT_EQ(out, expected) << "length " << len << ", byte " << at;
      }
}

TEST(JsonReport, WholeNumbersKeepTheirShortestForm) {
  std::string out;
  JsonOut j(out);
  j.begin_array().value(0.0).value(-0.0).value(9999.0).value(-3.0).value(10000.0).value(1e15).value(0.5).end_array();
  EXPECT_EQ(out, "[0.0,-0.0,9999.0,-3.0,10000.0,1e+15,0.5]");
}

TEST(JsonReport, KeysFromDataAreEscapedAndLiteralKeysAreNot) {
  std::string out;
  JsonOut j(out, 2);
  j.begin_object().field("plain", 1).field(std::string_view("say \"hi\""), true).end_object();
  EXPECT_EQ(out, "{\n  \"plain\": 1,\n  \"say \\\"hi\\\"\": true\n}");
}

TEST(JsonReport, NestingBeyondTheLimitIsAnErrorNotACrash) {
  std::string out;
  JsonOut j(out);
  EXPECT_THROW(
      {
        for (int i = 0; i < 100; ++i) j.begin_array();
      },
      std::length_error);
}

}  // namespace
}  // namespace slant
