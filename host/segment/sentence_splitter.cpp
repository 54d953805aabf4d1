#include "segment/sentence_splitter.hpp"

#include "segment/abbreviations.hpp"

namespace slant::segmentation {
namespace {

bool may_end_sentence(TokenClass c) {
  return c == TokenClass::Period || c == TokenClass::Terminal || c == TokenClass::Ellipsis || is_abbreviation(c);
}

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, std::vector<slant_token>& tokens, const std::vector<TokenInfo>& info)
      : text_(text), tokens_(tokens), info_(info) {}

  void run(uint32_t paragraph, uint32_t first, uint32_t last, std::vector<slant_sentence>& out) {
    last_ = last;
    uint32_t start = first;
    uint32_t i = first;
    while (i < last) {
      if (!may_end_sentence(info_[i].cls)) {
        ++i;
        continue;
      }
      // Closing quote marks and brackets right after the stop belong to this sentence.
      uint32_t j = i + 1;
      while (j < last && closes_after(j)) ++j;
      if (j < last && boundary_between(i, j)) {
        emit(paragraph, start, j, out);
        start = j;
      }
      i = j;
    }
    emit(paragraph, start, last, out);
  }

 private:
  // Token j, right after a stop, still belongs to the sentence: a closing quote mark or
  // bracket, or a quote mark the finder could not pair that touches the stop ("done.'" where
  // the opening mark was lost).
  bool closes_after(uint32_t j) const {
    const TokenInfo& t = info_[j];
    if (t.quote == QuoteRole::Closing || t.cls == TokenClass::CloseBracket) return true;
    return t.cls == TokenClass::QuoteGlyph && t.quote == QuoteRole::None && tokens_[j].begin == tokens_[j - 1].end;
  }

  // Whether a sentence ends after the stop at i (and the closers up to j), before token j.
  bool boundary_between(uint32_t i, uint32_t j) const {
    const bool closed_quote = j > i + 1;
    switch (info_[i].cls) {
      case TokenClass::AbbrevTitle:
      case TokenClass::AbbrevNoSplit:
        return false;
      case TokenClass::AbbrevBeforeNumber:
      case TokenClass::AbbrevMonth:
        if (tokens_[j].kind == SLANT_TOKEN_NUMBER) return false;
        [[fallthrough]];
      case TokenClass::AbbrevInitial:
      case TokenClass::AbbrevOther:
        // The period may be the abbreviation's alone: end only before a typical opening word.
        if (closed_quote) return plain_boundary(j);
        return starts_sentence(j) ||
               (info_[j].quote == QuoteRole::Opening && j + 1 < last_ && info_[i].cls == TokenClass::AbbrevOther &&
                (tokens_[j + 1].flags & SLANT_TOKEN_CAPITALIZED));
      case TokenClass::Terminal:
        if (closed_quote && attribution_follows(j)) return false;
        return plain_boundary(j);
      default:
        return plain_boundary(j);
    }
  }

  // After a plain stop: a boundary unless the next token continues the sentence (a lower-case
  // word, a comma, a closing bracket ...).
  bool plain_boundary(uint32_t j) const {
    const slant_token& n = tokens_[j];
    switch (n.kind) {
      case SLANT_TOKEN_WORD: return (info_[j].letters & kStartsLower) == 0;
      case SLANT_TOKEN_NUMBER: return n.begin != tokens_[j - 1].end;  // "(.312 in)", "BA.5"
      case SLANT_TOKEN_SYMBOL: return true;
      default: break;
    }
    switch (info_[j].cls) {
      case TokenClass::QuoteGlyph: return info_[j].quote != QuoteRole::Closing;
      case TokenClass::OpenBracket:
      case TokenClass::Dash: return true;
      default: return false;
    }
  }

  bool starts_sentence(uint32_t j) const {
    const slant_token& n = tokens_[j];
    return n.kind == SLANT_TOKEN_WORD && is_sentence_starter(text_.substr(n.begin, n.end - n.begin));
  }

  // `"Where is it?" Smith asked.`: capitalised words (a name, a title) and then a speech verb.
  bool attribution_follows(uint32_t j) const {
    uint32_t k = j;
    while (k < last_ && k < j + 6 &&
           ((tokens_[k].flags & SLANT_TOKEN_CAPITALIZED) || info_[k].cls == TokenClass::AbbrevTitle))
      ++k;
    if (k == j || k >= last_ || tokens_[k].kind != SLANT_TOKEN_WORD) return false;
    const slant_str& lower = tokens_[k].lower;
    return lower.data != nullptr && is_speech_verb(std::string_view(lower.data, lower.size));
  }

  void emit(uint32_t paragraph, uint32_t b, uint32_t e, std::vector<slant_sentence>& out) {
    if (b >= e) return;
    const auto index = static_cast<uint32_t>(out.size());
    out.push_back(slant_sentence{tokens_[b].begin, tokens_[e - 1].end, b, e - b, paragraph});
    for (uint32_t k = b; k < e; ++k) tokens_[k].sentence = index;
    // The first token starts the sentence, and so does the first word after opening punctuation
    // (a quote mark, a bracket), so "capitalised but not sentence-initial" means a name.
    for (uint32_t k = b; k < e; ++k) {
      tokens_[k].flags |= SLANT_TOKEN_SENTENCE_START;
      if (tokens_[k].kind != SLANT_TOKEN_PUNCT) break;
    }
  }

  std::string_view text_;
  std::vector<slant_token>& tokens_;
  const std::vector<TokenInfo>& info_;
  uint32_t last_ = 0;
};

}  // namespace

void split_sentences(std::string_view text, uint32_t paragraph, uint32_t first, uint32_t last,
                     std::vector<slant_token>& tokens, const std::vector<TokenInfo>& info,
                     std::vector<slant_sentence>& sentences) {
  if (first >= last) return;
  SentenceSplitter(text, tokens, info).run(paragraph, first, last, sentences);
}

}  // namespace slant::segmentation
