#include "wire_copy.hpp"

#include <stdexcept>
#include <string>

namespace wire_copy {

namespace sdk = slant::sdk;

// A credit this close to the start of the first sentence is the dateline's.
constexpr uint32_t kDatelineTokens = 8;

sdk::PluginInfo WireCopy::info() {
  sdk::PluginInfo i;
  i.id = "wire-copy";
  i.name = "Wire copy";
  i.version = "1.0.0";
  i.description = "Signs that an article is agency copy: a credit such as (AP) or (Reuters) in the dateline or "
                  "elsewhere, and agency boilerplate (contributed to this report, all rights reserved).";
  i.finding_kinds = {"wire-marker"};
  i.params = {
      {"lexicon", SLANT_PARAM_PATH, "wire-markers.tsv",
       "The marker lexicon (phrase, category agency-credit or boilerplate, weight); relative to the data folder."},
      {"extra_lexicon", SLANT_PARAM_PATH, "", "A lexicon read on top of the bundled one (more agencies, house lines)."},
      {"min_markers", SLANT_PARAM_NUMBER, "1", "How many markers make the article count as wire copy (metric wire_copy)."},
  };
  i.scores = {{"wire_markers_per_100_words", "wire-marker", SLANT_SCORE_PER_100_WORDS,
               "Agency credits and boilerplate per 100 words: how plainly the text says it is wire copy."}};
  i.thread_safe = true;  // analyse only reads the lexicon
  return i;
}

WireCopy::WireCopy(const sdk::Config& config) : min_markers_(config.number("min_markers")) {
  markers_ = sdk::Lexicon::load(config.data_path(config.string("lexicon")));
  if (const std::string extra = config.string("extra_lexicon"); !extra.empty())
    markers_.extend(sdk::Lexicon::load(config.data_path(extra)));
  for (const auto& e : markers_.entries())
    if (e.category != "agency-credit" && e.category != "boilerplate")
      throw std::invalid_argument(markers_.path() + ":" + std::to_string(e.line) + ": category '" + e.category +
                                  "' is not agency-credit or boilerplate");
}

void WireCopy::analyse(const sdk::Article& a, sdk::Sink& out) const {
  const auto tokens = a.tokens();
  int markers = 0;
  for (uint32_t i = 0; i < tokens.size();) {
    const sdk::LexiconMatch m = markers_.match_at(tokens, i);
    if (!m) {
      ++i;
      continue;
    }
    const auto& e = *m.entry;
    const sdk::Span span{tokens[m.first].begin, tokens[m.first + m.count - 1].end};
    const bool credit = e.category == "agency-credit";
    const bool dateline = credit && tokens[i].sentence == 0 && i < kDatelineTokens;
    sdk::Finding f;
    f.kind = "wire-marker";
    f.span = span;
    f.rule = std::string(dateline ? "dateline:" : "lexicon:") + e.category + ":" + e.phrase;
    f.evidence = std::string(a.text_of(span));
    f.explanation = dateline ? "An agency credit in the dateline: the story comes from a news agency."
                    : credit ? "An agency credit: at least part of the story comes from a news agency."
                             : "A line news agencies put on their copy (" + (e.note.empty() ? e.phrase : e.note) + ").";
    f.weight = dateline ? 1.0 : e.weight;
    f.part("cue", span).attribute("category", dateline ? "dateline-credit" : e.category);
    out.add(f);
    ++markers;
    i += m.count;  // linear: each token is looked at once
  }
  out.metric("wire_markers", markers);
  out.metric("wire_copy", markers >= min_markers_ ? 1.0 : 0.0);
}

}  // namespace wire_copy
