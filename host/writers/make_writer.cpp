// The one place output formats are registered by name.
#include <stdexcept>
#include <string>

#include "writers/json_report.hpp"
#include "writers/report_writer.hpp"

namespace slant {

std::unique_ptr<ReportWriter> make_text_writer();
std::unique_ptr<ReportWriter> make_json_writer(JsonDetail detail);
std::unique_ptr<ReportWriter> make_jsonl_writer(JsonDetail detail);
std::unique_ptr<ReportWriter> make_terminal_writer(const WriterOptions& options);
std::unique_ptr<ReportWriter> make_html_writer();

std::unique_ptr<ReportWriter> make_writer(std::string_view format, const WriterOptions& options) {
  if (format == "text") return make_text_writer();
  const JsonDetail detail = options.compact ? JsonDetail::compact : JsonDetail::full;
  if (format == "json") return make_json_writer(detail);
  if (format == "jsonl") return make_jsonl_writer(detail);
  if (format == "terminal") return make_terminal_writer(options);
  if (format == "html") return make_html_writer();
  throw std::invalid_argument("unknown output format '" + std::string(format) +
                              "': use text, json, jsonl, terminal or html");
}

}  // namespace slant
