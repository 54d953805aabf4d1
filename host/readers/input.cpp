#include "readers/input.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "readers/ascii_lower.hpp"
#include "readers/html_reader.hpp"
#include "readers/jsonl_reader.hpp"
#include "readers/text_hygiene.hpp"
#include "readers/text_reader.hpp"
#include "readers/xml_reader.hpp"

namespace slant {
namespace fs = std::filesystem;

namespace {

constexpr size_t kSniffBytes = 16384;

std::string extension(const std::string& path) { return ascii_lower(fs::path(path).extension().string()); }

bool one_of(const std::string& ext, std::initializer_list<const char*> exts) {
  for (const char* e : exts)
    if (ext == e) return true;
  return false;
}

// Files a saved web page keeps beside itself; never articles.
bool is_page_asset(const std::string& path) {
  return one_of(extension(path), {".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico",
                                  ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map", ".mp4", ".mp3", ".webm"});
}

// "{" starts JSON Lines; markup is XML or HTML by what its first element is.
InputFormat sniff_content(std::string_view head) {
  std::string h;
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'))) {
    h = std::string(head.substr(0, head.size() & ~size_t{1}));
    convert_to_utf8(h, "", nullptr);
  } else {
    h = std::string(head);
  }
  h = ascii_lower(h);
  size_t i = h.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  auto skip_space = [&] {
    while (i < h.size() && (h[i] == ' ' || h[i] == '\t' || h[i] == '\n' || h[i] == '\r')) ++i;
  };
  skip_space();
  if (i >= h.size()) return InputFormat::detect;
  if (h[i] == '{') return InputFormat::jsonl;
  if (h[i] != '<') return InputFormat::text;
  bool xml_declaration = h.compare(i, 5, "<?xml") == 0;
  // Skip declarations, comments and processing instructions to the first element.
  while (i < h.size() && h[i] == '<') {
    if (h.compare(i, 14, "<!doctype html") == 0) return InputFormat::html;
    if (h.compare(i, 4, "<!--") == 0) {
      size_t e = h.find("-->", i);
      if (e == std::string::npos) break;
      i = e + 3;
    } else if (h.compare(i, 2, "<?") == 0 || h.compare(i, 2, "<!") == 0) {
      size_t e = h.find('>', i);
      if (e == std::string::npos) break;
      i = e + 1;
    } else {
      break;
    }
    skip_space();
  }
  for (std::string_view root : {"<rss", "<feed", "<rdf:rdf", "<nitf", "<newsitem", "<newsmessage"})
    if (h.compare(i, root.size(), root) == 0) return InputFormat::xml;
  if (h.compare(i, 5, "<html") == 0) return xml_declaration ? InputFormat::xml : InputFormat::html;
  return xml_declaration ? InputFormat::xml : InputFormat::html;
}

// Reads at most `cap` bytes (plus one, to notice more) after what `out` already holds.
bool read_capped(std::istream& in, std::string& out, size_t cap) {
  char buf[65536];
  while (in) {
    in.read(buf, sizeof buf);
    out.append(buf, static_cast<size_t>(in.gcount()));
    if (out.size() > cap) return false;
  }
  return true;
}

std::string megabytes(uintmax_t bytes) { return std::to_string((bytes + (1u << 19)) >> 20) + " MiB"; }

std::string too_big(const std::string& size) {
  return "is " + size + ", more than the " + megabytes(kMaxDocumentBytes) +
         " one document may have: skipped (split it into articles; JSON Lines files of any size are read line by "
         "line)";
}

// A stream that first gives back bytes already read (the sniffed head), then the rest.
class PrefixedBuffer : public std::streambuf {
 public:
  PrefixedBuffer(std::string head, std::istream& rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    rest_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    auto n = rest_.gcount();
    if (n <= 0) return traits_type::eof();
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string head_;
  std::istream& rest_;
  std::array<char, 65536> buf_{};
};

void read_file(const std::string& path, InputFormat format, const ReadSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.error({path, "cannot be opened: " + std::string(std::strerror(errno))});
    return;
  }
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    sink.error({path, "cannot be read: " + std::string(std::strerror(errno))});
    return;
  }
  if (format == InputFormat::detect) format = sniff_format(path, head);
  in.clear();
  in.seekg(0);
  if (format == InputFormat::jsonl) {
    read_jsonl(in, path, sink);
    return;
  }
  if (!ec && size > kMaxDocumentBytes) {
    sink.error({path, too_big(megabytes(size))});
    return;
  }
  std::string content;
  if (!read_capped(in, content, kMaxDocumentBytes)) {
    sink.error({path, too_big("larger than " + megabytes(kMaxDocumentBytes))});
    return;
  }
  read_document(std::move(content), path, format, sink);
}

// One directory level at a time, so an unreadable folder is reported and the walk goes on.
void walk_folder(const fs::path& root, std::vector<std::string>& files, const ReadSink& sink) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      sink.error({dir.string(), "cannot be read: " + ec.message()});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        sink.error({dir.string(), "cannot be read to the end: " + ec.message()});
        break;
      }
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::error_code sec;
      if (it->is_directory(sec) && !it->is_symlink(sec)) pending.push_back(it->path());
      else if (it->is_regular_file(sec) && !is_page_asset(name)) files.push_back(it->path().string());
      else if (it->is_symlink(sec) && !fs::exists(it->path(), sec))
        sink.error({it->path().string(), "is a link to a file that is not there: skipped"});
    }
  }
}

}  // namespace

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto" || name.empty()) return InputFormat::detect;
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "html" || name == "xhtml") return InputFormat::html;
  if (name == "xml" || name == "nitf" || name == "newsml" || name == "rss" || name == "atom") return InputFormat::xml;
  throw std::invalid_argument("unknown input format '" + std::string(name) +
                              "': use auto, text, jsonl, html or xml (NITF, NewsML-G2, RSS, Atom)");
}

