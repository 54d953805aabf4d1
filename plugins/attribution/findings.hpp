// Turning resolved candidates into the host's findings, and the article's attribution metrics.
#pragma once

#include <slant/plugin.hpp>

#include <vector>

#include "candidate.hpp"

namespace slant::plugins::attribution {

sdk::Finding to_finding(const Doc& d, const Candidate& c);
void report_metrics(const Doc& d, const std::vector<Candidate>& cands, const sdk::Sink& out);

}  // namespace slant::plugins::attribution
