#include "corpus/progress_line.hpp"

#include <cmath>
#include <cstdio>

namespace slant::corpus {
namespace {

std::string grouped(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string clock_text(double seconds) {
  long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

std::string progress_text(const RunProgress& p) {
  std::string s = grouped(p.done);
  if (p.expected) s += " / " + grouped(p.expected);
  s += " articles";
  if (p.skipped) s += " (" + grouped(p.skipped) + " unchanged)";
  const uint64_t analysed = p.done - p.skipped;
  const double rate = p.seconds > 0 ? analysed / p.seconds : 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, ", %.0f articles/s", rate);
  s += buf;
  if (p.finished) {
    s += ", " + clock_text(p.seconds);
  } else if (p.expected > p.done && rate > 0) {
    s += ", ETA " + clock_text(static_cast<double>(p.expected - p.done) / rate);
  }
  return s;
}

void ProgressLine::update(const RunProgress& p) {
  std::string text = progress_text(p);
  size_t width = text.size();
  if (width < last_width_) text.append(last_width_ - width, ' ');  // wipe a longer previous line
  out_ << '\r' << text;
  if (p.finished) out_ << '\n';
  out_.flush();
  last_width_ = width;
}

}  // namespace slant::corpus
