// The run layout both views draw from: runs tile the text, never cross a paragraph, mark each
// finding's parts (not what it governs), carry the text's voice, and leave article-level
// findings out.
#include <gtest/gtest.h>

#include "report_fixture.hpp"
#include "writers/highlight_runs.hpp"

namespace slant {
namespace {

using test::find_span;
using test::finding_index;

// The runs that overlap [b, e).
std::vector<TextRun> runs_in(const std::vector<TextRun>& runs, std::pair<uint32_t, uint32_t> span) {
  std::vector<TextRun> out;
  for (const auto& r : runs)
    if (r.begin < span.second && r.end > span.first) out.push_back(r);
  return out;
}

bool marks(const TextRun& run, size_t finding) {
  return std::find(run.findings.begin(), run.findings.end(), finding) != run.findings.end();
}

TEST(HighlightRuns, TileTheTextAndNeverCrossAParagraph) {
  const Report r = test::sample_report();
  const auto runs = highlight_runs(r);
  ASSERT_FALSE(runs.empty());
  EXPECT_EQ(runs.front().begin, 0u);
  EXPECT_EQ(runs.back().end, r.article.text.size());
  for (size_t i = 0; i + 1 < runs.size(); ++i) EXPECT_EQ(runs[i].end, runs[i + 1].begin);
  ASSERT_EQ(r.article.paragraphs.size(), 3u);
  for (const auto& run : runs) {
    const auto& p = r.article.paragraphs[run.paragraph];
    const bool inside = run.begin >= p.begin && run.end <= p.end;
    const bool between = run.paragraph + 1 < r.article.paragraphs.size()
                             ? run.end <= r.article.paragraphs[run.paragraph + 1].begin && run.begin >= p.end
                             : run.begin >= p.end;
    EXPECT_TRUE(inside || between) << "run " << run.begin << "-" << run.end << " paragraph " << run.paragraph;
  }
}

TEST(HighlightRuns, MarkTheSourceAndCueButNotTheContent) {
  const Report r = test::sample_report();
  const auto runs = highlight_runs(r);
  const size_t officials = finding_index(r, "attribution", "said");
  for (const auto& run : runs_in(runs, find_span(r.article.text, "officials")))
    EXPECT_TRUE(marks(run, officials));
  for (const auto& run : runs_in(runs, find_span(r.article.text, "said")))
    EXPECT_TRUE(marks(run, officials));
  const auto council = runs_in(runs, find_span(r.article.text, "The council"));
  ASSERT_FALSE(council.empty());
  for (const auto& run : council) EXPECT_FALSE(marks(run, officials)) << "the content is governed, not marked";
}

TEST(HighlightRuns, CarryTheTextsVoice) {
  const Report r = test::sample_report();
  const auto runs = highlight_runs(r);
  auto voice_of = [&](const std::string& words) {
    auto in = runs_in(runs, find_span(r.article.text, words));
    EXPECT_FALSE(in.empty()) << words;
    for (const auto& run : in) EXPECT_EQ(run.voice, in.front().voice) << words;
    return in.empty() ? Voice::author : in.front().voice;
  };
  EXPECT_EQ(voice_of("council may reopen"), Voice::reported);  // attribution content
  EXPECT_EQ(voice_of("disgrace that took"), Voice::quoted);    // direct quote content
  EXPECT_EQ(voice_of("Critics argue"), Voice::author);
  EXPECT_EQ(voice_of("Traffic returned"), Voice::author);
}

TEST(HighlightRuns, OverlappingFindingsShareARun) {
  Report r = test::sample_report();
  // A second finding over "far too" from another plugin: the run holds both.
  Finding extra = test::make_finding(r.article.text, "hedging", "booster", "too long", Voice::quoted,
                                     "lexicon:booster:too", "x");
  const auto far_too_span = find_span(r.article.text, "far too");
  extra.begin = far_too_span.second - 3;
  extra.end = far_too_span.second;
  extra.parts = {{"cue", extra.begin, extra.end}};
  r.findings.push_back(extra);
  const auto runs = highlight_runs(r);
  const size_t far = finding_index(r, "opinion", "far too");
  const size_t too = r.findings.size() - 1;
  const auto far_too = find_span(r.article.text, "far too");
  auto in_too = runs_in(runs, {far_too.second - 3, far_too.second});
  ASSERT_EQ(in_too.size(), 1u);
  EXPECT_TRUE(marks(in_too[0], far));
  EXPECT_TRUE(marks(in_too[0], too));
  auto in_far = runs_in(runs, {far_too.first, far_too.first + 3});
  ASSERT_EQ(in_far.size(), 1u);
  EXPECT_TRUE(marks(in_far[0], far));
  EXPECT_FALSE(marks(in_far[0], too));
}

TEST(HighlightRuns, LeaveArticleLevelFindingsOut) {
  const Report r = test::sample_report();
  const size_t genre = finding_index(r, "opinion", "0 of 4 writer's sentences are opinion");
  EXPECT_TRUE(is_article_level(r.findings[genre], static_cast<uint32_t>(r.article.text.size())));
  EXPECT_FALSE(is_article_level(r.findings[finding_index(r, "hedging", "may")],
                                static_cast<uint32_t>(r.article.text.size())));
  for (const auto& run : highlight_runs(r)) EXPECT_FALSE(marks(run, genre));
}

TEST(HighlightRuns, MarkerGoesAfterTheLastMarkedPart) {
  const Report r = test::sample_report();
  const auto size = static_cast<uint32_t>(r.article.text.size());
  const size_t m = [&] {
    for (size_t i = 0; i < r.findings.size(); ++i)
      if (r.findings[i].attribute("speaker") == "Ana Ruiz") return i;
    return size_t{0};
  }();
  EXPECT_EQ(marker_position(r.findings[m], size), find_span(r.article.text, "Mayor Ana Ruiz").second);
  Finding bare;
  bare.begin = 3;
  bare.end = 9;
  EXPECT_EQ(marker_position(bare, size), 9u);
  EXPECT_EQ(marked_ranges(bare, 5), (std::vector<ByteRange>{{3, 5}})) << "clamped to the text";
}

TEST(HighlightRuns, EmptyReportGivesOneRunOrNone) {
  Report r;
  EXPECT_TRUE(highlight_runs(r).empty());
  r.article.text = "Just words.";
  segment(r.article);
  auto runs = highlight_runs(r);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_TRUE(runs[0].findings.empty());
}

}  // namespace
}  // namespace slant
