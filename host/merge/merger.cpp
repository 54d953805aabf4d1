#include "merge/merger.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "merge/voice_map.hpp"

namespace slant {
namespace {

// Roles and units are compared with views ("cue"sv): std::string == const char* in libstdc++ 12
// calls compare() and strlen() instead of testing the lengths first. Plugin ids and finding kinds,
// compared for every finding, are Names: one stored copy a name, compared by pointer.
using namespace std::string_view_literals;

bool on_boundary(const std::string& text, uint32_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Empty when the span is usable, else what is wrong with it.
std::string span_problem(const std::string& text, uint32_t begin, uint32_t end) {
  if (begin > end) return "is reversed (begin " + std::to_string(begin) + " > end " + std::to_string(end) + ")";
  if (end > text.size())
    return "ends at byte " + std::to_string(end) + ", past the text's " + std::to_string(text.size()) + " bytes";
  if (!on_boundary(text, begin) || !on_boundary(text, end))
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + ") cuts a UTF-8 character";
  return {};
}

std::string finding_problem(const std::string& text, const Finding& f) {
  if (auto p = span_problem(text, f.begin, f.end); !p.empty()) return "span " + p;
  for (const auto& part : f.parts)
    if (auto p = span_problem(text, part.begin, part.end); !p.empty()) return "part '" + part.role + "' " + p;
  return {};
}

const Name kAttributed("attributed");

// A sentence label, "<kind>:<voice>" ("hedge:author"), put together on the stack.
Name voice_label(Name kind, Voice v) {
  const std::string_view voice = to_string(v);
  char room[64];
  if (kind.size() + 1 + voice.size() > sizeof room) return Name(kind.str() + ":" + std::string(voice));
  std::memcpy(room, kind.data(), kind.size());
  room[kind.size()] = ':';
  std::memcpy(room + kind.size() + 1, voice.data(), voice.size());
  return Name(std::string_view(room, kind.size() + 1 + voice.size()));
}

uint32_t anchor_of(const Finding& f) {
  for (const auto& p : f.parts)
    if (p.role == "cue"sv) return p.begin;
  return f.begin;
}

// Index of the sentence holding byte pos, or sentences.size() when none does.
size_t sentence_at(const std::vector<slant_sentence>& sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const slant_sentence& s) { return p < s.begin; });
  if (it == sentences.begin()) return sentences.size();
  size_t i = static_cast<size_t>(std::prev(it) - sentences.begin());
  return pos < sentences[i].end || sentences[i].begin == sentences[i].end ? i : sentences.size();
}

// The spans of a finding's "cue" parts, in order: two findings with the same span but different
// cues (two attributions whose source, cue and content cover the same bytes) are not duplicates.
std::vector<std::pair<uint32_t, uint32_t>> cues_of(const Finding& f) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const auto& p : f.parts)
    if (p.role == "cue"sv) out.emplace_back(p.begin, p.end);
  return out;
}

void fold_duplicates(std::vector<Finding>& findings) {
  // Sorted through an index, then each finding moved once into its place: a Finding is large,
  // and a stable sort of the findings themselves moved each several times (1.5% of a run).
  std::vector<uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const Finding &a = findings[x], &b = findings[y];
    return std::tie(a.begin, a.end, a.plugin, a.kind) < std::tie(b.begin, b.end, b.plugin, b.kind);
  });
  std::vector<Finding> out;
  out.reserve(findings.size());
  for (uint32_t k : order) {
    Finding& f = findings[k];
    if (!out.empty()) {
      Finding& last = out.back();
      if (last.begin == f.begin && last.end == f.end && last.plugin == f.plugin && last.kind == f.kind &&
          cues_of(last) == cues_of(f)) {
        for (auto& r : f.rules)
          if (std::find(last.rules.begin(), last.rules.end(), r) == last.rules.end()) last.rules.push_back(r);
        last.weight = std::max(last.weight, f.weight);
        continue;
      }
    }
    out.push_back(std::move(f));
  }
  findings = std::move(out);
}

void compute_scores(Report& r, const std::vector<PluginOutput>& outputs,
                    const std::vector<std::array<bool, 3>>& sentence_has_voice) {
  const size_t n_sent = r.article.sentences.size();
  std::array<uint32_t, 3> sentences_with_voice{0, 0, 0};
  for (const auto& h : sentence_has_voice)
    for (int v = 0; v < 3; ++v) sentences_with_voice[v] += h[v];
  const uint32_t all_words = r.words[0] + r.words[1] + r.words[2];

  size_t spec_count = 0;
  for (const auto& out : outputs) spec_count += out.plugin ? out.plugin->scores.size() : 0;
  r.scores.reserve(r.scores.size() + spec_count);
  // Per sentence, which voices a spec's findings are anchored in (bits 0 to 2) and whether any is
  // (bit 3): one buffer for all of an article's share-of-sentences specs.
  std::vector<uint8_t> hit;
  for (const auto& out : outputs) {
    if (!out.plugin) continue;
    const Name plugin(out.plugin->id);
    for (const auto& spec : out.plugin->scores) {
      Score& s = r.scores.emplace_back(Score{plugin, spec.name, spec.finding_kind, spec.unit, spec.meaning});
      double by_voice[3] = {0, 0, 0};
      double all = 0;
      if (spec.unit == "share_of_sentences"sv) {
        hit.assign(n_sent, 0);
        for (const auto& f : r.findings) {
          if (f.plugin != plugin || f.kind != spec.finding_kind) continue;
          size_t si = sentence_at(r.article.sentences, anchor_of(f));
          if (si >= n_sent) continue;
          hit[si] |= static_cast<uint8_t>((1u << static_cast<int>(f.voice)) | 8u);
        }
        for (size_t i = 0; i < n_sent; ++i) {
          all += (hit[i] >> 3) & 1;
          for (int v = 0; v < 3; ++v) by_voice[v] += (hit[i] >> v) & 1;
        }
        all = n_sent ? all / n_sent : 0;
        for (int v = 0; v < 3; ++v)
          by_voice[v] = sentences_with_voice[v] ? std::min(1.0, by_voice[v] / sentences_with_voice[v]) : 0;
      } else {
        for (const auto& f : r.findings)
          if (f.plugin == plugin && f.kind == spec.finding_kind) by_voice[static_cast<int>(f.voice)] += 1;
        all = all_words ? 100.0 * (by_voice[0] + by_voice[1] + by_voice[2]) / all_words : 0;
        for (int v = 0; v < 3; ++v) by_voice[v] = r.words[v] ? 100.0 * by_voice[v] / r.words[v] : 0;
      }
      s.all = all;
      s.author = by_voice[0];
      s.quoted = by_voice[1];
      s.reported = by_voice[2];
    }
  }
}

}  // namespace

