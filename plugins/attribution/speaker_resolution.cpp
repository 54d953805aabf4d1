// Who each source is: its class (named person or organisation, titled, anonymous, vague,
// document) and one canonical speaker name, with pronouns resolved to the last fitting source
// and later mentions ("Ratner") grouped under the first full name ("Ely Ratner").
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

struct Named {
  std::string cls;      // named-person or named-organisation
  std::string speaker;  // canonical name
  Gender gender = Gender::kUnknown;
};

// A person a later "he" or "she" may mean: a named person or a titled source.
struct PersonMention {
  const Candidate* cand;
  Gender gender;
};

bool name_token(const Doc& d, uint32_t i) {
  // a clitic is no name, even capitalised ("Wor'S"): the name scans below stop at it, and a name
  // token that ends a run before it starts would hold them where they stand
  if (d.low(i) == "'s"sv) return false;
  // "The Chicago-based snack maker": a place made an adjective describes, it names no one
  if (const auto w = d.low(i); w.ends_with("-based") || w.ends_with("-born") || w.ends_with("-owned")) return false;
  if (d.proper(i)) return true;
  // a capitalised word at a sentence start is a name unless we know it as a common word
  return d.cap(i) && d.word(i) && !d.is(i, ~0u) && (d.source_classes(i) & ~kOrganisation) == 0 &&
         !(d.tok(i).flags & SLANT_TOKEN_SENTENCE_START);
}

// The words the article capitalises inside a sentence ("Greenpeace", "Reyes"), built on first
// use: one pass over the tokens, for the few phrases that need it. Whether it writes a word in
// lower case ("organizers") is asked of few words an article: a scan each, remembered.
class MidSentenceNames {
 public:
  explicit MidSentenceNames(const Doc& d) : d_(d) {}
  bool has(std::string_view lower) {
    if (!built_) {
      built_ = true;
      for (uint32_t i = 1; i < d_.size(); ++i)
        if (d_.cap(i) && d_.word(i) && !(d_.tok(i).flags & SLANT_TOKEN_SENTENCE_START) && !d_.quote_mark(i - 1))
          names_.insert(d_.low(i));
    }
    return names_.contains(lower);
  }
  // Whether the article writes the word right after another capitalised word of its sentence
  // ("Bernie Sanders", "President Obama"): then it is a person's name, not a one-word company's.
  // One pass on first use, however many sources ask.
  bool after_a_name(std::string_view lower) {
    if (!after_built_) {
      after_built_ = true;
      for (uint32_t k = 1; k < d_.size(); ++k)
        if (d_.cap(k - 1) && d_.word(k - 1) && d_.sentence_of(k - 1) == d_.sentence_of(k)) after_.insert(d_.low(k));
    }
    return after_.contains(lower);
  }
  bool written_lower(std::string_view lower) {
    if (lower_built_) return lower_.contains(lower);
    for (const auto& [w, answer] : asked_)
      if (w == lower) return answer;
    // past a few words, one pass for all: linear in the article whatever it asks
    if (asked_.size() >= kScansBeforeSet) {
      lower_built_ = true;
      for (uint32_t i = 0; i < d_.size(); ++i)
        if (d_.word(i) && !d_.cap(i)) lower_.insert(d_.low(i));
      return lower_.contains(lower);
    }
    bool found = false;
    for (uint32_t i = 0; i < d_.size() && !found; ++i) found = d_.low(i) == lower && d_.word(i) && !d_.cap(i);
    asked_.emplace_back(lower, found);
    return found;
  }

 private:
  static constexpr size_t kScansBeforeSet = 8;
  const Doc& d_;
  bool built_ = false, lower_built_ = false, after_built_ = false;
  std::unordered_set<std::string_view, sdk::WordHash, std::equal_to<>> names_, lower_, after_;
  std::vector<std::pair<std::string_view, bool>> asked_;
};

// A capitalised word that opens the sentence and is followed, inside the phrase, by a plain
// lower-case word is an adjective of that word, not a name ("Local businesses", "Police
// officers"), unless the article capitalises it inside a sentence too ("Greenpeace activists").
// So is one joined by "and" or "or" to a lower-case word ("Teachers and union officials",
// "Current and former aides"), and a noun before "for the" or "at" a name ("Attorneys for the
// mill", "Activists at Greenpeace").
bool opening_modifier(const Doc& d, uint32_t i, TokRange src, MidSentenceNames& names) {
  if (!(d.tok(i).flags & SLANT_TOKEN_SENTENCE_START) || i + 1 >= src.e || names.has(d.low(i))) return false;
  uint32_t n = i + 1;
  if (n + 1 < src.e && d.is(n, kPrep) && (d.is(n + 1, kDet | kPoss) || d.cap(n + 1))) return true;
  if ((d.low(n) == "and"sv || d.low(n) == "or"sv) && n + 1 < src.e) ++n;
  return d.word(n) && !d.cap(n) && !d.is(n, ~0u);
}

// "Investors had pushed", "Organizers say": a lone word that opens the sentence is capitalised
// for its place, not a name, when it is a source word (sources.tsv) or the article writes it in
// lower case too, unless the article also capitalises it inside a sentence ("Reyes:" and
// "Sanders said" after "Bernie Sanders" stay names).
bool lone_opening_source_word(const Doc& d, uint32_t i, MidSentenceNames& names) {
  constexpr uint32_t kCommon = kVague | kAnonymousGroup | kAnonymous | kTitle | kGeneric;
  return (d.tok(i).flags & SLANT_TOKEN_SENTENCE_START) && !(i + 1 < d.size() && d.cap(i + 1)) &&
         ((d.source_classes(i) & kCommon) || names.written_lower(d.low(i))) && !names.has(d.low(i));
}

// Where a run of names can start: a name token that is not a determiner ("The Washington Post"
// starts at "Washington").
bool starts_name(const Doc& d, uint32_t i) {
  if (!name_token(d, i) || d.is(i, kDet)) return false;
  // "One of them said", "All of them wanted": a number or quantity word opening the sentence
  if (!(d.tok(i).flags & SLANT_TOKEN_SENTENCE_START) || d.low(i).size() > 7) return true;
  static constexpr std::string_view kNumbers[] = {"one",  "two",  "three", "four", "five",    "six",    "seven",
                                                  "eight", "nine", "ten",   "both", "each",    "none",   "neither",
                                                  "either", "all", "many",  "most", "several", "more"};
  for (const auto n : kNumbers)
    if (d.low(i) == n) return false;
  return true;
}

