// libFuzzer target: any bytes as an XML document (NITF, NewsML-G2, RSS, Atom, XHTML).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "readers/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  slant::read_xml(std::string(reinterpret_cast<const char*>(data), size), "fuzz.xml", slant::fuzz::checking_sink());
  return 0;
}