InputFormat sniff_format(const std::string& name, std::string_view head) {
  std::string ext = extension(name);
  if (one_of(ext, {".jsonl", ".ndjson"})) return InputFormat::jsonl;
  if (one_of(ext, {".txt", ".text"})) return InputFormat::text;
  InputFormat by_content = sniff_content(head);
  if (by_content != InputFormat::detect) return by_content;
  if (one_of(ext, {".html", ".htm", ".xhtml", ".shtml"})) return InputFormat::html;
  if (one_of(ext, {".xml", ".nitf", ".rss", ".atom", ".rdf", ".newsml"})) return InputFormat::xml;
  return InputFormat::text;
}

void read_document(std::string content, const std::string& source, InputFormat format, const ReadSink& sink) {
  if (content.empty()) {
    sink.error({source, "the file is empty: there is no text to check"});
    return;
  }
  std::string binary = binary_kind(content);
  if (!binary.empty()) {
    sink.error({source, "looks like " + binary + ", not an article: skipped"});
    return;
  }
  if (format == InputFormat::detect) format = sniff_format(source, std::string_view(content).substr(0, kSniffBytes));
  switch (format) {
    case InputFormat::jsonl: {
      std::istringstream in(std::move(content));
      read_jsonl(in, source, sink);
      return;
    }
    case InputFormat::html:
      read_html(std::move(content), source, sink);
      return;
    case InputFormat::xml:
      read_xml(std::move(content), source, sink);
      return;
    default:
      read_text(std::move(content), source, sink);
      return;
  }
}

void read_stream(std::istream& in, const std::string& source, InputFormat format, const ReadSink& sink) {
  // Sniff from the first bytes without needing to seek back: a pipe cannot.
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (format == InputFormat::detect) format = sniff_format(source, head);
  if (format == InputFormat::jsonl) {
    PrefixedBuffer buffer(std::move(head), in);
    std::istream joined(&buffer);
    read_jsonl(joined, source, sink);
    return;
  }
  std::string content = std::move(head);
  if (!read_capped(in, content, kMaxDocumentBytes)) {
    sink.error({source, too_big("larger than " + megabytes(kMaxDocumentBytes))});
    return;
  }
  read_document(std::move(content), source, format, sink);
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
  walk_folder(path, files, sink);
  std::sort(files.begin(), files.end());
  if (files.empty()) sink.error({path, "the folder holds no files to read"});
  for (const auto& f : files) read_file(f, format, sink);
}

}  // namespace slant
