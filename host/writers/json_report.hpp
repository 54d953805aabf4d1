// The report as JSON, in the documented schema (docs/report-schema.md). Shared by the json
// and jsonl writers and by anything that stores reports.
#pragma once

#include <nlohmann/json.hpp>

#include "merge/report.hpp"

namespace slant {

inline constexpr int kReportSchemaVersion = 1;

// As a JSON document (for code that wants to inspect or store it).
nlohmann::ordered_json report_to_json(const Report& report);

// How much of the report to write. compact leaves out what can be had again from the input
// and the plugins' documentation: the article's text, each finding's explanation sentence, and
// each score's meaning; rule, evidence, spans, voice, labels, metrics and scores all stay.
enum class JsonDetail { full, compact };

// Streams the same report, field for field, onto out without building a document (the writers'
// fast path); indent < 0 writes one line.
void write_report_json(const Report& report, std::string& out, int indent = -1,
                       JsonDetail detail = JsonDetail::full);

}  // namespace slant
