// The comparison on a hand-made table, and each way of writing it: terminal table, tidy CSV,
// JSON and the self-contained HTML page.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "corpus/comparison.hpp"
#include "corpus/comparison_writers.hpp"

using namespace slant::corpus;

namespace {

// Outlet "A&B" has values 1 2 3 (news, news, opinion), outlet "C" 4 5 6 (news, opinion, opinion).
Dataset hand_made() {
  Dataset d;
  d.measures.push_back({"p.k", "p", "k", "all", "per 1,000 words", MeasureSource::findings});
  d.measures.push_back({"p.k@quoted", "p", "k", "quoted", "per 1,000 words", MeasureSource::findings});
  const char* genres[] = {"news", "news", "opinion", "news", "opinion", "opinion"};
  for (int i = 0; i < 6; ++i) {
    ArticleRow r;
    r.key = "k" + std::to_string(i);
    r.outlet = i < 3 ? "A&B" : "C";
    r.genre = genres[i];
    r.words = 100;
    r.values = {static_cast<double>(i + 1), NAN};  // nobody quoted: the second measure is empty
    d.articles.push_back(r);
  }
  return d;
}

CompareOptions small() {
  CompareOptions o;
  o.resamples = 400;
  o.permutations = 1000;
  return o;
}

}  // namespace

TEST(Comparison, FiguresAndGroupsByHand) {
  Comparison c = compare_outlets(hand_made(), small());
  ASSERT_EQ(c.groups.size(), 3u);  // all, news, opinion
  EXPECT_EQ(c.groups[0].genre, "all");
  EXPECT_EQ(c.groups[1].genre, "news");
  EXPECT_EQ(c.groups[2].genre, "opinion");
  const auto& m = c.groups[0].measures[0];
  EXPECT_DOUBLE_EQ(m.overall_mean, 3.5);
  const OutletStat& a = m.outlets[0];
  EXPECT_EQ(a.outlet, "A&B");
  EXPECT_DOUBLE_EQ(a.mean, 2);
  EXPECT_DOUBLE_EQ(a.median, 2);
  EXPECT_DOUBLE_EQ(a.rest_mean, 5);
  EXPECT_DOUBLE_EQ(a.difference, -3);
  // C(6,3) = 20 splits; only {1,2,3} and {4,5,6} are 3 apart: p = 0.1, exact.
  EXPECT_TRUE(a.exact);
  EXPECT_DOUBLE_EQ(a.p, 0.1);
  // Holm over the two tests with a p (the quoted measure has none): 0.1 * 2 = 0.2.
  EXPECT_DOUBLE_EQ(a.p_adjusted, 0.2);
  EXPECT_FALSE(a.significant);
  EXPECT_TRUE(std::isnan(c.groups[0].measures[1].outlets[0].p));
  EXPECT_EQ(c.groups[0].measures[1].articles, 0u);
  // News: A has 1, 2 and C has 4.
  const auto& news = c.groups[1].measures[0];
  EXPECT_DOUBLE_EQ(news.outlets[0].mean, 1.5);
  EXPECT_DOUBLE_EQ(news.outlets[1].mean, 4);
  EXPECT_EQ(c.groups[1].articles, 3u);
  // Bootstrap interval of A: resampled means of {1,2,3} stay within [1, 3].
  EXPECT_GE(a.ci_low, 1);
  EXPECT_LE(a.ci_high, 3);
  EXPECT_LT(a.ci_low, a.ci_high);
}

TEST(Comparison, TheSameSeedGivesTheSameNumbersAnotherSeedOthers) {
  Dataset d = hand_made();
  auto once = comparison_to_json(compare_outlets(d, small())).dump();
  EXPECT_EQ(comparison_to_json(compare_outlets(d, small())).dump(), once);
  CompareOptions other = small();
  other.seed = 99;
  EXPECT_NE(comparison_to_json(compare_outlets(d, other)).dump(), once);
  // The row order of the input does not matter (articles are read in key order; here reversed).
  Dataset reversed = d;
  std::reverse(reversed.articles.begin(), reversed.articles.end());
  std::stable_sort(reversed.articles.begin(), reversed.articles.end(),
                   [](const ArticleRow& x, const ArticleRow& y) { return x.key < y.key; });
  EXPECT_EQ(comparison_to_json(compare_outlets(reversed, small())).dump(), once);
}

