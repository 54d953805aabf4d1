// Small text clean-ups every reader shares: a UTF-8 byte-order mark and CRLF line ends.
#pragma once

#include <string>

namespace slant {

// Removes a leading UTF-8 BOM and turns CRLF and lone CR into LF, in place.
void normalise_newlines(std::string& text);

// True if the bytes look binary (a NUL byte in the first 8 KiB).
bool looks_binary(const std::string& bytes);

}  // namespace slant