// "the research firm Castell Insights", "the company Lumora": an organisation word in lower
// case right before a name says what the name is (a singular one: "the nine times Sanders"
// has one that ends a newspaper's name)
bool organisation_before(const Doc& d, uint32_t b) {
  // ("A group calling itself Nightjar": only a group or a thing calls itself by a name)
  if (b > 1 && d.low(b - 1) == "itself"sv && (d.low(b - 2) == "calling"sv || d.low(b - 2) == "calls"sv)) return true;
  return b > 0 && d.word(b - 1) && !d.cap(b - 1) && (d.source_classes(b - 1) & kOrganisation) &&
         !d.low(b - 1).ends_with('s');
}

std::string join(const Doc& d, uint32_t b, uint32_t e) { return b < e ? d.text(TokRange{b, e}) : std::string(); }

// The person's name inside a source phrase: the capitalised words after the last title or
// organisation word of a run ("... Security Affairs [Ely Ratner]"), or a run that is not an
// organisation's ("the Institute" is one). Empty when the phrase names no person.
TokRange person_name(const Doc& d, TokRange src, MidSentenceNames& names) {
  TokRange plain{};
  for (uint32_t i = src.b; i < src.e;) {
    if (!starts_name(d, i) || opening_modifier(d, i, src, names)) { ++i; continue; }
    uint32_t b = i;
    while (i < src.e && (name_token(d, i) || (d.punct(i, ".") && i > b))) ++i;
    uint32_t e = i;
    if (e == b + 1 && lone_opening_source_word(d, b, names)) continue;
    // "four Democrats", "Senate Republicans": a group noun written with a capital is no one's name
    if (d.source_classes(e - 1) & (kVague | kGeneric | kAnonymousGroup)) continue;
    // split after the last title or organisation word of the run
    uint32_t tail = b;
    for (uint32_t k = b; k < e; ++k)
      if (d.source_classes(k) & (kTitle | kOrganisation | kDocument)) tail = k + 1;
    bool after_title = tail > b;
    bool org_context = b > src.b && (d.is(b - 1, kDet | kPrep) || d.low(b - 1) == "'s"sv || organisation_before(d, b));
    // "Secretary of State Antony Blinken", "Minister of Finance Ana Ruiz": after a title and
    // "of", the run opens with the department; the name is its last words (an initial kept).
    // A capitalised title, as before a name ("the director of Public Health Services" names no
    // one), three words at least and none of the name a source word ("a professor of Political
    // Science").
    if (tail == b && e - b >= 3 && b >= src.b + 2 && d.low(b - 1) == "of"sv && (d.source_classes(b - 2) & kTitle) &&
        d.cap(b - 2)) {
      auto initial = [&](uint32_t k) {
        return d.punct(k, ".") || d.low(k).size() == 1 || (d.low(k).size() == 2 && d.low(k).back() == '.');
      };
      uint32_t first = e - 2;  // the surname and the word before it,
      while (first > b + 1 && initial(first)) --first;  // and the first name before an initial
      bool plain_words = true;
      for (uint32_t k = first; k < e; ++k) plain_words = plain_words && d.source_classes(k) == 0;
      if (plain_words) return {first, e};
    }
    // "Chinese authorities", "Democratic pollster": a capitalised modifier of a common noun
    bool followed_by_possessive = e < src.e && (d.low(e) == "'s"sv || (d.word(e) && !d.is(e, ~0u)));
    // (at most three words: "Speaker Paul D. Ryan", an initial and its point not counted)
    uint32_t words = 0;
    for (uint32_t k = tail; k < e; ++k) words += !d.punct(k, ".") && d.low(k).size() > 1 && !(d.low(k).size() == 2 && d.low(k).back() == '.');
    if (tail < e && words <= 3 && !followed_by_possessive) {
      // ("Jared Bernstein, former adviser to Vice President Joseph R. Biden Jr.": a name in the
      // apposition after a comma is someone the speaker is described by, not the speaker)
      if (after_title && !plain.empty()) {
        bool comma_between = false;
        for (uint32_t k = plain.e; k < b && !comma_between; ++k) comma_between = d.punct(k, ",");
        if (comma_between) return plain;
      }
      if (after_title) return {tail, e};
      if (!org_context && plain.empty()) plain = {tail, e};
    }
  }
  return plain;
}

// The organisation a phrase names: a capitalised run with an organisation word, after "the",
// all capitals, or a single known name ("China", "Bloomberg").
TokRange organisation_name(const Doc& d, TokRange src, MidSentenceNames& names) {
  TokRange first{};  // the first organisation; one an organisation word names goes before it
  for (uint32_t i = src.b; i < src.e;) {
    if (!starts_name(d, i) || opening_modifier(d, i, src, names)) { ++i; continue; }
    uint32_t b = i;
    // "Department of Health", "Bank of Tessford", "Brixton Tool & Die": "of", "for" or "&"
    // between capitalised words; "and" only inside a name already joined by "of" ("Office of
    // Management and Budget") or after one word, before a name that ends in an organisation
    // word ("Securities and Exchange Commission"), not between two names ("White House and
    // Pentagon", "Sanders and Clinton")
    bool joined = false;
    auto and_joins = [&](uint32_t k) {
      if (joined) return true;
      if (k != b + 1 || d.all_caps(b)) return false;
      uint32_t e = k + 1;
      while (e < src.e && name_token(d, e)) ++e;
      return (d.source_classes(e - 1) & kOrganisation) != 0;
    };
    auto joiner = [&](uint32_t k) {
      if (k <= b || k + 1 >= src.e || !name_token(d, k + 1) || d.is(k + 1, kDet)) return false;
      const auto w = d.low(k);
      if (w == "of"sv || w == "for"sv || w == "&"sv) return joined = true;
      return w == "and"sv && and_joins(k);
    };
    while (i < src.e && (name_token(d, i) || d.punct(i, ".") || joiner(i))) ++i;
    bool org = false;
    for (uint32_t k = b; k < i; ++k)
      // (an acronym of two letters or more: the initial "D." of "Paul D. Ryan" is none)
      org |= (d.source_classes(k) & kOrganisation) != 0 || (d.all_caps(k) && d.low(k).size() >= 2) || d.low(k) == "&"sv;
    // ("the Iraqi activist group Mosul Eye" is Mosul Eye)
    if (b > src.b && organisation_before(d, b) && !(d.source_classes(i - 1) & (kVague | kGeneric | kAnonymousGroup)))
      return {b, i};
    if (b > src.b && d.low(b - 1) == "the"sv) org = true;
    if (org && first.empty()) first = {b, i};
  }
  return first;
}

