// Splits a sentence into in-quote and out-of-quote sides (see voice_sides.hpp).
#include "voice_sides.hpp"

#include "signals.hpp"

namespace slant::plugins::opinion {

std::vector<VoiceSide> split_by_quote(const sdk::Article& a, const sdk::Sentence& s) {
  VoiceSide sides[2];
  sides[1].in_quote = true;
  const auto all = a.tokens();
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const auto& t = all[i];
    if (is_quote_mark(t)) continue;
    auto& side = sides[in_quote(t) ? 1 : 0];
    if (side.tokens.empty()) {
      side.span.begin = t.begin;
      side.tokens.reserve(s.first_token + s.token_count - i);  // one allocation, not a doubling series
    }
    side.span.end = t.end;
    side.tokens.push_back(i);
    if (is_wordlike(t)) ++side.words;
  }
  std::vector<VoiceSide> out;
  out.reserve(2);
  for (auto& side : sides)
    if (side.words > 0) out.push_back(std::move(side));
  return out;
}

}  // namespace slant::plugins::opinion
