// Closed word lists that the phrase rules test at nearly every token. HedgeLexicon gives each a
// bit in a token's StartMask (hedge_lexicon.hpp), so a rule tests one bit where it would compare
// the token with every word of the list.
#pragma once

#include <array>
#include <string_view>

namespace slant::plugins::hedging {

// Forms of "be".
inline constexpr std::array<std::string_view, 7> kBe = {"is", "are", "was", "were", "be", "been", "being"};

// Where an agentless passive can begin, besides a modifier ("widely") or a participle: "it (is
// said)", "as (reported)", a form of "be", "has (been)".
inline constexpr std::array<std::string_view, 12> kPassiveAnchors = {
    "it", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had"};

// The words that open a rule of their own: "according (to some)", "if"/"unless" (a conditional).
inline constexpr std::array<std::string_view, 3> kRuleOpeners = {"according", "if", "unless"};

inline constexpr std::array<std::string_view, 13> kIrregularPlurals = {
    "people", "men",   "women", "children", "media", "criteria", "phenomena",
    "data",   "feet",  "teeth", "mice",     "clergy", "police"};

}  // namespace slant::plugins::hedging
