// The article-level label: news, analysis or opinion, from the share of the writer's sentences
// judged opinion and the marks of a column (first person, calls to action, questions).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace slant::plugins::opinion {

struct ArticleTally {
  uint32_t author_sentences = 0;          // sentences with words outside quotations
  uint32_t author_opinion_sentences = 0;  // of those, judged opinion on the writer's side
  uint32_t column_marks = 0;  // writer's sentences with first/second person, a call to action
                              // or a rhetorical question: how columns address readers
  std::string_view section;   // the article's desk or genre metadata, when known
};

struct ArticleLabel {
  std::string label;  // "news", "analysis" or "opinion"
  double author_opinion_share = 0;
  double genre_score = 0;
  std::string explanation;
};

// Thresholds (documented in the plugin README):
//   genre_score = author_opinion_share + 0.5 * (column_marks / author_sentences), at most 1;
//   news below 0.15, analysis from 0.15, opinion from 0.35; a section named like an opinion desk
//   ("Opinion", "Editorial", "Commentary", "Column") makes it opinion whatever the score.
inline constexpr double kAnalysisFrom = 0.15;
inline constexpr double kOpinionFrom = 0.35;

ArticleLabel label_article(const ArticleTally& t);

}  // namespace slant::plugins::opinion
