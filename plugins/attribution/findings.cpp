#include "findings.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace slant::plugins::attribution {
namespace {

// Why an attribution's content is the writer's own words rather than its source's.
enum class WritersOwn {
  kNo,
  kImpression,    // a sourceless "seems" or endorsing "has been shown"
  kStance,        // the object of "support", "seek", "refuse": described in the writer's words
  kWriter,        // the writer is the source: "I believe", "as we noted"
  kGeneric,       // a factive verb with a generic subject: "Americans know", "history shows"
  kAsSourceless,  // an "as" clause with no source: "as was reported"
  kThing,         // a factive verb whose subject is a thing or an event: "the event revealed that"
  kDesire,        // what someone wants to do, in the writer's words: "they want to force ..."
  kAgentless      // a passive with no agent: "Lee was charged with fraud" (the writer narrates)
};

// The source's head words: up to an apposition's comma, a relative clause or a prepositional
// phrase ("Americans who", "everyone at the agency").
TokRange source_head(const Doc& d, TokRange src) {
  uint32_t e = src.b;
  while (e < src.e && !d.punct(e, ",") && !d.is(e, kRelative) && !(e > src.b && d.is(e, kPrep))) ++e;
  return {src.b, e};
}

// A generic subject with nothing after it that narrows it: "Americans", "most Americans",
// "history", but not "Americans who lost their jobs" or "everyone at the agency".
bool generic_source(const Doc& d, const Candidate& c) {
  if (c.source.empty() || c.source_class == "anonymous"sv) return false;
  const TokRange head = source_head(d, c.source);
  if (head.e < c.source.e && !d.punct(head.e, ",")) return false;
  for (uint32_t i = head.b; i < head.e; ++i)
    if (d.source_classes(i) & kGeneric) return true;
  return false;
}

// A subject that is a thing or an event, not someone who speaks: no word of a source class, no
// name, no personal pronoun in its head ("this event", "video clips", "the shooting", "the
// coverage of the funeral"), or a lone "it" in the present that no one was found behind ("It also
// reveals the limits of ...", "It shows that ...").
bool thing_source(const Doc& d, const Candidate& c) {
  if (c.source.empty()) return false;
  const TokRange head = source_head(d, c.source);
  // a name in an "of" phrase ("the coverage of the Queen's funeral", "the death of Mayor Ruiz")
  // gives the source a named class, and the head still decides; "a gymnast from Auburn" is someone
  const bool of_name = (c.source_class == "named-organisation"sv || c.source_class == "named-person"sv) &&
                       head.e < c.source.e && d.low(head.e) == "of"sv;
  if (c.source_class != "vague"sv && !of_name) return false;
  if (c.source.size() == 1) {  // unresolved: a resolved "it" takes its antecedent's class
    // "it" in the present ("it reveals", "it shows") argues; in the past it is as often an
    // organisation named before ("The authority met. It revealed that ...")
    const std::string_view w = d.low(c.source.b), verb = d.low(c.cue.e - 1);
    if (w == "it"sv && !verb.empty() && verb.back() == 's') return true;
  }
  if (head.empty()) return false;
  for (uint32_t i = head.b; i < head.e; ++i)
    if (d.source_classes(i) != 0 || d.is(i, kSubjectPronoun | kObjectPronoun | kRelative) || d.proper(i)) return false;
  return true;
}

// A verb whose subject is mostly evidence, not a speaker: what it shows, the writer asserts.
bool shows(const Candidate& c) {
  return c.kind == "evidence"sv || c.lemma == "demonstrate"sv || c.lemma == "reveal"sv || c.lemma == "highlight"sv;
}

// A verb that asserts what it reports (factive: "know", "show", "realize") or a plain "see" ("as
// anyone can see").
bool factive(const Candidate& c) { return c.stance == "endorsing"sv || c.lemma == "see"sv; }

// A wish whose content is an action or a thing ("want to trim", "keen to", "want a ban"), not a
// clause the source believes: the action is described in the writer's words, as with "seek".
bool desire(const Doc& d, const Candidate& c) {
  if (c.kind != "cognition"sv || c.content_left || c.content.empty()) return false;
  const std::string_view text = d.article().text();
  const sdk::Span first = c.content.front();
  const std::string_view head = text.substr(first.begin, std::min<uint32_t>(first.end - first.begin, 5));
  if (head.substr(0, 3) == "to "sv) return true;
  return c.lemma == "want"sv && head != "that "sv;
}

// The article's words of a token range, as a view (Doc::text copies them).
std::string_view text_of(const Doc& d, TokRange r) {
  return r.empty() ? std::string_view() : d.article().text_of(d.span(r));
}

// Appends the pieces to out with room made for all of them first.
void append_all(std::string& out, std::initializer_list<std::string_view> pieces) {
  size_t n = out.size();
  for (std::string_view p : pieces) n += p.size();
  out.reserve(n);
  for (std::string_view p : pieces) out.append(p);
}

WritersOwn writers_own(const Doc& d, const Candidate& c) {
  if (c.kind == "perception"sv || (shows(c) && c.source.empty() && c.stance == "endorsing"sv))
    return WritersOwn::kImpression;
  if (c.kind == "position"sv) return WritersOwn::kStance;
  if (c.rule.rfind("agentless-passive:", 0) == 0) return WritersOwn::kAgentless;
  if (c.source_class == kWriterClass) return WritersOwn::kWriter;  // speaker_resolution.cpp decides
  const bool as_clause = c.rule.rfind("as-clause:", 0) == 0;
  if (generic_source(d, c) && (factive(c) || as_clause)) return WritersOwn::kGeneric;
  if (thing_source(d, c) && shows(c)) return WritersOwn::kThing;
  if (as_clause && c.source.empty()) return WritersOwn::kAsSourceless;
  if (desire(d, c)) return WritersOwn::kDesire;
  return WritersOwn::kNo;
}

}  // namespace

