// Copyright 2026 The tiqu Authors.

#include "lib/lexicon/lexicon.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace tiqu::lexicon {
namespace {

std::vector<std::string> Keys(const Lexicon& lex, std::string_view text) {
  std::vector<std::string> keys;
  lex.ForEachPrefix(text, [&](const Entry& e) { keys.push_back(e.key); });
  return keys;
}

Lexicon Suffixes() {
  auto lex = Lexicon::Parse({"suffixes.tsv"}, {"# source: test\n"
                                               "工会\tunion\n"
                                               "总工会\tunion\n"
                                               "# a comment\n"
                                               "\n"
                                               "有限责任公司\tcompany\n"
                                               "公司\tcompany\n"});
  EXPECT_TRUE(lex.ok()) << lex.status();
  return *lex;
}

TEST(LexiconTest, FindsExactKeysAndFields) {
  Lexicon lex = Suffixes();
  EXPECT_EQ(lex.size(), 4u);
  const Entry* e = lex.Find("总工会");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->field(0), "union");
  EXPECT_EQ(e->field(5), "");
  EXPECT_EQ(lex.Find("总工"), nullptr);
}

TEST(LexiconTest, PrefixesShortestFirst) {
  Lexicon lex = Suffixes();
  EXPECT_EQ(Keys(lex, "工会干部"), (std::vector<std::string>{"工会"}));
  EXPECT_EQ(Keys(lex, "公司党委"), (std::vector<std::string>{"公司"}));
  EXPECT_EQ(lex.LongestPrefix("职工"), nullptr);
}

TEST(LexiconTest, LongestSuffix) {
  Lexicon lex = Suffixes();
  const Entry* e = lex.LongestSuffix("北京市总工会");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->key, "总工会");
  e = lex.LongestSuffix("小米科技有限责任公司");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->key, "有限责任公司");
  EXPECT_EQ(lex.LongestSuffix("小米科技园"), nullptr);
}

// The two-character filters in front of the tries: a key of one character,
// a text that ends inside a key, and keys sharing their first character.
TEST(LexiconTest, FiltersKeepEveryMatch) {
  auto lex = Lexicon::Parse({"t.tsv"}, {"# source: test\n局\tx\n局长\tx\n副局长\tx\n"});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(Keys(*lex, "局长说"), (std::vector<std::string>{"局", "局长"}));
  EXPECT_EQ(Keys(*lex, "副局"), (std::vector<std::string>{}));
  EXPECT_EQ(Keys(*lex, "副局长"), (std::vector<std::string>{"副局长"}));
  EXPECT_EQ(Keys(*lex, "副"), (std::vector<std::string>{}));
  EXPECT_EQ(Keys(*lex, ""), (std::vector<std::string>{}));
  ASSERT_NE(lex->LongestSuffix("公安局"), nullptr);
  EXPECT_EQ(lex->LongestSuffix("公安局")->key, "局");
  EXPECT_EQ(lex->LongestSuffix("市公安局副局长")->key, "副局长");
  EXPECT_EQ(lex->LongestSuffix("长"), nullptr);
  EXPECT_EQ(lex->LongestSuffix(""), nullptr);
}

// Keys are normalized like the text: a Traditional user entry matches.
TEST(LexiconTest, KeysAreNormalized) {
  auto lex = Lexicon::Parse({"user.tsv"}, {"# source: user\n總工會\tunion\n"});
  ASSERT_TRUE(lex.ok());
  EXPECT_NE(lex->Find("总工会"), nullptr);
}

TEST(LexiconTest, LaterFilesOverrideEarlierOnes) {
  auto lex = Lexicon::Parse({"a.tsv", "b.tsv"},
                            {"# source: a\n美团\tcompany\n", "# source: b\n美团\tother\n"});
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ(lex->size(), 1u);
  EXPECT_EQ(lex->Find("美团")->field(0), "other");
}

TEST(LexiconTest, MissingSourceHeaderIsAnError) {
  auto lex = Lexicon::Parse({"bad.tsv"}, {"美团\tcompany\n"});
  EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(lex.status().message(), "bad.tsv:1: a lexicon file must start with a '# source: ...' line");
}

TEST(LexiconTest, EveryBuiltInFileParses) {
  auto set = LexiconSet::Create({});
  ASSERT_TRUE(set.ok());
  ASSERT_FALSE(EmbeddedDataNames().empty());
  for (std::string_view name : EmbeddedDataNames()) {
    auto lex = set->Load(name);
    EXPECT_TRUE(lex.ok()) << name << ": " << lex.status();
    EXPECT_GT(lex->size(), 0u) << name;
  }
}

TEST(LexiconSetTest, UnknownNamesAndFilesAreErrors) {
  EXPECT_EQ(LexiconSet::Create({{"nope", "/dev/null"}}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(LexiconSet::Create({{"known_orgs", "/nonexistent"}}).status().code(),
            absl::StatusCode::kNotFound);
  auto set = LexiconSet::Create({});
  EXPECT_EQ(set->Load("nope").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace tiqu::lexicon
