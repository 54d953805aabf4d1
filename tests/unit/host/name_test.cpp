// slant::Name: one stored copy a name, equal by pointer, ordered and printed by its bytes.
#include "merge/name.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace slant {
namespace {

TEST(Name, TheSameBytesGiveTheSameStoredCopy) {
  const std::string built = std::string("hedge.modal_") + "per_100_words";
  Name a("hedge.modal_per_100_words"), b(built), c{std::string_view(built)};
  EXPECT_EQ(a.view().data(), b.view().data());
  EXPECT_EQ(a.view().data(), c.view().data());
  EXPECT_NE(a.view().data(), built.data());
  EXPECT_TRUE(a == b);
  EXPECT_FALSE(a == Name("hedge.modal_per_100_word"));
  EXPECT_FALSE(a == Name("hedge.adverb_per_100_words"));
}

TEST(Name, EveryByteCounts) {
  // Names of every length from 1 to 40 that differ in one byte are different names.
  for (size_t n = 1; n <= 40; ++n) {
    const std::string base(n, 'm');
    const Name whole(base);
    for (size_t i = 0; i < n; ++i) {
      std::string other = base;
      other[i] = 'x';
      const Name changed(other);
      EXPECT_FALSE(whole == changed) << n << " " << i;
      EXPECT_EQ(changed.view(), other);
    }
  }
}

TEST(Name, ComparesWithStringsAndOrdersByBytes) {
  const Name kind("attribution");
  EXPECT_TRUE(kind == "attribution");
  EXPECT_TRUE(kind == std::string("attribution"));
  EXPECT_TRUE(kind == std::string_view("attribution"));
  EXPECT_FALSE(kind == "attributio");
  std::vector<Name> names{"opinion", "attribution", "hedging", "a", ""};
  std::sort(names.begin(), names.end());
  EXPECT_EQ((std::vector<std::string_view>(names.begin(), names.end())),
            (std::vector<std::string_view>{"", "a", "attribution", "hedging", "opinion"}));
  std::ostringstream os;
  os << kind;
  EXPECT_EQ(os.str(), "attribution");
  EXPECT_EQ("the " + kind + " plugin", "the attribution plugin");
}

TEST(Name, TheEmptyNameIsTheDefault) {
  const Name none, empty(""), from_string{std::string()};
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(none == empty);
  EXPECT_TRUE(none == from_string);
  EXPECT_EQ(none.size(), 0u);
  EXPECT_STREQ(none.data(), "");
  EXPECT_TRUE(none.plain());
}

TEST(Name, KnowsWhetherJsonCanTakeItAsItIs) {
  EXPECT_TRUE(Name("share_of_sentences").plain());
  EXPECT_FALSE(Name("say \"hi\"").plain());
  EXPECT_FALSE(Name("back\\slash").plain());
  EXPECT_FALSE(Name("tab\there").plain());
  EXPECT_FALSE(Name("caf\xC3\xA9").plain());
}

TEST(Name, ManyThreadsStoringManyNamesAgree) {
  // Enough names to make the table grow several times while other threads read it.
  constexpr int kThreads = 4, kNames = 5000;
  std::vector<std::vector<const char*>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < kNames; ++i) {
        const int k = (t % 2 == 0) ? i : kNames - 1 - i;
        seen[t].push_back(Name("name-test-" + std::to_string(k)).view().data());
      }
      if (t % 2 != 0) std::reverse(seen[t].begin(), seen[t].end());
    });
  for (auto& th : threads) th.join();
  for (int t = 1; t < kThreads; ++t) EXPECT_EQ(seen[t], seen[0]);
  EXPECT_EQ(std::set<const char*>(seen[0].begin(), seen[0].end()).size(), static_cast<size_t>(kNames));
  for (int i = 0; i < kNames; ++i) EXPECT_EQ(std::string_view(seen[0][i]), "name-test-" + std::to_string(i));
}

}  // namespace
}  // namespace slant
