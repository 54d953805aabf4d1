// A small test helper for plugin authors, shipped with the SDK: builds a segmented article from
// plain text without the host, and runs a plugin class on it through the C boundary the host uses.
#pragma once

// Why a built-in segmenter: a plugin's rule tests should run in milliseconds with nothing but
// the SDK headers and a test framework, so the helper cannot link the host's segmenter. Its
// segmenter follows the host's token contract (docs/plugin-guide.md) on ordinary prose:
// words split on whitespace and punctuation, clitics split PTB-style ("China's" -> "China"
// "'s", "don't" -> "do" "n't"), hyphenated words kept whole, "U.S." and common titles ("Mr.")
// keep their period, "3.5" and "1,000" are NUMBER tokens, lower forms with straight quotes,
// paragraphs at blank lines, sentences at . ! ? before a capital or a quote, double-quote
// regions (straight or curly, one level; an unclosed one runs to the paragraph's end). It is
// simpler than the host's on purpose: no nested quotes, a short abbreviation list, no initials
// ("J. Smith") or "Sept. 11" cases. For those, test end to end with the real host:
//   slant check --plugin-dir build/plugins --plugins your-id --format json article.txt
// and read "findings" (docs/plugin-guide.md, "Testing a plugin").

#include <slant/plugin.hpp>

#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slant::testing {

struct ArticleMeta {
  std::string id = "test";
  std::string title, outlet, byline, date, url, section;
};

// A segmented article owned by the test; view() is valid while it lives (it is not movable).
class TestArticle {
 public:
  explicit TestArticle(std::string text, ArticleMeta meta = {}) : text_(std::move(text)), meta_(std::move(meta)) {
    segment();
  }
  TestArticle(const TestArticle&) = delete;
  TestArticle& operator=(const TestArticle&) = delete;

  const std::string& text() const { return text_; }
  const std::vector<slant_paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<slant_sentence>& sentences() const { return sentences_; }
  const std::vector<slant_token>& tokens() const { return tokens_; }
  const std::vector<slant_quote>& quotes() const { return quotes_; }
  std::string_view token_text(size_t i) const { return std::string_view(text_).substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }

  slant_article_view view() const {
    slant_article_view v{};
    v.struct_size = sizeof v;
    v.id = sdk::str(meta_.id);
    v.text = sdk::str(text_);
    v.title = sdk::str(meta_.title);
    v.outlet = sdk::str(meta_.outlet);
    v.byline = sdk::str(meta_.byline);
    v.date = sdk::str(meta_.date);
    v.url = sdk::str(meta_.url);
    v.section = sdk::str(meta_.section);
    v.paragraphs = paragraphs_.data();
    v.paragraph_count = static_cast<uint32_t>(paragraphs_.size());
    v.sentences = sentences_.data();
    v.sentence_count = static_cast<uint32_t>(sentences_.size());
    v.tokens = tokens_.data();
    v.token_count = static_cast<uint32_t>(tokens_.size());
    v.quotes = quotes_.data();
    v.quote_count = static_cast<uint32_t>(quotes_.size());
    return v;
  }

 private:
  std::string text_;
  ArticleMeta meta_;
  std::vector<slant_paragraph> paragraphs_;
  std::vector<slant_sentence> sentences_;
  std::vector<slant_token> tokens_;
  std::vector<slant_quote> quotes_;
  std::deque<std::string> lower_;  // a deque never moves its strings, so token.lower stays valid

