#include "readers/jsonl_reader.hpp"

#include <nlohmann/json.hpp>
#include <string>

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
  sink.article(std::move(*article));
  return true;
}

void read_jsonl(std::istream& in, const std::string& source, const ReadSink& sink) {
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    read_jsonl_line(line, source, number, sink);
  }
  if (number == 0) sink.error({source, "the file is empty: no JSON lines to read"});
}

}  // namespace slant
