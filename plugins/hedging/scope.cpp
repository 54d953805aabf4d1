#include "scope.hpp"

#include <array>
#include <string_view>

namespace slant::plugins::hedging {
namespace {

using namespace std::string_view_literals;

constexpr std::array kBoundaryMarks = {";"sv, "—"sv, "–"sv, "--"sv, "―"sv, "-"sv};

constexpr std::array kSubordinateOpeners = {"as"sv,     "while"sv, "because"sv, "although"sv, "though"sv, "when"sv,
                                       "whereas"sv, "since"sv, "unless"sv,  "after"sv,    "before"sv};
constexpr std::array kAttributionTags = {"said"sv, "says"sv, "say"sv, "told"sv, "added"sv, "reported"sv, "estimated"sv};

bool boundary(const SentenceWords& w, int64_t i) {
  if (w.is_punct(i) && w.in(i, kBoundaryMarks)) return true;
  if (w.is(i, ",")) {
    // ", as crews raced to the levee": a comma before a subordinate clause ends the one before
    if (w.in(i + 1, kSubordinateOpeners)) return true;
    // ", officials said,": the attribution tag after a comma is no part of what is hedged
    for (int64_t k = i + 1; k <= i + 4 && w.is_word(k); ++k)
      if (w.in(k, kAttributionTags)) return true;
  }
  return w.is(i, "but");  // coordinating "but" opens a new clause
}

}  // namespace

ClauseBounds::ClauseBounds(const SentenceWords& w) {
  const int64_t n = w.size();
  next_.assign(static_cast<size_t>(n + 1), n);
  next_quote_.assign(static_cast<size_t>(n + 1), n);
  prev_.assign(static_cast<size_t>(n), -1);
  prev_quote_.assign(static_cast<size_t>(n), -1);
  // Each token is tested once: bit 0 a clause boundary, bit 1 a boundary inside a quote.
  std::vector<unsigned char> kind(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    const bool b = boundary(w, i);
    kind[static_cast<size_t>(i)] = static_cast<unsigned char>(
        (b ? 1 : 0) | ((b || w.flag(i, SLANT_TOKEN_QUOTE_MARK) || !w.flag(i, SLANT_TOKEN_IN_QUOTE)) ? 2 : 0));
  }
  for (int64_t i = n - 1; i >= 0; --i) {
    next_[i] = (kind[i] & 1) ? i : next_[i + 1];
    next_quote_[i] = (kind[i] & 2) ? i : next_quote_[i + 1];
  }
  for (int64_t i = 0; i < n; ++i) {
    prev_[i] = (kind[i] & 1) ? i : (i ? prev_[i - 1] : -1);
    prev_quote_[i] = (kind[i] & 2) ? i : (i ? prev_quote_[i - 1] : -1);
  }
}

int64_t ClauseBounds::clause_last(int64_t i, bool in_quote) const {
  const auto& next = in_quote ? next_quote_ : next_;
  const int64_t n = static_cast<int64_t>(next.size()) - 1;
  if (i + 1 > n) return n - 1;
  return next[i + 1] - 1;
}

int64_t ClauseBounds::clause_first(int64_t i, bool in_quote) const {
  const auto& prev = in_quote ? prev_quote_ : prev_;
  if (i <= 0) return 0;
  return prev[i - 1] + 1;
}

sdk::Span scope_span(const SentenceWords& w, const ClauseBounds& bounds, const CueMatch& m) {
  const bool in_quote = w.flag(m.first(), SLANT_TOKEN_IN_QUOTE);
  auto trim = [&](int64_t& a, int64_t& b) {
    while (a <= b && w.is_punct(a)) ++a;
    while (b >= a && w.is_punct(b)) --b;
  };
  // The clause is bounded from the cue on: a boundary between cue and complement ends it too.
  const int64_t last_of_cue_clause = bounds.clause_last(m.end() - 1, in_quote);
  int64_t a = m.scope_from, b = last_of_cue_clause;
  trim(a, b);
  if (a > b || a < 0) {
    a = bounds.clause_first(m.first(), in_quote);
    b = m.first() - 1;
    trim(a, b);
  }
  if (a > b || a < 0) {
    a = m.first();
    b = m.end() - 1;
  }
  return {w.token(a).begin, w.token(b).end};
}

}  // namespace slant::plugins::hedging
