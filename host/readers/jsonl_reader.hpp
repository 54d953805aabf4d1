// JSON Lines: one article an object {"id", "text", optional "title", "outlet", "date", "url",
// "byline", "section"}. A bad line is reported with its number; the others still go through.
#pragma once

#include <istream>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "readers/read_sink.hpp"

namespace slant {

void read_jsonl(std::istream& in, const std::string& source, const ReadSink& sink);

// Parses one line (number is 1-based); reports an error for a bad one. Returns true if an
// article was produced.
bool read_jsonl_line(std::string_view line, const std::string& source, size_t number, const ReadSink& sink);

// Builds an article from one parsed object; on a problem returns nothing and sets *error.
std::optional<Article> article_from_json(const nlohmann::json& j, const std::string& where, std::string* error);

}  // namespace slant
