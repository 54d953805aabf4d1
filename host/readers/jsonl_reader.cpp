#include "readers/jsonl_reader.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstring>
#include <string>
#include <vector>

#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return it->dump();
}

// The fast path for a well-formed line: simdjson's validating DOM parser (several hundred MB/s
// against nlohmann's tens). Returns false on any problem; the caller then re-reads the line with
// nlohmann, whose messages and rules are the reference.
std::string field_text(simdjson::dom::element v) {
  switch (v.type()) {
    case simdjson::dom::element_type::STRING: return std::string(std::string_view(v));
    case simdjson::dom::element_type::NULL_VALUE: return {};
    case simdjson::dom::element_type::INT64: return std::to_string(int64_t(v));
    case simdjson::dom::element_type::UINT64: return std::to_string(uint64_t(v));
    default: return simdjson::minify(v);
  }
}

bool fast_article(std::string_view line, const std::string& where, Article& a) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.assign(line);
  padded.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::element doc;
  if (parser.parse(padded.data(), line.size(), false).get(doc) != simdjson::SUCCESS) return false;
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return false;
  std::string_view text;
  if (obj["text"].get_string().get(text) != simdjson::SUCCESS) return false;
  a.text.assign(text);
  normalise_newlines(a.text);
  if (a.text.find_first_not_of(" \t\n") == std::string::npos) return false;
  auto get = [&](const char* key) {
    simdjson::dom::element v;
    return obj[key].get(v) == simdjson::SUCCESS ? field_text(v) : std::string();
  };
  a.meta.id = get("id");
  if (a.meta.id.empty()) a.meta.id = where;
  a.meta.title = get("title");
  a.meta.outlet = get("outlet");
  a.meta.date = get("date");
  a.meta.url = get("url");
  a.meta.byline = get("byline");
  if (a.meta.byline.empty()) a.meta.byline = get("author");
  a.meta.section = get("section");
  a.meta.source = where;
  return true;
}

}  // namespace

std::optional<Article> article_from_json(const nlohmann::json& j, const std::string& where, std::string* error) {
  if (!j.is_object()) {
    *error = "a JSON value that is not an object: each line must be {\"id\": ..., \"text\": ...}";
    return std::nullopt;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    *error = "no \"text\" string field: nothing to check";
    return std::nullopt;
  }
  Article a;
  a.text = text->get<std::string>();
  normalise_newlines(a.text);
  if (a.text.find_first_not_of(" \t\n") == std::string::npos) {
    *error = "the \"text\" field is empty";
    return std::nullopt;
  }
  a.meta.id = string_field(j, "id");
  if (a.meta.id.empty()) a.meta.id = where;
  a.meta.title = string_field(j, "title");
  a.meta.outlet = string_field(j, "outlet");
  a.meta.date = string_field(j, "date");
  a.meta.url = string_field(j, "url");
  a.meta.byline = string_field(j, "byline");
  if (a.meta.byline.empty()) a.meta.byline = string_field(j, "author");
  a.meta.section = string_field(j, "section");
  a.meta.source = where;
  return a;
}

bool read_jsonl_line(std::string_view line, const std::string& source, size_t number, const ReadSink& sink) {
  const std::string where = source + ":" + std::to_string(number);
  // Invalid UTF-8 would make the whole line unparseable JSON: repair it and say where it was.
  std::vector<std::string> warnings;
  std::string repaired;
  if (has_invalid_utf8(line)) {
    repaired = std::string(line);
    repair_utf8(repaired, &warnings);
    for (auto& w : warnings) w = "line " + std::to_string(number) + ": " + w;
    line = repaired;
  }
  Article fast;
  if (fast_article(line, where, fast)) {
    fast.warnings.insert(fast.warnings.end(), warnings.begin(), warnings.end());
    sink.article(std::move(fast));
    return true;
  }
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded()) {
    sink.error({where, "not valid JSON: each line must be one JSON object with a \"text\" field"});
    return false;
  }
  std::string error;
  auto article = article_from_json(j, where, &error);
  if (!article) {
    sink.error({where, error});
    return false;
  }
  article->warnings.insert(article->warnings.end(), warnings.begin(), warnings.end());
  sink.article(std::move(*article));
  return true;
}

void read_jsonl(std::istream& in, const std::string& source, const ReadSink& sink) {
  // Lines are cut out of fixed-size reads, so a file of any size (or one enormous line) never
  // has to fit in memory: a line longer than kMaxDocumentBytes is skipped with an error.
  std::string line;
  size_t number = 0;
  bool too_long = false, any = false;
  auto finish_line = [&] {
    ++number;
    if (too_long) {
      sink.error({source + ":" + std::to_string(number),
                  "the line is longer than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB: skipped"});
    } else {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) read_jsonl_line(line, source, number, sink);
    }
    line.clear();
    too_long = false;
  };
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    size_t n = static_cast<size_t>(in.gcount());
    if (n) any = true;
    const char* p = buf.data();
    const char* end = p + n;
    while (p < end) {
      const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      const char* stop = nl ? nl : end;
      if (!too_long) {
        if (line.size() + static_cast<size_t>(stop - p) > kMaxDocumentBytes) {
          too_long = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(p, stop);
        }
      }
      if (!nl) break;
      finish_line();
      p = nl + 1;
    }
  }
  if (!line.empty() || too_long) finish_line();
  if (!any) sink.error({source, "the file is empty: no JSON lines to read"});
}

}  // namespace slant
