// "json": one pretty-printed report, or an array of them when there are several articles;
// "jsonl": one compact report a line. Both stream the report (write_report_json), no document.
#include "writers/json_report.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

// Holds back each report until the next arrives, to know whether an array is needed.
class JsonWriter : public ReportWriter {
 public:
  explicit JsonWriter(JsonDetail detail) : detail_(detail) {}
  void write(const Report& report, std::ostream& out) override {
    if (has_pending_) {
      if (!array_open_) {
        out << "[\n";
        array_open_ = true;
      }
      out << pending_ << ",\n";
    }
    pending_.clear();
    write_report_json(report, pending_, 2, detail_);
    has_pending_ = true;
  }
  void finish(std::ostream& out) override {
    if (has_pending_) out << pending_ << "\n";
    if (array_open_) out << "]\n";
  }

 private:
  JsonDetail detail_;
  std::string pending_;
  bool has_pending_ = false;
  bool array_open_ = false;
};

class JsonlWriter : public ReportWriter {
 public:
  explicit JsonlWriter(JsonDetail detail) : detail_(detail) {}
  void write(const Report& report, std::ostream& out) override {
    buffer_.clear();
    format(report, buffer_);
    out.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  }
  bool formats_alone() const override { return true; }
  void format(const Report& report, std::string& out) const override {
    write_report_json(report, out, -1, detail_);
    out += '\n';
  }

 private:
  JsonDetail detail_;
  std::string buffer_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(JsonDetail detail) { return std::make_unique<JsonWriter>(detail); }
std::unique_ptr<ReportWriter> make_jsonl_writer(JsonDetail detail) { return std::make_unique<JsonlWriter>(detail); }

}  // namespace slant
