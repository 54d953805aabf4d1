// Splits one paragraph of UTF-8 text into tokens: words with PTB clitics split off, numbers,
// abbreviations that keep their period, punctuation, quotation marks, symbols and URLs.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token_info.hpp"

namespace slant::segmentation {

// Appends the tokens of text[begin, end) to tokens (begin, end and kind set; lower, sentence and
// flags left for later stages) and one TokenInfo per token to info. Linear in end - begin.
void tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<slant_token>& tokens,
              std::vector<TokenInfo>& info);

}  // namespace slant::segmentation
