// libFuzzer target: any bytes as a plain-text article.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "readers/text_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  slant::read_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt", slant::fuzz::checking_sink());
  return 0;
}