// Whether what person_name found is part of the organisation's name instead: a run after "and",
// "&" or "of" inside it ("Department of Health and Human Services", "Office of Management and
// Budget"), one before "&" ("Brixton Tool & Die"), one ending in an organisation word, or an
// acronym of up to five capitals ("NRA", "AP"). A name after a title inside a capitalised run
// stays a person ("FBI Director James Comey").
bool part_of_organisation(const Doc& d, TokRange person, TokRange org) {
  if (person.size() == 1 && d.all_caps(person.b) && d.low(person.b).size() <= 5) return true;
  if (org.empty() || person.b < org.b || person.e > org.e) return false;
  if (d.source_classes(person.e - 1) & kOrganisation) return true;
  if (person.b > org.b) {
    const auto before = d.low(person.b - 1);
    if (before == "and"sv || before == "&"sv || before == "of"sv) return true;
  }
  return person.e < org.e && d.low(person.e) == "&"sv;
}

// "the Democratic presidential candidate", "the Pentagon spokesman": a capitalised word before
// a role names the role's side, not who speaks; the source is titled.
bool modifies_role(const Doc& d, TokRange name, TokRange src) {
  // ("The European Union's foreign policy chief": the role after a possessive name)
  const uint32_t after = name.e < src.e && d.low(name.e) == "'s"sv ? name.e + 1 : name.e;
  if (after >= src.e || !d.word(after) || d.cap(after)) return false;
  for (uint32_t k = after; k < src.e && k - after < 4 && d.word(k) && !d.cap(k); ++k)
    if (d.source_classes(k) & kTitle) return true;
  return false;
}

// "Kestrel Intelligence, a cybersecurity firm", "her management company, Blue Meridian": an
// apposition whose head is an organisation word in lower case says the name is an organisation's.
bool organisation_apposition(const Doc& d, TokRange src, TokRange name) {
  uint32_t seg = src.b;
  for (uint32_t k = src.b; k <= src.e; ++k) {
    if (k < src.e && !d.punct(k, ",")) continue;
    // the segment [seg, k): its head is its last word before a preposition
    uint32_t head = seg;
    for (uint32_t j = seg; j < k && !d.is(j, kPrep | kRelative); ++j)
      if (d.word(j)) head = j;
    if (head < k && d.word(head) && !d.cap(head) && (d.source_classes(head) & kOrganisation) &&
        !d.low(head).ends_with('s') && !(d.source_classes(head) & kTitle))
      return (k < src.e && name.b == k + 1) || (seg > src.b && name.e + 1 == seg);  // right beside the name
    seg = k + 1;
  }
  return false;
}

uint32_t head_classes(const Doc& d, TokRange src) {
  uint32_t bits = 0;
  for (uint32_t i = src.b; i < src.e; ++i) {
    if (d.punct(i, ",")) break;  // the head segment only; appositions come after a comma
    if (d.is(i, kPrep | kRelative) && i > src.b) break;  // "experts [who reviewed the study]"
    bits |= d.source_classes(i);
  }
  return bits;
}

// Whether a person is a woman or a man, from the words of their source phrase: a given name
// opening a name of two words or more ("Maria Lopez"), an honorific right before the name ("Mrs.
// Lopez"), or a role or kin word written in lower case ("the spokeswoman", "Ana Ruiz, the
// company's chairwoman", "his wife"). Unknown when none says.
Gender person_gender(const Doc& d, TokRange src, TokRange person) {
  const auto& lex = d.lex();
  if (person.size() >= 2)
    if (const GenderWord g = lex.gender_word(d.low(person.b)); g.kind & kGivenName) return g.gender;
  if (!person.empty() && person.b > 0)
    if (const GenderWord g = lex.gender_word(d.low(person.b - 1)); g.kind & kHonorific) return g.gender;
  for (uint32_t i = src.b; i < src.e; ++i)
    if (d.word(i) && !d.cap(i))
      if (const GenderWord g = lex.gender_word(d.low(i)); g.kind & (kHonorific | kRoleWord)) return g.gender;
  return Gender::kUnknown;
}

// The sex a pronoun asks for: "she" and "her" a woman, "he", "him" a man.
Gender pronoun_gender(std::string_view p) {
  if (p == "she"sv || p == "her"sv || p == "herself"sv) return Gender::kFemale;
  if (p == "he"sv || p == "him"sv || p == "himself"sv) return Gender::kMale;
  return Gender::kUnknown;
}

bool fits(Gender known, Gender wanted) {
  return known == Gender::kUnknown || wanted == Gender::kUnknown || known == wanted;
}

// The last words of full names the article writes ("Rhona Little", "Viktor Aalders"), built on
// first use: one pass over the tokens, so that a later "Little, a former captain, is ..." opens
// its sentence with a person.
class Surnames {
 public:
  explicit Surnames(const Doc& d) : d_(d) {}
  bool has(std::string_view lower) { return !full(lower).empty(); }
  // The first full name the article writes with that surname; empty when there is none.
  TokRange full(std::string_view lower) {
    if (!built_) {
      built_ = true;
      for (uint32_t i = 0; i + 1 < d_.size(); ++i) {
        if (!name_token(d_, i) || d_.is(i, ~0u) || d_.source_classes(i) != 0) continue;
        uint32_t e = i + 1;
        while (e < d_.size() && e - i < 3 && name_token(d_, e) && d_.source_classes(e) == 0) ++e;
        if (e - i >= 2) names_.try_emplace(d_.low(e - 1), TokRange{i, e});
        i = e - 1;
      }
    }
    const auto it = names_.find(lower);
    return it == names_.end() ? TokRange{} : it->second;
  }

 private:
  const Doc& d_;
  bool built_ = false;
  std::unordered_map<std::string_view, TokRange, sdk::WordHash, std::equal_to<>> names_;
};

