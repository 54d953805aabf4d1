// The opinion plugin's analysis: scores each voice side of each sentence, emits an "opinion"
// finding per side judged subjective and one "article-genre" finding for the whole text.
#include "opinion_plugin.hpp"

#include <slant/interview.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <utility>
#include <vector>

#include "article_label.hpp"
#include "voice_sides.hpp"

namespace slant::plugins {
namespace {

using namespace opinion;

std::unique_ptr<LinearModel> load_model(const sdk::Config& cfg) {
  const std::string file = cfg.string("model");
  if (file.empty() || file == "none") return std::make_unique<LinearModel>(LinearModel::lexicon_only());
  return std::make_unique<LinearModel>(LinearModel::load(cfg.data_path(file)));
}

double pick_threshold(const sdk::Config& cfg, const LinearModel& m) {
  const std::string t = cfg.string("threshold");
  if (t == "model") return m.threshold();
  const double v = cfg.number("threshold");
  if (!(v > 0 && v < 1))
    throw std::invalid_argument("parameter 'threshold' must lie between 0 and 1 (or be 'model'), got '" + t + "'");
  return v;
}

// The same digits as printf's "%.2f" (both round the exact binary value, ties to even),
// without printf's format parsing: two of these go into every finding.
std::string fixed2(double x) {
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 2).ptr;
  return std::string(buf, end);
}

// What a cue is and its words, "evaluative 'reckless'", appended to out.
void describe(const Cue& c, std::string_view text, std::string& out) {
  out.append(c.label == "model" ? std::string_view("learned weight") : std::string_view(c.label));
  out.append(" '").append(text).append(1, '\'');
}

bool marks_column(const std::vector<std::string>& signals) {
  for (const auto& s : signals)
    if (s == "first-person" || s == "second-person" || s == "call-to-action" ||
        s == "rhetorical-question")
      return true;
  return false;
}

}  // namespace

sdk::PluginInfo Opinion::info() {
  sdk::PluginInfo i;
  i.id = "opinion";
  i.name = "Opinion";
  i.version = "0.2.0";
  i.description =
      "Sentences (or their quoted / unquoted parts) that judge rather than report: evaluative "
      "and emotive words, intensifiers, boosters, deontic modals, certain predictions, first and "
      "second person, questions, exclamations, scare quotes, loaded labels, calls to action, "
      "weighed by a logistic model; and a news / analysis / opinion label for the article.";
  i.finding_kinds = {"opinion", "article-genre"};
  i.params = {
      {"model", SLANT_PARAM_PATH, "opinion-model.tsv",
       "weights file of the logistic model (in the data folder unless absolute); 'none' uses the "
       "lexicon signals alone with hand-set weights"},
      {"threshold", SLANT_PARAM_STRING, "model",
       "probability from which a sentence side is opinion; 'model' takes the weights file's own"},
      {"extra_lexicon", SLANT_PARAM_PATH, "",
       "an additional lexicon (phrase, signal class, weight) added to the bundled ones"},
  };
  i.scores = {{"opinion_sentence_share", "opinion", SLANT_SCORE_SHARE_OF_SENTENCES,
               "share of sentences judged opinion: the writer's own judgement (author voice), or a "
               "source's (quoted, reported)"}};
  i.thread_safe = true;
  return i;
}

Opinion::Opinion(const sdk::Config& cfg)
    : finder_(load_signal_lexicons(cfg, cfg.string("extra_lexicon"))),
      model_(load_model(cfg)),
      scorer_(*model_),
      threshold_(pick_threshold(cfg, *model_)),
      threshold_text_(fixed2(threshold_)) {
  for (auto c : all_signal_classes())
    signal_metric_names_[static_cast<size_t>(c)] = "signal_" + std::string(name(c));
}

