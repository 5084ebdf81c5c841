// Copyright 2026 The tiqu Authors.

#include "lib/text/articles.h"

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/normalized_text.h"
#include "nlohmann/json.hpp"
#include "tests/test_util.h"

namespace tiqu::text {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using test::kSeedFiles;

// A seed page, normalized and split.  The original must outlive the
// normalized text, so both live here.
struct Page {
  explicit Page(const std::string& name)
      : original(test::ReadSeed(name)),
        doc(Normalizer::Get().Normalize(original)),
        articles(SplitArticles(doc)) {}
  Page(const Page&) = delete;

  std::string Title(size_t i) const {
    const ArticleLayout& a = articles.at(i);
    if (a.title_index < 0) return "";
    return std::string(doc.text(a.headlines.at(a.title_index)));
  }
  std::vector<std::string> Titles() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < articles.size(); ++i) out.push_back(Title(i));
    return out;
  }
  std::vector<std::string> Headlines(size_t i) const {
    std::vector<std::string> out;
    for (const Span& s : articles.at(i).headlines) out.emplace_back(doc.text(s));
    return out;
  }
  // "name/role/printed label" of each credit of article i.
  std::vector<std::string> Credits(size_t i) const {
    std::vector<std::string> out;
    for (const Credit& c : articles.at(i).credits) {
      out.push_back(std::string(doc.text(c.name)) + "/" + c.role + "/" +
                    std::string(doc.text(c.role_span)));
    }
    return out;
  }

  std::string original;
  NormalizedText doc;
  std::vector<ArticleLayout> articles;
};

void Dump(const Page& p) {
  for (size_t i = 0; i < p.articles.size(); ++i) {
    const ArticleLayout& a = p.articles[i];
    std::cerr << "[" << i << "] span " << a.span.start << "-" << a.span.end << " title "
              << a.title_index << "\n";
    for (const auto& h : p.Headlines(i)) std::cerr << "   H " << h << "\n";
    std::cerr << "   B " << p.doc.text(a.body).substr(0, 60) << "\n";
    for (const auto& c : p.Credits(i)) std::cerr << "   C " << c << "\n";
  }
}

// ---------------------------------------------------------------------------
// The seed pages, item by item.

TEST(ArticlesTest, Seed000KickerBannerAndUnmarkedPhotoItem) {
  Page p(kSeedFiles[0]);
  // The "# 深入学习贯彻…" page banner is no article; the kicker above the
  // "##" headline is a headline of the first item but not its title; the
  // unmarked "登山徒步环保随行" is a photo item closed by its credit.
  EXPECT_THAT(p.Titles(),
              ElementsAre("加快培养符合新质生产力要求的新型劳动者队伍",
                          "北京市总工会“新业态 新职工 工会法律伴你行”法律服务专项工作启动 "
                          "打造新就业形态劳动者“一小时”法律服务圈",
                          "朝阳卫健系统职工体验艺术减压", "金融街街道职工享受绿色生活健步行",
                          "市总工会举办亲子关系心理团体辅导课程师资培训班", "登山徒步环保随行"));
  EXPECT_THAT(p.Headlines(0), ElementsAre("张良在小米公司调研工会工作时强调",
                                          "加快培养符合新质生产力要求的新型劳动者队伍"));
  EXPECT_EQ(p.articles[0].title_index, 1);
  EXPECT_THAT(p.Credits(0), ElementsAre("宗晓畅/记者/记者"));
  EXPECT_THAT(p.Credits(2), ElementsAre("刘欣欣/记者/记者", "阙旭/通讯员/通讯员"));
  // "本报记者 边磊 摄影报道": 边磊 is reporter and photographer.
  EXPECT_THAT(p.Credits(5), ElementsAre("边磊/记者/记者", "边磊/摄影/摄影"));
  for (const ArticleLayout& a : p.articles) {
    EXPECT_EQ(std::string(p.doc.text(a.span)).find("深入学习贯彻党的二十大精神"), std::string::npos);
  }
}

