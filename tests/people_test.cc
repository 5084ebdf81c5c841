// Copyright 2026 The tiqu Authors.

#include "lib/people/person_extractor.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"
#include "tests/test_util.h"

namespace tiqu::people {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class PeopleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    extractor_ = test::MakeExtractor<PersonExtractor>();
    ASSERT_TRUE(extractor_.has_value());
  }

  // Runs the extractor on `sentence` as one article.  `orgs` are surface
  // forms standing for the organizations extractor's output: every
  // occurrence of each becomes a mention; the first string is the name.
  std::vector<Person> Run(std::string_view sentence,
                          const std::vector<std::vector<std::string>>& orgs = {},
                          const std::vector<text::Credit>& credits = {}) {
    one_.emplace(sentence);
    one_->layout.credits = credits;
    const std::string& t = one_->doc.text();
    std::vector<Organization> os;
    for (const auto& forms : orgs) {
      Organization o;
      o.name = forms.front();
      for (const std::string& f : forms) {
        for (size_t at = t.find(f); at != std::string::npos; at = t.find(f, at + f.size())) {
          o.mentions.push_back({at, at + f.size()});
        }
      }
      std::sort(o.mentions.begin(), o.mentions.end());
      os.push_back(std::move(o));
    }
    return extractor_->Extract(one_->article(), os);
  }

  // The normalized span of the n-th occurrence of `s`.
  Span Find(std::string_view s, int n = 0) const {
    const std::string& t = one_->doc.text();
    size_t at = t.find(s);
    for (int i = 0; i < n && at != std::string::npos; ++i) at = t.find(s, at + 1);
    return {at, at + s.size()};
  }

  static std::vector<std::string> Names(const std::vector<Person>& ps) {
    std::vector<std::string> out;
    for (const Person& p : ps) out.push_back(p.name);
    return out;
  }

  std::optional<PersonExtractor> extractor_;
  std::optional<test::OneArticle> one_;  // the last sentence run
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


// A chain continues across "," when an organization opens the next part;
// the person's organization is the one of the last role.
TEST_F(PeopleTest, CommaChainTakesLastRolesOrg) {
  auto ps = Run("本报讯(记者赵思远)近日,由海淀区政协委员,区总工会党组书记、副主席孙金春带队,前往快手总部。",
                {{"海淀区政协"}, {"海淀区总工会", "区总工会"}});
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].name, "赵思远");
  EXPECT_THAT(ps[0].roles, ElementsAre("记者"));
  EXPECT_EQ(ps[0].organization, "");
  EXPECT_EQ(ps[1].name, "孙金春");
  EXPECT_THAT(ps[1].roles, ElementsAre("委员", "党组书记", "副主席"));
  EXPECT_EQ(ps[1].organization, "海淀区总工会");
}

// Two people in one sentence; the second one's last role belongs to another
// body than the first, and an unknown body leaves the organization empty.
TEST_F(PeopleTest, TwoChainsInOneSentence) {
  const char* kText =
      "市总工会党组成员、副主席张文涛,市总工会副主席、小米汽车高级技术总监谭康喜,以及北京市总工会相关部门、"
      "海淀区总工会、小米公司有关负责同志参加调研。";
  auto ps = Run(kText, {{"北京市总工会", "市总工会"}, {"小米汽车"}, {"海淀区总工会"},
                        {"小米科技有限责任公司", "小米公司"}});
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].name, "张文涛");
  EXPECT_THAT(ps[0].roles, ElementsAre("党组成员", "副主席"));
  EXPECT_EQ(ps[0].organization, "北京市总工会");
  EXPECT_EQ(ps[1].name, "谭康喜");
  EXPECT_THAT(ps[1].roles, ElementsAre("副主席", "高级技术总监"));
  EXPECT_EQ(ps[1].organization, "小米汽车");

  ps = Run(kText, {{"北京市总工会", "市总工会"}});
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_THAT(ps[1].roles, ElementsAre("副主席", "高级技术总监"));
  EXPECT_EQ(ps[1].organization, "");
}

// A title inside an organization's name ("人大常委会") is part of the name.
TEST_F(PeopleTest, TitleInsideOrganizationName) {
  auto ps = Run("本报讯(记者 崔欣)近日,怀柔区人大常委会副主任、区总工会主席周福刚带领区总工会全体班子成员来到企业。",
                {{"怀柔区人大常委会"}, {"怀柔区总工会", "区总工会"}});
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[1].name, "周福刚");
  EXPECT_THAT(ps[1].roles, ElementsAre("副主任", "主席"));
  EXPECT_EQ(ps[1].organization, "怀柔区总工会");
}

