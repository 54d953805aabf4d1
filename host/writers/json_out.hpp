// A streaming JSON writer into a std::string: no document is built, strings are escaped in
// runs, and invalid UTF-8 is replaced by U+FFFD. Used on the hot path of the JSON reports.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace slant {

class JsonOut {
 public:
  // indent < 0: compact, one line; otherwise pretty with that many spaces a level.
  explicit JsonOut(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  JsonOut& begin_object() { return open('{'); }
  JsonOut& end_object() { return close('}'); }
  JsonOut& begin_array() { return open('['); }
  JsonOut& end_array() { return close(']'); }

  JsonOut& key(std::string_view k) {
    separate();
    if (plain(k)) {  // the report's own keys: copied in one append, no escaping pass
      out_ += '"';
      out_.append(k);
      out_.append(indent_ >= 0 ? "\": " : "\":");
    } else {
      escape(k);
      out_.append(indent_ >= 0 ? ": " : ":");
    }
    after_key_ = true;
    return *this;
  }
  JsonOut& value(std::string_view s) {
    separate();
    if (plain(s)) {
      out_ += '"';
      out_.append(s);
      out_ += '"';
    } else {
      escape(s);
    }
    return *this;
  }
  JsonOut& value(const char* s) { return value(std::string_view(s)); }
  JsonOut& value(const std::string& s) { return value(std::string_view(s)); }
  JsonOut& value(double d);
  JsonOut& value(uint64_t n) {
    separate();
    char buf[24];
    out_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
    return *this;
  }
  JsonOut& value(uint32_t n) { return value(static_cast<uint64_t>(n)); }
  JsonOut& value(int n) {
    separate();
    char buf[16];
    out_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
    return *this;
  }
  JsonOut& value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  template <class T>
  JsonOut& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

  // Escapes s as a JSON string (with quotes) onto out.
  static void escape_into(std::string& out, std::string_view s);

 private:
  std::string& out_;
  int indent_;
  std::vector<unsigned char> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;

  void newline() {
    out_ += '\n';
    out_.append(static_cast<size_t>(indent_) * first_.size(), ' ');
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = 0;
    if (indent_ >= 0) newline();
  }
  JsonOut& open(char c) {
    separate();
    out_ += c;
    first_.push_back(1);
    return *this;
  }
  JsonOut& close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (indent_ >= 0 && !empty) newline();
    out_ += c;
    return *this;
  }
  void escape(std::string_view s) { escape_into(out_, s); }
  // A short string of printable ASCII without '"' or '\\': written as it is.
  static bool plain(std::string_view s) {
    if (s.size() > 32) return false;
    for (unsigned char c : s)
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
    return true;
  }
};

}  // namespace slant
