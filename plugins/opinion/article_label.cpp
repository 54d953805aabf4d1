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
  const std::string counts = std::to_string(t.author_opinion_sentences) + " of the writer's " +
                             std::to_string(t.author_sentences) + " sentences (" +
                             percent(out.author_opinion_share) + ") read as opinion";
  const std::string marks =
      t.column_marks ? ", " + std::to_string(t.column_marks) +
                           " of them with a column mark (first or second person, a call to "
                           "action or a rhetorical question)"
                     : "";
  if (opinion_desk(t.section)) {
    out.label = "opinion";
    out.explanation = "The article's section '" + std::string(t.section) +
                      "' names an opinion desk; " + counts + marks + ".";
  } else if (out.genre_score >= kOpinionFrom) {
    out.label = "opinion";
    out.explanation = counts + marks + ": genre score " + percent(out.genre_score) +
                      " reaches the opinion threshold of " + percent(kOpinionFrom) + ".";
  } else if (out.genre_score >= kAnalysisFrom) {
    out.label = "analysis";
    out.explanation = counts + marks + ": genre score " + percent(out.genre_score) +
                      " lies between the analysis (" + percent(kAnalysisFrom) + ") and opinion (" +
                      percent(kOpinionFrom) + ") thresholds.";
  } else {
    out.label = "news";
    out.explanation = counts + marks + ": genre score " + percent(out.genre_score) +
                      " stays below the analysis threshold of " + percent(kAnalysisFrom) + ".";
  }
  return out;
}

}  // namespace slant::plugins::opinion