// Honours stand in the chain but are no roles.
TEST_F(PeopleTest, HonourIsNotARole) {
  auto ps = Run("2023年全国五一劳动奖章获得者、北京快手科技有限公司副总裁宋婷婷汇报了快手科技公司建立工会及承担社会责任等情况。",
                {{"北京快手科技有限公司", "快手科技公司"}});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "宋婷婷");
  EXPECT_THAT(ps[0].roles, ElementsAre("副总裁"));
  EXPECT_EQ(ps[0].organization, "北京快手科技有限公司");
}

// "工会主席" after an organization name is that organization's 主席; a
// party post keeps its 党委.
TEST_F(PeopleTest, UnionChairAfterOrganization) {
  auto ps = Run("天桥街道总工会主席韩志杰面对面听取各单位工会干部的意见和建议。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "韩志杰");
  EXPECT_THAT(ps[0].roles, ElementsAre("主席"));

  ps = Run("在座谈会上,小米公司党委常务副书记、工会主席施艳介绍了小米工会相关情况。",
           {{"小米科技有限责任公司", "小米公司"}, {"小米工会"}});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "施艳");
  EXPECT_THAT(ps[0].roles, ElementsAre("党委常务副书记", "工会主席"));
  EXPECT_EQ(ps[0].organization, "小米科技有限责任公司");
}

TEST_F(PeopleTest, BylineWithoutCredits) {
  auto ps = Run("本报讯 (记者 刘欣欣 通讯员 阙旭) 近日,由朝阳区医疗卫生工会主办。");
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].name, "刘欣欣");
  EXPECT_THAT(ps[0].roles, ElementsAre("记者"));
  EXPECT_EQ(ps[1].name, "阙旭");
  EXPECT_THAT(ps[1].roles, ElementsAre("通讯员"));
}

// A photo label after a byline run gives every name of the run 摄影.
TEST_F(PeopleTest, PhotoCreditRun) {
  auto ps = Run("诠释了“劳动最光荣”的精神内涵。\n\n本报记者 于佳 边磊 通讯员 魏平 摄影报道");
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_THAT(Names(ps), ElementsAre("于佳", "边磊", "魏平"));
  EXPECT_THAT(ps[0].roles, ElementsAre("记者", "摄影"));
  EXPECT_THAT(ps[1].roles, ElementsAre("记者", "摄影"));
  EXPECT_THAT(ps[2].roles, ElementsAre("通讯员", "摄影"));

  ps = Run("为职工送上慰问关怀。\n\n通讯员 刘晓翠 摄");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "刘晓翠");
  EXPECT_THAT(ps[0].roles, ElementsAre("通讯员", "摄影"));
}

// Credits from the splitter are persons; the text's longer label wins over
// the credit's ("实习记者" over "记者"), and "摄" reads 摄影.
TEST_F(PeopleTest, CreditsFromLayout) {
  const std::string kText = "本报讯(记者陈曦 实习记者曹立栋)近日,西城区天桥街道总工会邀请辖区企业。\n通讯员 张海伦 摄";
  text::NormalizedText probe = text::Normalizer::Get().Normalize(kText);
  auto at = [&](std::string_view s, size_t from = 0) {
    size_t a = probe.text().find(s, from);
    return Span{a, a + s.size()};
  };
  Span intern = at("记者", at("实习").start);
  Span she = at("摄", at("张海伦").end);
  std::vector<text::Credit> credits = {{at("陈曦"), "记者", at("记者")},
                                       {at("曹立栋"), "记者", intern},
                                       {at("张海伦"), "通讯员", at("通讯员")},
                                       {at("张海伦"), "摄影", she}};
  auto ps = Run(kText, {}, credits);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0].name, "陈曦");
  EXPECT_THAT(ps[0].roles, ElementsAre("记者"));
  EXPECT_EQ(ps[1].name, "曹立栋");
  EXPECT_THAT(ps[1].roles, ElementsAre("实习记者"));
  EXPECT_EQ(ps[2].name, "张海伦");
  EXPECT_THAT(ps[2].roles, ElementsAre("通讯员", "摄影"));
  EXPECT_THAT(ps[2].mentions, ElementsAre(Find("张海伦")));
}