void apply_writers_stance(const Doc& d, std::vector<Candidate>& cands) {
  static constexpr std::string_view kFalsely[] = {"falsely", "wrongly", "erroneously", "baselessly",
                                                  "incorrectly", "inaccurately", "misleadingly", "mistakenly"};
  for (auto& c : cands)
    for (uint32_t i = c.cue.b; i < c.cue.e; ++i) {
      for (const auto w : kFalsely)
        if (d.low(i) == w) {
          c.stance = "distancing";
          c.writers_stance = true;
        }
      // "could not be confirmed", "did not confirm": a denied endorsement endorses nothing
      if (c.stance == "endorsing"sv && d.is(i, kNegation)) c.stance = "neutral";
    }
}

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
  std::string form = c.form == "colon-intro"sv ? "indirect" : c.form;
  if (!c.source_class.empty()) f.attribute("source_class", c.source_class);
  f.attribute("stance", c.stance);
  f.attribute("intensity", c.intensity);
  if (!c.speaker.empty()) f.attribute("speaker", c.speaker);
  f.attribute("form", form);
  // Content that is nobody else's words stays in the writer's voice (the host reads this
  // attribute): "the plan seems doomed", "it has been shown to work" (no one else speaks), the
  // object of a stance ("they support a ban on so-called assault weapons": the words describing
  // what they support are the writer's, not a statement of theirs), the writer's own "I believe",
  // and what the writer asserts through a generic subject or an "as" clause ("Americans know
  // that", "as anyone can see"), and what a passive with no agent tells of its subject ("Lee was
  // charged with fraud").
  const WritersOwn own = writers_own(d, c);
  if (own != WritersOwn::kNo) f.attribute("voice_of_content", "author");

  // The explanation is put together in one string with room for all its pieces: built by
  // std::string concatenation it made a dozen temporaries a finding (a sixth of the plugin).
  const std::string_view cue = f.evidence;
  const std::string_view quote = c.source.empty() ? ""sv : "\""sv;
  const std::string_view head = c.source.empty() ? ""sv : text_of(d, source_head(d, c.source));
  std::string& why = f.explanation;
  if ((own == WritersOwn::kImpression || own == WritersOwn::kStance) && c.source.empty())
    append_all(why, {"The writer presents the content "sv,
                     c.kind == "perception"sv ? "as an impression"sv : "as established"sv, " through \""sv, cue,
                     "\", naming no source, so it stays in the writer's own voice."sv});
  else if (own == WritersOwn::kWriter)
    append_all(why, {"The writer is the source ("sv, quote, head, quote, ", outside quotation marks) through \""sv, cue,
                     "\": the content is the writer's own view, so it stays in the writer's voice."sv});
  else if (own == WritersOwn::kGeneric || own == WritersOwn::kThing)
    append_all(why, {"The writer asserts the content through \""sv, cue, "\" with "sv,
                     own == WritersOwn::kGeneric ? "a generic subject ("sv : "a subject that does not speak ("sv, quote,
                     head, quote, "): no one in particular says it, so it stays in the writer's voice."sv});
  else if (own == WritersOwn::kAgentless)
    append_all(why, {"The passive \""sv, cue,
                     "\" names no one who speaks: the writer tells what was done or said about its subject, so it "
                     "stays in the writer's voice."sv});
  else if (own == WritersOwn::kAsSourceless)
    append_all(why, {"The \"as\" clause \""sv, cue,
                     "\" names no source and presents the content as known, so it stays in the writer's voice."sv});
  else {
    // who: the speaker (or the source's words) and its class; how: the cue, and a verb's stance
    const bool with_class = !c.source.empty() && !c.source_class.empty();
    const std::string_view who = c.source.empty()    ? "an unstated source"sv
                                 : c.speaker.empty() ? text_of(d, c.source)
                                                     : std::string_view(c.speaker);
    std::string_view how[7] = {};
    if (c.form == "according-to"sv) {
      how[0] = "\""sv;
      how[1] = cue;
      how[2] = "\""sv;
    } else if (cue == ":"sv) {
      how[0] = "the colon after the speaker's name"sv;
    } else if (c.rule == "dash-signature"sv) {
      how[0] = "the dash that signs the quote"sv;
    } else {
      how[0] = "the reporting verb \""sv;
      how[1] = cue;
      how[2] = "\" ("sv;
      how[3] = c.stance;
      how[4] = c.writers_stance ? " by the writer's adverb"sv : ""sv;
      how[5] = c.intensity == "strong"sv ? ", strong"sv : ""sv;
      how[6] = ")"sv;
    }
    append_all(why, {"The "sv, form == "direct"sv ? "quoted words are"sv : "content is"sv, " attributed to "sv, who,
                     with_class ? " ("sv : ""sv, with_class ? std::string_view(c.source_class) : ""sv,
                     with_class ? ")"sv : ""sv, " through "sv, how[0], how[1], how[2], how[3], how[4], how[5], how[6], "."sv,
                     own == WritersOwn::kStance
                         ? " It describes a stance in the writer's words, so it stays in the writer's voice."sv
                     : own == WritersOwn::kDesire
                         ? " It describes what the source wants in the writer's words, so it stays in the writer's voice."sv
                         : ""sv});
  }
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

  std::vector<std::string_view> speakers;  // counted once sorted: no set of string copies
  speakers.reserve(cands.size());
  double with_class = 0, named = 0, anonymous = 0, vague = 0, titled = 0, document = 0;
  double neutral = 0, endorsing = 0, distancing = 0;
  for (const auto& c : cands) {
    if (!c.speaker.empty()) speakers.push_back(c.speaker);
    if (!c.source_class.empty()) {
      ++with_class;
      named += c.source_class == "named-person"sv || c.source_class == "named-organisation"sv;
      anonymous += c.source_class == "anonymous"sv;
      vague += c.source_class == "vague"sv;
      titled += c.source_class == "titled"sv;
      document += c.source_class == "document"sv;
    }
    neutral += c.stance == "neutral"sv;
    endorsing += c.stance == "endorsing"sv;
    distancing += c.stance == "distancing"sv;
  }
  auto share = [](double part, double whole) { return whole > 0 ? part / whole : 0.0; };
  const double n = static_cast<double>(cands.size());
  out.metric("attributions", n);
  std::sort(speakers.begin(), speakers.end());
  const auto distinct = std::unique(speakers.begin(), speakers.end()) - speakers.begin();
  out.metric("distinct_sources", static_cast<double>(distinct));
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
