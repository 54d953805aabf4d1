// The writers' common interface: one Report at a time to a stream, plus what the format needs
// before the first and after the last. One file per format; make_writer picks one by name.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "merge/report.hpp"

namespace slant {

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void begin(std::ostream&) {}
  virtual void write(const Report& report, std::ostream& out) = 0;
  virtual void finish(std::ostream&) {}

  // Writers whose output for one report depends on nothing else can format on worker threads:
  // format() appends exactly what write() would print.
  virtual bool formats_alone() const { return false; }
  virtual void format(const Report&, std::string&) const {}
};

// What the human-facing views need to know about where they are written.
struct WriterOptions {
  unsigned width = 80;  // columns the terminal view wraps to
  bool colour = true;   // terminal view: ANSI colours and styles (off: plain, markers only)
  bool compact = false; // json and jsonl: leave out the article text, explanations and score meanings
};

// "text", "json", "jsonl", "terminal" or "html"; throws std::invalid_argument naming the
// allowed formats.
std::unique_ptr<ReportWriter> make_writer(std::string_view format, const WriterOptions& options = {});

}  // namespace slant
