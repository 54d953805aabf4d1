// libFuzzer target: any bytes as JSON Lines.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_support.hpp"
#include "readers/jsonl_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  slant::read_jsonl(in, "fuzz.jsonl", slant::fuzz::checking_sink());
  return 0;
}
