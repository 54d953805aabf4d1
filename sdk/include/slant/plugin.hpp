// The C++ side of the plugin SDK: write one class and one SLANT_PLUGIN(Class) line.
// It wraps the C boundary of plugin_abi.h and keeps exceptions from crossing it.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <exception>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slant::sdk {

inline std::string_view view(slant_str s) { return {s.data ? s.data : "", s.size}; }
inline slant_str str(std::string_view s) { return {s.data(), s.size()}; }

using Token = slant_token;
using Sentence = slant_sentence;
using Paragraph = slant_paragraph;
using Quote = slant_quote;
using Span = slant_span;

// A read-only view of the segmented article the host hands to analyse.
class Article {
 public:
  explicit Article(const slant_article_view& v) : v_(v) {}

  std::string_view id() const { return view(v_.id); }
  std::string_view text() const { return view(v_.text); }
  std::string_view title() const { return view(v_.title); }
  std::string_view outlet() const { return view(v_.outlet); }
  std::string_view byline() const { return view(v_.byline); }
  std::string_view date() const { return view(v_.date); }
  std::string_view url() const { return view(v_.url); }
  std::string_view section() const { return view(v_.section); }

  std::span<const Paragraph> paragraphs() const { return {v_.paragraphs, v_.paragraph_count}; }
  std::span<const Sentence> sentences() const { return {v_.sentences, v_.sentence_count}; }
  std::span<const Token> tokens() const { return {v_.tokens, v_.token_count}; }
  std::span<const Quote> quotes() const { return {v_.quotes, v_.quote_count}; }

  std::span<const Token> tokens_of(const Sentence& s) const {
    return {v_.tokens + s.first_token, s.token_count};
  }
  std::string_view text_of(Span s) const { return text().substr(s.begin, s.end - s.begin); }
  std::string_view text_of(const Token& t) const {
    return text().substr(t.begin, t.end - t.begin);
  }
  std::string_view text_of(const Sentence& s) const {
    return text().substr(s.begin, s.end - s.begin);
  }
  static std::string_view lower(const Token& t) { return view(t.lower); }

  const slant_article_view& raw() const { return v_; }

 private:
  const slant_article_view& v_;
};

// One finding as a plugin builds it; the host copies it when it is added.
struct Finding {
  std::string kind;
  Span span{0, 0};
  std::string rule;
  std::string evidence;
  std::string explanation;
  double weight = 1.0;
  std::vector<std::pair<std::string, Span>> parts;
  std::vector<std::pair<std::string, std::string>> attributes;

  // The first part or attribute makes room for several: a finding usually carries a few, and
  // growing the vector one doubling at a time moved the strings again at each.
  Finding& part(std::string role, Span s) {
    if (parts.capacity() == 0) parts.reserve(4);
    parts.emplace_back(std::move(role), s);
    return *this;
  }
  Finding& attribute(std::string key, std::string value) {
    if (attributes.capacity() == 0) attributes.reserve(8);
    attributes.emplace_back(std::move(key), std::move(value));
    return *this;
  }
};

// Where analyse sends findings, metrics and diagnostics.
class Sink {
 public:
  explicit Sink(const slant_sink& s) : s_(s) {}