// A leader's title may follow the name.
TEST_F(PeopleTest, NameBeforeTitle) {
  auto ps = Run("希望北京工会继续深入贯彻落实党的二十大精神,认真贯彻落实习近平总书记关于工人阶级和工会工作的重要论述。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "习近平");
  EXPECT_THAT(ps[0].roles, ElementsAre("总书记"));
}

// Once found, every occurrence is a mention; "张良一行" yields 张良.
TEST_F(PeopleTest, LaterMentionsOfAFoundName) {
  auto ps = Run(
      "北京市总工会党组书记、副主席张良率队赴小米科技有限责任公司调研。\n\n"
      "张良一行首先来到位于小米科技园北侧的小米工会职工之家。张良指出,小米工会成立以来,开展了一系列品牌活动。",
      {{"北京市总工会"}, {"小米科技有限责任公司"}, {"小米工会"}});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "张良");
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("张良", 0), Find("张良", 1), Find("张良", 2)));
}

// A cue word after a name at a clause start finds the name alone.
TEST_F(PeopleTest, CueWordAtClauseStart) {
  auto ps = Run("蒋文云介绍了北京工会开展新就业形态劳动者法律服务的做法和成效。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "蒋文云");
  EXPECT_THAT(ps[0].roles, IsEmpty());
  EXPECT_EQ(ps[0].organization, "");
}

// "在…时" after a headline-initial name is a cue.
TEST_F(PeopleTest, AtWhenCue) {
  auto ps = Run("张良在小米公司调研工会工作时强调\n");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "张良");
}

// A brand built on a name is not a mention; a listed name may end at a
// verb that is no cue of its own ("结合").
TEST_F(PeopleTest, BrandAndListedNames) {
  auto ps = Run(
      "活动中,首发集团“秋子服务”品牌带头人方秋子、金板寸非遗传承人刘清池、时传祥所三八女子掏粪班班长李萌、"
      "时传祥青年班班长付晨结合成长经历进行座谈交流。");
  EXPECT_THAT(Names(ps), ElementsAre("方秋子", "刘清池", "李萌", "付晨"));
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("方秋子")));
  EXPECT_THAT(ps[3].roles, ElementsAre("班长"));
}

// A title naming what the person leads or carries on keeps that object,
// back to the organization (the affiliation) or the list mark.
TEST_F(PeopleTest, RolesWithTheirObject) {
  auto ps = Run("活动中,首发集团“秋子服务”品牌带头人方秋子、金板寸非遗传承人刘清池结合成长经历进行座谈交流。",
                {{"首发集团"}});
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_THAT(ps[0].roles, ElementsAre("“秋子服务”品牌带头人"));
  EXPECT_EQ(ps[0].organization, "首发集团");
  EXPECT_THAT(ps[1].roles, ElementsAre("金板寸非遗传承人"));
  EXPECT_EQ(ps[1].organization, "");
  // A clause before the title is no object.
  EXPECT_THAT(Run("他作为这项已经流传了三百多年的传统技艺的传承人张建国说,要培养年轻人。")[0].roles,
              ElementsAre("传承人"));
}

// Quantities, nicknames and generic words are no names.
TEST_F(PeopleTest, NotNames) {
  EXPECT_THAT(Run("以及来自京东、美团等平台企业工会干部和新就业形态劳动者代表100余人参加会议。"), IsEmpty());
  EXPECT_THAT(Run("作为本项目的电气工程师,小王收到了工会“清凉大礼包”。"), IsEmpty());
  EXPECT_THAT(Run("研发的“多语种智能语音关键技术及产业化”项目获得了国家科学技术进步奖。"), IsEmpty());
  EXPECT_THAT(Run("鼓励和引导符合条件的劳模和工匠人才担任创新工作室领办人。"), IsEmpty());
  EXPECT_THAT(Run("参加由海淀区政协举办的“海淀政协·委员沙龙”读书分享会。"), IsEmpty());
}

// Names and roles keep the source's script.
TEST_F(PeopleTest, TraditionalScript) {
  auto ps = Run("本報訊(記者 宗曉暢) 5月28日上午,北京市總工會黨組書記、副主席張良率隊赴小米公司調研。");
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].name, "宗曉暢");
  EXPECT_THAT(ps[0].roles, ElementsAre("記者"));
  EXPECT_EQ(ps[1].name, "張良");
  EXPECT_THAT(ps[1].roles, ElementsAre("黨組書記", "副主席"));
}

