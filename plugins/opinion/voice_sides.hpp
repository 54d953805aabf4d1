// Splits a sentence into its voice sides: the words inside direct quotations (the source's) and
// the words outside them (the writer's), so each side is scored on its own.
#pragma once

#include <slant/plugin.hpp>

#include <cstdint>
#include <vector>

namespace slant::plugins::opinion {

struct VoiceSide {
  bool in_quote = false;
  std::vector<uint32_t> tokens;  // article token indices, quote marks left out
  sdk::Span span{0, 0};          // first to last token of the side
  uint32_t words = 0;            // word and number tokens
};

// The sides of a sentence that hold at least one word: the writer's side first, then the
// quoted side. A sentence without quotations has one side.
std::vector<VoiceSide> split_by_quote(const sdk::Article& a, const sdk::Sentence& s);

}  // namespace slant::plugins::opinion
