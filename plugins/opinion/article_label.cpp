// Labels a whole article news / analysis / opinion (see article_label.hpp).
#include "article_label.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace slant::plugins::opinion {
namespace {

bool opinion_desk(std::string_view section) {
  std::string s;
  for (char c : section) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* desk : {"opinion", "editorial", "commentary", "column", "op-ed"})
    if (s.find(desk) != std::string::npos) return true;
  return false;
}

// The same digits as printf's "%.0f%%" (see fixed2 in opinion_plugin.cpp).
std::string percent(double x) {
  char buf[16];
  char* end = std::to_chars(buf, buf + sizeof buf - 1, 100 * x, std::chars_format::fixed, 0).ptr;
  *end++ = '%';
  return std::string(buf, end);
}

}  // namespace

ArticleLabel label_article(const ArticleTally& t) {
  ArticleLabel out;
  if (t.author_sentences > 0) {
    out.author_opinion_share = double(t.author_opinion_sentences) / t.author_sentences;
    out.genre_score = std::min(
        1.0, out.author_opinion_share + 0.5 * double(t.column_marks) / t.author_sentences);
  }
  // The explanation appended to in one string (built by concatenation it had made a dozen
  // temporaries an article); the thresholds' percentages are formatted once.
  static const std::string opinion_from = percent(kOpinionFrom), analysis_from = percent(kAnalysisFrom);
  std::string& why = out.explanation;
  why.reserve(320);
  const bool desk = opinion_desk(t.section);
  if (desk) why.append("The article's section '").append(t.section).append("' names an opinion desk; ");
  why.append(std::to_string(t.author_opinion_sentences)).append(" of the writer's ");
  why.append(std::to_string(t.author_sentences)).append(" sentences (").append(percent(out.author_opinion_share));
  why.append(") read as opinion");
  if (t.column_marks)
    why.append(", ").append(std::to_string(t.column_marks)).append(
        " of them with a column mark (first or second person, a call to action or a rhetorical question)");
  if (desk) {
    out.label = "opinion";
    why.append(".");
  } else if (out.genre_score >= kOpinionFrom) {
    out.label = "opinion";
    why.append(": genre score ").append(percent(out.genre_score)).append(" reaches the opinion threshold of ");
    why.append(opinion_from).append(".");
  } else if (out.genre_score >= kAnalysisFrom) {
    out.label = "analysis";
    why.append(": genre score ").append(percent(out.genre_score)).append(" lies between the analysis (");
    why.append(analysis_from).append(") and opinion (").append(opinion_from).append(") thresholds.");
  } else {
    out.label = "news";
    why.append(": genre score ").append(percent(out.genre_score)).append(" stays below the analysis threshold of ");
    why.append(analysis_from).append(".");
  }
  return out;
}

}  // namespace slant::plugins::opinion
