// A streaming JSON writer into a std::string: no document is built, strings are escaped in
// runs, and invalid UTF-8 is replaced by U+FFFD. Used on the hot path of the JSON reports.
//
// It writes through a cursor into room it has made in the string ahead of time, so a byte
// costs a store instead of a push_back's capacity check; the string is cut back to what was
// written when the outermost container closes (and on destruction).
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "merge/name.hpp"

namespace slant {

class JsonOut {
 public:
  // indent < 0: compact, one line; otherwise pretty with that many spaces a level.
  explicit JsonOut(std::string& out, int indent = -1)
      : out_(out), buf_(out.data()), end_(out.size()), len_(out.size()), indent_(indent) {}
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  ~JsonOut() { trim(); }

  JsonOut& begin_object() { return open('{'); }
  JsonOut& end_object() { return close('}'); }
  JsonOut& begin_array() { return open('['); }
  JsonOut& end_array() { return close(']'); }

  // A key written in the code ("begin"): known to need no escaping, so it is copied as it is.
  template <size_t N>
  JsonOut& key(const char (&k)[N]) {
    separate();
    char* p = room(N + 3);
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (indent_ >= 0) *p++ = ' ';
    len_ = static_cast<size_t>(p - buf_);
    after_key_ = true;
    return *this;
  }
  // A key from data (a metric's name, an attribute's key): escaped when it needs to be.
  JsonOut& key(std::string_view k) {
    separate();
    string(k);
    char* p = room(2);
    *p++ = ':';
    if (indent_ >= 0) *p++ = ' ';
    len_ = static_cast<size_t>(p - buf_);
    after_key_ = true;
    return *this;
  }
  // A Name (a metric's name, a finding's kind, a part's role) knows whether it is plain text, so
  // most go in with one copy and no scan.
  JsonOut& key(Name k) {
    separate();
    name(k, ':');
    if (indent_ >= 0) put(' ');
    after_key_ = true;
    return *this;
  }
  JsonOut& value(std::string_view s) {
    separate();
    string(s);
    return *this;
  }
  JsonOut& value(Name n) {
    separate();
    name(n);
    return *this;
  }
  JsonOut& value(const char* s) { return value(std::string_view(s)); }
  JsonOut& value(const std::string& s) { return value(std::string_view(s)); }
  JsonOut& value(double d);
  JsonOut& value(uint64_t n) {
    separate();
    char* p = room(24);
    len_ = static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - buf_);
    return *this;
  }
  JsonOut& value(uint32_t n) { return value(static_cast<uint64_t>(n)); }
  JsonOut& value(int n) {
    separate();
    char* p = room(16);
    len_ = static_cast<size_t>(std::to_chars(p, p + 16, n).ptr - buf_);
    return *this;
  }
  JsonOut& value(bool b) {
    separate();
    put(b ? std::string_view("true") : std::string_view("false"));
    return *this;
  }
  template <size_t N, class T>
  JsonOut& field(const char (&k)[N], const T& v) {
    key(k);
    return value(v);
  }
  template <class T>
  JsonOut& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  template <class T>
  JsonOut& field(Name k, const T& v) {
    key(k);
    return value(v);
  }

  // Escapes s as a JSON string (with quotes) onto out.
  static void escape_into(std::string& out, std::string_view s);

 private:
  static constexpr size_t kMaxDepth = 64;
  std::string& out_;
  // out_'s bytes and size, kept here so that a write loads them from this object instead of
  // through the reference (a load fewer at each of the thousand writes of a report); set again
  // whenever out_ is resized or appended to.
  char* buf_;
  size_t end_;
  size_t len_;  // bytes of out_ written so far; out_.size() beyond it is room made ahead
  int indent_;
  size_t depth_ = 0;
  bool empty_[kMaxDepth] = {};  // per open container: nothing written in it yet
  bool after_key_ = false;

  // Room for n more bytes at the cursor; grows the string geometrically.
  [[gnu::always_inline]] char* room(size_t n) {
    if (end_ - len_ < n) [[unlikely]]
      grow(n);
    return buf_ + len_;
  }
  void grow(size_t n);
  [[gnu::always_inline]] void put(char c) { *room(1) = c, ++len_; }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    len_ += s.size();
  }
  void trim() {
    out_.resize(len_);
    end_ = len_;
  }
  void string(std::string_view s);  // quoted and escaped
  // A Name quoted, then tail unless it is 0 (a key's ':'). A plain name of up to
  // Name::kReadable bytes is copied as that many bytes, a fixed-size copy the compiler does in
  // two moves (a memcpy call had cost more than the rest); the bytes past it are room made ahead.
  void name(Name n, char tail = 0) {
    if (!n.plain()) {
      string(n.view());
      if (tail) put(tail);
      return;
    }
    const size_t size = n.size();
    char* o = room(size + 3 + Name::kReadable);
    *o = '"';
    if (size <= Name::kReadable)
      std::memcpy(o + 1, n.data(), Name::kReadable);
    else
      std::memcpy(o + 1, n.data(), size);
    o[size + 1] = '"';
    o[size + 2] = tail;
    len_ += size + 2 + (tail != 0);
  }
  void newline() {
    const size_t n = static_cast<size_t>(indent_) * depth_;
    char* p = room(n + 1);
    *p = '\n';
    std::memset(p + 1, ' ', n);
    len_ += n + 1;
  }
  // Inlined with put(char): a report calls it about 300 times an article, and as calls (with the
  // registers they saved) they had cost more than their few stores.
  [[gnu::always_inline]] void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!empty_[depth_ - 1]) put(',');
    empty_[depth_ - 1] = false;
    if (indent_ >= 0) newline();
  }
  JsonOut& open(char c) {
    separate();
    if (depth_ == kMaxDepth) throw std::length_error("JsonOut: nested deeper than 64 levels");
    put(c);
    empty_[depth_++] = true;
    return *this;
  }
  JsonOut& close(char c) {
    bool empty = empty_[--depth_];
    if (indent_ >= 0 && !empty) newline();
    put(c);
    if (depth_ == 0) trim();
    return *this;
  }
};

}  // namespace slant