  static bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
  static size_t utf8_length(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
  // A character that is part of a word: ASCII letters and digits, and any non-ASCII character
  // that is not one of the quotes and dashes below.
  bool word_char(size_t i) const {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) return ascii_alnum(c);
    return !is_any(i, {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\x93",
                       "\xE2\x80\xA6", "\xC2\xA0"});
  }
  bool is_any(size_t i, std::initializer_list<const char*> seqs) const {
    for (const char* s : seqs)
      if (text_.compare(i, std::strlen(s), s) == 0) return true;
    return false;
  }
  bool apostrophe_at(size_t i, size_t* len) const {
    if (i < text_.size() && text_[i] == '\'') return *len = 1, true;
    if (is_any(i, {"\xE2\x80\x99"})) return *len = 3, true;
    return false;
  }
  static bool is_abbreviation(std::string_view lower) {
    static const char* const known[] = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep",
                                        "lt", "col", "sgt", "capt", "inc", "corp", "ltd", "co", "vs", "etc", "jan",
                                        "feb", "aug", "sept", "oct", "nov", "dec", "no"};
    for (const char* k : known)
      if (lower == k) return true;
    return false;
  }

  std::string lower_of(std::string_view s) const {
    std::string out;
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c + 32);
        ++i;
      } else if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
        out += '\'';
        i += 3;
      } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) {
        out += '"';
        i += 3;
      } else if (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(s[i + 1]) <= 0x9E && static_cast<unsigned char>(s[i + 1]) != 0x97) {
        out += static_cast<char>(0xC3);
        out += static_cast<char>(static_cast<unsigned char>(s[i + 1]) + 0x20);  // Latin-1 capitals
        i += 2;
      } else {
        out += static_cast<char>(c);
        ++i;
      }
    }
    return out;
  }

  void add_token(size_t b, size_t e, uint8_t kind) {
    slant_token t{};
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    std::string_view s(text_.data() + b, e - b);
    lower_.push_back(lower_of(s));
    t.lower = sdk::str(lower_.back());
    unsigned char c0 = static_cast<unsigned char>(s[0]);
    bool first_upper = (c0 >= 'A' && c0 <= 'Z') || (c0 == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) <= 0x9E);
    if (kind == SLANT_TOKEN_WORD && first_upper) t.flags |= SLANT_TOKEN_CAPITALIZED;
    int letters = 0, upper = 0;
    for (unsigned char c : s)
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        ++letters;
        upper += c <= 'Z';
      }
    if (kind == SLANT_TOKEN_WORD && letters >= 2 && upper == letters) t.flags |= SLANT_TOKEN_ALL_CAPS;
    if (s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D") t.flags |= SLANT_TOKEN_QUOTE_MARK;
    tokens_.push_back(t);
  }

  // Tokens of text_[b, e): one paragraph.
  void tokenize(size_t b, size_t e) {
    size_t i = b;
    while (i < e) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || is_any(i, {"\xC2\xA0"})) {
        i += utf8_length(c);
        continue;
      }
      if (!word_char(i)) {
        size_t n = utf8_length(c);
        size_t apo = 0;
        // "'s", "'re", ... after a word are clitic tokens.
        if (apostrophe_at(i, &apo) && !tokens_.empty() && tokens_.back().end == i && tokens_.back().kind == SLANT_TOKEN_WORD &&
            i + apo < e && ascii_alnum(static_cast<unsigned char>(text_[i + apo]))) {
          size_t j = i + apo;
          while (j < e && word_char(j)) j += utf8_length(static_cast<unsigned char>(text_[j]));
          add_token(i, j, SLANT_TOKEN_WORD);
          i = j;
          continue;
        }
        bool symbol = std::strchr("$%&+=<>#@*/\\^|~", static_cast<char>(c)) != nullptr && c < 0x80;
        add_token(i, i + n, symbol ? SLANT_TOKEN_SYMBOL : SLANT_TOKEN_PUNCT);
        i += n;
        continue;
      }
      size_t j = i;
      bool digits_only = true;
      for (;;) {
        while (j < e && word_char(j)) {
          unsigned char d = static_cast<unsigned char>(text_[j]);
          if (!(d >= '0' && d <= '9')) digits_only = false;
          j += utf8_length(d);
        }
        // Joiners inside a word: hyphen between word characters, "." and "," inside numbers,
        // "." inside an abbreviation such as U.S.
        if (j + 1 < e && (text_[j] == '-' || text_[j] == '.' || text_[j] == ',') && word_char(j + 1)) {
          char joiner = text_[j];
          unsigned char next = static_cast<unsigned char>(text_[j + 1]);
          bool number = digits_only && next >= '0' && next <= '9';
          bool abbrev = joiner == '.' && j - i == 1 && (next | 0x20) >= 'a' && (next | 0x20) <= 'z';
          if (joiner == '-' || number || abbrev || (joiner == '.' && j >= 2 && text_[j - 2] == '.')) {
            ++j;
            continue;
          }
        }
        break;
      }
      // "n't" belongs to the clitic: "don't" -> "do" + "n't".
      size_t apo = 0;
      if (j - i >= 2 && (text_[j - 1] | 0x20) == 'n' && apostrophe_at(j, &apo) && j + apo < e && (text_[j + apo] | 0x20) == 't' &&
          (j + apo + 1 >= e || !word_char(j + apo + 1))) {
        add_token(i, j - 1, SLANT_TOKEN_WORD);
        add_token(j - 1, j + apo + 1, SLANT_TOKEN_WORD);
        i = j + apo + 1;
        continue;
      }
      std::string_view word(text_.data() + i, j - i);
      if (j < e && text_[j] == '.' && (word.find('.') != std::string_view::npos || is_abbreviation(lower_of(word)))) ++j;
      add_token(i, j, digits_only ? SLANT_TOKEN_NUMBER : SLANT_TOKEN_WORD);
      i = j;
    }
  }

  bool opens_sentence(const slant_token& t) const {
    unsigned char c = static_cast<unsigned char>(text_[t.begin]);
    return (t.flags & SLANT_TOKEN_CAPITALIZED) || (t.flags & SLANT_TOKEN_QUOTE_MARK) || (c >= '0' && c <= '9');
  }

  void segment() {
    size_t pos = 0;
    while (pos < text_.size()) {
      // A paragraph runs to the next blank line.
      size_t end = pos;
      for (;;) {
        size_t nl = text_.find('\n', end);
        if (nl == std::string::npos) {
          end = text_.size();
          break;
        }
        size_t k = nl + 1;
        while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t' || text_[k] == '\r')) ++k;
        if (k >= text_.size() || text_[k] == '\n') {
          end = nl;
          break;
        }
        end = nl + 1;
      }
      size_t first_token = tokens_.size();
      tokenize(pos, end);
      if (tokens_.size() > first_token) paragraph(first_token);
      pos = end + 1;
    }
  }

  void paragraph(size_t first) {
    const size_t last = tokens_.size();
    slant_paragraph p{};
    p.begin = tokens_[first].begin;
    p.end = tokens_[last - 1].end;
    p.first_sentence = static_cast<uint32_t>(sentences_.size());
    // Double-quote regions: straight quotes toggle, curly ones say which side they are.
    bool open = false;
    slant_quote q{};
    std::vector<bool> closing(last - first, false);
    for (size_t i = first; i < last; ++i) {
      auto& t = tokens_[i];
      if (!(t.flags & SLANT_TOKEN_QUOTE_MARK)) {
        if (open) t.flags |= SLANT_TOKEN_IN_QUOTE;
        continue;
      }
      bool opening = text_.compare(t.begin, 3, "\xE2\x80\x9C") == 0 ? true
                     : text_.compare(t.begin, 3, "\xE2\x80\x9D") == 0 ? false
                                                                    : !open;
      if (opening && !open) {
        open = true;
        q = slant_quote{t.begin, 0, t.end, 0, 0, 0};
      } else if (!opening && open) {
        open = false;
        q.end = t.end;
        q.content_end = t.begin;
        q.closed = 1;
        quotes_.push_back(q);
        closing[i - first] = true;
      }
    }
    if (open) {
      q.end = q.content_end = tokens_[last - 1].end;
      quotes_.push_back(q);
    }
    // Sentences end at . ! ? (with closing quotes and brackets after them) before a token that
    // can open a sentence.
    size_t start = first;
    for (size_t i = first; i < last; ++i) {
      std::string_view s = token_text(i);
      if (s != "." && s != "!" && s != "?") continue;
      size_t k = i + 1;
      while (k < last && (token_text(k) == ")" || closing[k - first])) ++k;
      if (k < last && !opens_sentence(tokens_[k])) continue;
      sentence(start, k);
      start = k;
      i = k - 1;
    }
    if (start < last) sentence(start, last);
    p.sentence_count = static_cast<uint32_t>(sentences_.size()) - p.first_sentence;
    paragraphs_.push_back(p);
  }

  void sentence(size_t first, size_t last) {
    slant_sentence s{};
    s.begin = tokens_[first].begin;
    s.end = tokens_[last - 1].end;
    s.first_token = static_cast<uint32_t>(first);
    s.token_count = static_cast<uint32_t>(last - first);
    s.paragraph = static_cast<uint32_t>(paragraphs_.size());
    for (size_t i = first; i < last; ++i) tokens_[i].sentence = static_cast<uint32_t>(sentences_.size());
    // As the host does: the first token, and the first word after opening punctuation.
    for (size_t i = first; i < last; ++i) {
      tokens_[i].flags |= SLANT_TOKEN_SENTENCE_START;
      if (tokens_[i].kind != SLANT_TOKEN_PUNCT) break;
    }
    sentences_.push_back(s);
  }
};

