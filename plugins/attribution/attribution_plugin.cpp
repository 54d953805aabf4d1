#include "attribution_plugin.hpp"

#include "findings.hpp"
#include "text_model.hpp"

namespace slant::plugins {

sdk::PluginInfo Attribution::info() {
  sdk::PluginInfo i;
  i.id = "attribution";
  i.name = "Attribution";
  i.version = "0.1.0";
  i.description =
      "Who said what: direct quotes, reporting verbs and 'according to', with the source phrase, its class "
      "(named, titled, anonymous, vague, document), the verb's stance and the canonical speaker.";
  i.finding_kinds = {"attribution"};
  i.params = {{"cognition", SLANT_PARAM_BOOL, "true",
               "Also report beliefs and wishes attributed to someone (\"believes\", \"wants\"), as PolNeAR does."}};
  i.scores = {{"attributed_sentence_share", "attribution", SLANT_SCORE_SHARE_OF_SENTENCES,
               "Share of sentences that attribute what they say to a source."}};
  i.thread_safe = true;
  return i;
}

Attribution::Attribution(const sdk::Config& cfg) : lex_(attribution::Lexicons::load(cfg.data_dir())) {
  options_.cognition = cfg.boolean("cognition");
}

void Attribution::analyse(const sdk::Article& a, sdk::Sink& out) const {
  using namespace attribution;
  const Doc doc(a, lex_);
  std::vector<Candidate> cands;
  find_reporting_verbs(doc, options_, cands);
  find_according_to(doc, cands);
  find_noun_cues(doc, cands);
  find_colon_forms(doc, cands);
  finalize_contents(doc, cands);
  attach_direct_quotes(doc, cands);
  resolve_speakers(doc, cands);
  apply_writers_stance(doc, cands);
  for (const auto& c : cands) out.add(to_finding(doc, c));
  report_metrics(doc, cands, out);
}

}  // namespace slant::plugins
