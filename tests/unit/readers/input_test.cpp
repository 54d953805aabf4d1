// Format sniffing from content, whole folders of mixed formats, and inputs that are not
// articles at all: each gets one error naming the file, and the rest are still read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "collect.hpp"
#include "readers/input.hpp"
#include "readers/text_hygiene.hpp"

namespace slant {
namespace {
using test::Collected;
using test::contains;
namespace fs = std::filesystem;

struct SniffCase {
  const char* name;
  const char* head;
  InputFormat expected;
};

TEST(SniffFormat, ContentDecidesWhereTheNameDoesNot) {
  const SniffCase cases[] = {
      {"a.jsonl", "anything", InputFormat::jsonl},
      {"a.txt", "<html>", InputFormat::text},  // .txt is text whatever it holds
      {"a.data", "  {\"text\": \"x\"}", InputFormat::jsonl},
      {"page", "<!DOCTYPE html><html>", InputFormat::html},
      {"page", "\xEF\xBB\xBF<!doctype HTML>", InputFormat::html},
      {"page", "<div><p>x</p></div>", InputFormat::html},
      {"feed", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">", InputFormat::xml},
      {"feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat::xml},
      {"story", "<nitf>", InputFormat::xml},
      {"story", "<newsItem guid=\"x\">", InputFormat::xml},
      {"page.html", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat::xml},
      {"notes", "Just some words.", InputFormat::text},
      {"x.html", "", InputFormat::html},
      {"x.rss", "", InputFormat::xml},
      {"x", "", InputFormat::text},
  };
  for (const auto& c : cases)
    EXPECT_EQ(sniff_format(c.name, c.head), c.expected) << c.name << " / " << c.head;
}

TEST(SniffFormat, Utf16WithBomIsSniffedAfterDecoding) {
  std::string head("\xFF\xFE<\0r\0s\0s\0>\0", 12);
  EXPECT_EQ(sniff_format("f", head), InputFormat::xml);
}

TEST(ParseInputFormat, NamesEveryFormat) {
  EXPECT_EQ(parse_input_format("html"), InputFormat::html);
  EXPECT_EQ(parse_input_format("rss"), InputFormat::xml);
  EXPECT_EQ(parse_input_format("auto"), InputFormat::detect);
  try {
    parse_input_format("pdf");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_TRUE(contains(e.what(), "html or xml"));
  }
}

TEST(ReadStream, PipedJsonLinesAreStreamedAfterSniffing) {
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"Story number.\"}\n";
  std::istringstream in(lines);
  Collected c;
  read_stream(in, "-", InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 2000u) << c.error_text();
  EXPECT_EQ(c.articles[1999].meta.id, "1999");
}

TEST(ReadStream, PipedHtmlIsRead) {
  std::istringstream in("<html><body><p>From a pipe.</p></body></html>");
  Collected c;
  read_stream(in, "-", InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "From a pipe.");
}

TEST(ReadDocument, BinaryKindsAreNamed) {
  struct Case {
    std::string bytes;
    const char* says;
  };
  const Case cases[] = {{std::string("\x1F\x8B\x08\x00rest", 8), "gzip"},
                        {"%PDF-1.7 ...", "PDF"},
                        {std::string("PK\x03\x04zip", 7), "zip"},
                        {std::string("\x89PNG\r\n\x1A\n", 8), "image"},
                        {std::string("abc\0def", 7), "NUL"}};
  for (const auto& c : cases) {
    Collected col;
    read_document(c.bytes, "blob", InputFormat::detect, col.sink());
    EXPECT_TRUE(col.articles.empty());
    ASSERT_EQ(col.errors.size(), 1u);
    EXPECT_TRUE(contains(col.errors[0].message, c.says)) << col.errors[0].message;
  }
}

TEST(ReadDocument, Utf16TextIsConverted) {
  std::string bytes("\xFF\xFEH\0i\0.\0", 8);
  Collected c;
  read_document(bytes, "u16.txt", InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "Hi.");
}

class InputFolder : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("slant-readers-" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir / "sub"); }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir / "locked", fs::perms::owner_all, ec);
    fs::remove_all(dir);
  }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
  }
};

