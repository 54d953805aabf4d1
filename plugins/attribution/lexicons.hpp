// The attribution plugin's word lists, loaded from its data folder: reporting verbs with kind,
// stance and intensity, function words by class, and source-phrase words by class.
#pragma once

#include <slant/lexicon.hpp>

#include <array>
#include <cstdint>
#include <cstring>
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

// What a word says of a person's sex (data/person_gender.tsv), so that "she" finds a woman.
enum class Gender : uint8_t { kUnknown, kFemale, kMale };
enum GenderWordKind : uint8_t {
  kGivenName = 1u << 0,  // "Maria": counts as the first word of a name of two words or more
  kHonorific = 1u << 1,  // "Mrs.": counts right before a name, or in lower case in the phrase
  kRoleWord = 1u << 2,   // "spokeswoman", "wife": counts in lower case in the source phrase
};
struct GenderWord {
  Gender gender = Gender::kUnknown;
  uint8_t kind = 0;  // GenderWordKind bits
};

// What a reporting-verb entry says about its verb ("speech/distancing/plain").
struct VerbSense {
  std::string kind;       // speech, tell, evidence, cognition, position, perception
  std::string stance;     // neutral, endorsing, distancing
  std::string intensity;  // plain, strong
  std::string lemma;
};

// The closed and source-word classes of single words, in one open-addressing table (power-of-two
// size, linear probing, sdk::word_hash) behind a filter on (length, first byte, last byte) that
// turns most other words away before hashing. The text model looks every token up once; through
// two std::unordered_maps (a modulo and a node walk each) that had cost about 80 instructions a token.
class WordTable {
 public:
  struct Classes {
    uint32_t word = 0;    // WordClass bits
    uint32_t source = 0;  // SourceWord bits
  };

  void build(const std::unordered_map<std::string, Classes, sdk::WordHash, std::equal_to<>>& words);
  Classes find(std::string_view w) const {
    if (w.empty() || w.size() > max_size_) return {};
    const uint32_t bit = filter_bit(w);
    if (!(filter_[bit >> 6] >> (bit & 63) & 1)) return {};
    const size_t mask = slots_.size() - 1;
    for (size_t at = sdk::word_hash(w) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.key.empty()) return {};
      if (slot.key.size() == w.size() && std::memcmp(slot.key.data(), w.data(), w.size()) == 0) return slot.classes;
    }
  }

 private:
  struct Slot {
    std::string key;  // empty: a free slot
    Classes classes;
  };
  std::vector<Slot> slots_;
  std::array<uint64_t, 64> filter_{};
  size_t max_size_ = 0;

  static uint32_t filter_bit(std::string_view w) {
    return (static_cast<uint32_t>(w.size()) * 131u + static_cast<unsigned char>(w.front()) * 7u +
            static_cast<unsigned char>(w.back())) & 4095u;
  }
};

class Lexicons {
 public:
  // Loads reporting_verbs.tsv, cue_nouns.tsv, function_words.tsv, sources.tsv and
  // person_gender.tsv from data_dir; throws
  // std::runtime_error naming the file and line on a bad entry.
  static Lexicons load(const std::string& data_dir);

  const sdk::Lexicon& verbs() const { return verbs_; }
  // The sense of an entry of verbs(), parsed from its category once, at load.
  const VerbSense& sense(const sdk::LexiconEntry& e) const { return verb_senses_[index_in(e, verbs_)]; }
  // Nouns that report in narrow shapes ("his criticism of", "drew criticism"), with the same
  // kind/stance/intensity categories as the verbs (data/cue_nouns.tsv).
  const sdk::Lexicon& nouns() const { return nouns_; }
  const VerbSense& noun_sense(const sdk::LexiconEntry& e) const { return noun_senses_[index_in(e, nouns_)]; }
  uint32_t word_classes(std::string_view lower) const { return words_.find(lower).word; }
  uint32_t source_classes(std::string_view lower) const { return words_.find(lower).source; }
  // Both at once: the text model asks for every token.
  WordTable::Classes classes(std::string_view lower) const { return words_.find(lower); }
  // What a lower-case word says of a person's sex; kUnknown for most words.
  GenderWord gender_word(std::string_view lower) const {
    const auto it = genders_.find(lower);
    return it == genders_.end() ? GenderWord{} : it->second;
  }
  // Multi-word source markers ("familiar with", "declined to be named").
  const sdk::Lexicon& source_phrases() const { return sources_; }

 private:
  sdk::Lexicon verbs_;
  std::vector<VerbSense> verb_senses_;  // one an entry of verbs_, in its order
  sdk::Lexicon nouns_;
  std::vector<VerbSense> noun_senses_;
  sdk::Lexicon sources_;
  WordTable words_;  // function_words.tsv's classes and sources.tsv's one-word classes
  std::unordered_map<std::string, GenderWord, sdk::WordHash, std::equal_to<>> genders_;  // person_gender.tsv

  static VerbSense sense_in(const sdk::LexiconEntry& e, const sdk::Lexicon& from);
  static std::vector<VerbSense> senses_of(const sdk::Lexicon& lex);
  // e's position in lex.entries() (e is one of them).
  static size_t index_in(const sdk::LexiconEntry& e, const sdk::Lexicon& lex) {
    return static_cast<size_t>(&e - lex.entries().data());
  }
};

}  // namespace slant::plugins::attribution
