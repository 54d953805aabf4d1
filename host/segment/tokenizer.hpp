// Splits one paragraph of UTF-8 text into tokens: words with PTB clitics split off, numbers,
// abbreviations that keep their period, punctuation, quotation marks, symbols and URLs.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token_info.hpp"

namespace slant::segmentation {

// Where tokens go: the article's tokens and their TokenInfo, sized ahead of what is written so
// emitting a token is two plain stores; finish() trims both to the tokens written.
struct TokenSink {
  std::vector<slant_token>& tokens;
  std::vector<TokenInfo>& info;
  size_t count = 0;

  void grow() {
    const size_t n = tokens.size() * 2 > count + 256 ? tokens.size() * 2 : count + 256;
    tokens.resize(n);
    info.resize(n);
  }
  void finish() {
    tokens.resize(count);
    info.resize(count);
  }
};

// Appends the tokens of text[begin, end) to out (begin, end and kind set; lower, sentence and
// flags left for later stages), with one TokenInfo each. Linear in end - begin.
void tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenSink& out);

}  // namespace slant::segmentation