TEST(ArticlesTest, Seed001TrailingPhotoCreditAndSharedByline) {
  Page p(kSeedFiles[1]);
  EXPECT_THAT(p.Titles(),
              ElementsAre("平谷打造充满活力、坚强有力的工会组织", "北京住总集团工会举办帮扶产品大集",
                          "延庆区总工会“向前一步”吸纳新就业形态劳动者入会",
                          "主题黑板报宣讲安全知识", "朝阳区卫健系统职工学习沟通技巧",
                          "劳模班话劳模"));
  // "记者近日从平谷区总工会获悉" opens the body; it is no byline.
  EXPECT_THAT(p.Credits(0), ElementsAre("马超/记者/记者"));
  // The lead's byline plus "通讯员 刘晓翠 摄" at the end of the body.
  EXPECT_THAT(p.Credits(1), ElementsAre("崔欣/记者/记者", "张慕群/通讯员/通讯员",
                                        "刘晓翠/通讯员/通讯员", "刘晓翠/摄影/摄"));
  EXPECT_THAT(p.Credits(3), ElementsAre("张海伦/通讯员/通讯员", "张海伦/摄影/摄影"));
  // "本报记者 于佳 边磊 通讯员 魏平 摄影报道": the photo word covers all three.
  EXPECT_THAT(p.Credits(5), ElementsAre("于佳/记者/记者", "于佳/摄影/摄影", "边磊/记者/记者",
                                        "边磊/摄影/摄影", "魏平/通讯员/通讯员",
                                        "魏平/摄影/摄影"));
}

TEST(ArticlesTest, Seed002SubtitlesAndUnspacedBylines) {
  Page p(kSeedFiles[2]);
  EXPECT_THAT(p.Titles(),
              ElementsAre("北京工会多项服务全力开启高考“护考模式”",
                          "海淀区政协工会界委员走进企业宣讲劳模精神",
                          "龙潭街道为新就业形态劳动者送爱心理发券",
                          "西城区天桥街道总工会开展“双提升”工程大讨论",
                          "北京工商大学工会组织教职工开展亲子沟通活动",
                          "陶然亭街道职工观看《北京2022》重温冬奥精神",
                          "中关村科技园区怀柔园工会举办职工健步走活动"));
  // An unmarked subtitle under a "##" headline, and a "###" one.
  EXPECT_THAT(p.Headlines(0),
              ElementsAre("北京工会多项服务全力开启高考“护考模式”",
                          "全市16个区及河北迁安均设立“暖心伴考”职工志愿服务点 提供四大类10余项服务"));
  EXPECT_THAT(p.Headlines(3), ElementsAre("西城区天桥街道总工会开展“双提升”工程大讨论",
                                          "把职工心愿化作办事“清单”"));
  EXPECT_THAT(p.Credits(0), ElementsAre("张晶/记者/记者"));
  EXPECT_THAT(p.Credits(3), ElementsAre("陈曦/记者/记者", "曹立栋/记者/实习记者"));
  EXPECT_THAT(p.Credits(6), ElementsAre("崔欣/记者/记者", "刘子熙/通讯员/通讯员"));
}

TEST(ArticlesTest, Seed003UnmarkedPage) {
  Page p(kSeedFiles[3]);
  // No '#' at all: the banner is the first of three stacked headline lines;
  // the slogan line under it is the title, the concrete line a subtitle.
  EXPECT_THAT(p.Titles(),
              ElementsAre("帮助更多新业态企业“建家” 让更多新就业形态劳动者“有家”",
                          "怀柔区总工会走访辖区企业问需解难", "建工修复项目部为职工打造“温暖小家”",
                          "粉笔绘风采", "北京外企工会联合会为青年职工牵红线",
                          "丰台审计局女职工体验创意手工"));
  EXPECT_THAT(p.Headlines(0), ElementsAre("帮助更多新业态企业“建家” 让更多新就业形态劳动者“有家”",
                                          "市总工会召开推进两新组织工会工作会议"));
  EXPECT_THAT(p.Credits(0), ElementsAre("白莹/记者/记者"));
  EXPECT_THAT(p.Credits(2), ElementsAre("边磊/记者/记者", "张璇/通讯员/通讯员"));
  EXPECT_THAT(p.Credits(3), ElementsAre("张海伦/通讯员/通讯员", "张海伦/摄影/摄影"));
  EXPECT_THAT(p.Credits(5), ElementsAre("余翠平/记者/记者", "王璐璐/通讯员/通讯员"));
  EXPECT_EQ(std::string(p.doc.text(p.articles[0].span)).find("奋力开拓"), std::string::npos);
}

