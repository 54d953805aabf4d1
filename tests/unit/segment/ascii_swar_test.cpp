// The eight-bytes-at-a-time helpers must agree with the plain byte-by-byte code on every input;
// random short strings over a biased alphabet compare the two.
#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>

#include "segment/ascii_swar.hpp"
#include "segment/lower_form.hpp"

namespace slant::segmentation {
namespace {

std::string random_bytes(std::mt19937& rng, size_t n) {
  static const std::string alphabet = "aZzA09@[`{/:_-. 'xQ\x7f\x80\xc3\xa9";
  std::string s(n, ' ');
  for (auto& c : s) c = rng() % 4 == 0 ? static_cast<char>(rng()) : alphabet[rng() % alphabet.size()];
  return s;
}

TEST(AsciiSwar, WordEndAgreesWithByteScan) {
  std::mt19937 rng(4242);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = random_bytes(rng, 1 + rng() % 40);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const uint32_t start = rng() % s.size();
    uint32_t expected = start;
    while (expected < s.size() && std::isalnum(p[expected]) && p[expected] < 0x80) ++expected;
    uint32_t got = swar::end_of_ascii_word(p, start, static_cast<uint32_t>(s.size()));
    while (got < s.size() && std::isalnum(p[got]) && p[got] < 0x80) ++got;  // as the caller does
    ASSERT_EQ(got, expected) << s;
  }
}

TEST(AsciiSwar, LowerFormAgreesWithTheGeneralOne) {
  std::mt19937 rng(99);
  for (int round = 0; round < 20000; ++round) {
    const uint32_t n = rng() % 17;
    std::string s = random_bytes(rng, n);
    if (rng() % 2) s = std::string("Mixed Case ASCII only").substr(rng() % 5, n);
    const std::string padded = s + std::string(16, 'x');
    char fast[16], slow[64];
    CaseCounts cf, cs;
    const bool ascii = swar::write_short_ascii_lower_form(reinterpret_cast<const unsigned char*>(padded.data()),
                                                         static_cast<uint32_t>(s.size()), fast, cf);
    const size_t len = write_lower_form(s, slow, cs);
    bool all_ascii = true;
    for (unsigned char c : s) all_ascii &= c < 0x80;
    ASSERT_EQ(ascii, all_ascii) << s;
    if (!ascii) continue;
    ASSERT_EQ(std::string(fast, s.size()), std::string(slow, len)) << s;
    EXPECT_EQ(cf.upper, cs.upper) << s;
    EXPECT_EQ(cf.lower, cs.lower) << s;
    EXPECT_EQ(cf.first, cs.first) << s;
  }
}

}  // namespace
}  // namespace slant::segmentation
