// Printed interviews ("Q: ... A: ..."): which paragraphs are the interviewee's answers. For
// plugins that tell the writer's words from other people's: in a Q&A the questions are the
// outlet's, the answers are not.
#pragma once

#include <slant/plugin.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace slant::sdk {

enum class InterviewTurn : uint8_t { kNone, kQuestion, kAnswer };

// The turn paragraph p opens with: "Q:" or "Question:", "A:" or "Answer:", capitalised, at its
// very start.
inline InterviewTurn interview_turn(const Article& a, uint32_t p) {
  const auto paragraphs = a.paragraphs();
  const auto sentences = a.sentences();
  if (p >= paragraphs.size() || paragraphs[p].first_sentence >= sentences.size()) return InterviewTurn::kNone;
  const Sentence& s = sentences[paragraphs[p].first_sentence];
  const auto tokens = a.tokens_of(s);
  if (tokens.size() < 3 || tokens[1].kind != SLANT_TOKEN_PUNCT || a.text_of(tokens[1]) != ":") return InterviewTurn::kNone;
  const std::string_view word = a.text_of(tokens[0]);
  if (word == "Q" || word == "Question" || word == "QUESTION") return InterviewTurn::kQuestion;
  if (word == "A" || word == "Answer" || word == "ANSWER") return InterviewTurn::kAnswer;
  return InterviewTurn::kNone;
}

// The turn of each paragraph of a printed interview: an article is one when a paragraph that
// opens with a question is followed by one that opens with an answer (a short Q&A sidebar may
// have one pair); otherwise every paragraph is kNone (a lone "A:" is a list item or a label).
inline std::vector<InterviewTurn> interview_turns(const Article& a) {
  const auto count = static_cast<uint32_t>(a.paragraphs().size());
  std::vector<InterviewTurn> turns(count, InterviewTurn::kNone);
  bool paired = false;
  for (uint32_t p = 0; p < count; ++p) {
    turns[p] = interview_turn(a, p);
    paired = paired || (p > 0 && turns[p] == InterviewTurn::kAnswer && turns[p - 1] == InterviewTurn::kQuestion);
  }
  if (!paired) turns.assign(count, InterviewTurn::kNone);
  return turns;
}

}  // namespace slant::sdk