TEST(ArticlesTest, Seed004SectionHeadsStayInTheBody) {
  Page p(kSeedFiles[4]);
  EXPECT_THAT(p.Titles(),
              ElementsAre("加强创新工作室规范化建设 调动产业工人创新活力",
                          "北京住总集团工会举办职工亲子科普活动",
                          "石景山区总工会面向新就业形态劳动者开展专项法律服务",
                          "中关村科学城工会为职工解暑有“凉”方", "通武廊青年职工交流联谊活动举行",
                          "延庆区总工会召开2024年权益工作会"));
  EXPECT_THAT(p.Headlines(0), ElementsAre("加强创新工作室规范化建设 调动产业工人创新活力",
                                          "朝阳区总工会打造“百强创新工作室”"));
  // Unmarked section heads with neither lead nor credit after them.
  EXPECT_THAT(p.Headlines(3), ElementsAre("中关村科学城工会为职工解暑有“凉”方"));
  std::string body(p.doc.text(p.articles[3].body));
  EXPECT_NE(body.find("精准普惠实现清凉物资全覆盖"), std::string::npos);
  EXPECT_NE(body.find("多措并举为职工撑起“保护伞”"), std::string::npos);
  EXPECT_THAT(p.Credits(3), ElementsAre("陈曦/记者/记者", "王远霞/通讯员/通讯员"));
}

TEST(ArticlesTest, SpansTileThePage) {
  for (const char* seed : kSeedFiles) {
    Page p(seed);
    size_t prev_end = 0;
    for (const ArticleLayout& a : p.articles) {
      EXPECT_LE(prev_end, a.span.start) << seed;
      EXPECT_LT(a.span.start, a.span.end) << seed;
      for (const Span& h : a.headlines) EXPECT_TRUE(a.span.Contains(h)) << seed;
      EXPECT_TRUE(a.span.Contains(a.body)) << seed;
      EXPECT_EQ(a.body.end, a.span.end) << seed;
      for (const Credit& c : a.credits) EXPECT_TRUE(a.body.Contains(c.name)) << seed;
      // Only blank lines lie between one article and the next.
      if (prev_end > 0) {
        for (char ch : p.doc.text().substr(prev_end, a.span.start - prev_end)) {
          EXPECT_TRUE(ch == '\n' || ch == ' ' || ch == '#') << seed;
        }
      }
      prev_end = a.span.end;
    }
  }
}

// Pages printed one after another: each repeats its banner, which is
// recognized by the repetition wherever it stands.
TEST(ArticlesTest, ConcatenatedPagesDropEveryBanner) {
  std::string all;
  for (const char* seed : kSeedFiles) {
    all += test::ReadSeed(seed) + "\n\n";
  }
  NormalizedText doc = Normalizer::Get().Normalize(all);
  std::vector<ArticleLayout> articles = SplitArticles(doc);
  ASSERT_EQ(articles.size(), 31u);
  for (const ArticleLayout& a : articles) {
    ASSERT_GE(a.title_index, 0);
    EXPECT_NE(doc.text(a.headlines[a.title_index]),
              "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面");
  }
  EXPECT_EQ(doc.text(articles[19].headlines[articles[19].title_index]),
            "帮助更多新业态企业“建家” 让更多新就业形态劳动者“有家”");
}

// Many pages in one text: the banner repeats 50 times and every item is
// still found (and the splitter stays linear: this runs in well under a
// second even in a debug build).
TEST(ArticlesTest, ManyPages) {
  std::string page;
  for (const char* seed : kSeedFiles) {
    page += test::ReadSeed(seed) + "\n\n";
  }
  std::string all;
  for (int i = 0; i < 50; ++i) all += page;
  NormalizedText doc = Normalizer::Get().Normalize(all);
  EXPECT_EQ(SplitArticles(doc).size(), 31u * 50);
}

