// The report as JSON, in the documented schema (docs/report-schema.md). Shared by the json
// and jsonl writers and by anything that stores reports.
#pragma once

#include <nlohmann/json.hpp>

#include "merge/report.hpp"

namespace slant {

inline constexpr int kReportSchemaVersion = 1;

nlohmann::ordered_json report_to_json(const Report& report);

}  // namespace slant
