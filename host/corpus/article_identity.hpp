// How an article is recognised across runs and machines: its key (where it came from), the hash
// of its content (did it change?), and which shard of N it belongs to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "article/article.hpp"

namespace slant::corpus {

// "path" for a file; "path#id" for an item of a JSONL file or feed that has its own id;
// "path:line" when it has none.
std::string article_key(const ArticleMeta& meta);

// SHA-1 (hex) of the text and every metadata field the reader gave: any edit re-analyses.
std::string content_hash(const Article& article);

// FNV-1a, 64 bits: stable across platforms and runs, for sharding and seeding.
uint64_t stable_hash(std::string_view s);

struct Shard {
  uint32_t index = 0;  // 0-based
  uint32_t count = 1;
  bool contains(std::string_view key) const { return count <= 1 || stable_hash(key) % count == index; }
};

// Parses "I/N" with 1 <= I <= N (as Slurm's array index reads naturally); throws
// std::invalid_argument otherwise.
Shard parse_shard(std::string_view text);

}  // namespace slant::corpus