// ---------------------------------------------------------------------------
// Edge cases.

std::vector<ArticleLayout> Split(const std::string& s, NormalizedText* doc) {
  *doc = Normalizer::Get().Normalize(s);
  return SplitArticles(*doc);
}

TEST(ArticlesTest, EmptyAndBlankTextHaveNoArticles) {
  NormalizedText doc;
  EXPECT_THAT(Split("", &doc), IsEmpty());
  EXPECT_THAT(Split("\n\n  \n\u3000\n", &doc), IsEmpty());
  EXPECT_THAT(Split("##\n#\n", &doc), IsEmpty());
}

TEST(ArticlesTest, TextWithoutHeadlineIsOneUntitledArticle) {
  const std::string s =
      "\n活动现场热闹非凡。来自新疆、内蒙古、河北等地的特色农产品琳琅满目。\n\n"
      "据介绍,为了确保活动的顺利进行,工会提前做了周密部署。\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title_index, -1);
  EXPECT_THAT(a[0].headlines, IsEmpty());
  EXPECT_EQ(a[0].span, (Span{1, doc.text().size() - 1}));
  EXPECT_EQ(a[0].body, a[0].span);
}

TEST(ArticlesTest, SingleLine) {
  NormalizedText doc;
  // A lone headline-like line has no body, but is still read.
  std::vector<ArticleLayout> a = Split("粉笔绘风采", &doc);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].span, (Span{0, doc.text().size()}));
  a = Split("近日,北京公交集团保修分公司车身保修厂工会开展黑板报评比活动。", &doc);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title_index, -1);
}

TEST(ArticlesTest, TraditionalScriptLead) {
  const std::string s =
      "通武廊青年職工交流聯誼活動舉行\n\n"
      "本報訊（記者 宗曉暢）近日，通州區總工會聯合天津市武清區總工會舉辦青年職工交流聯誼活動。\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].title_index, 0);
  EXPECT_EQ(doc.text(a[0].headlines[0]), "通武廊青年职工交流联谊活动举行");
  ASSERT_EQ(a[0].credits.size(), 1u);
  EXPECT_EQ(doc.Surface(a[0].credits[0].name), "宗曉暢");
  EXPECT_EQ(a[0].credits[0].role, "记者");
  EXPECT_EQ(doc.Surface(a[0].credits[0].role_span), "記者");
}

TEST(ArticlesTest, LeadWithoutHeadlineOpensAnUntitledArticle) {
  const std::string s =
      "## 劳模班话劳模\n\n近日,东城区环境卫生服务中心开展“劳模班话劳模”活动。\n\n"
      "本报讯(记者 张晶)近日,北京外资企业工会联合会举办青年职工联谊活动。\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].title_index, -1);
  EXPECT_TRUE(a[0].credits.empty());
  ASSERT_EQ(a[1].credits.size(), 1u);
  EXPECT_EQ(doc.text(a[1].credits[0].name), "张晶");
}

// Web and wire copy: a source line between headline and lead is metadata,
// not a subtitle, and an outlet's own lead ("中工网讯", "新华社…电") opens
// the item's body with its byline.
TEST(ArticlesTest, WebCopyWithSourceLine) {
  const std::string s =
      "全国总工会启动2022年“工会加油站”活动\n"
      "来源：中工网 2022-06-22 09:44\n"
      "中工网讯（记者 王五）6月21日，全国总工会在京启动“工会加油站”活动，为户外劳动者送清凉。\n"
      "活动期间，各级工会将开展慰问活动1万余场。\n"
      "责任编辑：赵六\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].headlines.size(), 1u);
  EXPECT_EQ(doc.text(a[0].headlines[0]), "全国总工会启动2022年“工会加油站”活动");
  ASSERT_EQ(a[0].credits.size(), 1u);
  EXPECT_EQ(doc.text(a[0].credits[0].name), "王五");
  EXPECT_EQ(a[0].credits[0].role, "记者");
  EXPECT_EQ(doc.text(a[0].body).substr(0, 7), "来源:");
}