// Names without a title next to them: a list of names closed by 等, a name
// after a title and before a reporting verb.  The sentences are written for
// this test (a realistic news style), not taken from any evaluation data.
TEST_F(PeopleTest, BareNamesInListsAndClauses) {
  auto ps = Run("会议由副市长陈晓明主持,刘志强、张丽娟、赵国庆等出席。");
  EXPECT_THAT(Names(ps), ElementsAre("陈晓明", "刘志强", "张丽娟", "赵国庆"));
  EXPECT_THAT(ps[0].roles, ElementsAre("副市长"));
  EXPECT_THAT(ps[2].mentions, ElementsAre(Find("张丽娟")));
  EXPECT_THAT(ps[3].roles, IsEmpty());
}

// A rare given character ends the name before it: "李鹏" in "李鹏今天".
TEST_F(PeopleTest, GivenNameStatisticsPickTheLength) {
  EXPECT_THAT(Names(Run("国务院总理李鹏今天上午在人民大会堂会见了来访的客人。")), ElementsAre("李鹏"));
  EXPECT_THAT(Names(Run("国务院总理王建华今天上午会见了来访的客人。")), ElementsAre("王建华"));
}

// A credit in brackets or alone on a line is a name without any cue.
TEST_F(PeopleTest, NameAloneInBrackets) {
  auto ps = Run("本市今年新建社区食堂二十家。(李文华)");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "李文华");
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("李文华")));
}

// Transliterated foreign names: after a title, and written with a middle dot.
TEST_F(PeopleTest, ForeignNames) {
  EXPECT_THAT(Names(Run("美国总统克林顿今天在白宫表示,双方将继续对话。")), ElementsAre("克林顿"));
  auto ps = Run("著名演员丹尼斯·霍珀出席了开幕式。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "丹尼斯·霍珀");
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("丹尼斯·霍珀")));
}

// Words that start with a surname, places, nicknames and slogans with a dot
// are no names.
TEST_F(PeopleTest, BareNameRejections) {
  EXPECT_THAT(Run("周末,王府井大街游人如织,高水平的演出吸引了众多市民。"), IsEmpty());
  EXPECT_THAT(Run("小王和老张都是这个车间的骨干。"), IsEmpty());
  EXPECT_THAT(Run("来自山东、广东、黄河沿岸的代表参加了会议。"), IsEmpty());
  EXPECT_THAT(Run("工会推出“零碳·城”主题活动,发放“夏送清凉”大礼包。"), IsEmpty());
  EXPECT_THAT(Run("全年累计发放贷款7930万美元。"), IsEmpty());
}

// A "、" list holding a found name vouches for its other name-shaped items,
// rare given characters included ("万年": 年); a two-character item too.
TEST_F(PeopleTest, ListItemsNextToFoundNames) {
  auto ps = Run("出席开幕式的还有王建国、张万年、罗干、李秀英等。");
  EXPECT_THAT(Names(ps), ElementsAre("王建国", "张万年", "罗干", "李秀英"));
  EXPECT_THAT(ps[1].mentions, ElementsAre(Find("张万年")));
  // Places listed after a foreign name are no names: such a name vouches for nothing.
  EXPECT_THAT(Names(Run("他先后到过克里斯蒂娜·罗西、普吉、清迈等地。")),
              ElementsAre("克里斯蒂娜·罗西"));
}

// Names run together after a byline label, their spaces lost.
TEST_F(PeopleTest, BylineNamesRunTogether) {
  auto ps = Run("本报记者王锦华毛磊\n本市今年新建社区食堂二十家。");
  EXPECT_THAT(Names(ps), ElementsAre("王锦华", "毛磊"));
  EXPECT_THAT(ps[1].roles, ElementsAre("记者"));
  EXPECT_THAT(Names(Run("新华社记者贾永黄秋生报道:会议今天闭幕。")), ElementsAre("贾永", "黄秋生"));
}

