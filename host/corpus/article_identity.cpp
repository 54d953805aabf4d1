#include "corpus/article_identity.hpp"

#include <boost/uuid/detail/sha1.hpp>
#include <cctype>
#include <stdexcept>

namespace slant::corpus {
namespace {

// "path:12" -> "path"; "path: item 3" -> "path"; anything else unchanged.
std::string file_of(const std::string& source) {
  size_t colon = source.rfind(':');
  if (colon == std::string::npos || colon + 1 >= source.size()) return source;
  std::string_view tail(source);
  tail.remove_prefix(colon + 1);
  if (tail.rfind(" item ", 0) == 0) tail.remove_prefix(6);
  for (char c : tail)
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      // "path: item 3" puts the colon before " item": look again for that form.
      size_t item = source.rfind(": item ");
      if (item != std::string::npos) return source.substr(0, item);
      return source;
    }
  return source.substr(0, colon);
}

}  // namespace

std::string article_key(const ArticleMeta& meta) {
  if (meta.id.empty() || meta.id == meta.source) return meta.source;
  return file_of(meta.source) + "#" + meta.id;
}

std::string content_hash(const Article& a) {
  boost::uuids::detail::sha1 sha;
  auto add = [&](const std::string& s) {
    uint64_t n = s.size();
    sha.process_bytes(&n, sizeof n);  // length-prefixed: fields cannot run into each other
    sha.process_bytes(s.data(), s.size());
  };
  for (const std::string* s : {&a.text, &a.meta.id, &a.meta.title, &a.meta.outlet, &a.meta.byline, &a.meta.date,
                               &a.meta.url, &a.meta.section})
    add(*s);
  boost::uuids::detail::sha1::digest_type digest;
  sha.get_digest(digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned word : digest)
    for (int shift = 28; shift >= 0; shift -= 4) out += hex[(word >> shift) & 0xF];
  return out;
}

uint64_t stable_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  // A final avalanche (splitmix64's) so that h % N spreads keys evenly over shards.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

Shard parse_shard(std::string_view text) {
  size_t slash = text.find('/');
  auto number = [&](std::string_view part) -> long {
    if (part.empty() || part.size() > 6) return -1;
    long v = 0;
    for (char c : part) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  long i = slash == std::string_view::npos ? -1 : number(text.substr(0, slash));
  long n = slash == std::string_view::npos ? -1 : number(text.substr(slash + 1));
  if (i < 1 || n < 1 || i > n)
    throw std::invalid_argument("--shard '" + std::string(text) + "' is not I/N with 1 <= I <= N (e.g. 3/8)");
  return {static_cast<uint32_t>(i - 1), static_cast<uint32_t>(n)};
}

}  // namespace slant::corpus