TEST(ArticlesTest, WireCopyDateline) {
  const std::string s =
      "国务院常务会议部署稳就业举措\n\n"
      "新华社北京5月28日电（记者 张三、李四）国务院总理27日主持召开国务院常务会议，部署进一步稳就业举措。\n\n"
      "会议要求，各地区各部门要抓好政策落实。\n\n（完）\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].title_index, 0);
  EXPECT_EQ(doc.text(a[0].headlines[0]), "国务院常务会议部署稳就业举措");
  std::vector<std::string> names;
  for (const Credit& c : a[0].credits) names.push_back(std::string(doc.text(c.name)) + "/" + c.role);
  EXPECT_THAT(names, ElementsAre("张三/记者", "李四/记者"));
}

TEST(ArticlesTest, BylineVariants) {
  NormalizedText doc;
  auto credits = [&](const std::string& credit_line) {
    std::vector<ArticleLayout> a =
        Split("粉笔绘风采\n\n近日,车身保修厂工会开展黑板报评比活动。\n\n" + credit_line, &doc);
    std::vector<std::string> out;
    for (const ArticleLayout& art : a) {
      for (const Credit& c : art.credits) out.push_back(std::string(doc.text(c.name)) + "/" + c.role);
    }
    return out;
  };
  // Names joined by 、 and a photo word glued to the last name.
  EXPECT_THAT(credits("本报记者 于佳、边磊 摄影报道"),
              ElementsAre("于佳/记者", "于佳/摄影", "边磊/记者", "边磊/摄影"));
  EXPECT_THAT(credits("通讯员 张海伦摄"), ElementsAre("张海伦/通讯员", "张海伦/摄影"));
  EXPECT_THAT(credits("阿依古丽·买买提 摄"), ElementsAre("阿依古丽·买买提/摄影"));
  EXPECT_THAT(credits("□本报记者 张三"), ElementsAre("张三/记者"));
  EXPECT_THAT(credits("(通讯员 张海伦 摄)"), ElementsAre("张海伦/通讯员", "张海伦/摄影"));
  // Two or more names in brackets without a label: a credit with no role,
  // as its own line or closing the paragraph.
  EXPECT_THAT(credits("(刘丽萍 顾威)"), ElementsAre("刘丽萍/", "顾威/"));
  EXPECT_THAT(credits("评比共收到作品三十件。(王海涛 刘思远)"), ElementsAre("王海涛/", "刘思远/"));
  // Not bylines: a name run too long for a name, a label without a name,
  // and running text after a label.
  EXPECT_THAT(credits("记者 张三李四王五 摄"), IsEmpty());
  EXPECT_THAT(credits("本报记者"), IsEmpty());
  EXPECT_THAT(credits("记者手记"), IsEmpty());
  EXPECT_THAT(credits("记者近日从区总工会获悉,活动将持续一个月。"), IsEmpty());
  EXPECT_THAT(credits("(试行)"), IsEmpty());
  EXPECT_THAT(credits("(王海涛)"), IsEmpty());  // one bare name: the person stage reads it
}

// On an unmarked page a kicker is recognized by its closing speech verb, so
// a stack of three lines at the top is kicker, headline and subtitle rather
// than banner, headline and subtitle.
TEST(ArticlesTest, UnmarkedKicker) {
  const std::string s =
      "张良在小米公司调研工会工作时强调\n\n加快培养符合新质生产力要求的新型劳动者队伍\n\n"
      "小米工会持续推进职工之家建设\n\n本报讯(记者 宗晓畅)5月28日上午,张良到小米公司调研。\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].headlines.size(), 3u);
  ASSERT_EQ(a[0].title_index, 1);
  EXPECT_EQ(doc.text(a[0].headlines[1]), "加快培养符合新质生产力要求的新型劳动者队伍");
  EXPECT_EQ(a[0].span.start, 0u);
}

// A caption closing with its credit in parentheses makes a photo item only
// with a credit line; the parenthesized credit still names the photographer.
TEST(ArticlesTest, CreditInParenthesesAfterCaption) {
  const std::string s =
      "## 劳模班话劳模\n\n近日,东城区环境卫生服务中心开展“劳模班话劳模”活动。(本报记者 边磊 摄)\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].credits.size(), 2u);
  EXPECT_EQ(doc.text(a[0].credits[0].name), "边磊");
  EXPECT_EQ(a[0].credits[1].role, "摄影");
  EXPECT_EQ(doc.text(a[0].credits[1].role_span), "摄");
}

