// Splits a sentence into in-quote and out-of-quote sides (see voice_sides.hpp).
#include "voice_sides.hpp"

#include "signals.hpp"

namespace slant::plugins::opinion {

namespace {

// A sentence without quotation marks or quoted words: its one side is every token, filled in
// one pass without choosing a side for each (most sentences quote no one).
bool unquoted(std::span<const sdk::Token> tokens) {
  for (const auto& t : tokens)
    if (t.flags & (SLANT_TOKEN_IN_QUOTE | SLANT_TOKEN_QUOTE_MARK)) return false;
  return true;
}

}  // namespace

std::vector<VoiceSide> split_by_quote(const sdk::Article& a, const sdk::Sentence& s) {
  const auto all = a.tokens();
  const uint32_t first = s.first_token, end = s.first_token + s.token_count;
  std::vector<VoiceSide> out;
  if (unquoted(all.subspan(first, s.token_count))) {
    VoiceSide side;
    side.tokens.resize(s.token_count);
    for (uint32_t i = first; i < end; ++i) {
      side.tokens[i - first] = i;
      side.words += is_wordlike(all[i]);
    }
    if (side.words > 0) {
      side.span = {all[first].begin, all[end - 1].end};
      out.push_back(std::move(side));
    }
    return out;
  }
  VoiceSide sides[2];
  sides[1].in_quote = true;
  for (uint32_t i = first; i < end; ++i) {
    const auto& t = all[i];
    if (is_quote_mark(t)) continue;
    auto& side = sides[in_quote(t) ? 1 : 0];
    if (side.tokens.empty()) {
      side.span.begin = t.begin;
      side.tokens.reserve(end - i);  // one allocation, not a doubling series
    }
    side.span.end = t.end;
    side.tokens.push_back(i);
    if (is_wordlike(t)) ++side.words;
  }
  out.reserve(2);
  for (auto& side : sides)
    if (side.words > 0) out.push_back(std::move(side));
  return out;
}

}  // namespace slant::plugins::opinion
