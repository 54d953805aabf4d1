// libFuzzer target: any text through the segmenter and the three bundled plugins, as the host
// would run them. No plugin may crash, throw or read outside the text on any input, and every
// span it reports (the finding's and each part's) must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "article/article.hpp"
#include "attribution_plugin.hpp"
#include "hedging_plugin.hpp"
#include "opinion_plugin.hpp"
#include "readers/text_hygiene.hpp"
#include "segment/segmenter.hpp"

namespace {

[[noreturn]] void broken(const char* plugin, const char* what, uint32_t begin, uint32_t end, size_t size) {
  std::fprintf(stderr, "plugin contract broken: %s: %s [%u, %u) in a text of %zu bytes\n", plugin, what, begin, end,
               size);
  std::abort();
}

struct Check {
  const char* plugin;
  size_t size;
  void span(const char* what, slant_span s) const {
    if (s.begin > s.end || s.end > size) broken(plugin, what, s.begin, s.end, size);
  }
};

int on_finding(void* ctx, const slant_finding* f) {
  const auto* c = static_cast<const Check*>(ctx);
  c->span("finding span", f->span);
  for (uint32_t i = 0; i < f->part_count; ++i) c->span("part span", f->parts[i].span);
  return SLANT_OK;
}
int on_metric(void*, slant_str, double) { return SLANT_OK; }
void on_diagnostic(void*, int, slant_str) {}

template <class Plugin>
slant::sdk::Config bundled(const char* data_dir) {
  slant_config c{};
  c.struct_size = sizeof(c);
  c.data_dir = {data_dir, std::char_traits<char>::length(data_dir)};
  return slant::sdk::detail::make_config(Plugin::info(), &c);
}

template <class Plugin>
void run(const char* id, const Plugin& plugin, const slant::Article& a) {
  Check check{id, a.text.size()};
  slant_sink sink{&check, on_finding, on_metric, on_diagnostic};
  const slant_article_view v = a.view();
  slant::sdk::Sink out(sink);
  plugin.analyse(slant::sdk::Article(v), out);  // an exception here ends the run: a bug too
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const slant::plugins::Attribution attribution(bundled<slant::plugins::Attribution>(SLANT_ATTRIBUTION_DATA_DIR));
  static const slant::plugins::Hedging hedging(bundled<slant::plugins::Hedging>(SLANT_HEDGING_DATA_DIR));
  static const slant::plugins::Opinion opinion(bundled<slant::plugins::Opinion>(SLANT_OPINION_DATA_DIR));
  slant::Article a;
  a.text.assign(reinterpret_cast<const char*>(data), size);
  // Readers hand plugins valid UTF-8 only; so does this target.
  if (a.text.empty() || slant::has_invalid_utf8(a.text)) return -1;
  slant::segment(a);
  run("attribution", attribution, a);
  run("hedging", hedging, a);
  run("opinion", opinion, a);
  return 0;
}
