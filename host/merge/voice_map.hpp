// Whose words each stretch of an article is: quoted inside a direct quote's content, reported
// inside an attribution's "content" part, the writer's (author) elsewhere. The one place this
// rule lives: the merger asks it the voice of findings and words, and the report carries its
// regions for the views.
#pragma once

#include <cstdint>
#include <vector>

#include "article/article.hpp"
#include "merge/report.hpp"
#include "merge/span_index.hpp"

namespace slant {

class VoiceMap {
 public:
  // Quote contents come from the segmented article.
  explicit VoiceMap(const Article& a);
  // The "content" parts of an attribution finding mark reported voice, unless the finding says
  // voice_of_content=author (a "seems" of the writer's own); call build() after the last.
  void add_reported(const Finding& attribution);
  void build();

  // Most of [b, e) quoted, else most of it reported, else author; an empty span by its position.
  Voice of_span(uint32_t b, uint32_t e) const;
  // A finding's voice is that of its first cue when it names one, else of its span; a finding
  // about the whole article (no cue, covering every sentence) is the writer's.
  Voice of_finding(const Finding& f) const;
  // A word's voice: inside a quote (flag or content), else inside reported content, else author.
  Voice of_token(const slant_token& t) const;
  // of_token for the tokens of an article asked in text order (the merger's count of words by
  // voice), without two binary searches a word.
  class TokenWalk {
   public:
    explicit TokenWalk(const VoiceMap& map) : quoted_(map.quoted_), reported_(map.reported_) {}
    Voice of(const slant_token& t) {
      if ((t.flags & SLANT_TOKEN_IN_QUOTE) || quoted_.contains(t.begin)) return Voice::quoted;
      return reported_.contains(t.begin) ? Voice::reported : Voice::author;
    }

   private:
    SpanIndex::Sweep quoted_, reported_;
  };
  // The quoted and reported stretches in text order, disjoint (quoted wins where both apply);
  // the rest of the text is the writer's.
  std::vector<VoiceRegion> regions() const;

 private:
  const Article& article_;
  SpanIndex quoted_, reported_;
};

// The regions of a report built by hand (tests): its article's quotes and the content parts of
// its attribution findings.
std::vector<VoiceRegion> voice_regions_of(const Report& r);

}  // namespace slant
