// `slant compare --explain OUTLET METRIC`: the articles behind one figure, each with its value,
// and the findings that make it up, so a number in a paper can be traced back to sentences.
#pragma once

#include <ostream>
#include <string>

#include "corpus/comparison.hpp"
#include "corpus/dataset.hpp"
#include "corpus/store.hpp"

namespace slant::corpus {

struct ExplainRequest {
  std::string outlet;
  std::string measure;
  std::string genre = "all";  // or news / analysis / opinion / unknown
  size_t limit = 0;           // articles listed (0: all); the highest values first
  size_t findings_per_article = 20;
};

// Throws std::invalid_argument naming the outlets or measures there are when one is unknown.
void explain(Store& store, const Dataset& data, const Comparison& comparison, const ExplainRequest& request,
             std::ostream& out);

}  // namespace slant::corpus
