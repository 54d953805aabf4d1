#include "findings.hpp"

#include <algorithm>
#include <set>

namespace slant::plugins::attribution {

sdk::Finding to_finding(const Doc& d, const Candidate& c) {
  sdk::Finding f;
  f.kind = "attribution";
  f.rule = c.rule;
  f.evidence = d.text(c.cue);
  uint32_t b = d.tok(c.cue.b).begin, e = d.tok(c.cue.e - 1).end;
  if (!c.source.empty()) {
    sdk::Span s = d.span(c.source);
    // a source ends at its name: a trailing comma of an apposition is not part of it
    uint32_t last = c.source.e - 1;
    while (last > c.source.b && (d.punct(last, ",") || d.punct(last, ";") || d.punct(last, ":") || d.dash(last))) --last;
    s.end = d.tok(last).end;
    f.part("source", s);
    b = std::min(b, s.begin);
    e = std::max(e, s.end);
  }
  f.part("cue", d.span(c.cue));
  for (const auto& s : c.content) {
    f.part("content", s);
    b = std::min(b, s.begin);
    e = std::max(e, s.end);
  }
  f.span = {b, e};
  std::string form = c.form == "colon-intro" ? "indirect" : c.form;
  if (!c.source_class.empty()) f.attribute("source_class", c.source_class);
  f.attribute("stance", c.stance);
  f.attribute("intensity", c.intensity);
  if (!c.speaker.empty()) f.attribute("speaker", c.speaker);
  f.attribute("form", form);
  // Content that is nobody else's words stays in the writer's voice (the host reads this
  // attribute): "the plan seems doomed", "it has been shown to work" (no one else speaks), and
  // the object of a stance ("they support a ban on so-called assault weapons": the words
  // describing what they support are the writer's, not a statement of theirs).
  const bool writers_own =
      c.kind == "perception" || c.kind == "position" ||
      (c.kind == "evidence" && c.source.empty() && c.stance == "endorsing");
  if (writers_own) f.attribute("voice_of_content", "author");

  std::string who = c.source.empty() ? std::string("an unstated source")
                                      : (c.speaker.empty() ? d.text(c.source) : c.speaker) +
                                            (c.source_class.empty() ? "" : " (" + c.source_class + ")");
  std::string how = c.form == "according-to" ? "\"" + f.evidence + "\""
                                             : "the reporting verb \"" + f.evidence + "\" (" + c.stance +
                                                   (c.intensity == "strong" ? ", strong" : "") + ")";
  if (writers_own && c.source.empty())
    f.explanation = "The writer presents the content " +
                    std::string(c.kind == "perception" ? "as an impression" : "as established") + " through \"" +
                    f.evidence + "\", naming no source, so it stays in the writer's own voice.";
  else
    f.explanation = "The " + std::string(form == "direct" ? "quoted words are" : "content is") + " attributed to " +
                    who + " through " + how + "." +
                    (writers_own ? " It describes a stance in the writer's words, so it stays in the writer's voice."
                                 : "");
  f.weight = 1.0;
  return f;
}

void report_metrics(const Doc& d, const std::vector<Candidate>& cands, const sdk::Sink& out) {
  const auto sentences = d.article().sentences();
  std::vector<uint8_t> attributed(sentences.size(), 0);
  // a sentence is attributed when a cue or a content span touches it
  auto mark = [&](uint32_t begin, uint32_t end) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), begin,
                               [](uint32_t v, const sdk::Sentence& s) { return v < s.end; });
    for (; it != sentences.end() && it->begin < end; ++it) attributed[static_cast<size_t>(it - sentences.begin())] = 1;
  };
  for (const auto& c : cands) {
    mark(d.tok(c.cue.b).begin, d.tok(c.cue.e - 1).end);
    for (const auto& s : c.content) mark(s.begin, s.end);
  }
  double n_att = 0;
  for (auto a : attributed) n_att += a;
  out.metric("attributed_sentence_share", sentences.empty() ? 0.0 : n_att / sentences.size());

  double quoted = 0;
  for (uint32_t q = 0; q < d.quote_count(); ++q) {
    auto s = d.quote_content(q);
    quoted += s.end - s.begin;
  }
  out.metric("quoted_text_share", d.article().text().empty() ? 0.0 : quoted / d.article().text().size());

  std::set<std::string> speakers;
  double with_class = 0, named = 0, anonymous = 0, vague = 0, titled = 0, document = 0;
  double neutral = 0, endorsing = 0, distancing = 0;
  for (const auto& c : cands) {
    if (!c.speaker.empty()) speakers.insert(c.speaker);
    if (!c.source_class.empty()) {
      ++with_class;
      named += c.source_class == "named-person" || c.source_class == "named-organisation";
      anonymous += c.source_class == "anonymous";
      vague += c.source_class == "vague";
      titled += c.source_class == "titled";
      document += c.source_class == "document";
    }
    neutral += c.stance == "neutral";
    endorsing += c.stance == "endorsing";
    distancing += c.stance == "distancing";
  }
  auto share = [](double part, double whole) { return whole > 0 ? part / whole : 0.0; };
  const double n = static_cast<double>(cands.size());
  out.metric("attributions", n);
  out.metric("distinct_sources", static_cast<double>(speakers.size()));
  out.metric("share_named", share(named, with_class));
  out.metric("share_anonymous", share(anonymous, with_class));
  out.metric("share_vague", share(vague, with_class));
  out.metric("share_titled", share(titled, with_class));
  out.metric("share_document", share(document, with_class));
  out.metric("share_neutral", share(neutral, n));
  out.metric("share_endorsing", share(endorsing, n));
  out.metric("share_distancing", share(distancing, n));
}

}  // namespace slant::plugins::attribution
