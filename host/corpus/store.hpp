// The corpus database (SQLite, WAL): one row per article with its metadata, outlet, genre and
// word counts, and its findings, metrics, scores and diagnostics; the plugin versions and runs.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/article_record.hpp"
#include "corpus/sqlite_db.hpp"

namespace slant::corpus {

inline constexpr int kStoreSchemaVersion = 1;

struct PluginVersion {
  std::string id, version, params;
};

// What a rerun needs to know of an article already stored.
struct KnownArticle {
  std::string content_hash, plugins, outlet;
  int errors = 0;  // plugin errors: such an article is analysed again
};

class Store {
 public:
  // Opens or creates the database and its tables. Throws DbError when the file is not a slant
  // store of this schema version (the message says which version it has).
  explicit Store(const std::string& path, bool create = true);

  Database& db() { return db_; }

  std::unordered_map<std::string, KnownArticle> known_articles();

  // Writes the records in one transaction: an article already stored under the same key is
  // replaced whole (its old findings go), so writing twice never duplicates anything.
  void write(const std::vector<ArticleRecord>& records);
  // Sets the outlet of articles kept unchanged by a rerun (a new mapping file, say).
  void set_outlets(const std::vector<std::pair<std::string, std::pair<std::string, std::string>>>& key_outlet_from);
  void record_plugins(const std::vector<PluginVersion>& plugins);

  int64_t begin_run(const std::string& command, const std::string& plugins, const std::string& shard);
  void finish_run(int64_t run, uint64_t analysed, uint64_t skipped, uint64_t failed);

  // Every stored article, in key order (for merging and exporting).
  void for_each_record(const std::function<void(ArticleRecord&&)>& f);
  size_t article_count();

 private:
  void create_schema();
  Database db_;
};

}  // namespace slant::corpus
