// The --isolate wire format: a segmented article and a plugin's output survive the trip to a
// worker and back unchanged, and a truncated message is an error, not a crash.
#include <gtest/gtest.h>

#include "article/article.hpp"
#include "isolate/wire.hpp"
#include "segment/segmenter.hpp"

#include <sys/socket.h>
#include <unistd.h>

namespace slant::isolate {
namespace {

std::string_view sv(slant_str s) { return {s.data, s.size}; }

TEST(IsolateWire, AnArticleArrivesWithEveryTokenSentenceAndQuote) {
  Article a;
  a.meta.id = "a1";
  a.meta.title = "Title";
  a.meta.outlet = "Harbour Times";
  a.text = "The mayor said: \xE2\x80\x9CWe\xE2\x80\x99ll build it.\xE2\x80\x9D\n\nCritics don't agree.";
  segment(a);
  const slant_article_view sent = a.view();
  ReceivedArticle got(encode_article(sent));
  const slant_article_view& v = got.view();
  EXPECT_EQ(sv(v.id), "a1");
  EXPECT_EQ(sv(v.title), "Title");
  EXPECT_EQ(sv(v.outlet), "Harbour Times");
  EXPECT_EQ(sv(v.text), a.text);
  ASSERT_EQ(v.token_count, sent.token_count);
  for (uint32_t i = 0; i < v.token_count; ++i) {
    EXPECT_EQ(v.tokens[i].begin, sent.tokens[i].begin);
    EXPECT_EQ(v.tokens[i].end, sent.tokens[i].end);
    EXPECT_EQ(v.tokens[i].flags, sent.tokens[i].flags);
    EXPECT_EQ(sv(v.tokens[i].lower), sv(sent.tokens[i].lower));
    EXPECT_NE(v.tokens[i].lower.data, sent.tokens[i].lower.data);  // its own copy
  }
  ASSERT_EQ(v.sentence_count, sent.sentence_count);
  EXPECT_EQ(v.sentences[1].first_token, sent.sentences[1].first_token);
  ASSERT_EQ(v.paragraph_count, 2u);
  ASSERT_EQ(v.quote_count, sent.quote_count);
  EXPECT_EQ(v.quotes[0].content_begin, sent.quotes[0].content_begin);
}

TEST(IsolateWire, APluginOutputComesBackWhole) {
  LoadedPlugin plugin;
  plugin.id = "alpha";
  PluginOutput out;
  out.plugin = &plugin;
  Finding f;
  f.plugin = "alpha";
  f.kind = "mark";
  f.begin = 3;
  f.end = 9;
  f.rules = {"lexicon:x:y"};
  f.evidence = "caf\xC3\xA9";
  f.explanation = "because";
  f.weight = 0.25;
  f.parts = {{"cue", 3, 5}, {"content", 6, 9}};
  f.attributes = {{"stance", "neutral"}};
  out.findings.push_back(f);
  out.metrics.push_back({"alpha", "count", 2.5});
  out.diagnostics.push_back({Severity::warning, "alpha", "careful"});

  PluginOutput back;
  back.plugin = &plugin;
  decode_output(encode_output(out), back);
  EXPECT_TRUE(back.ok);
  ASSERT_EQ(back.findings.size(), 1u);
  const Finding& g = back.findings[0];
  EXPECT_EQ(g.plugin, "alpha");
  EXPECT_EQ(g.kind, "mark");
  EXPECT_EQ(g.begin, 3u);
  EXPECT_EQ(g.end, 9u);
  EXPECT_EQ(g.rule(), "lexicon:x:y");
  EXPECT_EQ(g.evidence, f.evidence);
  EXPECT_EQ(g.weight, 0.25);
  ASSERT_EQ(g.parts.size(), 2u);
  EXPECT_EQ(g.parts[1].role, "content");
  EXPECT_EQ(g.parts[1].end, 9u);
  EXPECT_EQ(g.attribute("stance"), "neutral");
  ASSERT_EQ(back.metrics.size(), 1u);
  EXPECT_EQ(back.metrics[0].value, 2.5);
  ASSERT_EQ(back.diagnostics.size(), 1u);
  EXPECT_EQ(back.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(back.diagnostics[0].message, "careful");

  out.ok = false;
  PluginOutput failed;
  failed.plugin = &plugin;
  decode_output(encode_output(out), failed);
  EXPECT_FALSE(failed.ok);
}

TEST(IsolateWire, ATruncatedMessageIsAnError) {
  PluginOutput out;
  Finding f;
  f.kind = "mark";
  out.findings.push_back(f);
  std::string bytes = encode_output(out);
  PluginOutput back;
  EXPECT_THROW(decode_output(std::string_view(bytes).substr(0, bytes.size() - 3), back), WireError);
  EXPECT_THROW(ReceivedArticle(std::string("\x05\x00", 2)), WireError);
}

TEST(IsolateWire, FramesAssembleFromPieces) {
  int sv[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  ASSERT_TRUE(write_frame(sv[0], MessageType::result, "hello"));
  char buf[64];
  ssize_t n = ::read(sv[1], buf, sizeof buf);
  ASSERT_EQ(n, 13);
  FrameBuffer fb;
  fb.feed(buf, 6);
  EXPECT_FALSE(fb.complete());
  fb.feed(buf + 6, 7);
  ASSERT_TRUE(fb.complete());
  EXPECT_EQ(fb.type(), MessageType::result);
  EXPECT_EQ(fb.payload(), "hello");
  ::close(sv[0]);
  MessageType t{};
  std::string p;
  EXPECT_FALSE(read_frame(sv[1], t, p));  // the other end has gone
  ::close(sv[1]);
}

}  // namespace
}  // namespace slant::isolate
