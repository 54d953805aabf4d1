#include "merge/name.hpp"

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <ostream>

namespace slant {
namespace {

// A stored name: its hash, its size and whether it is plain JSON text, then its bytes and a NUL.
// Name::data_ points at the bytes, so the plain flag is the byte just before them.
constexpr size_t kStoredHeader = sizeof(uint64_t) + sizeof(size_t) + 1;

uint64_t word_at(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The lookup runs for every metric's name and every finding's kind, roles and attribute keys
// (about 160,000 a megabyte of short articles), so the hash reads a name of 8 bytes or more in
// two overlapping loads, its first and last eight bytes: enough to tell a plugin's names apart
// ("hedge.modal_per_100_words", "share_anonymous"), and the table's compare settles the rest.
uint64_t name_hash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const size_t n = s.size();
  if (n < 8) return sdk::word_hash(s);
  uint64_t h = (word_at(s.data()) * kMul) ^ (word_at(s.data() + n - 8) + n) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

// Equal bytes, 8 at a time with the last load overlapping (the sizes are equal and at least 8).
bool same_bytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i + 8 < n; i += 8)
    if (word_at(a + i) != word_at(b + i)) return false;
  return word_at(a + n - 8) == word_at(b + n - 8);
}

struct StoredName {
  const char* bytes;
  uint64_t hash() const {
    uint64_t h;
    std::memcpy(&h, bytes - kStoredHeader, sizeof h);
    return h;
  }
  size_t size() const {
    size_t n;
    std::memcpy(&n, bytes - kStoredHeader + sizeof(uint64_t), sizeof n);
    return n;
  }
  bool is(std::string_view s, uint64_t h) const {
    if (hash() != h || size() != s.size()) return false;
    return s.size() >= 8 ? same_bytes(bytes, s.data(), s.size()) : sdk::same_word({bytes, s.size()}, s);
  }
};

bool plain_json(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  return true;
}

const char* store_bytes(std::string_view s, uint64_t h) {
  // Never freed: a Name may be held anywhere until the process exits. Name::kReadable bytes
  // past the name stay readable (its NUL and zeros).
  char* p = new char[kStoredHeader + s.size() + 1 + Name::kReadable]();
  const size_t n = s.size();
  std::memcpy(p, &h, sizeof h);
  std::memcpy(p + sizeof h, &n, sizeof n);
  p[kStoredHeader - 1] = plain_json(s) ? 1 : 0;
  std::memcpy(p + kStoredHeader, s.data(), n);
  p[kStoredHeader + n] = '\0';
  return p + kStoredHeader;
}

// Open addressing over the stored names. Readers take no lock: a slot, once set, never changes,
// and a table at half full is replaced by a larger copy while the old one stays readable (never
// freed) for a reader still in it; a name a reader misses is looked for again under the lock
// before it is stored.
struct NameSlots {
  size_t mask;
  std::atomic<const char*>* slots;
  // the table this one replaced, kept reachable for the readers still in it (and so that a leak
  // checker sees it held, not lost)
  const NameSlots* previous;

  const char* find(std::string_view s, uint64_t h) const {
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const char* b = slots[i].load(std::memory_order_acquire);
      if (!b || StoredName{b}.is(s, h)) return b;
    }
  }
  void put(const char* b, uint64_t h) {
    size_t i = h & mask;
    while (slots[i].load(std::memory_order_relaxed)) i = (i + 1) & mask;
    slots[i].store(b, std::memory_order_release);
  }
};

// Constant-initialised, so a lookup needs no guard for a function-local static.
constexpr size_t kFirstSlots = 1024;
constinit std::atomic<const char*> first_slots[kFirstSlots] = {};
constinit NameSlots first_table{kFirstSlots - 1, first_slots, nullptr};
constinit std::atomic<NameSlots*> current_table{&first_table};
constinit std::mutex table_mutex;
constinit size_t stored_count = 0;  // under table_mutex

// The slow path, out of line so that a lookup saves no more registers than it needs.
[[gnu::noinline]] const char* store_new(std::string_view s, uint64_t h) {
  std::lock_guard<std::mutex> lock(table_mutex);
  NameSlots* t = current_table.load(std::memory_order_relaxed);
  if (const char* b = t->find(s, h)) return b;
  if (2 * (stored_count + 1) > t->mask + 1) {
    const size_t n = 2 * (t->mask + 1);
    auto* bigger = new NameSlots{n - 1, new std::atomic<const char*>[n], t};  // never freed, as above
    for (size_t i = 0; i < n; ++i) bigger->slots[i].store(nullptr, std::memory_order_relaxed);
    for (size_t i = 0; i <= t->mask; ++i)
      if (const char* b = t->slots[i].load(std::memory_order_relaxed)) bigger->put(b, StoredName{b}.hash());
    current_table.store(bigger, std::memory_order_release);
    t = bigger;
  }
  const char* b = store_bytes(s, h);
  t->put(b, h);
  ++stored_count;
  return b;
}

}  // namespace

Name::Name(std::string_view s) {
  if (s.empty()) return;
  const uint64_t h = name_hash(s);
  const char* b = current_table.load(std::memory_order_acquire)->find(s, h);
  data_ = b ? b : store_new(s, h);
  size_ = s.size();
}

std::ostream& operator<<(std::ostream& os, Name n) { return os << n.view(); }

}  // namespace slant