TEST(Comparison, BenjaminiHochbergOnRequest) {
  CompareOptions o = small();
  o.correction = "bh";
  Comparison c = compare_outlets(hand_made(), o);
  // Two p of 0.1: BH leaves them at 0.1 * 2 / 2 = 0.1.
  EXPECT_DOUBLE_EQ(c.groups[0].measures[0].outlets[0].p_adjusted, 0.1);
  o.by_genre = false;
  EXPECT_EQ(compare_outlets(hand_made(), o).groups.size(), 1u);
}

TEST(ComparisonOutput, Table) {
  std::ostringstream out;
  write_comparison_table(compare_outlets(hand_made(), small()), out);
  const std::string t = out.str();
  EXPECT_NE(t.find("== all: 6 articles, 600 words =="), std::string::npos) << t;
  EXPECT_NE(t.find("== opinion: 3 articles"), std::string::npos);
  EXPECT_NE(t.find("p.k (per 1,000 words); all outlets: 3.50"), std::string::npos) << t;
  EXPECT_EQ(t.find("p.k@quoted"), std::string::npos);  // empty measures are left out of the table
  EXPECT_TRUE(std::regex_search(t, std::regex(R"(A&B\s+3\s+2\.00\s+2\.00\s+\[1\.\d\d, [23]\.\d\d\]\s+-3\.00\s+0\.2000)")))
      << t;
}

TEST(ComparisonOutput, TidyCsv) {
  std::ostringstream out;
  write_comparison_csv(compare_outlets(hand_made(), small()), out);
  std::istringstream in(out.str());
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("genre,outlet,measure,plugin,name,voice,unit,articles,", 0), 0u);
  size_t rows = 0;
  std::string first;
  while (std::getline(in, line)) {
    if (!rows) first = line;
    ++rows;
  }
  EXPECT_EQ(rows, 3u * 2 * 2);  // groups x measures x outlets: one row each
  EXPECT_EQ(first.rfind("all,A&B,p.k,p,k,all,\"per 1,000 words\",3,3,300,2,2,", 0), 0u) << first;
  EXPECT_NE(first.find(",0.1,0.2,false,exact,20,"), std::string::npos) << first;
}

TEST(ComparisonOutput, Json) {
  auto j = nlohmann::json::parse(comparison_to_json(compare_outlets(hand_made(), small())).dump());
  EXPECT_EQ(j["articles"], 6);
  EXPECT_EQ(j["settings"]["correction"], "holm");
  const auto& a = j["groups"][0]["measures"][0]["outlets"][0];
  EXPECT_EQ(a["outlet"], "A&B");
  EXPECT_DOUBLE_EQ(a["mean"].get<double>(), 2);
  EXPECT_DOUBLE_EQ(a["p"].get<double>(), 0.1);
  EXPECT_TRUE(j["groups"][0]["measures"][1]["outlets"][0]["mean"].is_null());  // NaN -> null
  EXPECT_EQ(j["groups"][2]["genre"], "opinion");
}

TEST(ComparisonOutput, HtmlIsSelfContained) {
  std::ostringstream out;
  write_comparison_html(compare_outlets(hand_made(), small()), out, "Test <page>");
  const std::string h = out.str();
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(h.find("<title>Test &lt;page&gt;</title>"), std::string::npos);
  EXPECT_NE(h.find("<svg"), std::string::npos);
  EXPECT_NE(h.find("<circle"), std::string::npos);  // the dots
  EXPECT_NE(h.find("A&amp;B (3)"), std::string::npos);  // outlet names escaped
  EXPECT_EQ(h.find("A&B"), std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  EXPECT_EQ(h.find("<link"), std::string::npos);
  EXPECT_EQ(h.find("@import"), std::string::npos);
  // The only URL is the SVG namespace, which is never fetched.
  std::string stripped = std::regex_replace(h, std::regex("http://www\\.w3\\.org/2000/svg"), "");
  EXPECT_EQ(stripped.find("http"), std::string::npos);
  EXPECT_EQ(stripped.find("//"), std::string::npos);
}
