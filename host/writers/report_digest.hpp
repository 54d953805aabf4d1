// What the human views (terminal, HTML) say beside the marked text: scores in their units, the
// sources the attribution plugin found grouped by who they are, and article-level findings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "merge/report.hpp"

namespace slant {

// "42%" for a share of sentences, "1.25" for a rate per 100 words, "0.30" otherwise.
std::string format_score(double value, std::string_view unit);
// "% of sentences", "per 100 words", or the unit itself.
std::string unit_label(std::string_view unit);

// One source of attributed words: who (the speaker the plugin resolved, else the source phrase
// as written), its class, the stances and cues used, and which findings name it.
struct SourceEntry {
  std::string name;
  std::string source_class;         // "named-person", "anonymous", ... (empty when unknown)
  std::vector<std::string> stances; // distinct, in order of appearance
  std::vector<std::string> cues;    // distinct cue words, in order of appearance
  std::vector<uint32_t> findings;   // indexes into report.findings
};

// Sources in order of first mention; "(no source named)" gathers attributions without one.
std::vector<SourceEntry> collect_sources(const Report& report);

// Text of [begin, end) clamped to the article, whitespace runs collapsed to one space.
std::string span_text(const Report& report, uint32_t begin, uint32_t end);

}  // namespace slant
