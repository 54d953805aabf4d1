// libFuzzer target: any bytes through format sniffing and whichever reader it picks, as from a
// pipe (so the streaming path is exercised too).
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_support.hpp"
#include "readers/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  slant::read_stream(in, "-", slant::InputFormat::detect, slant::fuzz::checking_sink());
  return 0;
}
