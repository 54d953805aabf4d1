// Plain-text and JSON Lines readers: titles, trailing site furniture, and every bad input gets
// an error that names where it is while the other articles still come through.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "readers/input.hpp"
#include "readers/jsonl_reader.hpp"
#include "readers/text_reader.hpp"

namespace slant {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<InputError> errors;
  ReadSink sink() {
    return {[this](Article&& a) { articles.push_back(std::move(a)); },
            [this](const InputError& e) { errors.push_back(e); }};
  }
};

TEST(TextReader, FirstLineBeforeABlankLineIsTheTitle) {
  Collected c;
  read_text("Harbour Bridge Reopens After Repairs\n\nThe bridge reopened on Monday.\n", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.title, "Harbour Bridge Reopens After Repairs");
  EXPECT_EQ(c.articles[0].text, "The bridge reopened on Monday.");
  EXPECT_EQ(c.articles[0].meta.source, "a.txt");
}

TEST(TextReader, ASentenceFirstLineIsNotATitle) {
  Collected c;
  read_text("The bridge reopened on Monday.\n\nTraffic was light.\n", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.title, "");
  EXPECT_EQ(c.articles[0].text, "The bridge reopened on Monday.\n\nTraffic was light.");
}

TEST(TextReader, AByLineAfterTheTitleIsTheBylineNotText) {
  Collected c;
  read_text("Harbour Bridge Reopens\n\nBy Miriam Eckhart and Tom Lee\n\nThe bridge reopened on Monday.\n", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.byline, "Miriam Eckhart and Tom Lee");
  EXPECT_EQ(c.articles[0].text, "The bridge reopened on Monday.");
  // an editorial board signs with or without "By"
  for (const char* board : {"The Ledger Editorial Board", "By the Editorial Board"}) {
    Collected e;
    read_text(std::string("The River\n\n") + board + "\n\nThe commission voted again.\n", "e.txt", e.sink());
    ASSERT_EQ(e.articles.size(), 1u);
    EXPECT_NE(e.articles[0].meta.byline, "") << board;
    EXPECT_EQ(e.articles[0].text, "The commission voted again.") << board;
  }
  // a sentence that opens with "By" is text
  Collected d;
  read_text("Bridge Works\n\nBy the end of May the bridge was shut.\n\nIt reopened.\n", "b.txt", d.sink());
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].meta.byline, "");
  EXPECT_EQ(d.articles[0].text, "By the end of May the bridge was shut.\n\nIt reopened.");
}

TEST(TextReader, TrailingSiteFurnitureIsDroppedAndReported) {
  Collected c;
  read_text("Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird one.\n\nRelated stories\nA headline\nAnother headline\n",
            "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "First paragraph.\n\nSecond paragraph.\n\nThird one.");
  ASSERT_EQ(c.articles[0].dropped.size(), 1u);
  EXPECT_EQ(c.articles[0].dropped[0].text, "Related stories\nA headline\nAnother headline");
}

TEST(TextReader, FurnitureGluedAfterTheLastSentenceIsDropped) {
  Collected c;
  read_text("Title\n\nOne.\n\nTwo.\n\nThe end of the story.     Our Latest Articles", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "One.\n\nTwo.\n\nThe end of the story.");
  ASSERT_EQ(c.articles[0].dropped.size(), 1u);
  EXPECT_EQ(c.articles[0].dropped[0].text, "Our Latest Articles");
}

TEST(TextReader, AWordLikeRelatedInsideTheStoryIsKept) {
  Collected c;
  read_text("Title\n\nOne.\n\nRelated charges were filed on Monday against the firm.\n", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_TRUE(c.articles[0].dropped.empty());
}

TEST(TextReader, CrlfAndBomAreNormalised) {
  Collected c;
  read_text("\xEF\xBB\xBFTitle\r\n\r\nBody text.\r\n", "a.txt", c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.title, "Title");
  EXPECT_EQ(c.articles[0].text, "Body text.");
}

TEST(TextReader, EmptyTextIsAnError) {
  Collected c;
  read_text("  \n\n ", "empty.txt", c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, "empty.txt");
  EXPECT_NE(c.errors[0].message.find("empty"), std::string::npos);
}

TEST(JsonlReader, ReadsMetadataAndReportsBadLinesByNumber) {
  std::istringstream in(
      "{\"id\": \"a1\", \"text\": \"One story.\", \"title\": \"T\", \"outlet\": \"Daily\", \"date\": \"2024-01-02\"}\n"
      "not json\n"
      "\n"
      "{\"id\": \"a3\"}\n"
      "[1, 2]\n"
      "{\"id\": \"a5\", \"text\": \"   \"}\n"
      "{\"text\": \"No id here.\"}\n");
  Collected c;
  read_jsonl(in, "in.jsonl", c.sink());
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].meta.id, "a1");
  EXPECT_EQ(c.articles[0].meta.outlet, "Daily");
  EXPECT_EQ(c.articles[0].meta.date, "2024-01-02");
  EXPECT_EQ(c.articles[1].meta.id, "in.jsonl:7");
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].where, "in.jsonl:2");
  EXPECT_NE(c.errors[0].message.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(c.errors[1].where, "in.jsonl:4");
  EXPECT_NE(c.errors[1].message.find("\"text\""), std::string::npos);
  EXPECT_EQ(c.errors[2].where, "in.jsonl:5");
  EXPECT_EQ(c.errors[3].where, "in.jsonl:6");
}

class InputFiles : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("slant-input-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir / "sub"); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
  }
};

TEST_F(InputFiles, FoldersAreWalkedAndEachBadFileNamed) {
  write("a.txt", "A story.\n");
  write("sub/b.jsonl", "{\"id\": \"b\", \"text\": \"Another story.\"}\n");
  write("sub/c.bin", std::string("\x00\x01\x02 binary", 10));
  write("d.txt", "");
  write(".hidden.txt", "skipped");
  Collected c;
  read_path(dir.string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "A story.");
  EXPECT_EQ(c.articles[1].meta.id, "b");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_NE(c.errors[0].where.find("d.txt"), std::string::npos);
  EXPECT_NE(c.errors[1].where.find("c.bin"), std::string::npos);
  EXPECT_NE(c.errors[1].message.find("binary"), std::string::npos);
}

TEST_F(InputFiles, JsonContentIsSniffedWithoutTheExtension) {
  write("feed.data", "{\"id\": \"x\", \"text\": \"Sniffed.\"}\n");
  Collected c;
  read_path((dir / "feed.data").string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.id, "x");
}

TEST_F(InputFiles, AMissingPathIsAnError) {
  Collected c;
  read_path((dir / "nope.txt").string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message.find("no such file"), std::string::npos);
}

}  // namespace
}  // namespace slant
