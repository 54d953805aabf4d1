#include "corpus/record_from_report.hpp"

#include "corpus/genre.hpp"

namespace slant::corpus {

ArticleRecord record_from_report(Report&& report, std::string key, std::string content_hash, std::string plugins,
                                 std::pair<std::string, std::string> outlet) {
  ArticleRecord r;
  r.key = std::move(key);
  r.content_hash = std::move(content_hash);
  r.plugins = std::move(plugins);
  r.outlet = std::move(outlet.first);
  r.outlet_from = std::move(outlet.second);
  Genre g = genre_of(report);
  r.genre = std::move(g.label);
  r.genre_from = std::move(g.from);
  r.words = report.article.word_count();
  for (int v = 0; v < 3; ++v) r.voice_words[v] = report.words[v];
  r.sentences = static_cast<uint32_t>(report.article.sentences.size());
  r.meta = std::move(report.article.meta);
  r.findings = std::move(report.findings);
  r.metrics = std::move(report.metrics);
  r.scores = std::move(report.scores);
  r.diagnostics = std::move(report.diagnostics);
  return r;
}

}  // namespace slant::corpus
