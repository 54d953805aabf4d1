// The bytes slant and an isolated plugin worker exchange over their socket: a start request,
// a segmented article one way, one plugin's findings, metrics and diagnostics back.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "merge/merger.hpp"

namespace slant::isolate {

// Both ends are the same slant binary (the worker is `slant` re-executed), so plain structs of
// fixed layout may be copied as bytes; only pointers need rebuilding.
enum class MessageType : uint32_t { start = 1, started = 2, analyse = 3, result = 4 };

struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class WireWriter {
 public:
  void u32(uint32_t v) { raw(&v, sizeof v); }
  void f64(double v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    buf_.append(s.data(), s.size());
  }
  void raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  template <class T>
  void array(const T* items, uint32_t count) {
    u32(count);
    if (count) raw(items, sizeof(T) * count);
  }
  std::string take() { return std::move(buf_); }

 private:
  std::string buf_;
};

class WireReader {
 public:
  explicit WireReader(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}
  uint32_t u32() { return pod<uint32_t>(); }
  double f64() { return pod<double>(); }
  std::string_view str() {
    uint32_t n = u32();
    need(n);
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }
  template <class T>
  std::vector<T> array() {
    uint32_t n = u32();
    need(static_cast<size_t>(n) * sizeof(T));
    std::vector<T> out(n);
    if (n) std::memcpy(out.data(), p_, sizeof(T) * n);
    p_ += sizeof(T) * n;
    return out;
  }
  bool done() const { return p_ == end_; }

 private:
  const char* p_;
  const char* end_;
  void need(size_t n) const {
    if (static_cast<size_t>(end_ - p_) < n) throw WireError("truncated message from the other end");
  }
  template <class T>
  T pod() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
    return v;
  }
};

// What the worker needs to load its one plugin.
struct StartRequest {
  std::string path;
  std::string id;
  std::map<std::string, std::string> params;
};
std::string encode_start(const StartRequest& r);
StartRequest decode_start(std::string_view payload);

// The worker's answer to start: empty error means it is ready.
std::string encode_started(const std::string& error);
std::string decode_started(std::string_view payload);

std::string encode_article(const slant_article_view& v);

// An article rebuilt in the worker; its view points into payload, so it is neither copied nor moved.
class ReceivedArticle {
 public:
  explicit ReceivedArticle(std::string payload);
  ReceivedArticle(const ReceivedArticle&) = delete;
  ReceivedArticle& operator=(const ReceivedArticle&) = delete;
  const slant_article_view& view() const { return view_; }

 private:
  std::string payload_;
  std::vector<slant_paragraph> paragraphs_;
  std::vector<slant_sentence> sentences_;
  std::vector<slant_token> tokens_;
  std::vector<slant_quote> quotes_;
  slant_article_view view_{};
};

// A plugin's output; decode_output leaves out.plugin for the caller to set.
std::string encode_output(const PluginOutput& out);
void decode_output(std::string_view payload, PluginOutput& out);

// Blocking, whole-frame I/O on a socket (frame: u32 type, u32 length, payload). write_frame
// never raises SIGPIPE; both return false when the other end has gone.
bool write_frame(int fd, MessageType type, std::string_view payload);
bool read_frame(int fd, MessageType& type, std::string& payload);

// Incremental frame assembly for reads driven by poll(): feed bytes, take a frame once complete.
class FrameBuffer {
 public:
  void feed(const char* data, size_t n) { buf_.append(data, n); }
  bool complete() const;
  MessageType type() const;
  std::string payload() const;

 private:
  std::string buf_;
};

}  // namespace slant::isolate
