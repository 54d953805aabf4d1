// A well-behaved test plugin: marks every occurrence of the word "alpha", with a cue part, so
// tests can check loading, voice and scores without depending on the bundled plugins' rules.
#include <slant/plugin.hpp>

class AlphaMarker {
 public:
  static slant::sdk::PluginInfo info() {
    return {"alpha", "Alpha marker", "1.2.3", "Marks the word alpha (test plugin)", {"alpha"},
            {{"label", SLANT_PARAM_STRING, "plain", "A label copied into each finding"}},
            {{"alphas_per_100_words", "alpha", SLANT_SCORE_PER_100_WORDS, "how often alpha appears"}}, true};
  }
  explicit AlphaMarker(const slant::sdk::Config& c) : label_(c.string("label")) {}
  void analyse(const slant::sdk::Article& a, slant::sdk::Sink& out) const {
    for (const auto& t : a.tokens()) {
      if (slant::sdk::Article::lower(t) != "alpha") continue;
      slant::sdk::Finding f;
      f.kind = "alpha";
      f.span = {t.begin, t.end};
      f.rule = "word:alpha";
      f.evidence = std::string(a.text_of(t));
      f.explanation = "the word alpha";
      f.part("cue", {t.begin, t.end}).attribute("label", label_);
      out.add(f);
    }
    out.metric("tokens", static_cast<double>(a.tokens().size()));
  }

 private:
  std::string label_;
};

SLANT_PLUGIN(AlphaMarker)