// One finding as the plugin reported it, with the text of its span.
struct RecordedFinding {
  std::string kind;
  slant_span span{0, 0};
  std::string text;  // the article's text under span
  std::string rule, evidence, explanation;
  double weight = 1;
  std::vector<std::pair<std::string, slant_span>> parts;
  std::map<std::string, std::string> attributes;

  // The span of the first part with this role, or {0, 0}.
  slant_span part(std::string_view role) const {
    for (const auto& [r, s] : parts)
      if (r == role) return s;
    return {0, 0};
  }
};

struct Result {
  bool ok = true;  // false: analyse failed (threw); the host would drop the findings
  std::vector<RecordedFinding> findings;
  std::map<std::string, double> metrics;
  std::vector<std::string> diagnostics;

  std::vector<RecordedFinding> of_kind(std::string_view kind) const {
    std::vector<RecordedFinding> out;
    for (const auto& f : findings)
      if (f.kind == kind) out.push_back(f);
    return out;
  }
};

// Creates Plugin through its exported descriptor, as the host does (parameters defaulted and
// checked by the SDK), and runs it on test articles.
template <class Plugin>
class PluginRunner {
 public:
  explicit PluginRunner(std::string data_dir = {}, std::map<std::string, std::string> params = {})
      : data_dir_(std::move(data_dir)), params_(std::move(params)) {
    d_ = sdk::detail::descriptor<Plugin>();
    if (!d_) throw std::runtime_error("the plugin's info() threw: no descriptor");
    std::vector<slant_param_value> values;
    for (const auto& [k, v] : params_) values.push_back({sdk::str(k), sdk::str(v)});
    slant_config c{};
    c.struct_size = sizeof c;
    c.data_dir = sdk::str(data_dir_);
    c.params = values.data();
    c.param_count = static_cast<uint32_t>(values.size());
    Sink errors;
    slant_sink sink = errors.sink();
    if (d_->create(&c, &sink, &instance_) != SLANT_OK || !instance_) {
      std::string why;
      for (const auto& m : errors.result.diagnostics) why += (why.empty() ? "" : "; ") + m;
      throw std::runtime_error("the plugin could not start: " + (why.empty() ? std::string("create failed") : why));
    }
  }
  PluginRunner(const PluginRunner&) = delete;
  PluginRunner& operator=(const PluginRunner&) = delete;
  ~PluginRunner() {
    if (instance_) d_->destroy(instance_);
  }

