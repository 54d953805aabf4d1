// "json": one pretty-printed report, or an array of them when there are several articles;
// "jsonl": one compact report a line.
#include "writers/json_report.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {
constexpr auto kReplaceInvalidUtf8 = nlohmann::ordered_json::error_handler_t::replace;

class JsonWriter : public ReportWriter {
 public:
  void write(const Report& report, std::ostream& out) override {
    if (pending_) {
      if (!array_open_) {
        out << "[\n";
        array_open_ = true;
      }
      out << pending_->dump(2, ' ', false, kReplaceInvalidUtf8) << ",\n";
    }
    pending_ = report_to_json(report);
  }
  void finish(std::ostream& out) override {
    if (pending_) out << pending_->dump(2, ' ', false, kReplaceInvalidUtf8) << "\n";
    if (array_open_) out << "]\n";
  }

 private:
  std::optional<nlohmann::ordered_json> pending_;
  bool array_open_ = false;
};

class JsonlWriter : public ReportWriter {
 public:
  void write(const Report& report, std::ostream& out) override {
    out << report_to_json(report).dump(-1, ' ', false, kReplaceInvalidUtf8) << '\n';
  }
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer() { return std::make_unique<JsonWriter>(); }
std::unique_ptr<ReportWriter> make_jsonl_writer() { return std::make_unique<JsonlWriter>(); }

}  // namespace slant
