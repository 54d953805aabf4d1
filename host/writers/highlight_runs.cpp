#include "writers/highlight_runs.hpp"

#include <algorithm>
#include <set>


namespace slant {
namespace {

bool is_governed_part(std::string_view role) { return role == "content" || role == "scope"; }

std::vector<ByteRange> merged(std::vector<ByteRange> ranges) {
  std::sort(ranges.begin(), ranges.end());
  std::vector<ByteRange> out;
  for (const auto& r : ranges) {
    if (r.first >= r.second) continue;
    if (!out.empty() && r.first <= out.back().second)
      out.back().second = std::max(out.back().second, r.second);
    else
      out.push_back(r);
  }
  return out;
}

// Walks sorted disjoint ranges alongside an increasing position.
class RangeCursor {
 public:
  explicit RangeCursor(const std::vector<ByteRange>& ranges) : ranges_(ranges) {}
  bool contains(uint32_t pos) {
    while (i_ < ranges_.size() && ranges_[i_].second <= pos) ++i_;
    return i_ < ranges_.size() && ranges_[i_].first <= pos;
  }

 private:
  const std::vector<ByteRange>& ranges_;
  size_t i_ = 0;
};

}  // namespace

std::vector<ByteRange> marked_ranges(const Finding& f, uint32_t text_size) {
  std::vector<ByteRange> ranges;
  for (const auto& p : f.parts)
    if (!is_governed_part(p.role)) ranges.emplace_back(std::min(p.begin, text_size), std::min(p.end, text_size));
  if (ranges.empty()) ranges.emplace_back(std::min(f.begin, text_size), std::min(f.end, text_size));
  return merged(std::move(ranges));
}

bool is_article_level(const Finding& f, uint32_t text_size) {
  for (const auto& p : f.parts)
    if (!is_governed_part(p.role)) return false;
  return text_size > 0 && f.begin == 0 && f.end >= text_size;
}

uint32_t marker_position(const Finding& f, uint32_t text_size) {
  auto ranges = marked_ranges(f, text_size);
  return ranges.empty() ? std::min(f.end, text_size) : ranges.back().second;
}

std::vector<TextRun> highlight_runs(const Report& report) {
  const auto& article = report.article;
  const uint32_t size = static_cast<uint32_t>(article.text.size());

  // The merger's voice regions, split by voice (each list sorted and disjoint).
  std::vector<ByteRange> quoted, reported;
  for (const auto& v : report.voice_regions)
    (v.voice == Voice::quoted ? quoted : reported).emplace_back(std::min(v.begin, size), std::min(v.end, size));

  // Cut points, and for each finding where it starts and stops being marked.
  std::vector<uint32_t> cuts{0, size};
  struct Edge {
    uint32_t pos;
    bool opens;
    uint32_t finding;
  };
  std::vector<Edge> edges;
  for (uint32_t i = 0; i < report.findings.size(); ++i) {
    if (is_article_level(report.findings[i], size)) continue;
    for (const auto& [b, e] : marked_ranges(report.findings[i], size)) {
      edges.push_back({b, true, i});
      edges.push_back({e, false, i});
      cuts.push_back(b);
      cuts.push_back(e);
    }
  }
  for (const auto* list : {&quoted, &reported})
    for (const auto& [b, e] : *list) {
      cuts.push_back(b);
      cuts.push_back(e);
    }
  for (const auto& p : article.paragraphs) {
    cuts.push_back(std::min(p.begin, size));
    cuts.push_back(std::min(p.end, size));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.pos < b.pos; });

  std::vector<TextRun> runs;
  std::set<uint32_t> active;
  RangeCursor in_quote(quoted), in_report(reported);
  size_t edge = 0, paragraph = 0;
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const uint32_t b = cuts[c], e = cuts[c + 1];
    // Close before open at the same position: a range ending here does not mark this run.
    for (size_t k = edge; k < edges.size() && edges[k].pos <= b; ++k)
      if (!edges[k].opens) active.erase(edges[k].finding);
    for (; edge < edges.size() && edges[edge].pos <= b; ++edge)
      if (edges[edge].opens && edges[edge].pos == b) active.insert(edges[edge].finding);
    while (paragraph + 1 < article.paragraphs.size() && article.paragraphs[paragraph + 1].begin <= b) ++paragraph;
    TextRun run;
    run.begin = b;
    run.end = e;
    run.voice = in_quote.contains(b) ? Voice::quoted : in_report.contains(b) ? Voice::reported : Voice::author;
    run.paragraph = static_cast<uint32_t>(paragraph);
    run.findings.assign(active.begin(), active.end());
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace slant
