// Cuts an article's text into runs in which the marked findings and the text's voice stay the
// same, so the terminal and HTML views can mark overlapping findings without nesting them.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "merge/report.hpp"

namespace slant {

using ByteRange = std::pair<uint32_t, uint32_t>;

// What a view marks for a finding: its named parts (source, cue, ...) when it has any, leaving
// out "content" and "scope", which say what the finding governs and may run for a whole
// sentence; otherwise its span. Clamped to text_size, sorted, overlaps merged, empties dropped.
std::vector<ByteRange> marked_ranges(const Finding& f, uint32_t text_size);

// A finding about the whole article (the opinion plugin's genre label): no parts to mark and a
// span over all of the text. Views show it in the header instead of marking every word.
bool is_article_level(const Finding& f, uint32_t text_size);

struct TextRun {
  uint32_t begin = 0;
  uint32_t end = 0;
  Voice voice = Voice::author;    // the text's voice here (not a finding's)
  uint32_t paragraph = 0;         // index into article.paragraphs (0 when there are none)
  std::vector<uint32_t> findings; // indexes into report.findings marked here, ascending
};

// Runs covering the whole text in order (article-level findings left out), cut at every marked range, voice region and paragraph
// boundary, so no run crosses a paragraph. The text's voice is the report's voice_regions (the
// merger's rule, merge/voice_map.hpp): quoted or reported there, author elsewhere.
// Cost: sorting the cut points, then one pass.
std::vector<TextRun> highlight_runs(const Report& report);

// Where each finding's marker goes: the end of its last marked range (or its end).
uint32_t marker_position(const Finding& f, uint32_t text_size);

}  // namespace slant
