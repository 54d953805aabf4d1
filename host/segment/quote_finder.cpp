#include "segment/quote_finder.hpp"

#include <array>

#include "segment/abbreviations.hpp"
#include "segment/unicode_text.hpp"

namespace slant::segmentation {
namespace {

// What lies on one side of a quotation mark, as far as opening or closing goes.
enum class Side : uint8_t {
  Space,        // whitespace or the paragraph's edge
  Open,         // an opening bracket
  Transparent,  // another quote mark, a dash or slash: look at the other side instead
  ClosePunct,   // . , ; : ! ? ) and the like
  Other,        // letters, digits, symbols
};

Side side_of(CharClass c) {
  switch (c) {
    case CharClass::Space:
    case CharClass::Format: return Side::Space;
    case CharClass::OpenBracket: return Side::Open;
    case CharClass::Quote:
    case CharClass::Apostrophe:
    case CharClass::Dash:
    case CharClass::Hyphen: return Side::Transparent;
    case CharClass::Period:
    case CharClass::Terminal:
    case CharClass::Ellipsis:
    case CharClass::Comma:
    case CharClass::ClausePunct:
    case CharClass::CloseBracket: return Side::ClosePunct;
    default: return Side::Other;
  }
}

enum class Family : uint8_t { Double, Single, Guillemet, SingleGuillemet };

Family family_of(Glyph g) {
  switch (g) {
    case Glyph::SingleStraight:
    case Glyph::SingleLeft:
    case Glyph::SingleRight:
    case Glyph::SingleLow:
    case Glyph::SingleReversed: return Family::Single;
    case Glyph::GuillemetLeft:
    case Glyph::GuillemetRight: return Family::Guillemet;
    case Glyph::SingleGuillemetLeft:
    case Glyph::SingleGuillemetRight: return Family::SingleGuillemet;
    default: return Family::Double;
  }
}

constexpr size_t kMaxDepth = 8;  // deeper nesting is noise; marks beyond it are left alone

class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, uint32_t para_begin, uint32_t para_end, std::vector<slant_token>& tokens,
              std::vector<TokenInfo>& info, std::vector<slant_quote>& quotes)
      : s_(reinterpret_cast<const unsigned char*>(text.data())),
        begin_(para_begin),
        end_(para_end),
        tokens_(tokens),
        info_(info),
        quotes_(quotes) {}

  void run(uint32_t first, uint32_t last) {
    last_ = last;
    for (uint32_t i = first; i < last; ++i) {
      if (info_[i].cls == TokenClass::QuoteGlyph) handle_mark(i);
      if (info_[i].quote == QuoteRole::None && depth_ != 0) tokens_[i].flags |= SLANT_TOKEN_IN_QUOTE;
    }
    const uint32_t end = tokens_[last - 1].end;
    while (depth_ != 0) cut_top(end);
  }

 private:
  struct Open {
    Family family;
    Glyph opener;
    uint32_t quote;  // index into quotes_
  };

  Side prev_side(uint32_t b) const {
    if (b <= begin_) return Side::Space;
    if (s_[b - 1] < 0x80) return side_of(detail::kAscii[s_[b - 1]]);
    uint32_t p = b - 1;
    while (p > begin_ && p + 3 >= b && (s_[p] & 0xC0u) == 0x80u) --p;
    const Decoded d = decode_utf8(s_, p, end_);
    if (p + d.len != b) return Side::Other;  // an invalid byte: a letter to us
    return side_of(classify(d.cp, d.valid));
  }

  Side next_side(uint32_t e) const {
    if (e >= end_) return Side::Space;
    if (s_[e] < 0x80) {
      const Side s = side_of(detail::kAscii[s_[e]]);
      return s == Side::Open ? Side::Other : s;
    }
    const Decoded d = decode_utf8(s_, e, end_);
    const Side s = side_of(classify(d.cp, d.valid));
    return s == Side::Open ? Side::Other : s;
  }

  int find_open(Family f) const {
    for (int k = static_cast<int>(depth_) - 1; k >= 0; --k)
      if (stack_[k].family == f) return k;
    return -1;
  }

  void handle_mark(uint32_t i) {
    const slant_token& t = tokens_[i];
    const Side prev = prev_side(t.begin);
    const Side next = next_side(t.end);
    const bool can_open = next != Side::Space &&
                          (prev == Side::Space || prev == Side::Open || (prev == Side::Transparent && next == Side::Other));
    const bool can_close = prev != Side::Space && prev != Side::Open &&
                           (prev == Side::Other || prev == Side::ClosePunct || next != Side::Other);
    const Glyph g = info_[i].glyph;
    const Family f = family_of(g);
    const int o = find_open(f);
    switch (g) {
      case Glyph::DoubleStraight:
        if (can_close) {
          if (o >= 0) close(i, o);
        } else if (can_open || o < 0) {
          open(i, f, g);
        } else {
          close(i, o);
        }
        break;
      case Glyph::DoubleLeft:
      case Glyph::DoubleReversed:
      case Glyph::SingleLeft:
      case Glyph::SingleReversed:
        if (can_open || !can_close) {
          open(i, f, g);
        } else if (o >= 0) {
          close(i, o);  // a left mark misused as a closing one
        } else if (f == Family::Double && prev == Side::ClosePunct) {
          open(i, f, g);  // typed right after a comma ("said,\u201cWe"), with nothing to close
        }  // a left single mark after a word with nothing to close is an apostrophe ("CBS\u2018 show")
        break;
      case Glyph::DoubleRight:
        if (o >= 0) {
          close(i, o);
        } else if (can_open && !can_close) {
          open(i, f, g);  // a right mark misused as an opening one
        }
        break;
      case Glyph::DoubleLow:
      case Glyph::SingleLow:
        if (!can_close) open(i, f, g);
        break;
      case Glyph::SingleRight:
        // Mostly an apostrophe; a closing mark only when a single quote is open.
        if (o >= 0 && !can_open && !looks_possessive(i)) close(i, o);
        break;
      case Glyph::SingleStraight:
        if (o >= 0 && can_close && !looks_possessive(i)) {
          close(i, o);
        } else if (can_open && (depth_ != 0 || straight_single_closes(i))) {
          // inside another quote ' opens; at the top level (British plain text: 'We won,' he
          // said) only when a mark that can close it follows in the paragraph: elsewhere it is
          // an apostrophe (the tokenizer has already made words of 'em, 'n', '90s)
          open(i, f, g);
        }
        break;
      case Glyph::GuillemetLeft:
      case Glyph::SingleGuillemetLeft:
        if (o >= 0 && stack_[o].opener != g && !can_open) {
          close(i, o);  // German-style >>text<<
        } else if (can_open || !can_close) {
          open(i, f, g);
        }
        break;
      case Glyph::GuillemetRight:
      case Glyph::SingleGuillemetRight:
        if (o >= 0 && stack_[o].opener != g && !can_open) {
          close(i, o);
        } else if (o < 0 && can_open) {
          open(i, f, g);
        }
        break;
      case Glyph::None:
        break;
    }
  }

