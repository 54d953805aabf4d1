// Lexicons as data: one entry a line ("phrase<TAB>category<TAB>weight<TAB>optional note"),
// matched as token sequences on the tokens' lower-case forms. Header-only, part of the SDK.
#pragma once

#include <slant/plugin.hpp>

#include <algorithm>
#include <fstream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
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
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open lexicon file");
    Lexicon lex;
    lex.path_ = path;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      lex.add_line(line, path, number);
    }
    return lex;
  }

  // Parses lexicon text held in memory (tests, embedded defaults).
  static Lexicon parse(std::string_view text, const std::string& name = "<inline>") {
    Lexicon lex;
    lex.path_ = name;
    int number = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      lex.add_line(std::string(text.substr(pos, nl - pos)), name, ++number);
      pos = nl + 1;
    }
    return lex;
  }

  // Adds another file's entries on top (a user's extension of the bundled list).
  void extend(const Lexicon& other) {
    for (const auto& e : other.entries_) insert(e);
  }

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::string& path() const { return path_; }
  bool empty() const { return entries_.empty(); }

  // The longest entry that starts at token i (words compared on lower-case forms).
  LexiconMatch match_at(std::span<const Token> tokens, uint32_t i) const {
    if (i >= tokens.size()) return {};
    auto it = by_first_.find(std::string_view(view(tokens[i].lower)));
    if (it == by_first_.end()) return {};
    for (size_t idx : it->second) {  // sorted longest first
      const auto& e = entries_[idx];
      if (i + e.words.size() > tokens.size()) continue;
      bool ok = true;
      for (size_t w = 1; w < e.words.size() && ok; ++w)
        ok = view(tokens[i + w].lower) == e.words[w];
      if (ok) return {&e, i, static_cast<uint32_t>(e.words.size())};
    }
    return {};
  }

  // The entry for a single word, if any.
  const LexiconEntry* find_word(std::string_view lower) const {
    auto it = by_first_.find(lower);
    if (it == by_first_.end()) return nullptr;
    for (size_t idx : it->second)
      if (entries_[idx].words.size() == 1) return &entries_[idx];
    return nullptr;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string path_;
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>, Hash, std::equal_to<>> by_first_;

  static std::string trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
  }

  void add_line(const std::string& raw, const std::string& file, int number) {
    std::string_view line(raw);
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (trim(line).empty()) return;
    std::vector<std::string> fields;
    size_t pos = 0;
    while (true) {
      size_t tab = line.find('\t', pos);
      fields.push_back(trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos)));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(file + ":" + std::to_string(number) + ": " + why +
                               " (expected: phrase<TAB>category<TAB>weight[<TAB>note])");
    };
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) fail("an entry needs a phrase and a category");
    LexiconEntry e;
    e.line = number;
    e.category = fields[1];
    if (fields.size() >= 3 && !fields[2].empty()) {
      try {
        size_t used = 0;
        e.weight = std::stod(fields[2], &used);
        if (used != fields[2].size()) fail("weight '" + fields[2] + "' is not a number");
      } catch (const std::invalid_argument&) {
        fail("weight '" + fields[2] + "' is not a number");
      }
    }
    if (fields.size() >= 4) e.note = fields[3];
    std::string phrase;
    for (size_t i = 0; i < fields[0].size();) {
      size_t sp = fields[0].find(' ', i);
      if (sp == std::string::npos) sp = fields[0].size();
      if (sp > i) e.words.push_back(lower_ascii(fields[0].substr(i, sp - i)));
      i = sp + 1;
    }
    for (size_t i = 0; i < e.words.size(); ++i) phrase += (i ? " " : "") + e.words[i];
    e.phrase = phrase;
    insert(e);
  }

  static std::string lower_ascii(std::string s) {
    for (auto& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  }

  void insert(const LexiconEntry& e) {
    entries_.push_back(e);
    auto& list = by_first_[e.words.front()];
    list.push_back(entries_.size() - 1);
    std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
      return entries_[a].words.size() > entries_[b].words.size();
    });
  }
};

}  // namespace slant::sdk
