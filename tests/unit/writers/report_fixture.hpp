// A hand-built report on a short article of our own, with findings from the three bundled
// plugins placed as the real ones place them (cue parts, source/cue/content parts, an
// article-level genre finding), so the view tests do not depend on the plugins' rules.
#pragma once

#include <stdexcept>
#include <string>

#include "merge/report.hpp"
#include "merge/voice_map.hpp"
#include "segment/segmenter.hpp"

namespace slant::test {

// Byte range of the nth (0-based) occurrence of needle in text; throws when it is missing so
// a typo in a test fails loudly.
inline std::pair<uint32_t, uint32_t> find_span(const std::string& text, const std::string& needle, int nth = 0) {
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string::npos) throw std::logic_error("fixture: '" + needle + "' not in text");
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

inline Finding make_finding(const std::string& text, const std::string& plugin, const std::string& kind,
                            const std::string& marked, Voice voice, const std::string& rule,
                            const std::string& explanation) {
  Finding f;
  f.plugin = plugin;
  f.kind = kind;
  auto [b, e] = find_span(text, marked);
  f.begin = b;
  f.end = e;
  f.voice = voice;
  f.rules = {rule};
  f.evidence = marked;
  f.explanation = explanation;
  f.parts = {{"cue", b, e}};
  return f;
}

inline Report sample_report() {
  Report r;
  r.article.meta.source = "fixtures/bridge.txt";
  r.article.meta.title = "Bridge <repairs> & delays";
  r.article.meta.outlet = "The Test Gazette";
  r.article.text =
      "The council may reopen the bridge in June, officials said on Monday.\n\n"
      "\"It is a disgrace that took far too long,\" said Mayor Ana Ruiz. Critics argue the repairs were "
      "rushed.\n\n"
      "Traffic returned to normal by evening.";
  segment(r.article);
  const std::string& t = r.article.text;

  // 0: a hedge inside the officials' reported content.
  Finding may = make_finding(t, "hedging", "hedge", "may", Voice::reported, "lexicon:epistemic-modal:may",
                             "The modal 'may' presents the claim as possible rather than established.");
  may.attributes = {{"category", "epistemic-modal"}};
  // 1: an anonymous indirect attribution: source and cue marked, content governed.
  Finding officials;
  officials.plugin = "attribution";
  officials.kind = "attribution";
  auto content = find_span(t, "The council may reopen the bridge in June");
  auto src = find_span(t, "officials");
  auto cue = find_span(t, "said");
  officials.begin = content.first;
  officials.end = cue.second;
  officials.voice = Voice::author;
  officials.rules = {"indirect:source-verb"};
  officials.evidence = "said";
  officials.explanation = "The content is attributed to officials (anonymous) through the reporting verb \"said\".";
  officials.parts = {{"content", content.first, content.second}, {"source", src.first, src.second}, {"cue", cue.first, cue.second}};
  officials.attributes = {{"source_class", "anonymous"}, {"stance", "neutral"}};
  // 2: a direct quote attributed to a named person.
  Finding mayor;
  mayor.plugin = "attribution";
  mayor.kind = "attribution";
  auto quote = find_span(t, "It is a disgrace that took far too long,");
  auto said2 = find_span(t, "said", 1);
  auto name = find_span(t, "Mayor Ana Ruiz");
  mayor.begin = quote.first;
  mayor.end = name.second;
  mayor.voice = Voice::author;
  mayor.rules = {"direct:quote-verb-source"};
  mayor.evidence = "said";
  mayor.explanation = "The quoted words are attributed to Ana Ruiz (named-person) through the reporting verb \"said\".";
  mayor.parts = {{"content", quote.first, quote.second}, {"cue", said2.first, said2.second}, {"source", name.first, name.second}};
  mayor.attributes = {{"source_class", "named-person"}, {"stance", "neutral"}, {"speaker", "Ana Ruiz"}};
  // 3: opinion inside the quotation; 4: its overlapping intensifier.
  Finding disgrace = make_finding(t, "opinion", "opinion", "disgrace", Voice::quoted, "opinion:evaluative",
                                  "The quoted words carry the speaker's opinion, not the writer's.");
  Finding far = make_finding(t, "opinion", "intensifier", "far too", Voice::quoted, "lexicon:intensifier:far too",
                             "An intensifier strengthens the judgement.");
  // 5: a weasel subject in the writer's voice.
  Finding critics = make_finding(t, "hedging", "hedge", "Critics argue", Voice::author, "rule:weasel-subject",
                                 "'Critics argue' rests the claim on unnamed people instead of a named source.");
  critics.attributes = {{"category", "weasel"}};
  // 6: the article-level genre label.
  Finding genre;
  genre.plugin = "opinion";
  genre.kind = "article-genre";
  genre.begin = 0;
  genre.end = static_cast<uint32_t>(t.size());
  genre.rules = {"genre:news"};
  genre.evidence = "0 of 4 writer's sentences are opinion";
  genre.explanation = "None of the writer's sentences reads as opinion.";
  genre.attributes = {{"label", "news"}};

  r.findings = {may, officials, mayor, disgrace, far, critics, genre};
  std::stable_sort(r.findings.begin(), r.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  for (const auto& s : r.article.sentences) r.sentences.push_back({s.begin, s.end, Voice::author, {}});
  r.voice_regions = voice_regions_of(r);
  r.words[0] = 28;
  r.words[1] = 9;
  r.words[2] = 8;
  r.metrics = {{"attribution", "attributed_sentence_share", 0.5}, {"hedging", "hedges_per_100_words", 4.44}};
  r.scores = {{"attribution", "attributed_sentence_share", "attribution", "share_of_sentences",
               "share of sentences that attribute what they say", 0.5, 0.5, 0, 0},
              {"hedging", "hedges_per_100_words", "hedge", "per_100_words",
               "hedging cues per 100 words: how often the text qualifies its claims", 4.44, 3.57, 0, 12.5}};
  r.diagnostics = {{Severity::warning, "opinion", "a span <was> dropped"}};
  return r;
}

// The index of the finding with this plugin and evidence in a report.
inline size_t finding_index(const Report& r, const std::string& plugin, const std::string& evidence) {
  for (size_t i = 0; i < r.findings.size(); ++i)
    if (r.findings[i].plugin == plugin && r.findings[i].evidence == evidence) return i;
  throw std::logic_error("fixture: no " + plugin + " finding '" + evidence + "'");
}

}  // namespace slant::test
