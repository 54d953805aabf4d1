// Word lists the segmenter needs to place boundaries: abbreviations that keep their period,
// words that typically open a sentence, verbs that attribute a preceding quote, and words that
// tell a closing quote mark from a possessive apostrophe.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace slant::segmentation {

// How an abbreviation's period bears on a sentence boundary.
enum class AbbrevKind : uint8_t {
  None,
  Title,         // "Mr." "Dr." "Gen.": a name follows, never a sentence end
  NoSplit,       // "vs." "e.g." "approx.": the sentence goes on
  BeforeNumber,  // "No." "Art." "c." (circa): an abbreviation only when a number follows
  Month,         // "Jan." "Sept.": no boundary before a number ("Sept. 11")
  Other,         // "U.S." "Inc." "etc.": may end a sentence; decided by the next word
};

namespace detail {
struct AbbrevEntry {
  std::string_view form;  // without the final period, case as written in text
  AbbrevKind kind;
};
using K = AbbrevKind;
// Sorted by form (byte order) for binary search; a static_assert below keeps it so.
inline constexpr std::array kAbbreviations = std::to_array<AbbrevEntry>({
    {"Adm", K::Title},    {"Ala", K::Other},      {"Apr", K::Month},    {"Ariz", K::Other},
    {"Ark", K::Other},    {"Art", K::BeforeNumber}, {"Assn", K::Other}, {"Atty", K::Title},
    {"Aug", K::Month},    {"Ave", K::Other},      {"Blvd", K::Other},   {"Brig", K::Title},
    {"Bros", K::Other},   {"Calif", K::Other},    {"Capt", K::Title},   {"Cdr", K::Title},
    {"Ch", K::BeforeNumber}, {"Cmdr", K::Title},  {"Co", K::Other},     {"Col", K::Title},
    {"Colo", K::Other},   {"Conn", K::Other},     {"Corp", K::Other},   {"Cpl", K::Title},
    {"Dec", K::Month},    {"Del", K::Other},      {"Dept", K::Other},   {"Det", K::Title},
    {"Dr", K::Title},     {"Feb", K::Month},      {"Fig", K::BeforeNumber}, {"Fla", K::Other},
    {"Fr", K::Title},     {"Fri", K::Other},      {"Ft", K::Other},     {"Ga", K::Other},
    {"Gen", K::Title},    {"Gov", K::Title},      {"Govt", K::Other},   {"Hon", K::Title},
    {"Ill", K::Other},    {"Inc", K::Other},      {"Ind", K::Other},    {"Insp", K::Title},
    {"Jan", K::Month},    {"Jr", K::Other},       {"Jul", K::Month},    {"Jun", K::Month},
    {"Kan", K::Other},    {"Ky", K::Other},       {"La", K::Other},     {"Lt", K::Title},
    {"Ltd", K::Other},    {"Maj", K::Title},      {"Mar", K::Month},    {"Mass", K::Other},
    {"Md", K::Other},     {"Messrs", K::Title},   {"Mich", K::Other},   {"Minn", K::Other},
    {"Mo", K::Other},     {"Mon", K::Other},      {"Mont", K::Other},   {"Mr", K::Title},
    {"Mrs", K::Title},    {"Ms", K::Title},       {"Mt", K::Other},     {"Neb", K::Other},
    {"Nev", K::Other},    {"No", K::BeforeNumber}, {"Nos", K::BeforeNumber}, {"Nov", K::Month},
    {"Oct", K::Month},    {"Okla", K::Other},     {"Ore", K::Other},    {"Pa", K::Other},
    {"Pres", K::Title},   {"Prof", K::Title},     {"Pvt", K::Title},    {"Rd", K::Other},
    {"Rep", K::Title},    {"Reps", K::Title},     {"Rev", K::Title},    {"Sat", K::Other},
    {"Sen", K::Title},    {"Sens", K::Title},     {"Sep", K::Month},    {"Sept", K::Month},
    {"Sgt", K::Title},    {"Sr", K::Other},       {"St", K::Other},     {"Sun", K::Other},
    {"Supt", K::Title},   {"Tenn", K::Other},     {"Tex", K::Other},    {"Thu", K::Other},
    {"Thur", K::Other},   {"Thurs", K::Other},    {"Tue", K::Other},    {"Tues", K::Other},
    {"Va", K::Other},     {"Vol", K::BeforeNumber}, {"Vt", K::Other},   {"Wash", K::Other},
    {"Wed", K::Other},    {"Wis", K::Other},      {"al", K::Other},     {"approx", K::NoSplit},
    {"art", K::BeforeNumber}, {"b", K::BeforeNumber}, {"c", K::BeforeNumber}, {"ca", K::NoSplit}, {"cf", K::NoSplit},   {"d", K::BeforeNumber}, {"e.g", K::NoSplit},
    {"esp", K::NoSplit},  {"est", K::Other},      {"etc", K::Other},    {"excl", K::NoSplit},
    {"fig", K::BeforeNumber}, {"i.e", K::NoSplit}, {"incl", K::NoSplit}, {"no", K::BeforeNumber},
    {"nos", K::BeforeNumber}, {"p", K::BeforeNumber}, {"pp", K::BeforeNumber}, {"resp", K::NoSplit},
    {"v", K::NoSplit},    {"viz", K::NoSplit},    {"vol", K::BeforeNumber}, {"vs", K::NoSplit},
});

// Capitalised words that usually begin a sentence, so "in the U.S. The next day" splits.
inline constexpr std::array kSentenceStarters = std::to_array<std::string_view>({
    "A",       "After",  "Also",      "Although", "An",      "And",     "As",        "At",
    "Because", "Before", "Both",      "But",      "By",      "During",  "Each",      "Earlier",
    "Every",   "For",    "From",      "He",       "Her",     "Here",    "His",       "How",
    "However", "I",      "If",        "In",       "It",      "Its",     "Last",      "Later",
    "Many",    "Meanwhile", "Most",   "My",       "No",      "Now",     "On",        "One",
    "Our",     "She",    "Since",     "So",       "Some",    "Still",   "Such",      "That",
    "The",     "Their",  "Then",      "There",    "These",   "They",    "This",      "Those",
    "Though",  "Today",  "We",        "What",     "When",    "Where",   "Which",     "While",
    "Who",     "Why",    "With",      "Yesterday", "Yet",    "You",     "Your",
});

// Lower-case verbs that attribute a quote they follow: `"Where is it?" Smith asked.`
inline constexpr std::array kSpeechVerbs = std::to_array<std::string_view>({
    "acknowledged", "added",     "adds",      "admitted",  "answered",  "argued",    "asked",
    "asks",         "asserted",  "claimed",   "complained", "concluded", "continued", "countered",
    "cried",        "declared",  "demanded",  "exclaimed", "explained", "inquired",  "insisted",
    "joked",        "mused",     "noted",     "observed",  "pleaded",   "posted",    "pressed",
    "protested",    "quipped",   "recalled",  "remarked",  "replied",   "responded", "said",
    "says",         "shouted",   "snapped",   "stated",    "tells",     "told",      "tweeted",
    "urged",        "warned",    "whispered", "wondered",  "wrote",     "yelled",
});

// Lower-case words that follow a closing quote mark but hardly a plural possessive, so that
// "'a farce of the highest orders' in his speech" closes while "members' rights" does not.
inline constexpr std::array kWordsAfterClosingQuote = std::to_array<std::string_view>({
    "about", "after", "and",   "are",   "as",    "at",    "because", "before", "but",  "by",
    "during", "for",  "from",  "had",   "has",   "have",  "in",      "into",   "is",   "of",
    "on",    "or",    "over",  "since", "than",  "that",  "to",      "until",  "was",  "were",
    "which", "while", "who",   "will",  "with",  "would",
});

// For each first byte, the lengths of the abbreviations that begin with it (bit n: one of n
// bytes): a word before a period, the last word of nearly every sentence, is mostly turned away
// here instead of by a binary search of string compares.
inline constexpr std::array<uint8_t, 256> kAbbreviationLengths = [] {
  std::array<uint8_t, 256> lengths{};
  for (const auto& e : kAbbreviations) lengths[static_cast<unsigned char>(e.form.front())] |= static_cast<uint8_t>(1u << e.form.size());
  return lengths;
}();
static_assert(std::all_of(kAbbreviations.begin(), kAbbreviations.end(),
                          [](const AbbrevEntry& e) { return !e.form.empty() && e.form.size() < 8; }),
              "kAbbreviationLengths holds lengths 1 to 7");

template <typename Array>
constexpr bool sorted_views(const Array& a) {
  return std::is_sorted(a.begin(), a.end());
}
static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end(),
                             [](const AbbrevEntry& x, const AbbrevEntry& y) { return x.form < y.form; }),
              "kAbbreviations must stay sorted");
