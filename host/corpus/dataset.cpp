#include "corpus/dataset.hpp"

#include <fnmatch.h>

#include <array>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "corpus/statistics.hpp"

namespace slant::corpus {
namespace {

const char* kVoiceNames[] = {"all", "author", "quoted", "reported"};

int voice_slot(const std::string& v) { return v == "author" ? 1 : v == "quoted" ? 2 : v == "reported" ? 3 : 0; }

bool wanted(const std::string& id, const DatasetOptions& o) {
  if (o.patterns.empty()) return true;
  for (const auto& p : o.patterns)
    if (fnmatch(p.c_str(), id.c_str(), 0) == 0) return true;
  return false;
}

}  // namespace

size_t Dataset::measure_index(const std::string& id) const {
  for (size_t i = 0; i < measures.size(); ++i)
    if (measures[i].id == id) return i;
  return static_cast<size_t>(-1);
}

Dataset load_dataset(Store& store, const DatasetOptions& options) {
  Database& db = store.db();
  db.exec("BEGIN");  // one snapshot for all the queries
  Dataset d;
  std::unordered_map<int64_t, size_t> row_of;
  std::vector<std::array<uint32_t, 4>> words;  // all, author, quoted, reported
  {
    Statement s = db.prepare(
        "SELECT id, key, outlet, genre, title, source, words, words_author, words_quoted, words_reported "
        "FROM articles ORDER BY key");
    while (s.step()) {
      ArticleRow r;
      r.id = s.integer(0);
      r.key = s.text(1);
      r.outlet = s.text(2);
      r.genre = s.text(3);
      r.title = s.text(4);
      r.source = s.text(5);
      r.words = static_cast<uint32_t>(s.integer(6));
      words.push_back({r.words, static_cast<uint32_t>(s.integer(7)), static_cast<uint32_t>(s.integer(8)),
                       static_cast<uint32_t>(s.integer(9))});
      row_of[r.id] = d.articles.size();
      d.articles.push_back(std::move(r));
    }
  }
  // Findings counted by article, plugin, kind and voice. The genre label is one per article, not
  // a rate.
  std::map<std::pair<std::string, std::string>, std::vector<std::array<double, 4>>> counts;
  {
    Statement s = db.prepare(
        "SELECT article, plugin, kind, voice, count(*) FROM findings WHERE kind <> 'article-genre' "
        "GROUP BY article, plugin, kind, voice");
    while (s.step()) {
      auto it = row_of.find(s.integer(0));
      if (it == row_of.end()) continue;
      auto& per_article = counts[{s.text(1), s.text(2)}];
      if (per_article.empty()) per_article.assign(d.articles.size(), {0, 0, 0, 0});
      const double n = static_cast<double>(s.integer(4));
      per_article[it->second][0] += n;
      per_article[it->second][voice_slot(s.text(3))] += n;
    }
  }
  // Share scores (share of a voice's sentences); rate scores repeat the finding counts.
  std::map<std::pair<std::string, std::string>, std::vector<std::array<double, 4>>> shares;
  {
    Statement s = db.prepare(
        "SELECT article, plugin, name, all_voices, author, quoted, reported FROM scores "
        "WHERE unit = 'share_of_sentences'");
    while (s.step()) {
      auto it = row_of.find(s.integer(0));
      if (it == row_of.end()) continue;
      auto& per_article = shares[{s.text(1), s.text(2)}];
      if (per_article.empty()) per_article.assign(d.articles.size(), {kNaN, kNaN, kNaN, kNaN});
      for (int v = 0; v < 4; ++v) per_article[it->second][v] = s.real(3 + v);
    }
  }
  std::map<std::pair<std::string, std::string>, std::vector<double>> metrics;
  if (options.plugin_metrics) {
    Statement s = db.prepare("SELECT article, plugin, name, value FROM metrics");
    while (s.step()) {
      auto it = row_of.find(s.integer(0));
      if (it == row_of.end()) continue;
      auto& per_article = metrics[{s.text(1), s.text(2)}];
      if (per_article.empty()) per_article.assign(d.articles.size(), kNaN);
      per_article[it->second] = s.real(3);
    }
  }
  db.exec("COMMIT");

  auto add = [&](MeasureSpec spec, auto value_of) {
    if (!wanted(spec.id, options)) return;
    for (size_t a = 0; a < d.articles.size(); ++a) d.articles[a].values.push_back(value_of(a));
    d.measures.push_back(std::move(spec));
  };
  for (const auto& [pk, per_article] : counts)
    for (int v = 0; v < 4; ++v) {
      std::string id = pk.first + "." + pk.second + (v ? std::string("@") + kVoiceNames[v] : "");
      add({id, pk.first, pk.second, kVoiceNames[v], "per 1,000 words", MeasureSource::findings}, [&](size_t a) {
        const double w = words[a][v];
        return w > 0 ? per_article[a][v] * 1000.0 / w : kNaN;
      });
    }
  for (const auto& [pk, per_article] : shares)
    for (int v = 0; v < 4; ++v) {
      std::string id = pk.first + "." + pk.second + (v ? std::string("@") + kVoiceNames[v] : "");
      add({id, pk.first, pk.second, kVoiceNames[v], "share of sentences", MeasureSource::score}, [&](size_t a) {
        return words[a][v] > 0 ? per_article[a][v] : kNaN;
      });
    }
  for (const auto& [pk, per_article] : metrics)
    add({pk.first + ".metric." + pk.second, pk.first, pk.second, "all", "value", MeasureSource::metric},
        [&](size_t a) { return per_article[a]; });
  return d;
}

}  // namespace slant::corpus
