#include "explanation.hpp"

namespace slant::plugins::hedging {

std::string explain(std::string_view category, std::string_view cue_text) {
  const std::string q = "'" + std::string(cue_text) + "'";
  if (category == "epistemic-modal") return "The modal " + q + " presents the claim as possible rather than established.";
  if (category == "epistemic-verb") return q + " presents the claim as an inference or impression rather than a fact.";
  if (category == "hedge-adverb") return q + " qualifies the claim, so the text does not fully vouch for it.";
  if (category == "hedge-adjective") return q + " marks what it describes as uncertain or unproven.";
  if (category == "hedge-noun") return q + " names something uncertain rather than established.";
  if (category == "approximator") return q + " gives the quantity as an approximation.";
  if (category == "weasel") return q + " rests the claim on unnamed people instead of a named source.";
  if (category == "agentless-passive") return q + " reports a view without saying whose it is.";
  if (category == "negated-certainty") return q + " says that the matter is not settled.";
  if (category == "conditional") return q + " makes the claim depend on a condition.";
  if (category == "peacock")
    return q + " claims renown or rank without saying who holds that view.";
  if (category == "booster") return q + " presents the claim as beyond doubt.";
  return q + " qualifies the claim.";
}

}  // namespace slant::plugins::hedging
