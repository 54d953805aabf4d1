// Writing an outlet comparison: a terminal table, tidy CSV (one row per group, outlet and
// measure), JSON, and a self-contained HTML page with SVG dot-and-whisker charts.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "corpus/comparison.hpp"

namespace slant::corpus {

void write_comparison_table(const Comparison& c, std::ostream& out);
void write_comparison_csv(const Comparison& c, std::ostream& out);
nlohmann::ordered_json comparison_to_json(const Comparison& c);
void write_comparison_html(const Comparison& c, std::ostream& out, const std::string& title);

// Shared by the writers: "12.35", "-" for NaN; p-values as "0.0123" or "<0.0001".
std::string format_number(double v, int decimals);
std::string format_p(double p);

}  // namespace slant::corpus
