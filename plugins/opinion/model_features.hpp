// The features the linear model reads from one voice side of a sentence: its words, word pairs,
// lexicon signal classes and a little context. Shared by the plugin and the training tool, so
// the model is trained on exactly what it is later applied to.
#pragma once

#include <slant/plugin.hpp>

#include <span>
#include <string>
#include <vector>

#include "signals.hpp"
#include "voice_sides.hpp"

namespace slant::plugins::opinion {

struct SentenceContext {
  bool has_quote = false;  // the sentence holds a direct quotation
  bool reporting = false;  // the writer's side has a reporting verb ("said")
};

// Context features of a side: no words of their own, so never a cue. One list, read by
// side_features() (training) and the scorer alike, in this order.
enum class ContextFeature : uint8_t {
  has_quote,    // c:has-quote: the writer's side beside a direct quotation
  reporting,    // c:reporting: a reporting verb on the writer's side
  short_side,   // c:short: fewer than 8 words
  long_side,    // c:long: more than 35 words
  date,         // c:date: a month or weekday name, or a year: a dated event is reported
  past,         // c:past: a word ending in -ed: narration of what happened (date and past: the
                // writer's side only)
};
inline constexpr size_t kContextFeatureCount = 6;
std::string_view name(ContextFeature f);  // "c:has-quote", ...

// The value of each context feature on a side (0: absent). No allocation.
void context_values(const sdk::Article& a, const VoiceSide& side, const SentenceContext& ctx,
                    double (&out)[kContextFeatureCount]);

struct FeatureHit {
  std::string name;   // "w:must", "b:must prevail", "s:deontic", "m:ly-adverb", "c:reporting"
  double value = 1;
  uint32_t first = 0;  // token span it came from (article indices); first == last: no span
  uint32_t last = 0;
  int signal = -1;     // index into the side's signals for "s:" hits spread over one signal
};

// Features of one side. Words and pairs are counted once per side (first occurrence); "-ly"
// adverbs of comment (m:ly-adverb) once each, at most twice; a signal
// class's value is the sum of its entries' weights, capped at 2, one hit per signal so each can
// be named as a cue.
std::vector<FeatureHit> side_features(const sdk::Article& a, const VoiceSide& side,
                                      std::span<const Signal> side_signals,
                                      const SentenceContext& ctx);

// True for one of the common "-ly" words of time, degree or place ("recently", "nearly").
bool is_plain_ly_word(std::string_view lower_word);
// True for an "-ly" adverb of manner or comment ("gloatingly"), not one of time, degree or place.
// Inline: it is asked of every word the scorer reads, and most fail the ending at once.
inline bool is_stance_adverb(std::string_view lower_word) {
  return lower_word.size() >= 5 && lower_word.ends_with("ly") && !is_plain_ly_word(lower_word);
}

// The cap on a signal class's summed weight.
inline constexpr double kSignalClassCap = 2.0;

}  // namespace slant::plugins::opinion
