// Finds direct-quote regions among one paragraph's tokens: which quotation marks open and
// close, how they nest, and which tokens lie inside a quote.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token_info.hpp"

namespace slant::segmentation {

// Looks at tokens[first, last) of the paragraph text[para_begin, para_end): sets each quotation
// mark's role in info, the QUOTE_MARK and IN_QUOTE flags, and appends the paragraph's regions to
// quotes in order of their opening marks. A quote still open at the paragraph's end ends there
// with closed = 0 (see segmenter.hpp for quotes that run over several paragraphs).
void find_quotes(std::string_view text, uint32_t para_begin, uint32_t para_end, uint32_t first, uint32_t last,
                 std::vector<slant_token>& tokens, std::vector<TokenInfo>& info, std::vector<slant_quote>& quotes);

}  // namespace slant::segmentation