// The person a sentence opens with as its subject, though no cue is theirs ("Marsh, 24, scored
// 19 goals"): a later "he" or "she" more likely means them than a speaker named further back.
// Only names that look like a person's: two or three capitalised words ("Leo Marsh"), one
// followed by an age ("Marsh, 24,") or the surname of a full name the article writes ("Aalders
// did not"), one or two after an honorific ("Ms. Nwanguma was"), a full name after a title
// ("Mayor Anne Fairbanks voted"), or a role with "the" and an emphatic pronoun ("The governor himself struck a
// softer tone"). Empty when the sentence opens otherwise.
TokRange subject_person(const Doc& d, uint32_t s, Surnames& surnames) {
  const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
  // a sentence that opens a quotation opens with the speaker's words ("“What I see ...”")
  if (S >= E || d.quote_mark(S)) return {};
  // "According to county records, Haugen has ...", "Asked what he will do, Haugen laughed": the
  // subject comes after an opening adjunct's comma
  const uint32_t b = clause_start(d, S, E);
  if (b >= E) return {};
  if (b + 2 < E && d.low(b) == "the"sv && (d.source_classes(b + 1) & kTitle) &&
      (d.low(b + 2) == "himself"sv || d.low(b + 2) == "herself"sv))
    return {b, b + 2};
  // "Ms. Nwanguma was shocked": an honorific says a person follows, and their sex
  const bool honorific = b + 1 < E && d.cap(b) && (d.lex().gender_word(d.low(b)).kind & kHonorific) && name_token(d, b + 1);
  if (honorific) {
    uint32_t e = b + 1;
    while (e < E && e - b < 3 && name_token(d, e) && d.source_classes(e) == 0) ++e;
    return e < E && (d.punct(e, ",") || (d.word(e) && !d.cap(e))) ? TokRange{b + 1, e} : TokRange{};
  }
  // "Mayor Anne Fairbanks voted no", "County Administrator Ray Belcourt": capitalised title
  // words before a full name
  uint32_t t = b;
  while (t < E && t - b < 3 && d.cap(t) && (d.source_classes(t) & (kTitle | kOrganisation))) ++t;
  if (t > b && (d.source_classes(t - 1) & kTitle)) {
    uint32_t e = t;
    while (e < E && e - t < 3 && name_token(d, e) && d.source_classes(e) == 0) ++e;
    return e - t >= 2 && e < E && (d.punct(e, ",") || (d.word(e) && !d.cap(e))) ? TokRange{t, e} : TokRange{};
  }
  // "Her former bandmate Toby Reyes weighed in", "The chef Ben Achterberg", "Her son, Martin
  // Holloway, 58, handles ...": a role in lower case before a full name that opens with a given name
  if (d.is(b, kDet | kPoss) && !d.is(b, kSubjectPronoun)) {
    uint32_t n = b + 1;
    while (n < E && n - b <= 3 && d.word(n) && !d.cap(n) && !d.is(n, ~0u)) ++n;
    if (n > b + 1 && n + 1 < E && d.punct(n, ",")) ++n;
    if (n > b + 1 && n + 1 < E && (d.lex().gender_word(d.low(n)).kind & kGivenName) && name_token(d, n + 1)) {
      uint32_t e = n + 1;
      while (e < E && e - n < 3 && name_token(d, e) && d.source_classes(e) == 0) ++e;
      return e < E && (d.punct(e, ",") || (d.word(e) && !d.cap(e))) ? TokRange{n, e} : TokRange{};
    }
  }
  uint32_t e = b;
  while (e < E && e - b < 3 && name_token(d, e) && !d.is(e, kDet | kTime) && d.source_classes(e) == 0) ++e;
  if (e == b || e >= E || d.low(e) == "'s"sv || (d.cap(e) && d.word(e))) return {};
  if (e - b >= 2) return d.punct(e, ",") || (d.word(e) && !d.cap(e)) ? TokRange{b, e} : TokRange{};
  const bool age = e + 2 < E && d.punct(e, ",") && d.tok(e + 1).kind == SLANT_TOKEN_NUMBER && d.punct(e + 2, ",");
  // "Aalders did not speak", "Little, a former captain, is": the surname of a full name written before
  const bool surname = (d.punct(e, ",") || (d.word(e) && !d.cap(e))) && surnames.has(d.low(b));
  return age || surname ? TokRange{b, e} : TokRange{};
}

// A person named anywhere in the two sentences before `sentence` ("Ostra is run by chef Ben
// Achterberg. He said ..."): the last full name there that opens with a given name of the sex
// wanted. For a "he" or "she" no source before can stand for.
TokRange mentioned_person(const Doc& d, uint32_t sentence, Gender wanted) {
  if (sentence == 0) return {};
  const uint32_t from = d.sentence_begin(sentence >= 2 ? sentence - 2 : 0), to = d.sentence_begin(sentence);
  TokRange found{};
  for (uint32_t k = from; k + 1 < to; ++k) {
    if (!d.cap(k) || !name_token(d, k + 1) || d.sentence_of(k + 1) != d.sentence_of(k)) continue;
    const GenderWord g = d.lex().gender_word(d.low(k));
    if (!(g.kind & kGivenName) || !fits(g.gender, wanted)) continue;
    uint32_t e = k + 1;
    while (e < to && e - k < 3 && name_token(d, e) && d.source_classes(e) == 0) ++e;
    found = {k, e};
    k = e - 1;
  }
  return found;
}

// A word for a company's kind: what "the company", "the snack maker" or "the chain" call a named
// company again.
bool company_kind(std::string_view w) {
  static constexpr std::string_view kKinds[] = {
      "company", "firm",    "group",   "club",      "maker",     "carmaker", "automaker", "retailer", "startup",
      "start-up", "chipmaker", "insurer", "lender", "airline",   "operator", "network",   "studio",   "label",
      "publisher", "brand",  "utility", "bank",    "corporation", "conglomerate", "chain"};
  for (const auto k : kKinds)
    if (w == k) return true;
  return false;
}

// "the company", "the Chicago-based snack maker", "the club": "the", and a head of a company's
// kind in lower case, with no name of its own. What a named company is called again.
bool names_the_company(const Doc& d, TokRange src) {
  if (src.size() < 2 || d.low(src.b) != "the"sv) return false;
  uint32_t head = src.b;
  for (uint32_t k = src.b + 1; k < src.e && !d.punct(k, ",") && !d.is(k, kPrep | kRelative); ++k) {
    if (d.proper(k) && !d.low(k).ends_with("-based")) return false;
    head = k;
  }
  return company_kind(d.low(head));
}

// Whether no capitalised name but the company's own words stands between its mention and `to`
// ("..., EgyptAir, the airline said": the airline is EgyptAir, whoever spoke before).
bool no_other_name_between(const Doc& d, TokRange company, uint32_t to) {
  for (uint32_t k = company.e; k < to; ++k) {
    if (!d.proper(k) || (d.tok(k).flags & SLANT_TOKEN_SENTENCE_START) || d.is(k, kTime)) continue;
    bool own = false;
    for (uint32_t j = company.b; j < company.e && !own; ++j) own = d.low(j) == d.low(k);
    if (!own) return false;
  }
  return true;
}