  // Whether a straight ' at i, opening at the top level, meets a straight ' that can close it
  // within the next kLookahead tokens of the paragraph: attached to the word or punctuation
  // before it, followed by a space, punctuation or the paragraph's end, and no plural's
  // possessive. The bound keeps a paragraph of stray apostrophes linear.
  bool straight_single_closes(uint32_t i) const {
    constexpr uint32_t kLookahead = 120;
    for (uint32_t j = i + 2; j < last_ && j - i <= kLookahead; ++j) {
      if (info_[j].cls != TokenClass::QuoteGlyph || info_[j].glyph != Glyph::SingleStraight) continue;
      const Side prev = prev_side(tokens_[j].begin), next = next_side(tokens_[j].end);
      if (prev == Side::Space || prev == Side::Open) continue;  // another opening
      if (next == Side::Other) continue;                        // inside a word
      if (!looks_possessive(j)) return true;
    }
    return false;
  }

  // "the members' ability": an apostrophe after a plural's s, then a lower-case word, is a
  // possessive rather than a closing mark, unless that word is one that typically follows a
  // closing mark ("... the cats' he said", "... orders' in his speech").
  bool looks_possessive(uint32_t i) const {
    const slant_token& t = tokens_[i];
    if (t.begin <= begin_ || (s_[t.begin - 1] | 0x20) != 's') return false;
    if (i + 1 >= last_ || tokens_[i + 1].begin == t.end) return false;
    const slant_token& n = tokens_[i + 1];
    if (n.kind != SLANT_TOKEN_WORD || (info_[i + 1].letters & kStartsLower) == 0) return false;
    return !follows_closing_quote(std::string_view(n.lower.data, n.lower.size));
  }

  void open(uint32_t i, Family f, Glyph g) {
    // A second opening mark of the family on top means the first was never closed.
    if (depth_ != 0 && stack_[depth_ - 1].family == f) cut_top(tokens_[i - 1].end);
    if (depth_ == kMaxDepth) return;
    slant_token& t = tokens_[i];
    t.flags |= SLANT_TOKEN_QUOTE_MARK | (depth_ != 0 ? SLANT_TOKEN_IN_QUOTE : 0u);
    info_[i].quote = QuoteRole::Opening;
    stack_[depth_] = Open{f, g, static_cast<uint32_t>(quotes_.size())};
    quotes_.push_back(slant_quote{t.begin, t.end, t.end, t.end, static_cast<uint32_t>(depth_), 0});
    ++depth_;
  }

  void close(uint32_t i, int k) {
    slant_token& t = tokens_[i];
    while (static_cast<int>(depth_) - 1 > k) cut_top(tokens_[i - 1].end);
    slant_quote& q = quotes_[stack_[k].quote];
    q.content_end = t.begin;
    q.end = t.end;
    q.closed = 1;
    --depth_;
    t.flags |= SLANT_TOKEN_QUOTE_MARK | (depth_ != 0 ? SLANT_TOKEN_IN_QUOTE : 0u);
    info_[i].quote = QuoteRole::Closing;
  }

  // Ends the innermost open quote unclosed at byte `end` (the end of its last token).
  void cut_top(uint32_t end) {
    slant_quote& q = quotes_[stack_[depth_ - 1].quote];
    q.content_end = end < q.content_begin ? q.content_begin : end;
    q.end = q.content_end;
    q.closed = 0;
    --depth_;
  }

  const unsigned char* s_;
  uint32_t begin_;
  uint32_t end_;
  std::vector<slant_token>& tokens_;
  std::vector<TokenInfo>& info_;
  std::vector<slant_quote>& quotes_;
  std::array<Open, kMaxDepth> stack_{};
  size_t depth_ = 0;
  uint32_t last_ = 0;
};

}  // namespace

void find_quotes(std::string_view text, uint32_t para_begin, uint32_t para_end, uint32_t first, uint32_t last,
                 std::vector<slant_token>& tokens, std::vector<TokenInfo>& info, std::vector<slant_quote>& quotes) {
  if (first >= last) return;
  QuoteFinder(text, para_begin, para_end, tokens, info, quotes).run(first, last);
}

}  // namespace slant::segmentation
