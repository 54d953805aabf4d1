// Turning resolved candidates into the host's findings, and the article's attribution metrics.
#pragma once

#include <slant/plugin.hpp>

#include <vector>

#include "candidate.hpp"

namespace slant::plugins::attribution {

// "Lutz falsely said": the writer's own word in the verb group marks the claim as false, so the
// report distances itself whatever the verb's own stance; a negated endorsement ("could not be
// confirmed") is neutral.
void apply_writers_stance(const Doc& d, std::vector<Candidate>& cands);
sdk::Finding to_finding(const Doc& d, const Candidate& c);
void report_metrics(const Doc& d, const std::vector<Candidate>& cands, const sdk::Sink& out);

}  // namespace slant::plugins::attribution
