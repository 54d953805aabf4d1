#include "merge/voice_map.hpp"

#include <algorithm>

#include "merge/merger.hpp"

namespace slant {

using namespace std::string_view_literals;

VoiceMap::VoiceMap(const Article& a) : article_(a) {
  for (const auto& q : a.quotes) quoted_.add(q.content_begin, q.content_end);
  quoted_.build();
}

void VoiceMap::add_reported(const Finding& attribution) {
  // The plugin says when nobody else speaks the content ("the plan seems doomed").
  if (attribution.attribute("voice_of_content") == "author") return;
  for (const auto& p : attribution.parts)
    if (p.role == "content"sv) reported_.add(p.begin, p.end);
}

void VoiceMap::build() { reported_.build(); }

Voice VoiceMap::of_span(uint32_t b, uint32_t e) const {
  if (e <= b) return quoted_.contains(b) ? Voice::quoted : reported_.contains(b) ? Voice::reported : Voice::author;
  const uint32_t len = e - b, q = quoted_.overlap(b, e), r = reported_.overlap(b, e);
  if (q * 2 >= len && q > 0) return Voice::quoted;
  if (r * 2 >= len && r > 0) return Voice::reported;
  return Voice::author;
}

Voice VoiceMap::of_finding(const Finding& f) const {
  for (const auto& p : f.parts)
    if (p.role == "cue"sv) return of_span(p.begin, p.end);
  const auto& s = article_.sentences;
  if (!s.empty() && f.begin <= s.front().begin && f.end >= s.back().end) return Voice::author;
  return of_span(f.begin, f.end);
}

Voice VoiceMap::of_token(const slant_token& t) const {
  if ((t.flags & SLANT_TOKEN_IN_QUOTE) || quoted_.contains(t.begin)) return Voice::quoted;
  return reported_.contains(t.begin) ? Voice::reported : Voice::author;
}

std::vector<VoiceRegion> VoiceMap::regions() const {
  std::vector<VoiceRegion> out;
  const auto& q = quoted_.ranges();
  size_t k = 0;
  for (const auto& [b, e] : q) out.push_back({b, e, Voice::quoted});
  // Reported ranges with the quoted ones cut out of them.
  for (const auto& [rb, re] : reported_.ranges()) {
    uint32_t at = rb;
    while (k < q.size() && q[k].second <= at) ++k;
    for (size_t j = k; j < q.size() && q[j].first < re && at < re; ++j) {
      if (q[j].first > at) out.push_back({at, q[j].first, Voice::reported});
      at = std::max(at, q[j].second);
    }
    if (at < re) out.push_back({at, re, Voice::reported});
  }
  std::sort(out.begin(), out.end(), [](const VoiceRegion& a, const VoiceRegion& b) { return a.begin < b.begin; });
  return out;
}

std::vector<VoiceRegion> voice_regions_of(const Report& r) {
  VoiceMap map(r.article);
  for (const auto& f : r.findings)
    if (f.plugin == kAttributionPlugin) map.add_reported(f);
  map.build();
  return map.regions();
}

}  // namespace slant
