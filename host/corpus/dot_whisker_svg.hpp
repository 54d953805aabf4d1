// One dot-and-whisker chart as inline SVG: a row per outlet, the dot at the mean, the whisker
// across the confidence interval, a dashed line at the mean of all outlets. Filled dots differ
// significantly from the rest. No script, no external font.
#pragma once

#include <string>

#include "corpus/comparison.hpp"

namespace slant::corpus {

std::string dot_whisker_svg(const MeasureResult& m);
std::string html_escape(const std::string& s);

}  // namespace slant::corpus