void Opinion::analyse(const sdk::Article& a, sdk::Sink& out) const {
  ArticleTally tally;
  tally.section = a.section();
  uint32_t quoted_parts = 0;
  uint32_t signal_counts[kSignalClassCount] = {};

  std::vector<Signal> mine;  // one side's signals; reused from side to side
  // In a printed interview the answers are the interviewee's: they count with quoted parts, not
  // among the writer's sentences of the genre label; the questions are the outlet's but ask
  // rather than argue ("What do you say to ...?"), so they are never the writer's opinion.
  const std::vector<sdk::InterviewTurn> turns = sdk::interview_turns(a);
  for (const auto& s : a.sentences()) {
    if (s.token_count == 0) continue;
    const sdk::InterviewTurn turn = s.paragraph < turns.size() ? turns[s.paragraph] : sdk::InterviewTurn::kNone;
    const bool answer = turn == sdk::InterviewTurn::kAnswer;
    auto signals = finder_.find(a, s);
    const auto sides = split_by_quote(a, s);
    SentenceContext ctx;
    ctx.has_quote = sides.size() > 1;
    const auto reporting_at = finder_.first_reporting_verb(a, s);
    ctx.reporting = reporting_at.has_value();
    for (const auto& side : sides) {
      // Each signal belongs to one side, so it is moved out, not copied (its rule string).
      mine.clear();
      for (auto& sig : signals)
        if (sig.in_quote == side.in_quote) mine.push_back(std::move(sig));
      const bool writers = !side.in_quote && !answer;
      if (writers) {
        ++tally.author_sentences;
        for (const auto& sig : mine) ++signal_counts[static_cast<size_t>(sig.cls)];
      }
      auto sc = scorer_.score(a, side, mine, ctx);
      if (sc.probability < threshold_ || !sc.named || (writers && turn == sdk::InterviewTurn::kQuestion)) continue;
      bool reported = false;  // every cue lies in what a reporting verb reports
      if (!writers) {
        ++quoted_parts;
      } else {
        // The host reads the voice from the first cue, and what follows "said" (or "argued",
        // "warned": the wider list the attribution plugin reads content after) may be reported
        // speech. The writer's own framing up to the reporting verb leads when there is some:
        // words before it ("The embattled mayor said ...") and the verb itself, which is the
        // writer's choice ("slammed", "seems"); the strongest-first order holds otherwise.
        // A first- or second-person word is the writer's wherever it stands: reported speech
        // shifts a source's "I" and "we" to "he" and "they", so a "we" or "you" after "said"
        // is the writer's own ("they will ignore the people we elected").
        // Looked for only here: few sides become a finding, and a sentence has one writer's side.
        if (const auto content_at = finder_.first_reporting_verb(a, s, /*content_verbs=*/true)) {
          const auto writers_cue = [&](const Cue& c) {
            return c.span.begin <= *content_at || c.label == name(SignalClass::first_person) ||
                   c.label == name(SignalClass::second_person);
          };
          std::stable_partition(sc.cues.begin(), sc.cues.end(), writers_cue);
          // "Bragg cast the lone vote, arguing that the township should sue": nothing of the
          // writer's judges; the "should" is Bragg's. The host gives the finding the reported
          // voice when the attribution plugin finds the source, and the genre label does not
          // count the sentence as the writer's opinion either way.
          reported = !sc.cues.empty() && !writers_cue(sc.cues.front());
        }
        if (!reported) {
          ++tally.author_opinion_sentences;
          if (marks_column(sc.signals)) ++tally.column_marks;
        }
      }

      sdk::Finding f;
      f.kind = "opinion";
      f.span = sides.size() == 1 ? sdk::Span{s.begin, s.end} : side.span;
      f.rule = sc.rule;
      f.weight = sc.probability;
      // The evidence and the explanation are appended to in place: built by concatenation they
      // had made a few temporaries a cue.
      std::string& why = f.explanation;
      why.reserve(256);
      why = side.in_quote ? "The quoted words carry the speaker's opinion, not the writer's: "
            : answer      ? "The interviewee's answer carries their opinion, not the writer's: "
            : reported    ? "The words a reporting verb reports carry the source's opinion, not the writer's: "
                          : "The writer's own words judge rather than report: ";
      for (size_t k = 0; k < sc.cues.size(); ++k) {
        const Cue& c = sc.cues[k];
        f.part("cue", c.span);
        const auto text = a.text_of(c.display);
        if (!f.evidence.empty()) f.evidence.append(", ");
        f.evidence.append(text);
        if (k > 0) why.append(", ");
        describe(c, text, why);
      }
      std::string score = fixed2(sc.probability);
      why.append(" (score ").append(score).append(", threshold ").append(threshold_text_).append(").");
      std::string signals_attr;
      for (const auto& n : sc.signals) {
        if (!signals_attr.empty()) signals_attr += ',';
        signals_attr += n;
      }
      f.attribute("signals", std::move(signals_attr));
      f.attribute("score", std::move(score));
      out.add(f);
    }
  }

  const auto label = label_article(tally);
  if (tally.author_sentences > 0) {
    sdk::Finding g;
    g.kind = "article-genre";
    g.span = {0, static_cast<uint32_t>(a.text().size())};
    g.rule = "genre:" + label.label;
    g.evidence = std::to_string(tally.author_opinion_sentences) + " of " +
                 std::to_string(tally.author_sentences) + " writer's sentences are opinion";
    g.explanation = label.explanation;
    g.weight = label.genre_score;
    g.attribute("label", label.label);
    g.attribute("author_opinion_share", fixed2(label.author_opinion_share));
    g.attribute("explanation", label.explanation);
    out.add(g);
  }
  out.metric("author_opinion_share", label.author_opinion_share);
  out.metric("opinion_sentences", tally.author_opinion_sentences);
  out.metric("quoted_opinion_parts", quoted_parts);
  out.metric("genre_score", label.genre_score);
  for (auto c : all_signal_classes())
    out.metric(signal_metric_names_[static_cast<size_t>(c)], signal_counts[static_cast<size_t>(c)]);
}

}  // namespace slant::plugins