// "the judge" after "Judge Miriam Falk" in the three sentences before: the name written after
// that title, capitalised. Empty when the phrase is no "the" and a title, or no such name.
TokRange titled_mention(const Doc& d, uint32_t sentence, TokRange src) {
  if (src.size() != 2 || d.low(src.b) != "the"sv || d.cap(src.b + 1) || !(d.source_classes(src.b + 1) & kTitle)) return {};
  const auto title = d.low(src.b + 1);
  const uint32_t from = d.sentence_begin(sentence >= 3 ? sentence - 3 : 0);
  TokRange found{};
  for (uint32_t k = from; k + 2 < src.b; ++k) {
    if (!d.cap(k) || d.low(k) != title || !name_token(d, k + 1) || !name_token(d, k + 2)) continue;
    uint32_t e = k + 1;
    // (an initial's point inside the name, not the sentence's at its end)
    while (e < src.b && e - k <= 3 &&
           (name_token(d, e) || (d.punct(e, ".") && e > k + 1 && e + 1 < src.b && name_token(d, e + 1))))
      ++e;
    found = {k + 1, e};
  }
  return found;
}

// Whether "he", "she" or their other forms come in the sentence or the one after it: then a
// one-word name there is likelier a person's ("Trump said ... He added").
bool personal_pronoun_near(const Doc& d, uint32_t sentence) {
  const uint32_t count = static_cast<uint32_t>(d.article().sentences().size());
  const uint32_t last = std::min(sentence + 2, count);
  for (uint32_t k = d.sentence_begin(sentence); k < d.sentence_end(last - 1); ++k) {
    const auto w = d.low(k);
    if (w == "he"sv || w == "she"sv || w == "his"sv || w == "her"sv || w == "him"sv || w == "hers"sv) return true;
  }
  return false;
}

// "BuzzFeed", "HuffPost": a capital inside a word is a brand's
bool camel_case(const Doc& d, uint32_t i) {
  const std::string_view w = d.text(i);
  for (size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z') return true;
  return false;
}

// Whether the article speaks of the one-word name at `name` as a thing: "its" or "itself" in its
// sentence after it ("Lumora said its glasses ..."), or the next sentence opening with "It",
// "Its" or "The company" (the firm, the startup, ...). Not any "it" or "company" nearby: "Lopez
// said the company lied" speaks of another.
bool company_word_near(const Doc& d, uint32_t sentence, uint32_t name) {
  for (uint32_t k = name + 1; k < d.sentence_end(sentence); ++k)
    if (d.low(k) == "its"sv || d.low(k) == "itself"sv) return true;
  if (sentence + 1 >= d.article().sentences().size()) return false;
  const uint32_t n = d.sentence_begin(sentence + 1);
  if (d.low(n) == "it"sv || d.low(n) == "its"sv) return true;
  return d.low(n) == "the"sv && n + 1 < d.size() && company_kind(d.low(n + 1));
}

// The sex of a sentence's subject person (subject_person): "The governor herself", a given name
// ("Leo Marsh"), or that of the full name a surname stands for ("Aalders" after "Viktor Aalders").
Gender subject_gender(const Doc& d, TokRange subj, Surnames& surnames) {
  if (d.is(subj.b, kDet)) return pronoun_gender(d.low(subj.e));
  const TokRange full = subj.size() == 1 ? surnames.full(d.low(subj.b)) : TokRange{};
  return person_gender(d, {}, full.empty() ? subj : full);
}

// The earlier source that "the official" or "the agency" stands for: the last one (of the 40
// before) whose phrase is headed by the same noun ("A senior official", "the Port Agency"), or
// where it is the title right before the name ("President Ana Ruiz" for "the president"); not
// one where it only modifies ("campaign manager Jeff Weaver" is no campaign). Null when the
// source is not "the" and one such noun, or none is found.
const Candidate* definite_antecedent(const Doc& d, const std::vector<Candidate>& cands, size_t at, TokRange src) {
  if (src.size() != 2 || d.low(src.b) != "the"sv || d.cap(src.b + 1) || !d.word(src.b + 1)) return nullptr;
  // a role, a body or an anonymous word ("the official"); or, for an anonymous group named
  // before, one of its members ("Two employees, who spoke on condition of anonymity, ... the
  // employee said")
  const bool role = (d.source_classes(src.b + 1) & (kTitle | kOrganisation | kAnonymous)) != 0;
  const auto noun = d.low(src.b + 1);
  for (size_t k = at, seen = 0; k > 0 && seen < 40; --k, ++seen) {
    const Candidate& o = cands[k - 1];
    if (o.source.empty() || o.speaker.empty() || o.source_class == kWriterClass) continue;
    uint32_t end = o.source.b;
    while (end < o.source.e && !d.punct(end, ",") && !d.is(end, kRelative)) ++end;
    for (uint32_t i = o.source.b; i < end; ++i) {
      const auto w = d.low(i);
      const bool member = o.source_class == "anonymous"sv && w.size() == noun.size() + 1 && w.starts_with(noun) &&
                          w.back() == 's';
      if (!(role && w == noun) && !member) continue;
      // ("A senior official briefing reporters on condition of anonymity": a participle after the
      // noun begins what describes it)
      if (i + 1 < end && d.word(i + 1) && !d.cap(i + 1) && d.low(i + 1).size() > 5 && d.low(i + 1).ends_with("ing")) return &o;
      bool names_after = i + 1 < end;
      for (uint32_t j = i + 1; j < end && names_after; ++j) names_after = d.proper(j) || d.punct(j, ".");
      if (i + 1 == end || names_after) return &o;
    }
  }
  return nullptr;
}

// "I", "we", "us", "me" (not an all-capital "US", the country)
bool first_person_word(const Doc& d, uint32_t i) {
  if (d.all_caps(i)) return false;
  const auto w = d.low(i);
  return w == "i"sv || w == "we"sv || w == "us"sv || w == "me"sv;
}

}  // namespace

bool writer_is_source(const Doc& d, const Candidate& c) {
  if (d.in_quote(c.cue.b)) return false;
  for (uint32_t i = c.source.b; i < c.source.e && !d.punct(i, ","); ++i) {
    if (d.in_quote(i)) return false;
    // (all capitals: "US Secretary of Defense ...", "WE WILL FIGHT, SAYS MAYOR")
    if (first_person_word(d, i)) return true;
  }
  return false;
}

