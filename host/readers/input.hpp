// Reads whatever the user names (files, folders, "-" for standard input), sniffs each file's
// format from its content and name, and streams the articles to a ReadSink.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "readers/read_sink.hpp"

namespace slant {

enum class InputFormat { detect, text, jsonl };

// Parses "auto", "text", "jsonl"; throws std::invalid_argument naming the allowed values.
InputFormat parse_input_format(std::string_view name);

// Reads one path: a file, a folder (walked recursively, sorted, hidden entries skipped) or "-".
void read_path(const std::string& path, InputFormat format, const ReadSink& sink);

// Reads a stream already opened; `source` names it in errors.
void read_stream(std::istream& in, const std::string& source, InputFormat format, const ReadSink& sink);

}  // namespace slant