// An exclamation closes a short headline; a full stop never does.
TEST(ArticlesTest, ExclamationHeadline) {
  const std::string s =
      "职工之家真温暖!\n\n本报讯(记者 张晶)近日,小米工会职工之家正式启用。\n\n"
      "活动圆满结束。\n\n本报讯(记者 陈曦)近日,金融街街道总工会组织健步行活动。\n";
  NormalizedText doc;
  std::vector<ArticleLayout> a = Split(s, &doc);
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(a[0].title_index, 0);
  EXPECT_EQ(doc.text(a[0].headlines[0]), "职工之家真温暖!");
  EXPECT_EQ(a[1].title_index, -1);  // "活动圆满结束。" is body, not a headline
}

TEST(ArticlesTest, HashtagIsNoHeadlineMark) {
  NormalizedText doc;
  std::vector<ArticleLayout> a =
      Split("#高考加油# 北京工会开启护考模式\n\n本报讯(记者张晶)一年一度的高考即将开始。\n", &doc);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].title_index, 0);
  EXPECT_EQ(doc.text(a[0].headlines[0]), "#高考加油# 北京工会开启护考模式");
}

TEST(ArticlesTest, GarbageNeverCrashes) {
  NormalizedText doc;
  std::string junk;
  for (int i = 0; i < 2000; ++i) {
    junk += (i % 7 == 0) ? "\n" : (i % 5 == 0) ? "#" : (i % 3 == 0) ? "本报讯(" : "记者 ";
  }
  std::vector<ArticleLayout> a = Split(junk, &doc);
  for (const ArticleLayout& art : a) {
    EXPECT_LE(art.span.end, doc.text().size());
    for (const Credit& c : art.credits) EXPECT_LE(c.name.end, doc.text().size());
  }
  std::string many_lines(100000, '\n');
  EXPECT_THAT(Split(many_lines, &doc), IsEmpty());
}

// ---------------------------------------------------------------------------
// Title F1 against the gold headlines, the measure the scorer uses to match
// articles: a title matches a gold article when it equals, contains or is
// contained in one of its headlines; each gold article matches once.

bool TitleMatches(const std::string& title, const std::vector<std::string>& headlines) {
  if (title.empty()) return false;
  for (const std::string& h : headlines) {
    if (h.empty()) continue;
    if (h == title || h.find(title) != std::string::npos || title.find(h) != std::string::npos) {
      return true;
    }
  }
  return false;
}

double TitleF1(const Page& page, const std::string& seed) {
  std::istringstream in(test::ReadGold(seed));
  std::vector<std::vector<std::string>> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    if (!j.contains("article")) continue;
    std::vector<std::string> hs = j["headlines"].get<std::vector<std::string>>();
    hs.push_back(j["title"].get<std::string>());
    // Gold is in the caller's script; compare in normalized form like ours.
    for (std::string& h : hs) h = Normalizer::Get().NormalizeString(h);
    gold.push_back(hs);
  }
  std::vector<bool> used(gold.size(), false);
  int predicted = 0, matched = 0;
  for (const std::string& t : page.Titles()) {
    if (t.empty()) continue;
    ++predicted;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!used[g] && TitleMatches(t, gold[g])) {
        used[g] = true;
        ++matched;
        break;
      }
    }
  }
  return test::Score(matched, predicted, static_cast<int>(gold.size())).f1;
}

TEST(ArticlesTest, TitleF1OnSeeds) {
  for (const char* seed : kSeedFiles) {
    Page page(seed);
    if (std::getenv("TIQU_ARTICLES_DUMP") != nullptr) Dump(page);
    double f1 = TitleF1(page, seed);
    std::cerr << seed << " title F1 " << f1 << "\n";
    EXPECT_GE(f1, 0.95) << seed;
  }
}

}  // namespace
}  // namespace tiqu::text
