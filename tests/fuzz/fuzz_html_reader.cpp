// libFuzzer target: any bytes as an HTML page.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "readers/html_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  slant::read_html(std::string(reinterpret_cast<const char*>(data), size), "fuzz.html", slant::fuzz::checking_sink());
  return 0;
}
