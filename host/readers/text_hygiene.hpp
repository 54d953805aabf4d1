// Clean-ups every reader shares before it parses: byte-order marks, line ends, declared legacy
// encodings (Windows-1252, Latin-1, ...), invalid UTF-8 and inputs that are not text at all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace slant {

// The largest single document (HTML page, XML file, plain text, or one JSON line) a reader
// takes into memory. Bigger inputs are refused with a message; JSON Lines files of any size are
// streamed line by line.
inline constexpr size_t kMaxDocumentBytes = size_t{64} << 20;

// Removes a leading UTF-8 BOM and turns CRLF and lone CR into LF, in place.
void normalise_newlines(std::string& text);

// True if the bytes look binary (a NUL byte in the first 8 KiB).
bool looks_binary(const std::string& bytes);

// Why the bytes are not an article ("a gzip archive", "binary data (NUL bytes)"), or empty if
// they may be text. UTF-16 with a byte-order mark is text.
std::string binary_kind(std::string_view bytes);

// True if the bytes are not all valid UTF-8.
bool has_invalid_utf8(std::string_view text);

// Replaces every invalid UTF-8 sequence with U+FFFD, in place. If any was found, appends one
// warning to *warnings giving the byte offset of the first (counted from `base_offset`, so a
// reader can report offsets into the file) and how many there were. Returns the count.
size_t repair_utf8(std::string& text, std::vector<std::string>* warnings, size_t base_offset = 0);

// The charset a document declares for itself in its first bytes: an XML declaration's
// encoding, or an HTML <meta charset> / http-equiv content-type. Lower-cased; empty if none.
std::string declared_charset(std::string_view head);

// Converts bytes from `charset` to UTF-8 (UTF-16 with a BOM is always converted). UTF-8,
// ASCII and unknown names leave the bytes as they are; a name iconv does not know adds a
// warning. ISO-8859-1 and US-ASCII are read as Windows-1252, as browsers do, so curly quotes
// saved by legacy editors survive. Bytes the charset does not define become U+FFFD.
// Returns true if the text was converted.
bool convert_to_utf8(std::string& bytes, std::string_view charset, std::vector<std::string>* warnings);

// All of the above for a whole document: UTF-16 BOM, declared charset, UTF-8 repair, BOM and
// CRLF. `charset` overrides the declaration when not empty.
void clean_document(std::string& bytes, std::vector<std::string>* warnings, std::string_view charset = {});

// Collapses runs of ASCII white space to one space and trims both ends. NBSP (U+00A0) and
// soft hyphens are left for the segmenter.
std::string collapse_spaces(std::string_view s);

}  // namespace slant
