// Attribution spans against PolNeAR-style gold: for source, cue and content, each relation's
// spans of that role are one unit; units match one to one by largest overlap (greedy), exactly
// (same characters once edge spaces and punctuation are trimmed), and by characters.
#include <algorithm>
#include <array>
#include <tuple>

#include "eval/eval_sets.hpp"

namespace slant::eval {
namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;
constexpr std::array<const char*, 3> kRoles = {"source", "cue", "content"};

bool is_edge_char(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == '.' || c == '"' || c == '\'' || c == ':' ||
         c == ';' || c == '(' || c == ')';
}

// Sorted, merged, and (when trimming) with edge spaces, punctuation and curly quotes removed.
Ranges normalise(Ranges r, const std::string& text, bool trim) {
  Ranges out;
  for (auto [b, e] : r) {
    e = std::min<uint32_t>(e, static_cast<uint32_t>(text.size()));
    if (trim) {
      auto curly = [&](uint32_t at) {  // U+2018/2019/201C/201D are E2 80 98..9D
        return at + 3 <= text.size() && static_cast<unsigned char>(text[at]) == 0xE2 &&
               static_cast<unsigned char>(text[at + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[at + 2]) & 0xFC) == 0x98;
      };
      while (b < e) {
        if (is_edge_char(static_cast<unsigned char>(text[b]))) ++b;
        else if (curly(b) && b + 3 <= e) b += 3;
        else break;
      }
      while (e > b) {
        if (is_edge_char(static_cast<unsigned char>(text[e - 1]))) --e;
        else if (e >= b + 3 && curly(e - 3)) e -= 3;
        else break;
      }
    }
    if (b < e) out.emplace_back(b, e);
  }
  std::sort(out.begin(), out.end());
  Ranges merged;
  for (const auto& x : out) {
    if (!merged.empty() && x.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, x.second);
    else
      merged.push_back(x);
  }
  return merged;
}

uint32_t size_of(const Ranges& r) {
  uint32_t n = 0;
  for (auto [b, e] : r) n += e - b;
  return n;
}

uint32_t overlap(const Ranges& a, const Ranges& b) {
  uint32_t n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    uint32_t lo = std::max(a[i].first, b[j].first), hi = std::min(a[i].second, b[j].second);
    if (lo < hi) n += hi - lo;
    if (a[i].second < b[j].second) ++i;
    else ++j;
  }
  return n;
}

struct RoleTally {
  Counts overlap_match, exact_match, chars;
};

std::string text_of(const Ranges& r, const std::string& text) {
  std::string out;
  for (auto [b, e] : r) out += (out.empty() ? "" : " | ") + text.substr(b, e - b);
  return out;
}

}  // namespace

Figures evaluate_attribution(const std::string& path, const Analyser& analyser, std::ostream* misses,
                             std::ostream& err) {
  std::array<RoleTally, 3> tally;
  double gold_relations = 0, predicted_relations = 0;
  auto stats = for_each_item(path, analyser, [&](const nlohmann::json& gold, const Report& r) {
    const std::string& text = r.article.text;
    nlohmann::json article_misses = nlohmann::json::object();
    for (size_t ri = 0; ri < kRoles.size(); ++ri) {
      const std::string role = kRoles[ri];
      std::vector<Ranges> g, p;
      for (const auto& rel : gold.value("attributions", nlohmann::json::array())) {
        Ranges units;
        for (const auto& s : rel.value(role, nlohmann::json::array()))
          if (s.is_array() && s.size() == 2) units.emplace_back(s[0].get<uint32_t>(), s[1].get<uint32_t>());
        units = normalise(units, text, false);
        if (!units.empty()) g.push_back(units);
      }
      for (const auto& f : r.findings) {
        if (f.plugin != "attribution" || f.kind != "attribution") continue;
        Ranges units;
        for (const auto& part : f.parts)
          if (part.role == role) units.emplace_back(part.begin, part.end);
        units = normalise(units, text, false);
        if (!units.empty()) p.push_back(units);
      }
      if (ri == 1) {
        gold_relations += static_cast<double>(g.size());
        predicted_relations += static_cast<double>(p.size());
      }
      // Greedy one-to-one matching by overlap size.
      std::vector<std::tuple<uint32_t, size_t, size_t>> pairs;
      for (size_t i = 0; i < p.size(); ++i)
        for (size_t j = 0; j < g.size(); ++j)
          if (uint32_t o = overlap(p[i], g[j])) pairs.emplace_back(o, i, j);
      std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
      std::vector<bool> p_used(p.size()), g_used(g.size());
      double matched = 0, exact = 0;
      for (const auto& [o, i, j] : pairs) {
        if (p_used[i] || g_used[j]) continue;
        p_used[i] = g_used[j] = true;
        ++matched;
        exact += normalise(p[i], text, true) == normalise(g[j], text, true);
      }
      auto& t = tally[ri];
      t.overlap_match.tp += matched;
      t.overlap_match.fp += static_cast<double>(p.size()) - matched;
      t.overlap_match.fn += static_cast<double>(g.size()) - matched;
      t.exact_match.tp += exact;
      t.exact_match.fp += static_cast<double>(p.size()) - exact;
      t.exact_match.fn += static_cast<double>(g.size()) - exact;
      Ranges all_g, all_p;
      for (const auto& u : g) all_g.insert(all_g.end(), u.begin(), u.end());
      for (const auto& u : p) all_p.insert(all_p.end(), u.begin(), u.end());
      all_g = normalise(all_g, text, false);
      all_p = normalise(all_p, text, false);
      double both = overlap(all_g, all_p);
      t.chars.tp += both;
      t.chars.fp += size_of(all_p) - both;
      t.chars.fn += size_of(all_g) - both;
      if (misses) {
        auto missed = nlohmann::json::array(), spurious = nlohmann::json::array();
        for (size_t j = 0; j < g.size(); ++j)
          if (!g_used[j]) missed.push_back(text_of(g[j], text));
        for (size_t i = 0; i < p.size(); ++i)
          if (!p_used[i]) spurious.push_back(text_of(p[i], text));
        article_misses[role] = {{"missed", missed}, {"spurious", spurious}};
      }
    }
    if (misses) {
      nlohmann::json m{{"id", gold.value("id", "")}, {"misses", article_misses}};
      *misses << m.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }, err);
  Figures fig;
  fig.add("articles", static_cast<double>(stats.items));
  fig.add("gold_relations", gold_relations);
  fig.add("predicted_relations", predicted_relations);
  for (size_t ri = 0; ri < kRoles.size(); ++ri) {
    const std::string role = kRoles[ri];
    fig.add_counts(role + "_overlap", tally[ri].overlap_match);
    fig.add_counts(role + "_exact", tally[ri].exact_match);
    fig.add_counts(role + "_chars", tally[ri].chars);
  }
  return fig;
}

}  // namespace slant::eval
