// The real host with the three bundled plugin modules on the team's sample articles (and, when
// ../shared/eval is there, on the seed article): each expected finding is written beside its
// case as plugin, kind, the words it must cover, and the voice.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_slant.hpp"

namespace slant::test {
namespace {

struct Expected {
  const char* plugin;
  const char* kind;
  const char* covers;  // text that lies inside the finding's span (or its cue for a hedge)
  const char* voice;
};

nlohmann::json check_json(const std::string& path) {
  RunResult r = run_slant({"check", "--format", "json", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string span_text(const nlohmann::json& report, const nlohmann::json& f) {
  const std::string text = report["article"]["text"];
  size_t b = f["begin"], e = f["end"];
  return text.substr(b, e - b);
}

// A finding of that plugin and kind whose span covers the text and whose voice matches.
bool has(const nlohmann::json& report, const Expected& x) {
  for (const auto& f : report["findings"]) {
    if (f["plugin"] != x.plugin || f["kind"] != x.kind) continue;
    if (span_text(report, f).find(x.covers) == std::string::npos) continue;
    if (f["voice"] == x.voice) return true;
  }
  return false;
}

std::string describe(const nlohmann::json& report) {
  std::string out;
  for (const auto& f : report["findings"])
    out += "  " + f["plugin"].get<std::string>() + "/" + f["kind"].get<std::string>() + " [" +
           f["voice"].get<std::string>() + "] " + span_text(report, f).substr(0, 70) + "\n";
  return out;
}

void expect_all(const std::string& path, const std::vector<Expected>& expected) {
  auto report = check_json(path);
  for (const auto& x : expected)
    EXPECT_TRUE(has(report, x)) << path << ": expected " << x.plugin << "/" << x.kind << " covering \"" << x.covers
                                << "\" in " << x.voice << " voice; found:\n"
                                << describe(report);
}

void expect_none(const std::string& path, const char* plugin, const char* kind, const char* covers) {
  auto report = check_json(path);
  for (const auto& f : report["findings"]) {
    if (f["plugin"] == plugin && f["kind"] == kind) {
      EXPECT_EQ(span_text(report, f).find(covers), std::string::npos)
          << path << ": no " << plugin << "/" << kind << " should cover \"" << covers << "\"";
    }
  }
}

const std::string kSamples = std::string(SLANT_SOURCE_DIR) + "/samples/articles/";

TEST(Samples, HarbourBridge) {
  expect_all(kSamples + "harbour-bridge.txt", {
      {"attribution", "attribution", "the city's transport department said", "author"},  // content-first, "X said"
      {"attribution", "attribution", "said Dana Whitfield", "author"},                    // "Q," said X, title
      {"attribution", "attribution", "According to the department", "author"},            // according to
      {"attribution", "attribution", "Two officials who spoke on condition of anonymity said", "author"},
      {"attribution", "attribution", "Whitfield added", "author"},
      {"hedging", "hedge", "may", "quoted"},         // "We may still close one lane": the engineer's hedge
      {"hedging", "hedge", "about", "reported"},     // approximator inside the department's account
      {"hedging", "hedge", "could", "reported"},     // "could face a penalty": the officials' hedge
      {"hedging", "hedge", "reportedly", "author"},  // the writer's own hedge
      {"hedging", "hedge", "not clear", "author"},
  });
}

TEST(Samples, SchoolMeals) {
  expect_all(kSamples + "school-meals.txt", {
      {"attribution", "attribution", "told reporters", "author"},
      {"attribution", "attribution", "claimed", "author"},
      {"attribution", "attribution", "Per a report by the Northfield Gazette", "author"},
      {"attribution", "attribution", "confirmed", "author"},
      {"hedging", "hedge", "might", "reported"},  // the finance office's warning
      {"hedging", "hedge", "appeared", "author"},
      {"hedging", "hedge", "Experts say", "author"},
  });
}

TEST(Samples, OpinionColumnIsTheWritersOpinion) {
  expect_all(kSamples + "opinion-column.txt", {
      {"opinion", "opinion", "shamefully", "author"},
      {"opinion", "opinion", "What is the point", "author"},  // rhetorical question
      {"opinion", "opinion", "inevitably", "author"},
      {"opinion", "opinion", "Councillors must act", "author"},
  });
  auto report = check_json(kSamples + "opinion-column.txt");
  std::string label;
  for (const auto& f : report["findings"])
    if (f["kind"] == "article-genre") label = f["attributes"]["label"];
  EXPECT_EQ(label, "opinion");
}

TEST(Samples, NewsStoriesAreNotLabelledOpinion) {
  for (const char* name : {"harbour-bridge.txt", "school-meals.txt"}) {
    auto report = check_json(kSamples + name);
    for (const auto& f : report["findings"]) {
      if (f["kind"] == "article-genre") {
        EXPECT_EQ(f["attributes"]["label"], "news") << name;
      }
    }
  }
}

TEST(Samples, WireBriefsKeepTheirIds) {
  RunResult r = run_slant({"check", "--format", "jsonl", kSamples + "wire-briefs.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(lines, line)) ids.push_back(nlohmann::json::parse(line)["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"brief-001", "brief-002", "brief-003"}));
}

const std::string kShared = SLANT_SHARED_EVAL_DIR;

TEST(SeedArticle, ACarefulReaderAgrees) {
  const std::string seed = kShared + "/seed/defense-chiefs-meeting.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no " << seed << " (../shared/eval is not beside the project)";
  expect_all(seed, {
      {"attribution", "attribution", "Per a report by The Wall Street Journal", "author"},
      {"attribution", "attribution", "the Pentagon stated", "author"},
      {"attribution", "attribution", "Ely Ratner complained", "author"},
      {"attribution", "attribution", "declared", "author"},
      {"attribution", "attribution", "urged", "author"},
      {"hedging", "hedge", "little chance", "quoted"},  // the Chinese authorities' words, in quotes
      // "his alleged involvement" sits inside what the authorities notified (reported voice): a
      // reader may also take it as the writer's background, but never as a quotation.
      {"hedging", "hedge", "alleged", "reported"},
      {"opinion", "opinion", "Where is the sincerity", "quoted"},
      {"opinion", "opinion", "will inevitably", "author"},
      {"opinion", "opinion", "Cooler heads must prevail", "author"},
  });
  // No false alarm from words that only look like cues: the month May is no hedge.
  expect_none(seed, "hedging", "hedge", "May 29");
  expect_none(seed, "hedging", "hedge", "May 22");
  expect_none(seed, "hedging", "hedge", "early May");
  // The plain reporting sentences are not the writer's opinion.
  auto report = check_json(seed);
  for (const auto& f : report["findings"]) {
    if (f["kind"] == "opinion" && f["voice"] == "author") {
      EXPECT_EQ(span_text(report, f).find("The Pentagon called for the meeting"), std::string::npos);
    }
  }
}

TEST(SharedEval, EveryJsonlFileGivesOneReportPerLine) {
  if (!std::filesystem::exists(kShared)) GTEST_SKIP() << "no " << kShared << " (../shared/eval is not beside the project)";
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kShared)) {
    if (entry.path().extension() != ".jsonl") continue;
    ++files;
    size_t lines_in = 0;
    {
      std::ifstream in(entry.path());
      std::string l;
      while (std::getline(in, l)) lines_in += !l.empty();
    }
    RunResult r = run_slant({"check", "--format", "jsonl", entry.path().string()});
    // A line whose "text" is empty is an input error, named on stderr; every other line is a report.
    size_t empty = 0;
    for (size_t at = r.err.find("the \"text\" field is empty"); at != std::string::npos;
         at = r.err.find("the \"text\" field is empty", at + 1))
      ++empty;
    EXPECT_EQ(r.exit_code, empty ? 1 : 0) << entry.path() << ": " << r.err.substr(0, 500);
    size_t lines_out = static_cast<size_t>(std::count(r.out.begin(), r.out.end(), '\n'));
    EXPECT_EQ(lines_out + empty, lines_in) << entry.path();
  }
  EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace slant::test
