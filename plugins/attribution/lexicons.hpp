// The attribution plugin's word lists, loaded from its data folder: reporting verbs with kind,
// stance and intensity, function words by class, and source-phrase words by class.
#pragma once

#include <slant/lexicon.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace slant::plugins::attribution {

// Closed word classes (data/function_words.tsv); a word may have several.
enum WordClass : uint32_t {
  kDet = 1u << 0,
  kPoss = 1u << 1,
  kPrep = 1u << 2,
  kSubjectPronoun = 1u << 3,
  kObjectPronoun = 1u << 4,
  kAux = 1u << 5,
  kNegation = 1u << 6,
  kConjunction = 1u << 7,
  kSubordinator = 1u << 8,
  kRelative = 1u << 9,
  kCueAdverb = 1u << 10,
  kTime = 1u << 11,
};

// Source-phrase word classes (data/sources.tsv).
enum SourceWord : uint32_t {
  kAnonymous = 1u << 0,
  kAnonymousGroup = 1u << 1,
  kVague = 1u << 2,
  kTitle = 1u << 3,
  kDocument = 1u << 4,
  kOrganisation = 1u << 5,
  kMessage = 1u << 6,  // a text that carries a message but is no source of its own ("ads", "a speech")
  kGeneric = 1u << 7,  // people at large or the record of events ("everyone", "Americans", "history")
};

// What a reporting-verb entry says about its verb ("speech/distancing/plain").
struct VerbSense {
  std::string kind;       // speech, tell, evidence, cognition, position, perception
  std::string stance;     // neutral, endorsing, distancing
  std::string intensity;  // plain, strong
  std::string lemma;
};

class Lexicons {
 public:
  // Loads reporting_verbs.tsv, cue_nouns.tsv, function_words.tsv and sources.tsv from data_dir; throws
  // std::runtime_error naming the file and line on a bad entry.
  static Lexicons load(const std::string& data_dir);

  const sdk::Lexicon& verbs() const { return verbs_; }
  // The sense of an entry of verbs(), parsed from its category once, at load.
  const VerbSense& sense(const sdk::LexiconEntry& e) const { return verb_senses_[index_in(e, verbs_)]; }
  // Nouns that report in narrow shapes ("his criticism of", "drew criticism"), with the same
  // kind/stance/intensity categories as the verbs (data/cue_nouns.tsv).
  const sdk::Lexicon& nouns() const { return nouns_; }
  const VerbSense& noun_sense(const sdk::LexiconEntry& e) const { return noun_senses_[index_in(e, nouns_)]; }
  uint32_t word_classes(std::string_view lower) const;
  uint32_t source_classes(std::string_view lower) const;
  // Multi-word source markers ("familiar with", "declined to be named").
  const sdk::Lexicon& source_phrases() const { return sources_; }

 private:
  sdk::Lexicon verbs_;
  std::vector<VerbSense> verb_senses_;  // one an entry of verbs_, in its order
  sdk::Lexicon nouns_;
  std::vector<VerbSense> noun_senses_;
  sdk::Lexicon sources_;
  // Looked up once a token by its lower form (a string_view: no string is built).
  std::unordered_map<std::string, uint32_t, sdk::WordHash, std::equal_to<>> word_classes_;
  std::unordered_map<std::string, uint32_t, sdk::WordHash, std::equal_to<>> source_classes_;

  static VerbSense sense_in(const sdk::LexiconEntry& e, const sdk::Lexicon& from);
  static std::vector<VerbSense> senses_of(const sdk::Lexicon& lex);
  // e's position in lex.entries() (e is one of them).
  static size_t index_in(const sdk::LexiconEntry& e, const sdk::Lexicon& lex) {
    return static_cast<size_t>(&e - lex.entries().data());
  }
};

}  // namespace slant::plugins::attribution
