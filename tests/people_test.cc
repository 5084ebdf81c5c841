// Copyright 2026 The tiqu Authors.

#include "lib/people/person_extractor.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"

namespace tiqu::people {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class PeopleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = lexicon::LexiconSet::Create({});
    ASSERT_TRUE(lex.ok()) << lex.status();
    auto x = PersonExtractor::Create(*lex);
    ASSERT_TRUE(x.ok()) << x.status();
    extractor_.emplace(*std::move(x));
  }

  // Runs the extractor on `sentence` as one article.  `orgs` are surface
  // forms standing for the organizations extractor's output: every
  // occurrence of each becomes a mention; the first string is the name.
  std::vector<Person> Run(std::string_view sentence,
                          const std::vector<std::vector<std::string>>& orgs = {},
                          const std::vector<text::Credit>& credits = {}) {
    source_ = std::string(sentence);
    doc_ = text::Normalizer::Get().Normalize(source_);
    layout_ = text::ArticleLayout();
    layout_.span = {0, doc_.text().size()};
    layout_.body = layout_.span;
    layout_.credits = credits;
    std::vector<Organization> os;
    for (const auto& forms : orgs) {
      Organization o;
      o.name = forms.front();
      for (const std::string& f : forms) {
        for (size_t at = doc_.text().find(f); at != std::string::npos;
             at = doc_.text().find(f, at + f.size())) {
          o.mentions.push_back({at, at + f.size()});
        }
      }
      std::sort(o.mentions.begin(), o.mentions.end());
      os.push_back(std::move(o));
    }
    text::ArticleText art{&doc_, &layout_, absl::CivilDay(2024, 5, 29)};
    return extractor_->Extract(art, os);
  }

  // The normalized span of the n-th occurrence of `s`.
  Span Find(std::string_view s, int n = 0) const {
    size_t at = doc_.text().find(s);
    for (int i = 0; i < n && at != std::string::npos; ++i) at = doc_.text().find(s, at + 1);
    return {at, at + s.size()};
  }

  static std::vector<std::string> Names(const std::vector<Person>& ps) {
    std::vector<std::string> out;
    for (const Person& p : ps) out.push_back(p.name);
    return out;
  }

  std::optional<PersonExtractor> extractor_;
  std::string source_;
  text::NormalizedText doc_;
  text::ArticleLayout layout_;
};

// The chain's organization ends where the titles start, and the role drops it.
TEST_F(PeopleTest, OrgTitleChainName) {
  auto ps = Run("5月28日上午,北京市总工会党组书记、副主席张良率队赴小米科技有限责任公司调研,了解企业发展状况。",
                {{"北京市总工会"}, {"小米科技有限责任公司"}});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "张良");
  EXPECT_THAT(ps[0].roles, ElementsAre("党组书记", "副主席"));
  EXPECT_EQ(ps[0].organization, "北京市总工会");
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("张良")));
}

}  // namespace
}  // namespace tiqu::people
