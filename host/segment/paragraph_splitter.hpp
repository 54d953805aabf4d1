// Finds the paragraphs of a text: blocks between blank lines, or single lines when the text
// has no blank lines but is written one paragraph per line; spans are trimmed of whitespace.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace slant::segmentation {

struct ParagraphSpan {
  uint32_t begin;
  uint32_t end;
};

// Replaces out with the paragraphs of text (text.size() < 2^32), in order, none empty.
//  - Any blank line (empty or only whitespace, NBSP included) between two lines of text means
//    paragraphs are separated by blank lines; single newlines inside one are plain whitespace.
//  - Without blank lines, each line is a paragraph, except that a line not ending like a sentence
//    is joined to the next when that one begins in lower case, or when most lines end that way
//    (hard-wrapped prose).
// \n, \r\n and a lone \r all end a line.
void split_paragraphs(std::string_view text, std::vector<ParagraphSpan>& out);

}  // namespace slant::segmentation
