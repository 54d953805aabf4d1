// Lexicons as data: one entry a line ("phrase<TAB>category<TAB>weight<TAB>optional note"),
// matched as token sequences on the tokens' lower-case forms. Header-only, part of the SDK.
#pragma once

#include <slant/plugin.hpp>
#include <slant/words.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slant::sdk {

struct LexiconEntry {
  std::string phrase;                // as written, words separated by one space
  std::vector<std::string> words;    // the phrase split on spaces
  std::string category;
  double weight = 1.0;
  std::string note;
  int line = 0;
};

struct LexiconMatch {
  const LexiconEntry* entry = nullptr;
  uint32_t first = 0;  // token index
  uint32_t count = 0;  // tokens matched
  explicit operator bool() const { return entry != nullptr; }
};

class Lexicon {
 public:
  Lexicon() = default;

  // Reads a lexicon file; throws std::runtime_error naming file and line on a bad entry.
  static Lexicon load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open lexicon file");
    // The whole file at once, then parsed in place: lexicons are read at every start, and
    // a line-by-line read with a string for each field cost more than the rest of loading.
    std::string text;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > 0) {
      text.resize(static_cast<size_t>(size));
      in.seekg(0);
      in.read(text.data(), size);
      text.resize(static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw std::runtime_error(path + ": cannot read lexicon file");
    return parse(text, path);
  }

  // Parses lexicon text held in memory (tests, embedded defaults).
  static Lexicon parse(std::string_view text, const std::string& name = "<inline>") {
    Lexicon lex;
    lex.path_ = name;
    lex.entries_.reserve(text.size() / 24 + 1);  // about a line's length: one growth at most
    int number = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      lex.add_line(text.substr(pos, nl - pos), name, ++number);
      pos = nl + 1;
    }
    lex.reindex();
    return lex;
  }

  // Adds another file's entries on top (a user's extension of the bundled list).
  void extend(const Lexicon& other) { add(other.entries_); }

  // Adds entries (say, a chosen part of another lexicon's entries()) and re-indexes once. An
  // entry with no words gets them from its phrase; one with no phrase at all is ignored.
  void add(std::span<const LexiconEntry> more) { add(std::vector<LexiconEntry>(more.begin(), more.end())); }
  void add(const LexiconEntry& e) { add(std::span<const LexiconEntry>(&e, 1)); }
  // The same, taking the entries over instead of copying them.
  void add(std::vector<LexiconEntry>&& more) {
    entries_.reserve(entries_.size() + more.size());
    for (auto& e : more) {
      if (e.words.empty()) {
        e.words = split_words(e.phrase);
        if (e.words.empty()) continue;
        e.phrase = join_words(e.words);
      }
      entries_.push_back(std::move(e));
    }
    more.clear();
    reindex();
  }

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::string& path() const { return path_; }
  bool empty() const { return entries_.empty(); }

  // The longest entry that starts at token i (words compared on lower-case forms).
  // Most tokens start no entry and are turned away by the first-word filter: that test is
  // inlined where match_at is called, and only a token that passes it pays for a call (a call a
  // token and lexicon, saving and restoring the registers of the whole search, had cost more
  // than the filter itself).
  [[gnu::always_inline]] LexiconMatch match_at(std::span<const Token> tokens, uint32_t i) const {
    if (i >= tokens.size()) return {};
    const std::string_view w = view(tokens[i].lower);
    if (w.empty() || !in_filter(w)) return {};
    return match_from(tokens, i, w);
  }

  // The entry for a single word, if any.
  const LexiconEntry* find_word(std::string_view lower) const {
    const Slot* slot = find_slot(lower);
    if (!slot) return nullptr;
    const uint32_t k = slot->begin + slot->phrases;  // the first one-word entry, if any
    return k < slot->begin + slot->count ? &entries_[order_[k].entry] : nullptr;
  }

 private:
  // match_at for tokens[i], whose lower form (first) passed the filter.
  [[gnu::noinline]] LexiconMatch match_from(std::span<const Token> tokens, uint32_t i, std::string_view first) const {
    const Slot* slot = probe(first);
    if (!slot) return {};
    const uint32_t next_key = i + 1 < tokens.size() ? word_key(view(tokens[i + 1].lower)) : 0;
    uint32_t k = slot->begin;
    // When no phrase of this first word goes on with a word of the next word's key, only its
    // one-word entries (the end of the run) can match.
    if (!(slot->second_keys >> second_key_bit(next_key) & 1)) k += slot->phrases;
    for (; k < slot->begin + slot->count; ++k) {  // longest first
      const RunEntry& r = order_[k];
      if (i + r.words > tokens.size()) continue;
      if (r.words > 1 && r.second_key != next_key) continue;  // most phrases end here
      const auto& e = entries_[r.entry];
      bool ok = true;
      for (size_t w = 1; w < r.words && ok; ++w)
        ok = same_word(view(tokens[i + w].lower), e.words[w]);
      if (ok) return {&e, i, r.words};
    }
    return {};
  }

  // The index of first words: an open-addressing table (power-of-two size, linear probing) of
  // slots, each naming a run of order_ (entries with that first word, longest first), and a
  // 16,384-bit filter on (length, first byte, last byte) that turns most tokens away before any
  // hashing: most words of a text start no entry.
  struct Slot {
    std::string key;
    uint32_t begin = 0;
    uint32_t count = 0;    // 0: an empty slot
    uint32_t phrases = 0;  // entries of more than one word: the first of the run
    // A bit (second_key_bit) for the word_key of each phrase's second word. Common first words
    // ("a", "the", "it") start dozens of phrases, and at most tokens none of them can go on with
    // the next word: the walk over them cost a fifth of match_at.
    uint64_t second_keys = 0;
  };
  // An entry in its first word's run, with what match_at tests before comparing words: its
  // length in words and the word_key of its second word. Common first words ("a", "the", "it")
  // start dozens of phrases, and a compare of the second word against each cost a memcmp call.
  struct RunEntry {
    uint32_t entry = 0;       // index in entries_
    uint32_t words = 0;
    uint32_t second_key = 0;  // word_key of the second word; 0 for a one-word entry
  };
  std::string path_;
  std::vector<LexiconEntry> entries_;
  std::vector<RunEntry> order_;
  std::vector<Slot> slots_;
  static constexpr uint32_t kFilterBits = 16384;
  std::array<uint64_t, kFilterBits / 64> filter_{};

  // Length, first and last byte of a word: equal words have equal keys, and most unequal words
  // of a phrase run differ in one of them (a filter: a match is still confirmed by comparing).
  static uint32_t word_key(std::string_view w) {
    if (w.empty()) return 0;
    const uint32_t front = static_cast<unsigned char>(w.front()), back = static_cast<unsigned char>(w.back());
    return (static_cast<uint32_t>(w.size()) << 16) ^ (front << 8) ^ back;
  }
  static uint32_t second_key_bit(uint32_t key) { return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 58); }
  // The filter's bit for a non-empty word: its length, first and last byte, mixed by one
  // multiply. (A 4,096-bit filter indexed by a sum of them, as before, put many pairs of letters
  // on one bit, and the opinion plugin's signal lexicon let about half of all tokens through to
  // its hash table: 131,000 searches on the 1 MB short corpus, 112,000 now.)
  static uint32_t filter_bit(std::string_view w) {
    const uint64_t key = uint64_t{static_cast<unsigned char>(w.front())} |
                         uint64_t{static_cast<unsigned char>(w.back())} << 8 | uint64_t{w.size()} << 16;
    return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 50);  // 14 bits: kFilterBits
  }
  // Whether a non-empty word may start an entry (no: it starts none).
  bool in_filter(std::string_view w) const {
    const uint32_t bit = filter_bit(w);
    return filter_[bit >> 6] >> (bit & 63) & 1;
  }
  const Slot* find_slot(std::string_view w) const {
    if (w.empty() || slots_.empty() || !in_filter(w)) return nullptr;
    return probe(w);
  }
  // The slot of a word that passed the filter, if it has one.
  const Slot* probe(std::string_view w) const {
    const size_t mask = slots_.size() - 1;
    for (size_t at = word_hash(w) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.count == 0) return nullptr;
      if (same_word(slot.key, w)) return &slot;
    }
  }
  // Rebuilds order_, slots_ and filter_ from entries_ (after loading or extending). Entries
  // with the same first word are tried longest first; among equal lengths, in file order.
  void reindex() {
    // Slots by hashing each entry's first word once (no sort over strings: lexicons of a few
    // thousand entries are read at every start), then each slot's run of order_ filled in file
    // order and put longest first.
    size_t size = 8;
    while (size < 2 * entries_.size()) size *= 2;
    slots_.assign(size, Slot{});
    filter_.fill(0);
    std::vector<uint32_t> slot_of(entries_.size());
    for (uint32_t k = 0; k < entries_.size(); ++k) {
      const std::string& key = entries_[k].words.front();
      size_t at = word_hash(key) & (size - 1);
      while (slots_[at].count != 0 && slots_[at].key != key) at = (at + 1) & (size - 1);
      if (slots_[at].count == 0) {
        slots_[at].key = key;
        const uint32_t bit = filter_bit(key);
        filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
      ++slots_[at].count;
      slot_of[k] = static_cast<uint32_t>(at);
    }
    uint32_t next = 0;
    for (auto& slot : slots_) {
      slot.begin = next;
      next += slot.count;
    }
    order_.assign(entries_.size(), RunEntry{});
    std::vector<uint32_t> filled(size, 0);
    for (uint32_t k = 0; k < entries_.size(); ++k) {
      const uint32_t at = slot_of[k];
      const auto& words = entries_[k].words;
      order_[slots_[at].begin + filled[at]++] =
          RunEntry{k, static_cast<uint32_t>(words.size()), words.size() > 1 ? word_key(words[1]) : 0};
    }
    // Longest first, stable: an insertion sort, as runs are short and std::stable_sort
    // allocates a buffer for each.
    for (const auto& slot : slots_)
      for (uint32_t k = slot.begin + 1; k < slot.begin + slot.count; ++k) {
        const RunEntry moving = order_[k];
        uint32_t at = k;
        for (; at > slot.begin && order_[at - 1].words < moving.words; --at) order_[at] = order_[at - 1];
        order_[at] = moving;
      }
    for (auto& slot : slots_)
      for (uint32_t k = slot.begin; k < slot.begin + slot.count && order_[k].words > 1; ++k) {
        ++slot.phrases;
        slot.second_keys |= uint64_t{1} << second_key_bit(order_[k].second_key);
      }
  }

  static std::string_view trim(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
  }

  void add_line(std::string_view line, const std::string& file, int number) {
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (trim(line).empty()) return;
    std::array<std::string_view, 4> fields{};  // fields past the fourth are ignored
    size_t count = 0;
    for (size_t pos = 0;;) {
      const size_t tab = line.find('\t', pos);
      if (count < fields.size())
        fields[count] = trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
      ++count;
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(file + ":" + std::to_string(number) + ": " + why +
                               " (expected: phrase<TAB>category<TAB>weight[<TAB>note])");
    };
    if (count < 2 || fields[0].empty() || fields[1].empty()) fail("an entry needs a phrase and a category");
    LexiconEntry& e = entries_.emplace_back();
    e.line = number;
    e.category = fields[1];
    if (count >= 3 && !fields[2].empty()) {
      std::string_view w = fields[2];
      if (w.size() > 1 && w.front() == '+') w.remove_prefix(1);
      if (w.size() == 1 && w[0] >= '0' && w[0] <= '9') {
        e.weight = w[0] - '0';  // the common case, "1", without the general parser
      } else {
        const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), e.weight);
        if (ec != std::errc() || end != w.data() + w.size())
          fail("weight '" + std::string(fields[2]) + "' is not a number");
      }
    }
    if (count >= 4) e.note = fields[3];
    e.words = split_words(fields[0]);
    e.phrase = join_words(e.words);
  }

  // A phrase's words: split on spaces, ASCII lower-cased.
  static std::vector<std::string> split_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (size_t i = 0; i < phrase.size();) {
      size_t sp = phrase.find(' ', i);
      if (sp == std::string_view::npos) sp = phrase.size();
      if (sp > i) words.push_back(lower_ascii(phrase.substr(i, sp - i)));
      i = sp + 1;
    }
    return words;
  }
  static std::string join_words(const std::vector<std::string>& words) {
    std::string phrase;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) phrase += ' ';
      phrase += words[i];
    }
    return phrase;
  }

  static std::string lower_ascii(std::string_view from) {
    std::string s(from);
    for (auto& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  }
};

}  // namespace slant::sdk
