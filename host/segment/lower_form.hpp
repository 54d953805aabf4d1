// The lower-case form of a token as plugins compare it: ASCII, Latin-1, Latin Extended-A, Greek
// and Cyrillic lower-cased; curly quotes and apostrophes made straight; soft hyphens dropped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace slant::segmentation {

enum class LetterCase : uint8_t { None, Upper, Lower };

// The case of a code point among the scripts we lower-case; None for uncased or unknown.
LetterCase letter_case(char32_t cp);

struct CaseCounts {
  uint32_t upper = 0;
  uint32_t lower = 0;
  LetterCase first = LetterCase::None;  // case of the first cased letter
};

// Writes the lower form of token's bytes to out and returns how many bytes it wrote, never more
// than token.size() (so a buffer the size of the text holds every token's form); counts the
// token's upper- and lower-case letters on the way.
size_t write_lower_form(std::string_view token, char* out, CaseCounts& counts);

}  // namespace slant::segmentation
