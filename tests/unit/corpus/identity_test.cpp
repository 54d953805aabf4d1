// Article identity across runs and machines: keys, content hashes, shards.
#include <gtest/gtest.h>

#include <set>

#include "corpus/article_identity.hpp"

using namespace slant;
using namespace slant::corpus;

TEST(Identity, KeyIsThePathOrThePathAndTheItemId) {
  ArticleMeta file;
  file.source = "corpus/nyt/a.txt";
  EXPECT_EQ(article_key(file), "corpus/nyt/a.txt");
  ArticleMeta line;
  line.source = "wire.jsonl:12";
  line.id = "story-7";
  EXPECT_EQ(article_key(line), "wire.jsonl#story-7");  // survives lines inserted above it
  ArticleMeta no_id;
  no_id.source = "wire.jsonl:3";
  no_id.id = "wire.jsonl:3";  // the reader's fallback id is the location
  EXPECT_EQ(article_key(no_id), "wire.jsonl:3");
  ArticleMeta feed;
  feed.source = "feed.xml: item 2";
  feed.id = "urn:x";
  EXPECT_EQ(article_key(feed), "feed.xml#urn:x");
}

TEST(Identity, ContentHashChangesWithTextAndMetadataOnly) {
  Article a;
  a.text = "Officials said the bridge may close.";
  a.meta.title = "Bridge";
  a.meta.source = "x.txt";
  const std::string h = content_hash(a);
  EXPECT_EQ(h.size(), 40u);
  Article same = a;
  same.meta.source = "elsewhere/x.txt";  // where it was read from is not content
  EXPECT_EQ(content_hash(same), h);
  Article edited = a;
  edited.text += " ";
  EXPECT_NE(content_hash(edited), h);
  Article retitled = a;
  retitled.meta.title = "Bridge!";
  EXPECT_NE(content_hash(retitled), h);
  Article shifted = a;  // moving a character between fields is a change too
  shifted.meta.title = "Bridg";
  shifted.meta.outlet = "e";
  EXPECT_NE(content_hash(shifted), h);
}

TEST(Identity, ShardsPartitionTheKeys) {
  std::vector<Shard> shards = {parse_shard("1/3"), parse_shard("2/3"), parse_shard("3/3")};
  EXPECT_EQ(shards[1].index, 1u);
  EXPECT_EQ(shards[1].count, 3u);
  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 3000; ++i) {
    std::string key = "corpus/outlet/" + std::to_string(i) + ".txt";
    int owners = 0;
    for (int s = 0; s < 3; ++s)
      if (shards[s].contains(key)) ++owners, ++counts[s];
    EXPECT_EQ(owners, 1) << key;
  }
  for (int c : counts) EXPECT_GT(c, 850);  // roughly even: 1000 each
}

TEST(Identity, BadShardsAreRefused) {
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "", "/2"})
    EXPECT_THROW(parse_shard(bad), std::invalid_argument) << bad;
}
