// Where an article's outlet and genre come from.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corpus/genre.hpp"
#include "corpus/outlet_resolver.hpp"

using namespace slant;
using namespace slant::corpus;

TEST(Outlet, MetadataThenFolderThenFlag) {
  OutletResolver r;
  r.set_fallback("Fallback Daily");
  ArticleMeta m;
  m.source = "corpus/nyt/2016/a.txt";
  EXPECT_EQ(r.resolve(m, "corpus"), (std::pair<std::string, std::string>{"nyt", "folder"}));
  m.outlet = "The Globe";
  EXPECT_EQ(r.resolve(m, "corpus"), (std::pair<std::string, std::string>{"The Globe", "metadata"}));
  ArticleMeta direct;
  direct.source = "corpus/a.txt";  // directly in the named folder: no outlet folder
  EXPECT_EQ(r.resolve(direct, "corpus").second, "--outlet");
  ArticleMeta named;
  named.source = "some/where/b.txt";  // a file named on the command line
  EXPECT_EQ(r.resolve(named, "").first, "Fallback Daily");
  OutletResolver none;
  EXPECT_EQ(none.resolve(named, ""), (std::pair<std::string, std::string>{"unknown", "none"}));
  ArticleMeta line;
  line.source = "corpus/wire/feed.jsonl:4";  // a JSONL line: the folder of its file
  EXPECT_EQ(r.resolve(line, "corpus").first, "wire");
}

TEST(Outlet, MappingMergesSpellingsCaseInsensitively) {
  auto path = std::filesystem::temp_directory_path() / "slant_outlet_map_test.tsv";
  {
    std::ofstream f(path);
    f << "# alias\toutlet\nnyt\tThe New York Times\nnytimes.com\tThe New York Times\n\n";
  }
  OutletResolver r;
  r.load_mapping(path.string());
  EXPECT_EQ(r.normalise("NYT"), "The New York Times");
  EXPECT_EQ(r.normalise(" nytimes.com "), "The New York Times");
  EXPECT_EQ(r.normalise("the new york times"), "The New York Times");
  EXPECT_EQ(r.normalise("Other"), "Other");
  ArticleMeta m;
  m.source = "c/nyt/x.txt";
  EXPECT_EQ(r.resolve(m, "c").first, "The New York Times");  // folder names are mapped too
  {
    std::ofstream f(path);
    f << "no tab here\n";
  }
  OutletResolver bad;
  try {
    bad.load_mapping(path.string());
    FAIL() << "a line without a tab must be refused";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":1:"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

TEST(Genre, SectionNamesAndThePluginLabel) {
  EXPECT_EQ(genre_of_section("Opinion"), "opinion");
  EXPECT_EQ(genre_of_section("Editorials"), "opinion");
  EXPECT_EQ(genre_of_section("Op-Ed"), "opinion");
  EXPECT_EQ(genre_of_section("News Analysis"), "analysis");
  EXPECT_EQ(genre_of_section("Politics"), "news");
  EXPECT_EQ(genre_of_section("Recommended"), "news");  // "comment" only at a word's start
  EXPECT_EQ(genre_of_section(""), "");
  Report r;
  Finding g;
  g.plugin = "opinion";
  g.kind = "article-genre";
  g.attributes = {{"label", "opinion"}};
  r.findings.push_back(g);
  EXPECT_EQ(genre_of(r).label, "opinion");
  EXPECT_EQ(genre_of(r).from, "opinion plugin");
  r.article.meta.section = "World";  // the source's own section wins
  EXPECT_EQ(genre_of(r).label, "news");
  EXPECT_EQ(genre_of(r).from, "section");
  EXPECT_EQ(genre_of(Report{}).label, "");
}
