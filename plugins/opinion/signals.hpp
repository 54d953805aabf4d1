// Lexicon and pattern signals of opinion in one sentence: which words, which signal class, how
// strong, and on which side of a quotation they sit. The evidence every opinion finding names.
#pragma once

#include <slant/lexicon.hpp>
#include <slant/plugin.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace slant::plugins::opinion {

enum class SignalClass : uint8_t {
  evaluative,
  emotive,
  intensifier,
  deontic,
  certain_prediction,
  booster,
  first_person,
  second_person,
  rhetorical_question,
  exclamation,
  scare_quote,
  loaded_label,
  call_to_action,
  speculation,  // the writer's own conjecture: "seems", "perhaps", "it is hard to see"
  figurative,   // an idiom or metaphor the writer frames with: "the tip of the iceberg"
  absolute,     // a sweeping generalisation: "always", "nobody", "every single"
  argument,     // the writer reasoning towards a conclusion: "hence", "that is why"
};
inline constexpr size_t kSignalClassCount = 17;

// The names used in lexicon categories, the "signals" attribute and rules ("deontic", ...).
std::string_view name(SignalClass c);
// A lexicon category to its class; "call-to-action-start" maps to call_to_action.
std::optional<SignalClass> signal_class_from(std::string_view category);
// Every class, in declaration order.
const std::array<SignalClass, kSignalClassCount>& all_signal_classes();

struct Signal {
  SignalClass cls{};
  uint32_t first = 0;  // first token (article index)
  uint32_t last = 0;   // one past the last token
  sdk::Span span{0, 0};
  double weight = 1.0;  // the lexicon entry's weight, or the pattern's
  std::string rule;     // "lexicon:deontic:must", "pattern:rhetorical-question"
  bool in_quote = false;  // the side of a direct quotation the signal speaks from
  // Where the finding's cue part points, when not at span: a scare quote's cue is its opening
  // mark, the writer's own act, so the host does not read the quoted words as the voice.
  std::optional<sdk::Span> cue_span;
};

// The word lists the finder reads; all but reporting hold signal categories.
struct SignalLexicons {
  sdk::Lexicon signals;    // evaluative, emotive, stance, loaded labels, person
  sdk::Lexicon reporting;      // reporting verbs: tell partial quotations from scare quotes
  sdk::Lexicon content_verbs;  // reporting verbs and more that may open reported content
                               // ("argued", "seems"): they only order a finding's cues
};

// Loads the bundled lists from a data folder (evaluative.tsv, loaded-labels.tsv, stance.tsv,
// figurative.tsv, person.tsv, reporting.tsv: its 'reporting' entries, and all of them as content verbs); throws
// naming the file and line on a bad entry or unknown category.
SignalLexicons load_signal_lexicons(const sdk::Config& cfg, const std::string& extra_lexicon);

class SignalFinder {
 public:
  explicit SignalFinder(SignalLexicons lexicons);

  // The signals of one sentence, in text order. Linear in the sentence's length.
  std::vector<Signal> find(const sdk::Article& a, const sdk::Sentence& s) const;

  // True when the part of the sentence outside quotations has a reporting verb ("said").
  bool has_reporting_verb(const sdk::Article& a, const sdk::Sentence& s) const {
    return first_reporting_verb(a, s).has_value();
  }
  // The byte offset where the first reporting verb outside quotations begins, if any. With
  // content_verbs, also the wider list of verbs that may open reported content ("argued",
  // "warned"): used only to order a finding's cues.
  std::optional<uint32_t> first_reporting_verb(const sdk::Article& a, const sdk::Sentence& s,
                                               bool content_verbs = false) const;

 private:
  SignalLexicons lex_;
  void find_lexicon(const sdk::Article& a, const sdk::Sentence& s, std::vector<Signal>& out) const;
  void find_punctuation(const sdk::Article& a, const sdk::Sentence& s, std::vector<Signal>& out) const;
  void find_scare_quotes(const sdk::Article& a, const sdk::Sentence& s, std::vector<Signal>& out) const;
};

// Token predicates shared by the finder, the scorer and the model's features.
inline bool is_quote_mark(const sdk::Token& t) { return (t.flags & SLANT_TOKEN_QUOTE_MARK) != 0; }
inline bool in_quote(const sdk::Token& t) { return (t.flags & SLANT_TOKEN_IN_QUOTE) != 0; }
inline bool is_wordlike(const sdk::Token& t) {
  return t.kind == SLANT_TOKEN_WORD || t.kind == SLANT_TOKEN_NUMBER;
}

}  // namespace slant::plugins::opinion
