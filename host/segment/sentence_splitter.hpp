// Places sentence boundaries among one paragraph's tokens, after the quote finder has run, so
// that `"Where is it?" she asked.` stays one sentence and a closing mark stays with its sentence.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token_info.hpp"

namespace slant::segmentation {

// Appends the sentences of tokens[first, last) (paragraph number `paragraph`) to sentences, and
// sets each token's sentence index and SENTENCE_START flag. Needs the tokens' lower forms and
// case flags. Never makes an empty sentence; linear in the number of tokens.
void split_sentences(std::string_view text, uint32_t paragraph, uint32_t first, uint32_t last,
                     std::vector<slant_token>& tokens, const std::vector<TokenInfo>& info,
                     std::vector<slant_sentence>& sentences);

}  // namespace slant::segmentation
