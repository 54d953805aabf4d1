#include "eval/eval_sets.hpp"

namespace slant::eval {

const std::vector<EvalSet>& eval_sets() {
  static const std::vector<EvalSet> sets = {
      {"attribution", "attribution",
       "PolNeAR-style spans: source, cue and content matched by overlap (one to one), exactly, and by characters",
       evaluate_attribution},
      {"hedging", "hedging", "sentences labeled uncertain/certain; uncertain when any hedge is found",
       evaluate_hedging},
      {"subjectivity", "opinion", "sentences labeled SUBJ/OBJ; SUBJ when an author-voice opinion is found",
       evaluate_subjectivity},
      {"opinion", "opinion",
       "sentences labeled factual/mixed/opinion with outlet; opinion when an author-voice opinion is found; "
       "outlets ranked by opinion share",
       evaluate_opinion},
  };
  return sets;
}

}  // namespace slant::eval
