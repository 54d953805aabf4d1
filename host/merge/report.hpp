// The merged result for one article: every finding with its voice, sentence labels, metrics,
// headline scores and diagnostics. What the writers print and the corpus stores.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/article.hpp"
#include "merge/name.hpp"

namespace slant {

// Whose words a finding sits in: the writer's, a direct quotation's, or an indirect report's.
enum class Voice : uint8_t { author = 0, quoted = 1, reported = 2 };
inline constexpr Voice kVoices[] = {Voice::author, Voice::quoted, Voice::reported};
std::string_view to_string(Voice v);

struct Part {
  Name role;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Finding {
  Name plugin;
  Name kind;
  uint32_t begin = 0;
  uint32_t end = 0;
  Voice voice = Voice::author;
  std::vector<std::string> rules;  // more than one when duplicates were folded
  std::string evidence;
  std::string explanation;
  double weight = 1.0;
  std::vector<Part> parts;
  std::vector<std::pair<Name, std::string>> attributes;  // key, value

  std::string rule() const;  // rules joined by "; "
  std::string_view attribute(std::string_view key) const;
};

// A stretch of text in a voice other than the writer's (see merge/voice_map.hpp).
struct VoiceRegion {
  uint32_t begin = 0;
  uint32_t end = 0;
  Voice voice = Voice::quoted;
};

struct SentenceReport {
  uint32_t begin = 0;
  uint32_t end = 0;
  Voice voice = Voice::author;      // the voice of most of its words
  std::vector<Name> labels;  // e.g. "attributed", "hedged:author", "opinion:quoted"
};

enum class Severity : uint8_t { info = 0, warning = 1, error = 2 };
std::string_view to_string(Severity s);

struct Diagnostic {
  Severity severity = Severity::error;
  Name plugin;  // empty for the host (reader, segmenter, merger)
  std::string message;
};

struct Metric {
  Name plugin;
  Name name;
  double value = 0;
};

// A plugin's headline score, computed by the merger from its findings, split by voice.
struct Score {
  Name plugin;
  Name name;
  Name finding_kind;
  Name unit;  // "per_100_words" or "share_of_sentences"
  Name meaning;
  double all = 0, author = 0, quoted = 0, reported = 0;
};

struct Report {
  Article article;
  std::vector<Finding> findings;
  std::vector<SentenceReport> sentences;
  std::vector<VoiceRegion> voice_regions;  // quoted and reported stretches, in text order, disjoint
  std::vector<Metric> metrics;
  std::vector<Score> scores;
  std::vector<Diagnostic> diagnostics;
  uint32_t words[3] = {0, 0, 0};  // word tokens by voice (author, quoted, reported)

  bool has_errors() const;
};

}  // namespace slant
