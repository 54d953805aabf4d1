// Reads JSON reports (`slant check --format jsonl` output, one report a line, or one JSON report
// a file) into a store, so a comparison can run straight from reports without `slant run`.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "corpus/article_record.hpp"
#include "corpus/outlet_resolver.hpp"
#include "corpus/store.hpp"

namespace slant::corpus {

// One report (the documented schema) as a record; nullopt with *error when it is not a report.
std::optional<ArticleRecord> record_from_report_json(const nlohmann::json& j, const OutletResolver& outlets,
                                                     std::string* error);

struct ImportSummary {
  uint64_t reports = 0;
  uint64_t errors = 0;
  std::string first_error;
};

ImportSummary import_reports(Store& store, const std::string& path, const OutletResolver& outlets);

}  // namespace slant::corpus
