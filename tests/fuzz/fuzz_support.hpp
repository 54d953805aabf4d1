// Shared by the libFuzzer targets: a sink that checks what every reader promises (articles
// with non-empty, valid UTF-8 text and metadata; errors that name where) and aborts otherwise.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "readers/read_sink.hpp"
#include "readers/text_hygiene.hpp"

namespace slant::fuzz {

[[noreturn]] inline void broken(const char* what, const std::string& detail) {
  std::fprintf(stderr, "reader contract broken: %s: %s\n", what, detail.substr(0, 200).c_str());
  std::abort();
}

inline void check_utf8(const char* field, const std::string& s) {
  if (has_invalid_utf8(s)) broken(field, "not valid UTF-8");
}

inline ReadSink checking_sink() {
  ReadSink sink;
  sink.article = [](Article&& a) {
    if (a.text.empty()) broken("article", "empty text");
    check_utf8("text", a.text);
    check_utf8("title", a.meta.title);
    check_utf8("outlet", a.meta.outlet);
    check_utf8("byline", a.meta.byline);
    check_utf8("date", a.meta.date);
    check_utf8("section", a.meta.section);
    if (a.meta.source.empty()) broken("article", "no source");
  };
  sink.error = [](const InputError& e) {
    if (e.where.empty() || e.message.empty()) broken("error", "an error must say where and what");
  };
  return sink;
}

}  // namespace slant::fuzz
