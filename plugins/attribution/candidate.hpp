// One attribution relation as the rules build it (token ranges and byte spans), before the
// speaker is resolved and it is turned into a finding.
#pragma once

#include <slant/plugin.hpp>

#include <string>
#include <vector>

#include "text_model.hpp"

namespace slant::plugins::attribution {

// The class and speaker of a first-person source outside quotation marks ("I believe", "as we
// noted"): the writer of the article, whoever was named before.
inline constexpr const char* kWriterClass = "writer";
inline constexpr const char* kWriterSpeaker = "the writer";

struct Candidate {
  TokRange cue;                    // the reporting verb group, "according to", "per", ":"
  TokRange source;                 // empty when there is none ("it was reported")
  TokRange antecedent;             // what a relative-pronoun source ("who", "that") stands for
  std::vector<sdk::Span> content;  // byte spans, in text order
  std::string form;                // direct, indirect, according-to, mixed
  std::string rule;                // e.g. "reporting-verb:complained"
  std::string kind = "speech";     // the verb's kind: speech, tell, evidence, cognition
  std::string stance = "neutral";
  bool writers_stance = false;  // the stance is the writer's adverb's ("falsely said"), not the verb's
  std::string intensity = "plain";
  std::string lemma;               // the verb's lemma, for the explanation
  std::string source_class;        // filled by speaker resolution
  std::string speaker;             // canonical speaker, filled by speaker resolution unless a
                                   // rule knew it (an interview's answers)
  bool content_left = false;       // content came before the cue ("...," she said)
  bool sourceless = false;         // the construction has no source ("it was reported")
  bool clause_break = false;       // content before this cue is not the earlier cue's ("..., adding")
  bool borrowed_source = false;    // the source is another clause's subject ("Lee left, saying ...")
  bool clips_others = true;        // false for an agentless passive: no neighbour's content or
                                   // source stops at it ("Lee said the deal was announced")
  uint32_t sentence = 0;
  // Content as token ranges, before it is clipped at neighbouring attributions and turned
  // into byte spans (content_clause.cpp); pending2 is the part after a mid-sentence cue.
  TokRange pending, pending2;

  uint32_t first_token() const;    // earliest of cue and source
};

// A candidate whose cue is the token range cue of sentence s, read with a lexicon entry's sense
// (a reporting verb's or a cue noun's kind, stance, intensity and lemma).
inline Candidate cue_candidate(const VerbSense& sense, TokRange cue, uint32_t s) {
  Candidate c;
  c.cue = cue;
  c.kind = sense.kind;
  c.stance = sense.stance;
  c.intensity = sense.intensity;
  c.lemma = sense.lemma;
  c.sentence = s;
  return c;
}

}  // namespace slant::plugins::attribution
