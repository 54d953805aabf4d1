// A name from a report's small vocabulary: plugin ids, finding kinds, part roles, attribute keys,
// metric and score names. Each distinct name is stored once for the life of the process.
#pragma once

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

#include <slant/words.hpp>

namespace slant {

// A report carries tens of thousands of these a megabyte of articles (every metric repeats its
// plugin's id and its name, every finding its kind and its parts' roles), and as std::strings
// each was copied from the plugin, moved into the report and freed with it: about 68,000 metric
// names a megabyte, most too long for the short-string buffer, so a malloc and a free each.
// A Name is a view of the one stored copy: built by a lookup in a table shared by all threads
// (no lock unless the name is new), copied and freed for nothing, and two Names are equal when
// their pointers are. The table never shrinks, so a Name is for a vocabulary: words a plugin
// uses again and again, not text from the article (evidence, attribute values, messages).
class Name {
 public:
  // Bytes that may be read at data() beyond the name's own (zeros or its NUL and padding): a
  // writer copies a short name in two fixed 16-byte moves instead of a memcpy call.
  static constexpr size_t kReadable = 32;

  constexpr Name() = default;
  Name(std::string_view s);  // NOLINT(google-explicit-constructor): a name reads like a string
  Name(const std::string& s) : Name(std::string_view(s)) {}  // NOLINT
  Name(const char* s) : Name(std::string_view(s)) {}         // NOLINT

  std::string_view view() const { return {data_, size_}; }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  explicit operator std::string() const { return str(); }
  const char* data() const { return data_ ? data_ : kEmpty; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Whether the name can be written in a JSON string as it is (printable ASCII, no '"' or '\'):
  // worked out once, when the name was first stored.
  bool plain() const { return size_ == 0 || data_[-1] != 0; }

  // One stored copy a name: the same bytes, the same pointer.
  friend bool operator==(Name a, Name b) { return a.data_ == b.data_; }
  friend bool operator==(Name a, std::string_view b) { return sdk::same_word(a.view(), b); }
  friend bool operator==(Name a, const std::string& b) { return sdk::same_word(a.view(), b); }
  friend bool operator==(Name a, const char* b) { return a.view() == std::string_view(b); }
  // Ordered by their bytes, as the strings they replace were.
  friend std::strong_ordering operator<=>(Name a, Name b) {
    if (a.data_ == b.data_) return std::strong_ordering::equal;
    const int c = a.view().compare(b.view());
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

  friend std::string operator+(const std::string& a, Name b) { return std::string(a).append(b.view()); }
  friend std::string operator+(std::string&& a, Name b) { return std::move(a.append(b.view())); }
  friend std::string operator+(const char* a, Name b) { return std::string(a).append(b.view()); }
  friend std::string operator+(Name a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(Name a, const char* b) { return a.str() + b; }

 private:
  static constexpr char kEmpty[kReadable + 1] = {};
  const char* data_ = nullptr;  // the stored bytes (nullptr for the empty name)
  size_t size_ = 0;
};

std::ostream& operator<<(std::ostream& os, Name n);

}  // namespace slant

template <>
struct std::hash<slant::Name> {
  size_t operator()(slant::Name n) const noexcept { return std::hash<const void*>()(n.view().data()); }
};
