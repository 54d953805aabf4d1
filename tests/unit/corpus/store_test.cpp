// The store: what goes in comes out, writing again replaces instead of duplicating, two
// connections writing at once both succeed, and a file that is not a slant store is refused.
#include <gtest/gtest.h>

#include <thread>

#include "corpus/store.hpp"
#include "corpus_fixture.hpp"

using namespace slant;
using namespace slant::corpus;

namespace {

ArticleRecord record(const std::string& key, int alphas, const std::string& outlet = "o") {
  ArticleRecord r;
  r.key = key;
  r.content_hash = "h-" + key;
  r.plugins = "alpha@1.2.3";
  r.outlet = outlet;
  r.outlet_from = "folder";
  r.genre = "news";
  r.genre_from = "section";
  r.meta.title = "T " + key;
  r.meta.source = key;
  r.words = 100;
  r.voice_words[0] = 80;
  r.voice_words[1] = 20;
  r.sentences = 5;
  for (int i = 0; i < alphas; ++i) {
    Finding f;
    f.plugin = "alpha";
    f.kind = "alpha";
    f.begin = static_cast<uint32_t>(i * 10);
    f.end = f.begin + 5;
    f.voice = i % 2 ? Voice::quoted : Voice::author;
    f.rules = {"word:alpha", "folded:dup"};
    f.evidence = "alpha";
    f.explanation = "the word alpha";
    f.parts = {{"cue", f.begin, f.end}};
    f.attributes = {{"label", "plain"}};
    r.findings.push_back(f);
  }
  r.metrics = {{"alpha", "tokens", 120}};
  r.scores = {{"alpha", "alphas_per_100_words", "alpha", "per_100_words", "how often", 2, 1, 5, 0}};
  r.diagnostics = {{Severity::warning, "alpha", "slow"}};
  return r;
}

size_t count(Store& s, const char* table) {
  Statement q = s.db().prepare(std::string("SELECT count(*) FROM ") + table);
  return q.step() ? static_cast<size_t>(q.integer(0)) : 0;
}

}  // namespace

TEST(Store, RoundTripsARecord) {
  test::TempDir dir("slant-store-roundtrip");
  {
    Store s(dir / "r.sqlite");
    s.write({record("a", 3)});
  }
  Store s(dir / "r.sqlite", false);
  std::vector<ArticleRecord> back;
  s.for_each_record([&](ArticleRecord&& r) { back.push_back(std::move(r)); });
  ASSERT_EQ(back.size(), 1u);
  const auto& r = back[0];
  EXPECT_EQ(r.key, "a");
  EXPECT_EQ(r.outlet, "o");
  EXPECT_EQ(r.genre, "news");
  EXPECT_EQ(r.meta.title, "T a");
  EXPECT_EQ(r.words, 100u);
  EXPECT_EQ(r.voice_words[1], 20u);
  ASSERT_EQ(r.findings.size(), 3u);
  EXPECT_EQ(r.findings[1].voice, Voice::quoted);
  EXPECT_EQ(r.findings[1].rules, (std::vector<std::string>{"word:alpha", "folded:dup"}));
  EXPECT_EQ(r.findings[2].begin, 20u);
  ASSERT_EQ(r.findings[0].parts.size(), 1u);
  EXPECT_EQ(r.findings[0].parts[0].role, "cue");
  EXPECT_EQ(r.findings[0].attribute("label"), "plain");
  ASSERT_EQ(r.scores.size(), 1u);
  EXPECT_DOUBLE_EQ(r.scores[0].quoted, 5);
  ASSERT_EQ(r.metrics.size(), 1u);
  EXPECT_DOUBLE_EQ(r.metrics[0].value, 120);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Severity::warning);
  auto known = s.known_articles();
  EXPECT_EQ(known.at("a").content_hash, "h-a");
  EXPECT_EQ(known.at("a").plugins, "alpha@1.2.3");
}

TEST(Store, WritingAgainReplacesTheArticleWhole) {
  test::TempDir dir("slant-store-replace");
  Store s(dir / "r.sqlite");
  s.write({record("a", 3), record("b", 2)});
  s.write({record("a", 3)});  // the same again: nothing doubles
  EXPECT_EQ(count(s, "articles"), 2u);
  EXPECT_EQ(count(s, "findings"), 5u);
  s.write({record("a", 1)});  // re-analysed with fewer findings: the old ones go
  EXPECT_EQ(count(s, "findings"), 3u);
  EXPECT_EQ(count(s, "metrics"), 2u);
  EXPECT_EQ(count(s, "diagnostics"), 2u);
}

TEST(Store, TwoConnectionsWritingAtOnceLoseNothing) {
  test::TempDir dir("slant-store-concurrent");
  const std::string path = dir / "r.sqlite";
  Store(path).write({});
  auto writer = [&](int who) {
    Store s(path);  // its own connection, as another process would have
    for (int batch = 0; batch < 20; ++batch) {
      std::vector<ArticleRecord> records;
      // Both write the shared keys s0..s9 and their own keys.
      for (int i = 0; i < 10; ++i) records.push_back(record("s" + std::to_string(i), 2));
      records.push_back(record("w" + std::to_string(who) + "-" + std::to_string(batch), 1));
      s.write(records);
    }
  };
  std::thread a(writer, 1), b(writer, 2);
  a.join();
  b.join();
  Store s(path);
  EXPECT_EQ(count(s, "articles"), 10u + 40u);
  EXPECT_EQ(count(s, "findings"), 10u * 2 + 40u);
  Statement check = s.db().prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.step());
  EXPECT_EQ(check.text(0), "ok");
}

TEST(Store, RefusesADatabaseThatIsNotAStore) {
  test::TempDir dir("slant-store-foreign");
  {
    Database db(dir / "other.sqlite", true);
    db.exec("CREATE TABLE people(name TEXT)");
  }
  try {
    Store s(dir / "other.sqlite");
    FAIL() << "a foreign database must be refused";
  } catch (const DbError& e) {
    EXPECT_NE(std::string(e.what()).find("not a slant store"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Store(dir / "missing.sqlite", false), DbError);  // compare never creates one
}
