// The attribution rule families, one file each; analyse() runs them in this order over the
// shared Doc and a growing list of candidates.
#pragma once

#include <vector>

#include "candidate.hpp"
#include "text_model.hpp"

namespace slant::plugins::attribution {

struct RuleOptions {
  bool cognition = true;  // also report beliefs and wishes ("believes", "wants")
};

// reporting_verbs.cpp: a reporting verb with its source and its that-clause, bare clause,
// quote or the content before it ("..., officials said").
void find_reporting_verbs(const Doc& doc, const RuleOptions& opt, std::vector<Candidate>& out);

// according_to.cpp: "according to X", "per X".
void find_according_to(const Doc& doc, std::vector<Candidate>& out);

// noun_cues.cpp: "Lee's criticism of the plan", "his suggestion that ...", "the plan drew criticism
// from farmers".
void find_noun_cues(const Doc& d, std::vector<Candidate>& out);

// colon_forms.cpp: "Lee: Talks Will Fail", "SMITH: I think ...".
void find_colon_forms(const Doc& doc, std::vector<Candidate>& out);

// content_clause.cpp: clips each pending content range at the attributions beside it in its
// sentence, trims it and stores it as byte spans with the form (direct, indirect, mixed).
void finalize_contents(const Doc& doc, std::vector<Candidate>& cands);

// direct_quotes.cpp: quotes the cue rules did not take: split quotes, quotes that run on after
// their cue, paragraphs introduced by a colon cue.
void attach_direct_quotes(const Doc& doc, std::vector<Candidate>& cands);

// speaker_resolution.cpp: source class, canonical speaker, pronouns to their antecedents.
void resolve_speakers(const Doc& doc, std::vector<Candidate>& cands);
// "I fear", "we know", "as many of us noted": a first-person word in the source (before any
// apposition) with neither it nor the cue inside quotation marks, where it would be the quoted
// speaker's.
bool writer_is_source(const Doc& doc, const Candidate& c);

}  // namespace slant::plugins::attribution