  void add(const Finding& f) const {
    // The views of a finding's few parts and attributes go in arrays on the stack; only a finding
    // with more than fit takes them from the heap (two allocations a finding had been 5% of the
    // cost of handing it over).
    constexpr size_t kOnStack = 16;
    slant_part part_room[kOnStack];
    slant_attribute attr_room[kOnStack];
    std::vector<slant_part> part_heap;
    std::vector<slant_attribute> attr_heap;
    slant_part* parts = part_room;
    slant_attribute* attrs = attr_room;
    if (f.parts.size() > kOnStack) {
      part_heap.resize(f.parts.size());
      parts = part_heap.data();
    }
    if (f.attributes.size() > kOnStack) {
      attr_heap.resize(f.attributes.size());
      attrs = attr_heap.data();
    }
    for (size_t i = 0; i < f.parts.size(); ++i) parts[i] = {str(f.parts[i].first), f.parts[i].second};
    for (size_t i = 0; i < f.attributes.size(); ++i)
      attrs[i] = {str(f.attributes[i].first), str(f.attributes[i].second)};
    slant_finding c{};
    c.struct_size = sizeof(slant_finding);
    c.kind = str(f.kind);
    c.span = f.span;
    c.rule = str(f.rule);
    c.evidence = str(f.evidence);
    c.explanation = str(f.explanation);
    c.weight = f.weight;
    c.parts = parts;
    c.part_count = static_cast<uint32_t>(f.parts.size());
    c.attributes = attrs;
    c.attribute_count = static_cast<uint32_t>(f.attributes.size());
    s_.add_finding(s_.ctx, &c);
  }
  void metric(std::string_view name, double value) const {
    s_.add_metric(s_.ctx, str(name), value);
  }
  void diagnostic(slant_severity severity, std::string_view message) const {
    s_.add_diagnostic(s_.ctx, severity, str(message));
  }

 private:
  const slant_sink& s_;
};

// A plugin's configuration: its data folder and its parameters (defaults filled in by the SDK).
class Config {
 public:
  Config(std::string data_dir, std::map<std::string, std::string, std::less<>> params)
      : data_dir_(std::move(data_dir)), params_(std::move(params)) {}

  const std::string& data_dir() const { return data_dir_; }
  // The path of a data file: absolute paths are kept, others are taken in data_dir.
  std::string data_path(std::string_view name) const {
    if (!name.empty() && name.front() == '/') return std::string(name);
    return data_dir_.empty() ? std::string(name) : data_dir_ + "/" + std::string(name);
  }
  std::string string(std::string_view name) const {
    auto it = params_.find(name);
    if (it == params_.end()) throw std::invalid_argument("unknown parameter '" + std::string(name) + "'");
    return it->second;
  }
  double number(std::string_view name) const {
    std::string v = string(name);
    try {
      size_t used = 0;
      double d = std::stod(v, &used);
      if (used == v.size()) return d;
    } catch (const std::exception&) {
    }
    throw std::invalid_argument("parameter '" + std::string(name) + "' must be a number, got '" + v + "'");
  }
  bool boolean(std::string_view name) const {
    std::string v = string(name);
    if (v == "true" || v == "1" || v == "yes" || v == "on") return true;
    if (v == "false" || v == "0" || v == "no" || v == "off") return false;
    throw std::invalid_argument("parameter '" + std::string(name) + "' must be true or false, got '" + v + "'");
  }

 private:
  std::string data_dir_;
  std::map<std::string, std::string, std::less<>> params_;
};

struct ParamSpec {
  std::string name;
  slant_param_type type = SLANT_PARAM_STRING;
  std::string default_value;
  std::string description;
};

struct ScoreSpec {
  std::string name;
  std::string finding_kind;
  slant_score_unit unit = SLANT_SCORE_PER_100_WORDS;
  std::string meaning;
};

// What a plugin says about itself; returned by the plugin class's static info().
struct PluginInfo {
  std::string id;
  std::string name;
  std::string version;
  std::string description;
  std::vector<std::string> finding_kinds;
  std::vector<ParamSpec> params;
  std::vector<ScoreSpec> scores;
  bool thread_safe = true;
};

namespace detail {

// Owns the strings and arrays the C descriptor points into; lives as long as the library.
struct DescriptorStorage {
  PluginInfo info;
  std::vector<slant_str> kinds;
  std::vector<slant_param_spec> params;
  std::vector<slant_score_spec> scores;
  slant_plugin_descriptor d{};

