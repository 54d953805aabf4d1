// Reads whatever the user names (files, folders, "-" for standard input), sniffs each file's
// format from its content and name, and streams the articles to a ReadSink.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "readers/read_sink.hpp"

namespace slant {

enum class InputFormat { detect, text, jsonl, html, xml };

// Parses "auto", "text", "jsonl", "html", "xml"; throws std::invalid_argument naming the
// allowed values.
InputFormat parse_input_format(std::string_view name);

// The format of a document from its name and first bytes (a few KiB are enough): JSON Lines
// and plain text by extension (.jsonl, .ndjson, .txt), otherwise by content ("{" is JSON Lines,
// an XML declaration or a NITF / NewsML / RSS / Atom root is XML, other markup is HTML), then
// by extension (.html, .xml, ...), else plain text.
InputFormat sniff_format(const std::string& name, std::string_view head);

// Reads one path: a file, a folder (walked recursively, sorted, hidden entries and web-page
// assets such as .css, .js and images skipped) or "-".
void read_path(const std::string& path, InputFormat format, const ReadSink& sink);

// Reads a stream already opened; `source` names it in errors. JSON Lines are streamed; any
// other document larger than kMaxDocumentBytes is refused with a message.
void read_stream(std::istream& in, const std::string& source, InputFormat format, const ReadSink& sink);

// Reads one whole document already in memory (a format other than detect, or detect to sniff).
void read_document(std::string content, const std::string& source, InputFormat format, const ReadSink& sink);

}  // namespace slant