// After a post, a transliterated name runs past the three characters a
// Chinese name would take.
TEST_F(PeopleTest, ForeignNameAfterTitle) {
  auto ps = Run("印度尼西亚国务秘书穆迪奥诺10日说,经济形势正在好转。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "穆迪奥诺");
  EXPECT_THAT(ps[0].roles, ElementsAre("国务秘书"));
  EXPECT_THAT(Names(Run("斯洛伐克外长库卡诺娃今天指出,两国关系良好。")), ElementsAre("库卡诺娃"));
}

// A title and a strong close vouch for given characters that are rare in
// names (发) or start a word (成果, 陆军), and for a date character (月).
TEST_F(PeopleTest, TitleVouchesForUnusualGivenNames) {
  EXPECT_THAT(Names(Run("国家体委副主任张发强说,登山活动明天举行。")), ElementsAre("张发强"));
  EXPECT_THAT(Names(Run("会议由副部长刘成果主持。")), ElementsAre("刘成果"));
  EXPECT_THAT(Names(Run("本报讯 记者陈陆军从有关部门获悉,新线路明天开通。")), ElementsAre("陈陆军"));
  EXPECT_THAT(Names(Run("洛杉矶1月2日电(记者吴月辉)当地一家公司宣布裁员。")), ElementsAre("吴月辉"));
  // Without a close the rare character still ends the name.
  EXPECT_THAT(Names(Run("国务院总理李鹏今天上午会见了客人。")), ElementsAre("李鹏"));
}

// ICU's word segmentation: a candidate that starts or ends inside a
// dictionary word is part of it; one the dictionary cuts into characters
// needs less context to stand as a name.
TEST_F(PeopleTest, DictionaryWordBoundaries) {
  EXPECT_THAT(Run("该法规定土地使用权可以依法转让,并允许继承。"), IsEmpty());
  EXPECT_THAT(Run("大殿金碧辉煌,游人如织。"), IsEmpty());
  auto ps = Run("这次经历使王保华信心倍增。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("王保华")));
}

// A cue right after a title opens the predicate, not a name; a foreign name
// is taken whole after a title, and its tail alone is no name.
TEST_F(PeopleTest, TitleFollowedByCueOrForeignRun) {
  auto ps = Run("市委书记和李建国市长一起来到工地。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "李建国");
  EXPECT_THAT(ps[0].roles, ElementsAre("市长"));
  EXPECT_THAT(Run("以色列外长宣布辞职。"), IsEmpty());
  EXPECT_THAT(Names(Run("俄罗斯总理切尔诺梅尔金今天抵达北京。")), ElementsAre("切尔诺梅尔金"));
  EXPECT_THAT(Names(Run("会谈中,切尔诺梅尔金还说,两国合作前景广阔。")),
              ::testing::Not(::testing::Contains("梅尔金")));
}

// A transliterated name that the dictionary does not know as one word
// stands at a clause start before a close; quoted brands and dictionary
// words (country names) do not.
TEST_F(PeopleTest, UnknownTransliteratedWord) {
  auto ps = Run("会谈中,阿巴斯托还说,双方应当加强合作。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("阿巴斯托")));
  EXPECT_THAT(Run("超过“耐克”、“阿迪达斯”等国外品牌。"), IsEmpty());
  EXPECT_THAT(Run("斯里兰卡和印度签署了协议。"), IsEmpty());
}

// A theory or an -ism named after a person still names that person (the
// guideline's gold lists 习近平 for "习近平新时代中国特色社会主义思想").
TEST_F(PeopleTest, NameInsideATheoryName) {
  auto ps = Run("邓小平同志是伟大的领导人,邓小平理论是党的指导思想。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("邓小平"), Find("邓小平", 1)));
}

// Time words close a name ("本月" after a transliterated name, whose run
// stops before the cue); a strong cue vouches for a foreign name after a
// verb; a noun for a person stands before a name in apposition.
TEST_F(PeopleTest, TimeWordsAndAppositions) {
  auto ps = Run("美国总统霍尔顿本月将访问欧洲。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_THAT(ps[0].mentions, ElementsAre(Find("霍尔顿")));
  EXPECT_THAT(Names(Run("副省长会见了哈斯特一行。")), ElementsAre("哈斯特"));
  EXPECT_THAT(Names(Run("他来到村里的农民郑福田家中,了解收成。")), ElementsAre("郑福田"));
}

// A surname that is also a common word needs name-like given characters
// even after a title; nothing starts inside a transliterated word.
TEST_F(PeopleTest, CommonWordSurnamesAfterTitles) {
  EXPECT_THAT(Run("事故发生后,驾驶员有逃逸行为。"), IsEmpty());
  EXPECT_THAT(Run("几位演员东奔西走赶场演出。"), IsEmpty());
  EXPECT_THAT(Run("巴基斯坦前总理访华期间参观了工厂。"), IsEmpty());
  EXPECT_THAT(Names(Run("联合国秘书长安南今天抵达。")), ElementsAre("安南"));
}

// 诉称 closes a name; an honour word ends the left part of a dotted name;
// an organization right before a name vouches for it a little.
TEST_F(PeopleTest, MoreContexts) {
  EXPECT_THAT(Names(Run("刘波诉称,去年他在商场购物时受伤。")), ElementsAre("刘波"));
  EXPECT_THAT(Names(Run("物理学奖得主卡尔·安德森日前在清华大学演讲。")),
              ElementsAre("卡尔·安德森"));
  EXPECT_THAT(Names(Run("朝阳区城市管理执法局孙立新表示,将加强监管。",
                        {{"朝阳区城市管理执法局"}})),
              ElementsAre("孙立新"));
}

// Two names run together in a bracketed credit (a photo label adds 摄影) or
// on a line of their own; a headline line is not split into names.
TEST_F(PeopleTest, CreditRunsInBracketsAndLines) {
  EXPECT_THAT(Names(Run("本市今年新建社区食堂二十家。(李文华张建国)")),
              ElementsAre("李文华", "张建国"));
  auto ps = Run("图为工人在车间检修设备。(王建华刘丽摄)");
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_THAT(ps[1].roles, ElementsAre("摄影"));
  EXPECT_THAT(ps[1].mentions, ElementsAre(Find("刘丽")));
  EXPECT_THAT(Names(Run("本市新建社区食堂二十家\n孙建平周丽华")), ElementsAre("孙建平", "周丽华"));
  EXPECT_THAT(Run("社区食堂开张\n高速公路通车"), IsEmpty());
}

// Compound surnames (data/surnames.tsv): after a title, before a cue, after
// a byline label.
TEST_F(PeopleTest, CompoundSurnames) {
  auto ps = Run("会上,副市长欧阳明华表示,将加快建设。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "欧阳明华");
  EXPECT_THAT(ps[0].roles, ElementsAre("副市长"));
  EXPECT_THAT(Names(Run("司马志远指出,要加强职工培训。")), ElementsAre("司马志远"));
  EXPECT_THAT(Names(Run("记者上官云飞从有关部门获悉,活动下周启动。")), ElementsAre("上官云飞"));
}

// A place before a post is no name, nor is a piece of a place.
TEST_F(PeopleTest, PlacesBeforePosts) {
  EXPECT_THAT(Names(Run("据报道,土库曼斯坦总统尼亚佐夫表示欢迎。")), ElementsAre("尼亚佐夫"));
  EXPECT_THAT(Run("他说,伊朗总统表示愿意对话。"), IsEmpty());
}

// A post before a dotted foreign name gives it its role; 代表 before a name
// counts as context.
TEST_F(PeopleTest, DottedNameAfterPostAndRepresentative) {
  auto ps = Run("德国一家公司的总裁贝恩德·蒙特表示,公司看好这里的发展前景。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "贝恩德·蒙特");
  EXPECT_THAT(ps[0].roles, ElementsAre("总裁"));
  EXPECT_THAT(Names(Run("美国一家公司的代表卡特琳娜也出席了活动。")), ElementsAre("卡特琳娜"));
}

// A transliterated name after a post keeps suffix-like characters (科) and
// stops before a time word that starts with a transliteration character
// (赛后); sports time words close a name.
TEST_F(PeopleTest, TransliterationBeforeTimeWords) {
  auto ps = Run("主教练伊万科维奇赛后表示,球队展现了斗志。");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].name, "伊万科维奇");
  EXPECT_THAT(ps[0].roles, ElementsAre("主教练"));
  EXPECT_THAT(Names(Run("比赛中,武磊上半场打入一球。")), ElementsAre("武磊"));
}

TEST_F(PeopleTest, NeverCrashes) {
  EXPECT_THAT(Run(""), IsEmpty());
  EXPECT_THAT(Run("记者"), IsEmpty());
  EXPECT_THAT(Run("主席、、、,,,主席"), IsEmpty());
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "党组书记、副主席";
  EXPECT_THAT(Run(many), IsEmpty());
  std::string names;
  for (int i = 0; i < 5000; ++i) names += "记者 张良 ";
  auto ps = Run(names);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].mentions.size(), 5000u);
  // Spans outside the document and empty credits are ignored.
  std::vector<text::Credit> bad = {{Span{0, 0}, "记者", Span{}}, {Span{100, 200}, "记者", Span{}}};
  EXPECT_THAT(Run("近日", {}, bad), IsEmpty());
}

}  // namespace
}  // namespace tiqu::people