void resolve_speakers(const Doc& d, std::vector<Candidate>& cands) {
  std::unordered_map<std::string, Named> by_last_word;  // "ratner" -> Ely Ratner
  const Candidate* last_group = nullptr;  // organisations, anonymous and vague plurals
  const Candidate* last_company = nullptr;  // the last named organisation
  constexpr uint32_t kCompanyReach = 3;    // sentences a "the company" may look back
  std::vector<PersonMention> persons;     // named and titled people, in text order
  auto last_person = [&]() -> const Candidate* { return persons.empty() ? nullptr : persons.back().cand; };
  // the person a "he" or "she" means: the last one, unless that one is known to be of the other
  // sex; then the last one known to be of this sex. A person of unknown sex further back is no
  // better a guess than the last one (most are mentioned people who were never a source).
  auto last_person_fitting = [&](Gender wanted) -> const Candidate* {
    if (persons.empty() || fits(persons.back().gender, wanted)) return last_person();
    for (auto it = persons.rbegin(); it != persons.rend(); ++it)
      if (it->gender == wanted) return it->cand;
    // (none of this sex: a person named without a cue may be meant, below; a wrong guess of the
    // other sex was the old answer, and no better than none)
    return nullptr;
  };
  auto add_person = [&](const Candidate& c, Gender g) { persons.push_back({&c, g}); };
  const auto& anon = d.lex().source_phrases();
  MidSentenceNames names(d);
  Surnames surnames(d);
  // The sentences that open with a person (subject_person), found on first need: a scan of the
  // sentences from the last one looked at, so each is looked at once.
  const uint32_t sentence_count = static_cast<uint32_t>(d.article().sentences().size());
  uint32_t subjects_scanned = 0;
  int64_t last_subject_sentence = -1;
  TokRange last_subject{};
  auto subject_before = [&](uint32_t sentence) {  // the latest subject person before `sentence`
    for (; subjects_scanned < sentence && subjects_scanned < sentence_count; ++subjects_scanned)
      if (const TokRange r = subject_person(d, subjects_scanned, surnames); !r.empty()) {
        last_subject_sentence = subjects_scanned;
        last_subject = r;
      }
    return last_subject_sentence;
  };

  const Candidate* answer = nullptr;  // the interview answer whose paragraph we are in
  uint32_t answer_paragraph = UINT32_MAX;
  for (auto& c : cands) {
    if (c.source.empty()) {
      c.source_class.clear();
      c.speaker.clear();
      continue;
    }
    // a rule that knew whose words they are named the speaker ("A:" in a printed interview)
    if (!c.speaker.empty()) {
      if (c.rule == "colon:interview-answer"sv) {
        answer = &c;
        answer_paragraph = d.paragraph_of_sentence(c.sentence);
      }
      continue;
    }
    // "A: We told them that two years ago": inside an answer, "I" and "we" are the interviewee
    if (answer && d.paragraph_of_sentence(c.sentence) == answer_paragraph && c.source.size() == 1 &&
        first_person_word(d, c.source.b)) {
      c.source_class = answer->source_class;
      c.speaker = answer->speaker;
      continue;
    }
    TokRange src = c.source;
    // "Several candidates, including Trump, said": who speaks is the group, not its example
    for (uint32_t k = src.b + 1; k + 1 < src.e; ++k)
      if (d.punct(k, ",") && d.low(k + 1) == "including"sv) {
        src.e = k;
        break;
      }
    // "officials, who said": the relative pronoun is resolved through its antecedent
    if (src.size() == 1 && !c.antecedent.empty() && (d.is(src.b, kRelative) || d.low(src.b) == "that"sv))
      src = c.antecedent;
    // a first-person source outside quotation marks is the writer, whoever was named before it
    if (writer_is_source(d, c)) {
      c.source_class = kWriterClass;
      c.speaker = kWriterSpeaker;
      continue;
    }
    // pronouns take the class and speaker of the last fitting source
    if (src.size() == 1 && d.is(src.b, kSubjectPronoun | kObjectPronoun)) {
      auto p = d.low(src.b);
      // "What would you ask the governor?": "you" is the reader or the one interviewed, never a
      // source named before
      if (p == "you"sv) {
        c.source_class = "vague";
        c.speaker = "you";
        continue;
      }
      const bool singular = p == "he"sv || p == "she"sv || p == "him"sv || p == "her"sv;
      const Gender wanted = pronoun_gender(p);
      const Candidate* ante = singular ? last_person_fitting(wanted) : p == "i"sv ? last_person() : last_group;
      // "Tickets will be refunded, Livewave said. It added ...": "it" is no person, so a name we
      // took for one, of no known sex, spoken of as "it" is an organisation's
      // (a one-word name the article never writes after a first name, in this or the sentence before)
      const Candidate* named = persons.empty() ? nullptr : persons.back().cand;
      if (p == "it"sv && named && persons.back().gender == Gender::kUnknown && named->source_class == "named-person"sv &&
          (!ante || named > ante) && named->sentence + 1 >= c.sentence &&
          named->speaker.find(' ') == std::string::npos && !names.after_a_name(d.low(named->source.e - 1))) {
        c.source_class = "named-organisation";
        c.speaker = named->speaker;
        last_group = named;
        continue;
      }
      // ("he" and "she" are no organisation or crowd: with no person before, they stay unresolved)
      if (!ante && !singular) ante = last_person() ? last_person() : last_group;
      // a person who opened a sentence after that speaker was named: "Hale insisted ... Marsh,
      // 24, scored 19 goals. Asked about his future, he said ..."
      if (singular) {
        // the person a sentence opened with is who "he" or "she" means
        const auto take_subject = [&](TokRange subject) {
          if (d.is(subject.b, kDet)) {  // "The governor himself ...": a role, unnamed here
            c.source_class = "titled";
            c.speaker = std::string(d.low(subject.b)) + " " + std::string(d.low(subject.b + 1));
            return;
          }
          const std::string last(d.low(subject.e - 1));
          const auto it = by_last_word.find(last);
          c.source_class = "named-person";
          const TokRange full = subject.size() == 1 ? surnames.full(last) : TokRange{};
          c.speaker = it != by_last_word.end() && it->second.cls == "named-person"sv ? it->second.speaker
                      : !full.empty()                                              ? join(d, full.b, full.e)
                                                                                   : join(d, subject.b, subject.e);
        };
        // "Agnes Holloway has piloted the ferry for 51 years, and she says ...": this sentence's
        // own subject, before the pronoun and after any source of this sentence
        // (only a second clause's pronoun after "and" or "but": "Trump is no conservative, he said"
        // reports its subject, and is someone else's words about him)
        bool second_clause = false;
        if ((!ante || ante->sentence < c.sentence) && !c.content_left && src.b > 1)
          for (uint32_t k = src.b - 1; k > d.sentence_begin(c.sentence) && src.b - k <= 2 && !second_clause; --k)
            second_clause = d.low(k) == "and"sv || d.low(k) == "but"sv;
        if (second_clause) {
          const TokRange here = subject_person(d, c.sentence, surnames);
          if (!here.empty() && here.e < src.b && !d.is(here.b, kDet) && fits(subject_gender(d, here, surnames), wanted)) {
            take_subject(here);
            continue;
          }
        }
        const int64_t subj = subject_before(c.sentence);
        // (candidates come in text order; a later subject, were one ever scanned, is no antecedent)
        if (subj >= 0 && static_cast<uint32_t>(subj) < c.sentence && (!ante || static_cast<uint32_t>(subj) > ante->sentence) &&
            fits(subject_gender(d, last_subject, surnames), wanted)) {
          take_subject(last_subject);
          continue;
        }
      }
      const TokRange mentioned = !ante && singular ? mentioned_person(d, c.sentence, wanted) : TokRange{};
      if (ante) {
        c.source_class = ante->source_class;
        c.speaker = ante->speaker;
      } else if (!mentioned.empty()) {
        c.source_class = "named-person";
        c.speaker = join(d, mentioned.b, mentioned.e);
      } else {
        c.source_class = "vague";
        c.speaker = std::string(d.text(src.b));
      }
      continue;
    }
    // "Two employees, who spoke on condition of anonymity, said ... One of them said": one of
    // the group just named is as anonymous as the group
    if (src.size() == 3 && d.low(src.b) == "one"sv && d.low(src.b + 1) == "of"sv &&
        (d.low(src.b + 2) == "them"sv || d.low(src.b + 2) == "those"sv) && last_group &&
        last_group->source_class == "anonymous"sv) {
      c.source_class = "anonymous";
      c.speaker = last_group->speaker;
      continue;
    }
    // "A senior official, who spoke on condition of anonymity, said": the relative clause
    // between the source and its verb says the source is anonymous too
    uint32_t anon_end = src.e;
    // (or a participle clause: "Two nurses, speaking on condition of anonymity, said")
    const auto opens_clause = [&](uint32_t k) {
      return d.is(k, kRelative) || (d.word(k) && !d.cap(k) && d.low(k).size() > 5 && d.low(k).ends_with("ing"));
    };
    if (c.cue.b > c.source.e && c.cue.b - c.source.e <= kMaxSourceTokens &&
        (d.is(c.source.e, kRelative) || (d.punct(c.source.e, ",") && c.source.e + 1 < c.cue.b && opens_clause(c.source.e + 1))))
      anon_end = c.cue.b;
    // '"...," said one former officer, who spoke on the condition of anonymity.': after an
    // inverted source, the clause that follows it to the sentence's end
    if (c.cue.e <= c.source.b && c.source.e + 1 < d.size() && d.punct(c.source.e, ",") && opens_clause(c.source.e + 1) &&
        d.sentence_of(c.source.e + 1) == c.sentence) {
      const uint32_t E = d.sentence_end(c.sentence);
      anon_end = c.source.e + 1;
      while (anon_end < E && anon_end - c.source.e <= kMaxSourceTokens && !d.punct(anon_end, ",") && !d.hard_boundary(anon_end))
        ++anon_end;
    }
    bool anonymous = false;
    for (uint32_t i = src.b; i < anon_end && !anonymous; ++i) {
      auto m = anon.match_at(d.tokens(), i);
      anonymous = m && m.entry->category == "anonymous"sv && m.first + m.count <= anon_end;
    }
    const uint32_t head = head_classes(d, src);
    TokRange person = person_name(d, src, names);
    TokRange org = organisation_name(d, src, names);
    // "Emails reviewed by The Ledger show": a document's speaker is the document, not an
    // organisation named after its head ("reviewed by", "obtained by")
    if (!org.empty() && (head & kDocument))
      for (uint32_t k = src.b + 1; k < org.b; ++k)
        if (d.low(k) == "by"sv && (d.low(k - 1).ends_with("ed") || d.low(k - 1).ends_with("en"))) {
          org = {};
          break;
        }
    if (anonymous) {
      c.source_class = "anonymous";
    } else if (head & kDocument) {
      c.source_class = "document";
    } else if (!person.empty() && organisation_apposition(d, src, person)) {
      c.source_class = "named-organisation";
      org = person;
    } else if (!person.empty() && !part_of_organisation(d, person, org)) {
      c.source_class = "named-person";
    } else if (!org.empty() && !modifies_role(d, org, src)) {
      c.source_class = "named-organisation";
    } else if (head & kAnonymousGroup) {
      c.source_class = "anonymous";
    } else if (head & kVague) {
      c.source_class = "vague";
    } else if (head & (kTitle | kOrganisation)) {
      c.source_class = "titled";  // a role or body without a name: "the spokesman", "the agency"
    } else {
      // a single capitalised word nobody named before: a person when it is a known surname,
      // otherwise we cannot tell person from organisation and call it a named organisation
      c.source_class = "vague";
      for (uint32_t i = src.b; i < src.e; ++i)
        if (starts_name(d, i) && !opening_modifier(d, i, src, names) && !lone_opening_source_word(d, i, names))
          c.source_class = "named-organisation";
    }

    // "Lumora unveiled new glasses": one capitalised word never written after a first name or a
    // title, with no honorific and no known first name, is more often a company's name than a
    // person's, whom news names in full first
    if (c.source_class == "named-person"sv && person.size() == 1 && !by_last_word.contains(std::string(d.low(person.b))) &&
        surnames.full(d.low(person.b)).empty() && person_gender(d, src, person) == Gender::kUnknown &&
        !(d.lex().gender_word(d.low(person.b)).kind & kGivenName) && !names.after_a_name(d.low(person.b)) &&
        !personal_pronoun_near(d, c.sentence) && (camel_case(d, person.b) || company_word_near(d, c.sentence, person.b))) {
      c.source_class = "named-organisation";
      org = person;
    }
    // "Halvorsen, which sells frozen meals, has ...": a name a "which" clause follows is a thing's
    if (c.source_class == "named-person"sv && person.e + 1 < d.size() && d.punct(person.e, ",") &&
        d.low(person.e + 1) == "which"sv) {
      c.source_class = "named-organisation";
      org = person;
    }
    // "the judge" after "Judge Miriam Falk": the name written after that title (empty but for
    // "the" and a title)
    const TokRange titled = titled_mention(d, c.sentence, src);
    // canonical speaker
    if (c.source_class == "named-person"sv) {
      std::string full = join(d, person.b, person.e);
      std::string last(d.low(person.e - 1));
      auto it = by_last_word.find(last);
      // "Haugen said" with no earlier source "Arvid Haugen": the full name the article writes
      const TokRange written = person.size() == 1 && it == by_last_word.end() ? surnames.full(last) : TokRange{};
      if (!written.empty()) full = join(d, written.b, written.e);
      Gender gender = person_gender(d, src, written.empty() ? person : written);
      if (it != by_last_word.end() && it->second.cls == "named-person"sv && person.size() == 1) {
        c.speaker = it->second.speaker;
        // "Mrs. Lopez" after "Maria Lopez": each mention may tell what the other did not
        if (gender == Gender::kUnknown) gender = it->second.gender;
        else if (it->second.gender == Gender::kUnknown) it->second.gender = gender;
      } else {
        c.speaker = full;
        by_last_word[last] = {"named-person", full, gender};
      }
      add_person(c, gender);
    } else if (c.source_class == "named-organisation"sv || (c.source_class == "document"sv && !org.empty())) {
      TokRange name = org.empty() ? src : org;
      std::string full = join(d, name.b, name.e);
      std::string last(d.low(name.e - 1));
      auto it = by_last_word.find(last);
      // ("Working America" is not "Communications Workers of America": a name of more words
      // than one is grouped only with the same name)
      if (it != by_last_word.end() && name.size() > 1 && it->second.speaker != full) it = by_last_word.end();
      if (it != by_last_word.end()) {
        // "Ratner said" after "Ely Ratner": the surname alone is that person
        if (it->second.cls == "named-person"sv && name.size() == 1) c.source_class = "named-person";
        c.speaker = it->second.speaker;
      } else {
        c.speaker = full;
        // (a name grouped apart keeps the earlier one's place: "Trump" stays "Donald Trump")
        by_last_word.try_emplace(last, Named{c.source_class == "document"sv ? "named-organisation" : c.source_class, full});
      }
      if (c.source_class == "named-person"sv) add_person(c, it != by_last_word.end() ? it->second.gender : Gender::kUnknown);
      else last_group = &c;
      if (c.source_class == "named-organisation"sv) last_company = &c;
    } else if (const Candidate* ante = definite_antecedent(d, cands, static_cast<size_t>(&c - cands.data()), src);
               ante && !(titled.b > ante->source.e)) {
      // "A senior official, who spoke on condition of anonymity, said ... The official added":
      // the same source again, with its class and speaker
      c.source_class = ante->source_class;
      c.speaker = ante->speaker;
      // ("the official", "the employee": one person, whatever the class of what it stands for)
      if (c.source_class == "named-person"sv || c.source_class == "titled"sv || c.source_class == "anonymous"sv)
        add_person(c, Gender::kUnknown);
      else last_group = &c;
    } else if (!titled.empty()) {
      // "The case was assigned to Judge Miriam Falk. ... the judge wrote": the person the article
      // named with that title, though no cue was theirs
      c.source_class = "named-person";
      c.speaker = join(d, titled.b, titled.e);
      add_person(c, person_gender(d, src, titled));
    } else if (last_company && last_company->sentence + kCompanyReach >= c.sentence && names_the_company(d, src) &&
               no_other_name_between(d, last_company->source, src.b)) {
      // "Brennan Foods said ... The Chicago-based snack maker said": the company named before
      c.source_class = "named-organisation";
      c.speaker = last_company->speaker;
      last_group = &c;
      last_company = &c;
    } else {
      // unnamed sources are grouped by their words ("a source", "sources" stay apart)
      TokRange r = src;
      // ("the mayor, a Democrat": the head before its apposition)
      for (uint32_t k = r.b + 1; k < r.e; ++k)
        if (d.punct(k, ",")) {
          r.e = k;
          break;
        }
      while (!r.empty() && (d.punct(r.e - 1, ",") || d.tok(r.e - 1).kind == SLANT_TOKEN_PUNCT)) --r.e;
      std::string s;
      // "fishermen who": the relative pronoun is no part of the speaker's name, and "a witness
      // who asked not to be named" is "a witness": a clause that only withholds the name
      for (uint32_t k = r.b + 1; k < r.e; ++k) {
        // (or a participle: "A senior official briefing reporters on condition of anonymity")
        const bool participle = d.word(k) && !d.cap(k) && d.low(k).size() > 5 && d.low(k).ends_with("ing");
        if (d.low(k) != "who"sv && d.low(k) != "which"sv && !participle) continue;
        bool withholds = k + 1 == r.e && !participle;
        for (uint32_t j = k + 1; j < r.e && !withholds; ++j) withholds = withholds_name(d.low(j));
        if (withholds) r.e = k;
        break;
      }
      // lower-case words but names, spaced as in the text ("the city's department", not "the
      // city 's"; "analysts at Bramwell Securities"). A capital that opens the sentence is kept
      // when a name goes on after it ("Estmark's government", "Mrs. Clinton's strategists").
      const bool name_opens = d.cap(r.b) && !d.is(r.b, ~0u) && r.b + 1 < r.e && (d.low(r.b + 1) == "'s"sv || d.cap(r.b + 1));
      for (uint32_t i = r.b; i < r.e; ++i)
        s += (i > r.b && d.tok(i).begin > d.tok(i - 1).end ? " " : "") +
             std::string((i > r.b ? d.proper(i) : name_opens) ? d.text(TokRange{i, i + 1}) : d.low(i));
      c.speaker = s;
      if (c.source_class != "document"sv) last_group = &c;
      // one unnamed person a later "he" or "she" may mean: a role ("the spokesman"), or one
      // anonymous witness or official ("A witness who asked not to be named")
      const bool one_anonymous = c.source_class == "anonymous"sv &&
                                 (d.low(src.b) == "a"sv || d.low(src.b) == "an"sv || d.low(src.b) == "one"sv);
      if ((c.source_class == "titled"sv && (head & kTitle)) || one_anonymous) add_person(c, person_gender(d, src, {}));
    }
  }
}

}  // namespace slant::plugins::attribution