  Result run(const TestArticle& article) const {
    Sink out;
    out.text = &article.text();
    slant_sink sink = out.sink();
    const slant_article_view view = article.view();
    out.result.ok = d_->analyse(instance_, &view, &sink) == SLANT_OK;
    return std::move(out.result);
  }
  Result run(std::string text) const {
    TestArticle article(std::move(text));
    return run(article);
  }

 private:
  struct Sink {
    Result result;
    const std::string* text = nullptr;
    slant_sink sink() {
      return {this, &Sink::finding, &Sink::metric, &Sink::diagnostic};
    }
    static int finding(void* ctx, const slant_finding* f) {
      auto* self = static_cast<Sink*>(ctx);
      RecordedFinding r;
      r.kind = std::string(sdk::view(f->kind));
      r.span = f->span;
      if (self->text && f->span.begin <= f->span.end && f->span.end <= self->text->size())
        r.text = self->text->substr(f->span.begin, f->span.end - f->span.begin);
      r.rule = std::string(sdk::view(f->rule));
      r.evidence = std::string(sdk::view(f->evidence));
      r.explanation = std::string(sdk::view(f->explanation));
      r.weight = f->weight;
      for (uint32_t i = 0; i < f->part_count; ++i) r.parts.emplace_back(std::string(sdk::view(f->parts[i].role)), f->parts[i].span);
      for (uint32_t i = 0; i < f->attribute_count; ++i)
        r.attributes[std::string(sdk::view(f->attributes[i].key))] = std::string(sdk::view(f->attributes[i].value));
      self->result.findings.push_back(std::move(r));
      return SLANT_OK;
    }
    static int metric(void* ctx, slant_str name, double value) {
      static_cast<Sink*>(ctx)->result.metrics[std::string(sdk::view(name))] = value;
      return SLANT_OK;
    }
    static void diagnostic(void* ctx, int, slant_str message) {
      static_cast<Sink*>(ctx)->result.diagnostics.emplace_back(sdk::view(message));
    }
  };

  std::string data_dir_;
  std::map<std::string, std::string> params_;
  const slant_plugin_descriptor* d_ = nullptr;
  void* instance_ = nullptr;
};

}  // namespace slant::testing