static_assert(sorted_views(kSentenceStarters), "kSentenceStarters must stay sorted");
static_assert(sorted_views(kSpeechVerbs), "kSpeechVerbs must stay sorted");
static_assert(sorted_views(kWordsAfterClosingQuote), "kWordsAfterClosingQuote must stay sorted");

template <typename Array>
constexpr bool contains_view(const Array& a, std::string_view w) {
  return std::binary_search(a.begin(), a.end(), w);
}
}  // namespace detail

// The abbreviation kind of a word written before a period ("Mr" of "Mr."), case-sensitive.
constexpr AbbrevKind abbreviation_kind(std::string_view form) {
  if (form.empty() || form.size() >= 8 ||
      !(detail::kAbbreviationLengths[static_cast<unsigned char>(form.front())] >> form.size() & 1))
    return AbbrevKind::None;
  const auto& t = detail::kAbbreviations;
  auto it = std::lower_bound(t.begin(), t.end(), form,
                             [](const detail::AbbrevEntry& e, std::string_view f) { return e.form < f; });
  return (it != t.end() && it->form == form) ? it->kind : AbbrevKind::None;
}

constexpr bool is_sentence_starter(std::string_view word) {
  return detail::contains_view(detail::kSentenceStarters, word);
}

constexpr bool is_speech_verb(std::string_view lower) {
  return detail::contains_view(detail::kSpeechVerbs, lower);
}

// A lower-case word that, after "s'" or "s\u2019", suggests a closing quote mark rather than
// a possessive: a speech verb or a function word (see kWordsAfterClosingQuote).
constexpr bool follows_closing_quote(std::string_view lower) {
  return is_speech_verb(lower) || detail::contains_view(detail::kWordsAfterClosingQuote, lower);
}

}  // namespace slant::segmentation
