#include "isolate/wire.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace slant::isolate {
namespace {

std::string_view sv(slant_str s) { return {s.data ? s.data : "", s.size}; }
slant_str st(std::string_view s) { return {s.data(), s.size()}; }
constexpr size_t kHeader = 2 * sizeof(uint32_t);

}  // namespace

std::string encode_start(const StartRequest& r) {
  WireWriter w;
  w.str(r.path);
  w.str(r.id);
  w.u32(static_cast<uint32_t>(r.params.size()));
  for (const auto& [k, v] : r.params) {
    w.str(k);
    w.str(v);
  }
  return w.take();
}

StartRequest decode_start(std::string_view payload) {
  WireReader r(payload);
  StartRequest s;
  s.path = r.str();
  s.id = r.str();
  for (uint32_t n = r.u32(); n > 0; --n) {
    std::string k(r.str());
    s.params[k] = r.str();
  }
  return s;
}

std::string encode_started(const std::string& error) {
  WireWriter w;
  w.str(error);
  return w.take();
}

std::string decode_started(std::string_view payload) {
  WireReader r(payload);
  return std::string(r.str());
}

std::string encode_article(const slant_article_view& v) {
  WireWriter w;
  for (slant_str s : {v.id, v.text, v.title, v.outlet, v.byline, v.date, v.url, v.section}) w.str(sv(s));
  w.array(v.paragraphs, v.paragraph_count);
  w.array(v.sentences, v.sentence_count);
  w.array(v.quotes, v.quote_count);
  w.array(v.tokens, v.token_count);  // the lower pointers are rebuilt on the other side
  for (uint32_t i = 0; i < v.token_count; ++i) w.str(sv(v.tokens[i].lower));
  return w.take();
}

ReceivedArticle::ReceivedArticle(std::string payload) : payload_(std::move(payload)) {
  WireReader r(payload_);
  slant_str* fields[] = {&view_.id, &view_.text, &view_.title, &view_.outlet,
                         &view_.byline, &view_.date, &view_.url, &view_.section};
  for (slant_str* f : fields) *f = st(r.str());
  paragraphs_ = r.array<slant_paragraph>();
  sentences_ = r.array<slant_sentence>();
  quotes_ = r.array<slant_quote>();
  tokens_ = r.array<slant_token>();
  for (auto& t : tokens_) t.lower = st(r.str());
  view_.struct_size = sizeof(slant_article_view);
  view_.paragraphs = paragraphs_.data();
  view_.paragraph_count = static_cast<uint32_t>(paragraphs_.size());
  view_.sentences = sentences_.data();
  view_.sentence_count = static_cast<uint32_t>(sentences_.size());
  view_.tokens = tokens_.data();
  view_.token_count = static_cast<uint32_t>(tokens_.size());
  view_.quotes = quotes_.data();
  view_.quote_count = static_cast<uint32_t>(quotes_.size());
}

std::string encode_output(const PluginOutput& out) {
  WireWriter w;
  w.u32(out.ok ? 1 : 0);
  w.u32(static_cast<uint32_t>(out.findings.size()));
  for (const auto& f : out.findings) {
    w.str(f.kind);
    w.u32(f.begin);
    w.u32(f.end);
    w.str(f.rule());
    w.str(f.evidence);
    w.str(f.explanation);
    w.f64(f.weight);
    w.u32(static_cast<uint32_t>(f.parts.size()));
    for (const auto& p : f.parts) {
      w.str(p.role);
      w.u32(p.begin);
      w.u32(p.end);
    }
    w.u32(static_cast<uint32_t>(f.attributes.size()));
    for (const auto& [k, v] : f.attributes) {
      w.str(k);
      w.str(v);
    }
  }
  w.u32(static_cast<uint32_t>(out.metrics.size()));
  for (const auto& m : out.metrics) {
    w.str(m.name);
    w.f64(m.value);
  }
  w.u32(static_cast<uint32_t>(out.diagnostics.size()));
  for (const auto& d : out.diagnostics) {
    w.u32(static_cast<uint32_t>(d.severity));
    w.str(d.message);
  }
  return w.take();
}

void decode_output(std::string_view payload, PluginOutput& out) {
  WireReader r(payload);
  const std::string id = out.plugin ? out.plugin->id : std::string();
  out.ok = r.u32() != 0;
  for (uint32_t n = r.u32(); n > 0; --n) {
    Finding f;
    f.plugin = id;
    f.kind = r.str();
    f.begin = r.u32();
    f.end = r.u32();
    f.rules.emplace_back(r.str());
    f.evidence = r.str();
    f.explanation = r.str();
    f.weight = r.f64();
    for (uint32_t k = r.u32(); k > 0; --k) {
      Part p;
      p.role = r.str();
      p.begin = r.u32();
      p.end = r.u32();
      f.parts.push_back(std::move(p));
    }
    for (uint32_t k = r.u32(); k > 0; --k) {
      std::string key(r.str());
      f.attributes.emplace_back(std::move(key), std::string(r.str()));
    }
    out.findings.push_back(std::move(f));
  }
  for (uint32_t n = r.u32(); n > 0; --n) {
    std::string name(r.str());
    out.metrics.push_back({id, std::move(name), r.f64()});
  }
  for (uint32_t n = r.u32(); n > 0; --n) {
    uint32_t sev = r.u32();
    out.diagnostics.push_back({sev > 2 ? Severity::error : static_cast<Severity>(sev), id, std::string(r.str())});
  }
  if (!r.done()) throw WireError("unexpected bytes after a plugin result");
}

bool write_frame(int fd, MessageType type, std::string_view payload) {
  uint32_t header[2] = {static_cast<uint32_t>(type), static_cast<uint32_t>(payload.size())};
  auto send_all = [fd](const char* p, size_t n) {
    while (n > 0) {
      ssize_t k = ::send(fd, p, n, MSG_NOSIGNAL);
      if (k < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      p += k;
      n -= static_cast<size_t>(k);
    }
    return true;
  };
  return send_all(reinterpret_cast<const char*>(header), sizeof header) && send_all(payload.data(), payload.size());
}

bool read_frame(int fd, MessageType& type, std::string& payload) {
  auto read_all = [fd](char* p, size_t n) {
    while (n > 0) {
      ssize_t k = ::read(fd, p, n);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) return false;
      p += k;
      n -= static_cast<size_t>(k);
    }
    return true;
  };
  uint32_t header[2];
  if (!read_all(reinterpret_cast<char*>(header), sizeof header)) return false;
  type = static_cast<MessageType>(header[0]);
  payload.resize(header[1]);
  return read_all(payload.data(), payload.size());
}

bool FrameBuffer::complete() const {
  if (buf_.size() < kHeader) return false;
  uint32_t header[2];
  std::memcpy(header, buf_.data(), sizeof header);
  return buf_.size() >= kHeader + header[1];
}

MessageType FrameBuffer::type() const {
  uint32_t t;
  std::memcpy(&t, buf_.data(), sizeof t);
  return static_cast<MessageType>(t);
}

std::string FrameBuffer::payload() const { return buf_.substr(kHeader); }

}  // namespace slant::isolate
