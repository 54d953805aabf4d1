#include "corpus/store.hpp"

#include <chrono>
#include <ctime>
#include <thread>
#include <nlohmann/json.hpp>

namespace slant::corpus {
namespace {

constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS store_info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  plugins TEXT NOT NULL,
  outlet TEXT NOT NULL,
  outlet_from TEXT NOT NULL,
  genre TEXT NOT NULL,
  genre_from TEXT NOT NULL,
  article_id TEXT, title TEXT, meta_outlet TEXT, byline TEXT, date TEXT, url TEXT, section TEXT,
  source TEXT,
  words INTEGER NOT NULL,
  words_author INTEGER NOT NULL, words_quoted INTEGER NOT NULL, words_reported INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  analysed_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_by_outlet ON articles(outlet, genre);
CREATE TABLE IF NOT EXISTS findings(
  article INTEGER NOT NULL, seq INTEGER NOT NULL,
  plugin TEXT NOT NULL, kind TEXT NOT NULL, voice TEXT NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  rule TEXT NOT NULL, evidence TEXT NOT NULL, explanation TEXT NOT NULL, weight REAL NOT NULL,
  parts TEXT, attributes TEXT,
  PRIMARY KEY(article, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS metrics(
  article INTEGER NOT NULL, plugin TEXT NOT NULL, name TEXT NOT NULL, value REAL NOT NULL,
  PRIMARY KEY(article, plugin, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scores(
  article INTEGER NOT NULL, plugin TEXT NOT NULL, name TEXT NOT NULL, finding_kind TEXT NOT NULL,
  unit TEXT NOT NULL, meaning TEXT NOT NULL,
  all_voices REAL NOT NULL, author REAL NOT NULL, quoted REAL NOT NULL, reported REAL NOT NULL,
  PRIMARY KEY(article, plugin, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS diagnostics(
  article INTEGER NOT NULL, seq INTEGER NOT NULL, plugin TEXT NOT NULL, severity TEXT NOT NULL,
  message TEXT NOT NULL, PRIMARY KEY(article, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS plugins(
  plugin TEXT NOT NULL, version TEXT NOT NULL, params TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY(plugin, version, params));
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY, command TEXT NOT NULL, plugins TEXT NOT NULL, shard TEXT NOT NULL,
  started TEXT NOT NULL, finished TEXT, analysed INTEGER, skipped INTEGER, failed INTEGER);
)SQL";

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

Voice voice_named(const std::string& s) {
  return s == "quoted" ? Voice::quoted : s == "reported" ? Voice::reported : Voice::author;
}
Severity severity_named(const std::string& s) {
  return s == "info" ? Severity::info : s == "warning" ? Severity::warning : Severity::error;
}

std::string parts_json(const std::vector<Part>& parts) {
  if (parts.empty()) return {};
  nlohmann::json j = nlohmann::json::array();
  for (const auto& p : parts) j.push_back({p.role.str(), p.begin, p.end});
  return j.dump();
}
std::string attributes_json(const std::vector<std::pair<Name, std::string>>& attrs) {
  if (attrs.empty()) return {};
  nlohmann::json j = nlohmann::json::array();
  for (const auto& [k, v] : attrs) j.push_back({k.str(), v});
  return j.dump();
}

}  // namespace

Store::Store(const std::string& path, bool create) : db_(path, create) {
  // WAL: readers never block the writer, and a killed process leaves the last committed
  // transaction intact. NORMAL sync is safe against a process kill (only power loss may lose
  // the newest transactions, never consistency).
  // Switching a new file to WAL needs it to itself for a moment; a second run opening the same
  // new database at once can be told "busy" without the busy handler, so try again briefly.
  for (int attempt = 0;; ++attempt) {
    try {
      db_.exec("PRAGMA journal_mode=WAL");
      break;
    } catch (const DbError&) {
      if (attempt >= 200) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  }
  db_.exec("PRAGMA synchronous=NORMAL");
  create_schema();
}

void Store::create_schema() {
  Transaction t(db_);
  bool has_info = false;
  {
    Statement s = db_.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='store_info'");
    if (s.step()) has_info = s.integer(0) > 0;
  }
  if (has_info) {
    Statement s = db_.prepare("SELECT value FROM store_info WHERE name='schema'");
    if (s.step() && s.text(0) != std::to_string(kStoreSchemaVersion))
      throw DbError(db_.path() + " is a slant store of schema version " + s.text(0) + ", this slant uses version " +
                    std::to_string(kStoreSchemaVersion) + ": analyse into a new database");
  } else {
    Statement s = db_.prepare("SELECT count(*) FROM sqlite_master WHERE type='table'");
    if (s.step() && s.integer(0) > 0)
      throw DbError(db_.path() + " is an SQLite database but not a slant store: name a new file");
  }
  db_.exec(kSchema);
  Statement s = db_.prepare("INSERT OR IGNORE INTO store_info(name, value) VALUES ('schema', ?)");
  s.bind(1, std::to_string(kStoreSchemaVersion)).run();
  t.commit();
}

std::unordered_map<std::string, KnownArticle> Store::known_articles() {
  std::unordered_map<std::string, KnownArticle> out;
  Statement s = db_.prepare("SELECT key, content_hash, plugins, outlet, errors FROM articles");
  while (s.step()) out[s.text(0)] = {s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4))};
  return out;
}

void Store::write(const std::vector<ArticleRecord>& records) {
  if (records.empty()) return;
  Transaction t(db_);
  Statement find = db_.prepare("SELECT id FROM articles WHERE key = ?");
  Statement clear[] = {db_.prepare("DELETE FROM findings WHERE article = ?"),
                       db_.prepare("DELETE FROM metrics WHERE article = ?"),
                       db_.prepare("DELETE FROM scores WHERE article = ?"),
                       db_.prepare("DELETE FROM diagnostics WHERE article = ?")};
  Statement upsert = db_.prepare(
      "INSERT INTO articles(key, content_hash, plugins, outlet, outlet_from, genre, genre_from, article_id, title, "
      "meta_outlet, byline, date, url, section, source, words, words_author, words_quoted, words_reported, "
      "sentences, errors, analysed_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
      "?20,?21,?22) ON CONFLICT(key) DO UPDATE SET content_hash=?2, plugins=?3, outlet=?4, outlet_from=?5, "
      "genre=?6, genre_from=?7, article_id=?8, title=?9, meta_outlet=?10, byline=?11, date=?12, url=?13, "
      "section=?14, source=?15, words=?16, words_author=?17, words_quoted=?18, words_reported=?19, sentences=?20, "
      "errors=?21, analysed_at=?22");
  Statement finding = db_.prepare(
      "INSERT INTO findings(article, seq, plugin, kind, voice, begin, end, rule, evidence, explanation, weight, "
      "parts, attributes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement metric = db_.prepare("INSERT OR REPLACE INTO metrics(article, plugin, name, value) VALUES (?,?,?,?)");
  Statement score = db_.prepare(
      "INSERT OR REPLACE INTO scores(article, plugin, name, finding_kind, unit, meaning, all_voices, author, quoted, "
      "reported) VALUES (?,?,?,?,?,?,?,?,?,?)");
  Statement diagnostic =
      db_.prepare("INSERT INTO diagnostics(article, seq, plugin, severity, message) VALUES (?,?,?,?,?)");
  const std::string stamp = now_utc();
  for (const auto& r : records) {
    int errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == Severity::error;
    const auto& m = r.meta;
    upsert.bind(1, r.key).bind(2, r.content_hash).bind(3, r.plugins).bind(4, r.outlet).bind(5, r.outlet_from);
    upsert.bind(6, r.genre).bind(7, r.genre_from).bind(8, m.id).bind(9, m.title).bind(10, m.outlet);
    upsert.bind(11, m.byline).bind(12, m.date).bind(13, m.url).bind(14, m.section).bind(15, m.source);
    upsert.bind(16, r.words).bind(17, r.voice_words[0]).bind(18, r.voice_words[1]).bind(19, r.voice_words[2]);
    upsert.bind(20, r.sentences).bind(21, errors).bind(22, stamp);
    upsert.run();
    find.bind(1, r.key);
    if (!find.step()) throw DbError("article " + r.key + " vanished while being written");
    const int64_t id = find.integer(0);
    find.reset();
    for (auto& c : clear) c.bind(1, id).run();
    int64_t seq = 0;
    for (const auto& f : r.findings) {
      finding.bind(1, id).bind(2, seq++).bind(3, f.plugin).bind(4, f.kind).bind(5, to_string(f.voice));
      finding.bind(6, f.begin).bind(7, f.end).bind(8, f.rule()).bind(9, f.evidence).bind(10, f.explanation);
      finding.bind(11, f.weight);
      std::string parts = parts_json(f.parts), attrs = attributes_json(f.attributes);
      parts.empty() ? finding.bind_null(12) : finding.bind(12, parts);
      attrs.empty() ? finding.bind_null(13) : finding.bind(13, attrs);
      finding.run();
    }
    for (const auto& x : r.metrics) metric.bind(1, id).bind(2, x.plugin).bind(3, x.name).bind(4, x.value).run();
    for (const auto& s : r.scores) {
      score.bind(1, id).bind(2, s.plugin).bind(3, s.name).bind(4, s.finding_kind).bind(5, s.unit).bind(6, s.meaning);
      score.bind(7, s.all).bind(8, s.author).bind(9, s.quoted).bind(10, s.reported).run();
    }
    seq = 0;
    for (const auto& d : r.diagnostics)
      diagnostic.bind(1, id).bind(2, seq++).bind(3, d.plugin).bind(4, to_string(d.severity)).bind(5, d.message).run();
  }
  t.commit();
}

void Store::set_outlets(const std::vector<std::pair<std::string, std::pair<std::string, std::string>>>& updates) {
  if (updates.empty()) return;
  Transaction t(db_);
  Statement s = db_.prepare("UPDATE articles SET outlet = ?, outlet_from = ? WHERE key = ?");
  for (const auto& [key, outlet] : updates) s.bind(1, outlet.first).bind(2, outlet.second).bind(3, key).run();
  t.commit();
}

void Store::record_plugins(const std::vector<PluginVersion>& plugins) {
  Transaction t(db_);
  Statement s =
      db_.prepare("INSERT OR IGNORE INTO plugins(plugin, version, params, first_seen) VALUES (?,?,?,?)");
  const std::string stamp = now_utc();
  for (const auto& p : plugins) s.bind(1, p.id).bind(2, p.version).bind(3, p.params).bind(4, stamp).run();
  t.commit();
}

int64_t Store::begin_run(const std::string& command, const std::string& plugins, const std::string& shard) {
  Transaction t(db_);
  Statement s = db_.prepare("INSERT INTO runs(command, plugins, shard, started) VALUES (?,?,?,?)");
  s.bind(1, command).bind(2, plugins).bind(3, shard).bind(4, now_utc()).run();
  int64_t id = sqlite3_last_insert_rowid(db_.handle());
  t.commit();
  return id;
}

void Store::finish_run(int64_t run, uint64_t analysed, uint64_t skipped, uint64_t failed) {
  Transaction t(db_);
  Statement s = db_.prepare("UPDATE runs SET finished=?, analysed=?, skipped=?, failed=? WHERE id=?");
  s.bind(1, now_utc()).bind(2, static_cast<int64_t>(analysed)).bind(3, static_cast<int64_t>(skipped));
  s.bind(4, static_cast<int64_t>(failed)).bind(5, run).run();
  t.commit();
}

size_t Store::article_count() {
  Statement s = db_.prepare("SELECT count(*) FROM articles");
  return s.step() ? static_cast<size_t>(s.integer(0)) : 0;
}

void Store::for_each_record(const std::function<void(ArticleRecord&&)>& f) {
  // One read transaction: a consistent snapshot even while another process writes.
  db_.exec("BEGIN");
  try {
    Statement articles = db_.prepare(
        "SELECT id, key, content_hash, plugins, outlet, outlet_from, genre, genre_from, article_id, title, "
        "meta_outlet, byline, date, url, section, source, words, words_author, words_quoted, words_reported, "
        "sentences FROM articles ORDER BY key");
    Statement findings = db_.prepare(
        "SELECT plugin, kind, voice, begin, end, rule, evidence, explanation, weight, parts, attributes "
        "FROM findings WHERE article = ? ORDER BY seq");
    Statement metrics = db_.prepare("SELECT plugin, name, value FROM metrics WHERE article = ? ORDER BY plugin, name");
    Statement scores = db_.prepare(
        "SELECT plugin, name, finding_kind, unit, meaning, all_voices, author, quoted, reported FROM scores "
        "WHERE article = ? ORDER BY plugin, name");
    Statement diagnostics =
        db_.prepare("SELECT plugin, severity, message FROM diagnostics WHERE article = ? ORDER BY seq");
    while (articles.step()) {
      ArticleRecord r;
      int64_t id = articles.integer(0);
      r.key = articles.text(1);
      r.content_hash = articles.text(2);
      r.plugins = articles.text(3);
      r.outlet = articles.text(4);
      r.outlet_from = articles.text(5);
      r.genre = articles.text(6);
      r.genre_from = articles.text(7);
      r.meta = {articles.text(8),  articles.text(9),  articles.text(10), articles.text(11),
                articles.text(12), articles.text(13), articles.text(14), articles.text(15)};
      r.words = static_cast<uint32_t>(articles.integer(16));
      for (int v = 0; v < 3; ++v) r.voice_words[v] = static_cast<uint32_t>(articles.integer(17 + v));
      r.sentences = static_cast<uint32_t>(articles.integer(20));
      findings.bind(1, id);
      while (findings.step()) {
        Finding x;
        x.plugin = findings.text(0);
        x.kind = findings.text(1);
        x.voice = voice_named(findings.text(2));
        x.begin = static_cast<uint32_t>(findings.integer(3));
        x.end = static_cast<uint32_t>(findings.integer(4));
        std::string rule = findings.text(5);
        for (size_t at = 0;;) {  // folded duplicates were stored joined by "; "
          size_t next = rule.find("; ", at);
          x.rules.push_back(rule.substr(at, next - at));
          if (next == std::string::npos) break;
          at = next + 2;
        }
        x.evidence = findings.text(6);
        x.explanation = findings.text(7);
        x.weight = findings.real(8);
        if (!findings.is_null(9))
          for (const auto& p : nlohmann::json::parse(findings.text(9)))
            x.parts.push_back({p[0].get<std::string>(), p[1].get<uint32_t>(), p[2].get<uint32_t>()});
        if (!findings.is_null(10))
          for (const auto& a : nlohmann::json::parse(findings.text(10)))
            x.attributes.emplace_back(a[0].get<std::string>(), a[1].get<std::string>());
        r.findings.push_back(std::move(x));
      }
      findings.reset();
      metrics.bind(1, id);
      while (metrics.step()) r.metrics.push_back({metrics.text(0), metrics.text(1), metrics.real(2)});
      metrics.reset();
      scores.bind(1, id);
      while (scores.step())
        r.scores.push_back({scores.text(0), scores.text(1), scores.text(2), scores.text(3), scores.text(4),
                            scores.real(5), scores.real(6), scores.real(7), scores.real(8)});
      scores.reset();
      diagnostics.bind(1, id);
      while (diagnostics.step())
        r.diagnostics.push_back({severity_named(diagnostics.text(1)), diagnostics.text(0), diagnostics.text(2)});
      diagnostics.reset();
      f(std::move(r));
    }
  } catch (...) {
    db_.exec("ROLLBACK");
    throw;
  }
  db_.exec("COMMIT");
}

}  // namespace slant::corpus
