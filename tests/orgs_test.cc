// Copyright 2026 The tiqu Authors.

#include "lib/orgs/org_extractor.h"

#include <cstdio>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/normalized_text.h"
#include "nlohmann/json.hpp"
#include "tests/test_util.h"

namespace tiqu::orgs {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// One line per organization: "name|alias,alias|type".
std::vector<std::string> Orgs(std::string_view sentence) {
  static const OrgExtractor* ex = new OrgExtractor(test::MakeExtractor<OrgExtractor>().value());
  const test::OneArticle one(sentence);
  std::vector<std::string> out;
  for (const Organization& o : ex->Extract(one.article())) {
    out.push_back(o.name + "|" + absl::StrJoin(o.aliases, ",") + "|" +
                  std::string(ToString(o.type)));
  }
  return out;
}

TEST(OrgExtractorTest, LeftBoundaryAtVerbAndByline) {
  // 赴 ends the left extension of the company; the union's title is no part
  // of its name.
  EXPECT_THAT(Orgs("北京市总工会党组书记、副主席张良率队赴小米科技有限责任公司调研"),
              ElementsAre("北京市总工会||union", "小米科技有限责任公司||company"));
}

TEST(OrgExtractorTest, CompanyShortFormIsAlias) {
  // "小米公司" abbreviates the registered name; "党委" before a title is part
  // of the role, not an organization.
  EXPECT_THAT(Orgs("张良率队赴小米科技有限责任公司调研。在座谈会上,小米公司党委常务副书记、"
                  "工会主席施艳介绍了小米工会相关情况。"),
              ElementsAre("小米科技有限责任公司|小米公司|company", "小米工会||union"));
}

TEST(OrgExtractorTest, MaximalNameAndSubUnitType) {
  // The service centre of a union is a union; the bare "市…" form is an alias.
  EXPECT_THAT(Orgs("近日,北京市总工会职工服务中心在北京富国海底世界举办培训班。"
                  "近年来,市总工会职工服务中心开展了多场心理关爱培训课程。"),
              ElementsAre("北京市总工会职工服务中心|市总工会职工服务中心|union"));
}

TEST(OrgExtractorTest, GazetteerAndGenericWords) {
  // "平台企业工会" is generic; the platforms are known names without suffix.
  EXPECT_THAT(Orgs("为美团、滴滴、京东等平台企业工会和新就业形态劳动者提供法律服务。"),
              ElementsAre("美团||company", "滴滴||company", "京东||company"));
}

TEST(OrgExtractorTest, EnumerationOfGovernmentBodies) {
  // "和" inside 人力资源和社会保障局 must not cut the name.
  EXPECT_THAT(Orgs("北京市总工会、市人力资源和社会保障局、市商务局、市司法局、市企联、"
                  "市快递协会等有关部门同志参加会议。"),
              ElementsAre("北京市总工会||union", "市人力资源和社会保障局||government",
                          "市商务局||government", "市司法局||government",
                          "市企联||association", "市快递协会||association"));
}

TEST(OrgExtractorTest, DistrictShortFormAndPartner) {
  // "联合" separates two bodies; "区总工会" refers back to the district union.
  EXPECT_THAT(Orgs("2022年以来,平谷区总工会联合区教委开展一系列实践活动。"
                  "平谷区总工会相关负责人表示,下一步,区总工会将认真学习贯彻大会精神。"),
              ElementsAre("平谷区总工会|区总工会|union", "区教委||government"));
}

TEST(OrgExtractorTest, MeetingNamesAndUnionWorkAreNotOrganizations) {
  EXPECT_THAT(Orgs("推动北京市工会十五大各项任务部署落实。学习宣传贯彻北京市工会十五大精神是"
                  "全市工会系统当前和今后一个时期的重要政治任务。"),
              IsEmpty());
}

TEST(OrgExtractorTest, DemonstrativeFormsAreNotSurfaceForms) {
  EXPECT_THAT(Orgs("近日,北京建城城乡集团开发公司组织职工赴百望山森林公园开展登山活动。"
                  "活动中,该公司工会号召职工不践踏草坪。"),
              ElementsAre("北京建城城乡集团开发公司||company"));
}

TEST(OrgExtractorTest, SubUnitOfHospital) {
  EXPECT_THAT(Orgs("活动邀请联勤保障部队第九八四医院临床心理科专家现场授课。"),
              ElementsAre("联勤保障部队第九八四医院临床心理科||hospital"));
}

// Bodies without a suffix of their own come from the gazetteer; a country
// right before one belongs to it; a dateline ("北京1月5日电") does not stop a
// known name.  Sentences written for this test.
TEST(OrgExtractorTest, GazetteerWithPlaceAndDateline) {
  EXPECT_THAT(Orgs("新华社北京1月5日电 外交部发言人在例行记者会上答问。"),
              ElementsAre("新华社||media", "外交部||government"));
  EXPECT_THAT(Orgs("美国国防部昨天发表声明。"), ElementsAre("美国国防部||government"));
}

// "X—中国友好协会": two countries joined by a dash start the name.
TEST(OrgExtractorTest, FriendshipAssociationWithDash) {
  EXPECT_THAT(Orgs("奥地利—中国友好协会主席出席了招待会。"),
              ElementsAre("奥地利—中国友好协会||association"));
}

// A stem of generic words names a kind of body, not one body.
TEST(OrgExtractorTest, GenericStemsAreNoNames) {
  EXPECT_THAT(Orgs("他说,我们在国内银行和上市公司都有业务。"), IsEmpty());
  EXPECT_THAT(Orgs("这些工会干部队伍素质较高,到处都能看到他们。"), IsEmpty());
}

// A post title before a person's name ends the name: the walk from 科 (a
// section head) or from the second 国务院 must not run over "总理科尔" or
// "副总理吴邦国代表". Sentences written for this test.
TEST(OrgExtractorTest, PostTitleEndsTheName) {
  EXPECT_THAT(Orgs("法国总统希拉克和德国总理科尔在巴黎会晤。"), IsEmpty());
  EXPECT_THAT(Orgs("国务院副总理吴邦国代表国务院向大会发来贺信。"),
              ElementsAre("国务院||government"));
  // Right before a head of two or more characters the post is part of the
  // name; inside a head it is no post; a place may end inside it (市长).
  EXPECT_THAT(Orgs("北京师范大学校长办公室昨天发出通知。"),
              ElementsAre("北京师范大学校长办公室||school"));
  EXPECT_THAT(Orgs("会议由团中央书记处主持。"), ElementsAre("团中央书记处||party"));
  EXPECT_THAT(Orgs("李先生把车停在广元市长城宾馆的停车场内。"),
              ElementsAre("广元市长城宾馆||company"));
}

// "外交部长", "大学校长": an "X长" post shares its first character with the
// head, which then names no body; 长期 after a head is no post.
TEST(OrgExtractorTest, ContractedPostTitle) {
  EXPECT_THAT(Orgs("国务院副总理兼外交部长钱其琛会见了客人。"),
              ElementsAre("国务院||government"));
  EXPECT_THAT(Orgs("中国科学院院士、山东大学校长出席了会议。"),
              ElementsAre("中国科学院||association", "山东大学||school"));
  EXPECT_THAT(Orgs("北京协和医院长期开展义诊。"), ElementsAre("北京协和医院||hospital"));
}

// 代表 (on behalf of) starts a name; inside 代表大会 it does not.
TEST(OrgExtractorTest, OnBehalfOfStartsTheName) {
  EXPECT_THAT(Orgs("他代表中共中央、国务院向全国人民致以新年的祝贺。"),
              ElementsAre("中共中央||party", "国务院||government"));
  EXPECT_THAT(Orgs("全国人民代表大会常务委员会作出决定。"),
              ElementsAre("全国人民代表大会常务委员会||government"));
}

// A board or a headquarters hangs on a parent or a place; 部队 (troops)
// holds no head.
TEST(OrgExtractorTest, BoardsAndHeadquarters) {
  EXPECT_THAT(Orgs("泰国政府最近对京华银行董事会进行了改组。"),
              ElementsAre("泰国政府||government", "京华银行董事会||company"));
  EXPECT_THAT(Orgs("河北省抗震救灾指挥部连夜部署救灾工作。"),
              ElementsAre("河北省抗震救灾指挥部||other"));
  EXPECT_THAT(Orgs("团长赶赴灾区指挥部队抢险。"), IsEmpty());
}

// Abbreviated commissions and offices ("科委", "侨办") and departments or
// branches of a parent ("香港分社") are heads.
TEST(OrgExtractorTest, AbbreviatedCommissionsAndBranches) {
  EXPECT_THAT(Orgs("湖北省科委和国家体改委联合召开座谈会。"),
              ElementsAre("湖北省科委||government", "国家体改委||government"));
  EXPECT_THAT(Orgs("国务院侨办主任出席了招待会。"), ElementsAre("国务院侨办||government"));
  EXPECT_THAT(Orgs("当天，新华社香港分社举行酒会。"), ElementsAre("新华社香港分社||media"));
}

// A club or troupe needs a place or a parent; a bare head as the whole stem
// of a branch or board is no parent.
TEST(OrgExtractorTest, ClubsAndBareParents) {
  EXPECT_THAT(Orgs("上海申花足球俱乐部今天宣布了新赛季的主教练。"),
              ElementsAre("上海申花足球俱乐部||other"));
  EXPECT_THAT(Orgs("孩子们组建了游戏俱乐部。"), IsEmpty());
  EXPECT_THAT(Orgs("他到一家证券营业部开户。"), IsEmpty());
}

// 国家 and 中央 anchor a head of two or more characters like a place; a
// bare 国家 stem or a one-character head stays out. Teams need a place and
// are modifiers before a league. Sentences written for this test.
TEST(OrgExtractorTest, NationalBodiesAndTeams) {
  EXPECT_THAT(Orgs("国家技术监督局日前组织了抽查。"),
              ElementsAre("国家技术监督局||government"));
  EXPECT_THAT(Orgs("他入选了国家队。"), IsEmpty());
  EXPECT_THAT(Orgs("我们国家正处在转型期。"), IsEmpty());
  EXPECT_THAT(Orgs("他被选入国家集训队。"), IsEmpty());
  EXPECT_THAT(Orgs("辽宁女排以三比零战胜对手。"), ElementsAre("辽宁女排||other"));
  EXPECT_THAT(Orgs("全国男篮甲A联赛今天开幕。"), IsEmpty());
}

// 联合国 holds the boundary verb 联合; 现任 starts a name; a stem of
// generic words names a kind of institution.
TEST(OrgExtractorTest, KeepWordsAndInstitutions) {
  EXPECT_THAT(Orgs("伊拉克应与联合国特别委员会充分合作。"),
              ElementsAre("联合国特别委员会||government"));
  EXPECT_THAT(Orgs("现任东升居委会副主任的王女士说。"),
              ElementsAre("东升居委会||government"));
  EXPECT_THAT(Orgs("春节前向全市城乡敬老院送去了慰问品。"), IsEmpty());
}

// A one-character country abbreviation at the start of a word stands for its
// state before a government body; as a preposition (以 ... 为), after a date
// digit or as the start of a place (美国) it does not. Sentences written for
// this test.
TEST(OrgExtractorTest, CountryAbbreviationBeforeGovernment) {
  EXPECT_THAT(Orgs("分析人士认为，以政府很难在月底前拿出预算方案。"),
              ElementsAre("以政府||government"));
  EXPECT_THAT(Orgs("报道说，阿政府已经同意恢复谈判。"), ElementsAre("阿政府||government"));
  EXPECT_THAT(Orgs("当地报纸援引菲卫生部的统计说，疫情已经得到控制。"),
              ElementsAre("菲卫生部||government"));
  EXPECT_THAT(Orgs("这些项目以政府为主导，吸引社会资金参与。"), IsEmpty());
  EXPECT_THAT(Orgs("他认为美国会利用这次机会。"), IsEmpty());
}

// One-character verbs (受, 任, 代, 听) start a name; a gazetteer name whose
// last character begins a word (卫生部门) is none.
TEST(OrgExtractorTest, VerbBoundariesAndGazetteerTails) {
  EXPECT_THAT(Orgs("代表团受国务院委托前往灾区慰问。"),
              ElementsAre("国务院||government"));
  EXPECT_THAT(Orgs("一九九六年一月他任高邑县委书记。"), ElementsAre("高邑县委||party"));
  EXPECT_THAT(Orgs("各地卫生部门要加强食品安全检查。"), IsEmpty());
}

// 所, 科, 处 right after another head or a numeral are a pronoun or a
// classifier; a gazetteer name wins over an ambiguous head starting inside
// it (联合国|会费). Sentences written for this test.
TEST(OrgExtractorTest, OneCharacterHeadsAfterHeads) {
  EXPECT_THAT(Orgs("这些案件由朝阳区法院所审理。"), ElementsAre("朝阳区法院||government"));
  EXPECT_THAT(Orgs("北京两所大学的学生参加了活动。"), IsEmpty());
  EXPECT_THAT(Orgs("他在中国科协科普论坛上发言。"), ElementsAre("中国科协||association"));
  EXPECT_THAT(Orgs("美国缴纳联合国会费的比例不变。"), ElementsAre("联合国||other"));
  EXPECT_THAT(Orgs("他是山西省太原市农科所的研究员。"), ElementsAre("山西省太原市农科所||other"));
}

// 原 (former) is no part of the name; 中央 with a party department, a
// party's 中央, 驻 between two states and a single dash join a name; a
// county or city shaped like a place anchors a head. Sentences written for
// this test.
TEST(OrgExtractorTest, FormerCentreEmbassiesAndCounties) {
  EXPECT_THAT(Orgs("他曾任原中央民族学院副院长。"), ElementsAre("中央民族学院||school"));
  EXPECT_THAT(Orgs("中央宣传部召开座谈会。"), ElementsAre("中央宣传部||party"));
  EXPECT_THAT(Orgs("为增强中央政府的调控能力。"), IsEmpty());
  EXPECT_THAT(Orgs("民革中央主席出席了会议。"), ElementsAre("民革中央||party"));
  EXPECT_THAT(Orgs("中国驻南非大使馆举行招待会。"), ElementsAre("中国驻南非大使馆||government"));
  EXPECT_THAT(Orgs("这家公司与时代—沃纳公司合资。"), ElementsAre("时代—沃纳公司||company"));
  EXPECT_THAT(Orgs("偃师市工商局的职工赶到现场。"), ElementsAre("偃师市工商局||government"));
  EXPECT_THAT(Orgs("各省、自治区、直辖市公安厅制定办法。"), IsEmpty());
  EXPECT_THAT(Orgs("当前阿富汗局势十分复杂。"), IsEmpty());
}

TEST(OrgExtractorTest, EmptyAndGarbageInput) {
  EXPECT_THAT(Orgs(""), IsEmpty());
  EXPECT_THAT(Orgs("工会,,,公司。总工会"), IsEmpty());
  std::string long_text(20000, 'x');
  EXPECT_THAT(Orgs(long_text + "有限公司"), IsEmpty());
}

// --- Score on the seed pages against the gold --------------------------------

struct Score {
  int tp = 0, pred = 0, gold = 0;
};

// Each seed page as one article against the union of its gold organizations,
// matched by surface form (name or alias).  A floor that fails if the
// extractor regresses badly.
TEST(OrgExtractorTest, SeedPagesScore) {
  const std::optional<OrgExtractor> ex = test::MakeExtractor<OrgExtractor>();
  ASSERT_TRUE(ex.has_value());
  Score total;
  for (const char* d : test::kSeedFiles) {
    const std::string raw = test::ReadSeed(d);
    ASSERT_FALSE(raw.empty()) << d;
    const auto& n = text::Normalizer::Get();
    const test::OneArticle one(raw);
    const std::vector<Organization> pred = ex->Extract(one.article());

    // Gold organizations of the page, merged by name.
    std::vector<std::set<std::string>> gold;
    std::vector<std::string> gold_names;
    std::istringstream in(test::ReadGold(d));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line);
      for (const auto& o : j["organizations"]) {
        const std::string name = n.NormalizeString(o["name"].get<std::string>());
        size_t k = 0;
        while (k < gold_names.size() && gold_names[k] != name) ++k;
        if (k == gold_names.size()) {
          gold_names.push_back(name);
          gold.push_back({name});
        }
        for (const auto& a : o["aliases"]) gold[k].insert(n.NormalizeString(a.get<std::string>()));
      }
    }
    std::vector<bool> used(gold.size(), false);
    Score s;
    s.gold = static_cast<int>(gold.size());
    std::string fp;
    for (const Organization& o : pred) {
      ++s.pred;
      std::vector<std::string> forms = {n.NormalizeString(o.name)};
      for (const auto& a : o.aliases) forms.push_back(n.NormalizeString(a));
      bool hit = false;
      for (size_t k = 0; k < gold.size() && !hit; ++k) {
        if (used[k]) continue;
        for (const auto& f : forms) {
          if (gold[k].count(f)) hit = true;
        }
        if (hit) used[k] = true;
      }
      if (hit) {
        ++s.tp;
      } else {
        fp += " " + o.name + "(" + std::string(ToString(o.type)) + ")";
      }
    }
    std::string fn;
    for (size_t k = 0; k < gold.size(); ++k) {
      if (!used[k]) fn += " " + gold_names[k];
    }
    std::printf("%s: tp=%d pred=%d gold=%d\n  FP:%s\n  FN:%s\n", d, s.tp, s.pred,
                s.gold, fp.c_str(), fn.c_str());
    total.tp += s.tp;
    total.pred += s.pred;
    total.gold += s.gold;
  }
  const test::Prf score = test::Score(total.tp, total.pred, total.gold);
  std::printf("organizations: P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)\n", score.p, score.r,
              score.f1, total.tp, total.pred, total.gold);
  EXPECT_GE(score.f1, 0.70);
}

}  // namespace
}  // namespace tiqu::orgs