TEST_F(InputFolder, EverySampleFormatIsReadFromOneFolder) {
  Collected c;
  read_path(std::string(SLANT_SOURCE_DIR) + "/samples/formats", InputFormat::detect, c.sink());
  EXPECT_TRUE(c.errors.empty()) << c.error_text();
  // html, cp1252 html, xhtml, nitf, newsml, 2 rss items, 2 atom entries, txt, 2 jsonl lines
  EXPECT_EQ(c.articles.size(), 12u);
  for (const auto& a : c.articles) EXPECT_FALSE(a.text.empty()) << a.meta.source;
}

TEST_F(InputFolder, PageAssetsAreSkippedAndBadFilesNamed) {
  write("story.html", "<p>A page.</p>");
  write("sub/style.css", "p { color: red }");
  write("sub/app.js", "var x = 1;");
  write("broken.xml", "<nitf><body>");
  write("empty.html", "");
  Collected c;
  read_path(dir.string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "A page.");
  ASSERT_EQ(c.errors.size(), 2u) << c.error_text();
  EXPECT_TRUE(contains(c.errors[0].where, "broken.xml"));
  EXPECT_TRUE(contains(c.errors[0].message, "line 1, column"));
  EXPECT_TRUE(contains(c.errors[1].where, "empty.html"));
}

TEST_F(InputFolder, AnUnreadableFileIsNamedAndTheRestRead) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file; permissions cannot be tested";
  write("a.txt", "Readable.");
  write("b.txt", "Locked.");
  fs::permissions(dir / "b.txt", fs::perms::none);
  Collected c;
  read_path(dir.string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].where, "b.txt"));
  EXPECT_TRUE(contains(c.errors[0].message, "cannot be opened"));
}

TEST_F(InputFolder, ABrokenLinkIsNamedAndTheRestRead) {
  write("a.txt", "Readable.");
  fs::create_symlink(dir / "gone.txt", dir / "link.txt");
  Collected c;
  read_path(dir.string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u) << c.error_text();
  EXPECT_TRUE(contains(c.errors[0].where, "link.txt"));
}

TEST(ReadStream, JsonLinesWithABomAndCrlf) {
  std::istringstream in("\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n");
  Collected c;
  read_stream(in, "bom.jsonl", InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 2u) << c.error_text();
  EXPECT_EQ(c.articles[0].meta.id, "a");
  EXPECT_EQ(c.articles[1].text, "Two.");
}

// A 200 MB file is refused from its size alone, before anything is read into memory.
TEST_F(InputFolder, AHugeDocumentIsRefusedWithItsSize) {
  {
    std::ofstream(dir / "huge.html", std::ios::binary) << "<html>";
  }
  fs::resize_file(dir / "huge.html", uintmax_t{200} << 20);  // sparse: costs no disk
  Collected c;
  read_path((dir / "huge.html").string(), InputFormat::detect, c.sink());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].message, "200 MiB")) << c.errors[0].message;
  EXPECT_TRUE(contains(c.errors[0].message, "skipped"));
}

// A huge JSON Lines file is streamed: an over-long line is skipped, the next line is read.
TEST_F(InputFolder, AnOverlongJsonLineIsSkippedAndTheNextRead) {
  {
    std::ofstream out(dir / "big.jsonl", std::ios::binary);
    out << "{\"text\": \"";
    std::string chunk(1 << 20, 'a');
    for (size_t i = 0; i < (kMaxDocumentBytes >> 20) + 1; ++i) out << chunk;
    out << "\"}\n{\"id\": \"after\", \"text\": \"Still read.\"}\n";
  }
  Collected c;
  read_path((dir / "big.jsonl").string(), InputFormat::detect, c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].meta.id, "after");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(contains(c.errors[0].where, "big.jsonl:1"));
  EXPECT_TRUE(contains(c.errors[0].message, "longer than"));
}

TEST(JsonlReaderRepair, InvalidUtf8InALineIsRepairedWithAWarning) {
  std::istringstream in("{\"id\": \"a\", \"text\": \"Caf\xE9 open.\"}\n");
  Collected c;
  read_stream(in, "in.jsonl", InputFormat::jsonl, c.sink());
  ASSERT_EQ(c.articles.size(), 1u) << c.error_text();
  EXPECT_EQ(c.articles[0].text, "Caf\uFFFD open.");
  ASSERT_EQ(c.articles[0].warnings.size(), 1u);
  EXPECT_TRUE(contains(c.articles[0].warnings[0], "line 1"));
  EXPECT_TRUE(contains(c.articles[0].warnings[0], "byte offset 24"));
}

}  // namespace
}  // namespace slant
