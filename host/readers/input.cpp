#include "readers/input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "readers/jsonl_reader.hpp"
#include "readers/text_hygiene.hpp"
#include "readers/text_reader.hpp"

namespace slant {
namespace fs = std::filesystem;

namespace {

bool has_extension(const std::string& path, std::initializer_list<const char*> exts) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* e : exts)
    if (ext == e) return true;
  return false;
}

// The format a file's name or first bytes say; detect never stays.
InputFormat sniff(const std::string& path, std::istream& in) {
  if (has_extension(path, {".jsonl", ".ndjson"})) return InputFormat::jsonl;
  if (has_extension(path, {".txt", ".text"})) return InputFormat::text;
  // Skip a BOM and white space, then look at the first character.
  std::streampos start = in.tellg();
  char c = 0;
  std::string head;
  while (in.get(c) && head.size() < 8) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    head += c;
  }
  in.clear();
  in.seekg(start);
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.erase(0, 3);
  return !head.empty() && head[0] == '{' ? InputFormat::jsonl : InputFormat::text;
}

void read_file(const std::string& path, InputFormat format, const ReadSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.error({path, "cannot be opened: " + std::string(std::strerror(errno))});
    return;
  }
  read_stream(in, path, format, sink);
}

}  // namespace

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto" || name.empty()) return InputFormat::detect;
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "jsonl") return InputFormat::jsonl;
  throw std::invalid_argument("unknown input format '" + std::string(name) + "': use auto, text or jsonl");
}

void read_stream(std::istream& in, const std::string& source, InputFormat format, const ReadSink& sink) {
  if (format == InputFormat::detect) {
    // A pipe cannot seek back: read it whole first.
    if (!in.seekg(0, std::ios::cur)) {
      in.clear();
      std::stringstream buffered;
      buffered << in.rdbuf();
      read_stream(buffered, source, sniff(source, buffered), sink);
      return;
    }
    format = sniff(source, in);
  }
  if (format == InputFormat::jsonl) {
    read_jsonl(in, source, sink);
    return;
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (content.empty()) {
    sink.error({source, "the file is empty: there is no text to check"});
    return;
  }
  if (looks_binary(content)) {
    sink.error({source, "looks like a binary file (it has NUL bytes), not an article: skipped"});
    return;
  }
  read_text(std::move(content), source, sink);
}

void read_path(const std::string& path, InputFormat format, const ReadSink& sink) {
  if (path == "-") {
    read_stream(std::cin, "-", format, sink);
    return;
  }
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    sink.error({path, "no such file or folder"});
    return;
  }
  if (!fs::is_directory(status)) {
    read_file(path, format, sink);
    return;
  }
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    sink.error({path, "cannot be read: " + ec.message()});
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      sink.error({it->path().string(), "cannot be read: " + ec.message()});
      break;
    }
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) sink.error({path, "the folder holds no files to read"});
  for (const auto& f : files) read_file(f, format, sink);
}

}  // namespace slant