Report merge_findings(Article article, std::vector<PluginOutput> outputs) {
  Report r;
  r.article = std::move(article);
  const std::string& text = r.article.text;

  for (const auto& w : r.article.warnings) r.diagnostics.push_back({Severity::warning, "", w});
  for (const auto& d : r.article.dropped)
    r.diagnostics.push_back({Severity::info, "", "dropped " + d.what + ": \"" + d.text + "\""});

  VoiceMap voices(r.article);

  size_t metric_count = 0, finding_count = 0;
  for (const auto& out : outputs) {
    metric_count += out.metrics.size();
    finding_count += out.findings.size();
  }
  r.metrics.reserve(metric_count);
  r.findings.reserve(finding_count);

  // Validate every span; a bad finding becomes a diagnostic, the rest still stand (moved down
  // over the bad ones in place).
  for (auto& out : outputs) {
    const std::string_view id = out.plugin ? std::string_view(out.plugin->id) : std::string_view();
    for (auto& d : out.diagnostics) r.diagnostics.push_back(std::move(d));
    for (auto& m : out.metrics) r.metrics.push_back(std::move(m));
    if (!out.ok) {
      out.findings.clear();
      continue;
    }
    size_t kept = 0;
    for (size_t k = 0; k < out.findings.size(); ++k) {
      Finding& f = out.findings[k];
      if (auto problem = finding_problem(text, f); !problem.empty()) {
        r.diagnostics.push_back({Severity::warning, std::string(id),
                                 "dropped a '" + f.kind + "' finding from rule '" + f.rule() + "': its " + problem});
        continue;
      }
      if (id == kAttributionPlugin) voices.add_reported(f);
      if (kept != k) out.findings[kept] = std::move(f);
      ++kept;
    }
    out.findings.erase(out.findings.begin() + static_cast<std::ptrdiff_t>(kept), out.findings.end());
  }
  voices.build();
  r.voice_regions = voices.regions();

  for (auto& out : outputs)
    for (auto& f : out.findings) {
      f.voice = voices.of_finding(f);
      r.findings.push_back(std::move(f));
    }
  fold_duplicates(r.findings);

  // Words by voice, and which voices each sentence holds.
  const auto& sentences = r.article.sentences;
  std::vector<std::array<uint32_t, 3>> sentence_words(sentences.size(), {0, 0, 0});
  VoiceMap::TokenWalk token_voices(voices);
  for (const auto& t : r.article.tokens) {
    if (t.kind != SLANT_TOKEN_WORD && t.kind != SLANT_TOKEN_NUMBER) continue;
    const Voice v = token_voices.of(t);
    r.words[static_cast<int>(v)]++;
    if (t.sentence < sentence_words.size()) sentence_words[t.sentence][static_cast<int>(v)]++;
  }
  std::vector<std::array<bool, 3>> sentence_has_voice(sentences.size());
  r.sentences.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    SentenceReport s;
    s.begin = sentences[i].begin;
    s.end = sentences[i].end;
    const auto& w = sentence_words[i];
    int best = 0;
    for (int v = 1; v < 3; ++v)
      if (w[v] > w[best]) best = v;
    s.voice = static_cast<Voice>(best);
    for (int v = 0; v < 3; ++v) sentence_has_voice[i][v] = w[v] > 0;
    if (w[0] + w[1] + w[2] == 0) sentence_has_voice[i][0] = true;
    r.sentences.push_back(std::move(s));
  }
  for (const auto& f : r.findings) {
    size_t si = sentence_at(sentences, anchor_of(f));
    if (si >= r.sentences.size()) continue;
    auto& labels = r.sentences[si].labels;
    // "<kind>:<voice>", a Name: looked up, not built, once the label has been seen.
    const Name label = voice_label(f.kind, f.voice);
    if (labels.capacity() == 0) labels.reserve(4);  // a labelled sentence has one to four, mostly
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
    if (f.plugin == kAttributionPlugin && std::find(labels.begin(), labels.end(), kAttributed) == labels.end())
      labels.insert(labels.begin(), kAttributed);
  }
  compute_scores(r, outputs, sentence_has_voice);
  return r;
}

}  // namespace slant