  explicit DescriptorStorage(PluginInfo i) : info(std::move(i)) {
    for (const auto& k : info.finding_kinds) kinds.push_back(str(k));
    for (const auto& p : info.params)
      params.push_back({str(p.name), static_cast<uint32_t>(p.type), str(p.default_value), str(p.description)});
    for (const auto& s : info.scores)
      scores.push_back({str(s.name), str(s.finding_kind), static_cast<uint32_t>(s.unit), str(s.meaning)});
    d.abi_major = SLANT_ABI_MAJOR;
    d.abi_minor = SLANT_ABI_MINOR;
    d.struct_size = sizeof(slant_plugin_descriptor);
    d.id = str(info.id);
    d.name = str(info.name);
    d.version = str(info.version);
    d.description = str(info.description);
    d.finding_kinds = kinds.data();
    d.finding_kind_count = static_cast<uint32_t>(kinds.size());
    d.params = params.data();
    d.param_count = static_cast<uint32_t>(params.size());
    d.scores = scores.data();
    d.score_count = static_cast<uint32_t>(scores.size());
    d.flags = info.thread_safe ? SLANT_PLUGIN_THREAD_SAFE : 0u;
  }
};

inline void report(const slant_sink* sink, std::string_view message) {
  if (sink && sink->add_diagnostic) sink->add_diagnostic(sink->ctx, SLANT_SEVERITY_ERROR, str(message));
}

// Runs f, turning any exception into SLANT_ERROR and a diagnostic.
template <class F>
int guarded(const slant_sink* sink, F&& f) noexcept {
  try {
    f();
    return SLANT_OK;
  } catch (const std::exception& e) {
    try {
      report(sink, e.what());
    } catch (...) {
    }
  } catch (...) {
    report(sink, "unknown exception");
  }
  return SLANT_ERROR;
}

// Builds the Config a plugin's constructor sees: declared defaults overridden by given values.
inline Config make_config(const PluginInfo& info, const slant_config* c) {
  std::map<std::string, std::string, std::less<>> params;
  for (const auto& p : info.params) params[p.name] = p.default_value;
  std::string data_dir;
  if (c) {
    data_dir = std::string(view(c->data_dir));
    for (uint32_t i = 0; i < c->param_count; ++i) {
      std::string name(view(c->params[i].name));
      if (!params.count(name))
        throw std::invalid_argument("plugin '" + info.id + "' has no parameter '" + name + "'");
      params[name] = std::string(view(c->params[i].value));
    }
  }
  return Config(std::move(data_dir), std::move(params));
}

template <class Plugin>
const slant_plugin_descriptor* descriptor() noexcept {
  static DescriptorStorage* storage = []() -> DescriptorStorage* {
    try {
      auto* s = new DescriptorStorage(Plugin::info());  // never freed: libraries stay loaded
      s->d.create = [](const slant_config* config, const slant_sink* diag, void** instance) -> int {
        *instance = nullptr;
        return guarded(diag, [&] {
          *instance = new Plugin(make_config(Plugin::info(), config));
        });
      };
      s->d.analyse = [](void* instance, const slant_article_view* article, const slant_sink* sink) -> int {
        return guarded(sink, [&] {
          const Article a(*article);
          Sink out(*sink);
          static_cast<const Plugin*>(instance)->analyse(a, out);
        });
      };
      s->d.destroy = [](void* instance) { delete static_cast<Plugin*>(instance); };
      return s;
    } catch (...) {
      return nullptr;
    }
  }();
  return storage ? &storage->d : nullptr;
}

}  // namespace detail
}  // namespace slant::sdk

// Exports the plugin's entry point. Class needs: static PluginInfo info();
// explicit Class(const slant::sdk::Config&); void analyse(const Article&, Sink&) const.
#define SLANT_PLUGIN(Class)                                                                   \
  extern "C" SLANT_PLUGIN_EXPORT const slant_plugin_descriptor* slant_plugin_entry(void) {   \
    return ::slant::sdk::detail::descriptor<Class>();                                         \
  }
