// The one-line progress display of a corpus run on a terminal: articles done, articles per
// second and the time left, rewritten in place.
#pragma once

#include <ostream>
#include <string>

#include "corpus/corpus_run.hpp"

namespace slant::corpus {

// "1,234 / 10,000 articles (56 unchanged), 812 articles/s, ETA 0:11"
std::string progress_text(const RunProgress& p);

class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& out) : out_(out) {}
  void update(const RunProgress& p);  // the final update ends the line

 private:
  std::ostream& out_;
  size_t last_width_ = 0;
};

}  // namespace slant::corpus
