// Copyright 2026 The tiqu Authors.
//
// Event extraction on headlines and leads of the seed pages.

#include "lib/events/event_extractor.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/normalized_text.h"
#include "lib/text/utf8.h"
#include "tests/test_util.h"

namespace tiqu::events {
namespace {

// One article: headline lines, an empty line, then the body.
class Article {
 public:
  Article(std::vector<std::string> headlines, int title_index, std::string body)
      : one_(Source(headlines, body)) {
    const std::string& t = one_.doc.text();
    size_t from = 0;
    for (const std::string& h : headlines) {
      std::string nh = text::Normalizer::Get().NormalizeString(h);
      size_t at = t.find(nh, from);
      one_.layout.headlines.push_back(Span{at, at + nh.size()});
      from = at + nh.size();
    }
    one_.layout.title_index = title_index;
    one_.layout.body = Span{from, t.size()};
  }

  // Norm span of the first occurrence of `s` at or after `from`.
  Span Find(const std::string& s, size_t from = 0) const {
    std::string ns = text::Normalizer::Get().NormalizeString(s);
    size_t at = one_.doc.text().find(ns, from);
    EXPECT_NE(at, std::string::npos) << s;
    return Span{at, at + ns.size()};
  }
  std::string At(const Span& s) const { return std::string(one_.doc.text(s)); }

  text::ArticleLayout& layout() { return one_.layout; }
  text::ArticleText Text() const { return one_.article(); }

 private:
  static std::string Source(const std::vector<std::string>& headlines, const std::string& body) {
    std::string s;
    for (const std::string& h : headlines) s += h + "\n\n";
    return s + body;
  }

  test::OneArticle one_;
};

class EventsTest : public ::testing::Test {
 protected:
  EventsTest()
      : lexicons_(lexicon::LexiconSet::Create({}).value()),
        ex_(EventExtractor::Create(lexicons_).value()) {}

  std::vector<Event> Run(const Article& a) const { return ex_.Extract(a.Text(), {}, {}, {}, {}); }

  lexicon::LexiconSet lexicons_;
  EventExtractor ex_;
};

// The guideline: a launch of a legal-service campaign is a launch, not a
// legal service, though both words are in the headline.
TEST_F(EventsTest, LaunchOfLegalServiceCampaignIsLaunch) {
  Article a({"北京市总工会“新业态 新职工 工会法律伴你行”法律服务专项工作启动 打造新就业形态劳动者“一小时”法律服务圈"},
            0,
            "本报讯 (记者 孙艳) 5月28日,由北京市总工会开展的“新业态 新职工 工会法律伴你行”"
            "法律服务专项工作启动。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, EventType::kLaunchCeremony);
  EXPECT_EQ(a.At(ev[0].trigger_span), "启动");
  EXPECT_EQ(ev[0].trigger_span.start, a.Find("启动").start);  // the headline's
  EXPECT_EQ(ev[1].type, EventType::kLegalService);  // what was launched
  EXPECT_EQ(ev[1].trigger_span, a.Find("法律服务"));
}

// A subtitle reporting its own happening is a secondary event.
TEST_F(EventsTest, SubtitleHappeningIsSecondary) {
  Article a({"石景山区总工会面向新就业形态劳动者开展专项法律服务", "万达广场商务楼宇基层劳动关系三方工作站启用"},
            0,
            "本报讯(记者 张晶)近日,石景山区总工会在万达广场商务楼宇基层劳动关系三方工作站开展"
            "“新就业 新职工 工会法律伴你行”专项法律服务活动。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, EventType::kLegalService);
  EXPECT_EQ(ev[0].trigger_span, a.Find("法律服务"));
  EXPECT_EQ(ev[1].type, EventType::kLaunchCeremony);
  EXPECT_EQ(a.At(ev[1].trigger_span), "启用");
}

// A headline names the item by its head noun: "帮扶产品大集" is a market,
// not a care service.
TEST_F(EventsTest, HeadlineHeadNounWins) {
  Article a({"北京住总集团工会举办帮扶产品大集"}, 0,
            "本报讯(记者 崔欣 通讯员 张慕群) 近日,北京住总集团机关工会联合金第公司工会举办"
            "助力乡村振兴帮扶产品大集活动,为职工送上慰问关怀。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kFairMarket);
  EXPECT_EQ(a.At(ev[0].trigger_span), "大集");
}

// The headline says 黑板报, the lead says what happened to it: 黑板报评比.
TEST_F(EventsTest, LeadCompoundMakesCompetition) {
  Article a({"主题黑板报宣讲安全知识"}, 0,
            "火灾防范警示、交通安全提醒、消防知识普及……近日,北京公交集团保修分公司十五车间工会"
            "围绕安全生产、消防安全、机电安全等组织开展了以“人人讲安全、个个会应急——畅通生命通道”"
            "为主题的安全月黑板报评比活动。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kCompetitionAward);
  EXPECT_EQ(a.At(ev[0].trigger_span), "评比");
}

// The headline sums up; the lead, which never repeats its event word,
// reports what happened: a reading session, a meeting.
TEST_F(EventsTest, LeadHappeningWinsOverUnechoedHeadline) {
  Article a({"海淀区政协工会界委员走进企业宣讲劳模精神"}, 0,
            "本报讯(记者赵思远)近日,由海淀区政协委员,区总工会党组书记、副主席孙金春带队,前往快手总部,"
            "参加由海淀区政协举办的“海淀政协·委员沙龙”读书分享会。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kMeeting);
  EXPECT_EQ(a.At(ev[0].trigger_span), "读书分享会");
}

// No trigger in the headline: the lead decides; a union's 成立大会 is
// union organizing, the unveiling (weight of a launch) is the main event.
TEST_F(EventsTest, LeadDecidesWhenHeadlineHasNoTrigger) {
  Article a({"建工修复项目部为职工打造“温暖小家”"}, 0,
            "本报讯（记者 边磊 通讯员 张璇）近日，北京建工修复公司三个重点项目部分别召开项目工会"
            "成立大会暨第一次会员大会，选举工会主席、工会委员，并举行了“职工小家”揭牌仪式。");
  std::vector<Event> ev = Run(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kLaunchCeremony);
  EXPECT_EQ(a.At(ev[0].trigger_span), "揭牌仪式");
}

TEST_F(EventsTest, UnionFoundingMeetingIsUnionOrganizing) {
  Article a({"平谷打造充满活力、坚强有力的工会组织"}, 0,
            "本报讯(记者 马超) 记者近日从平谷区总工会了解到,该区总工会不断创新建会工作思路和方法,"
            "工会组织覆盖面持续扩大。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kUnionOrganizing);
  EXPECT_EQ(a.At(ev[0].trigger_span), "建会");
}

// The guideline: an official's visit to a fair is an inspection visit, not
// the fair.  (The headline is the seed's 帮扶产品大集 item as an official's
// visit would be headlined.)
TEST_F(EventsTest, OfficialVisitToFairIsInspection) {
  Article a({"市总工会领导调研帮扶产品大集"}, 0,
            "本报讯(记者 崔欣 通讯员 张慕群) 近日,北京住总集团机关工会联合金第公司工会举办"
            "助力乡村振兴帮扶产品大集活动,为职工送上慰问关怀。");
  std::vector<Event> ev = Run(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kInspectionVisit);
  EXPECT_EQ(a.At(ev[0].trigger_span), "调研");
}

// A trigger shortly after a negation in its clause reports nothing that
// happened; "未来" is no negation.  (The seed's 健步行 lead, negated.)
TEST_F(EventsTest, NegatedTriggerIsNoEvent) {
  Article negated({}, -1, "受降雨影响,西城区金融街街道总工会未组织职工开展健步行活动。");
  EXPECT_THAT(Run(negated), ::testing::IsEmpty());
  Article future({}, -1, "未来健步行活动将利用周末时间开展。");
  std::vector<Event> ev = Run(future);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kSportsFitness);
}

// "迎“七一”" names the talk, it does not date it: the event's date is 近日.
TEST_F(EventsTest, OccasionDateIsNotWhen) {
  Article a({"劳模班话劳模"}, 0,
            "近日,东城区环境卫生服务中心开展“劳模班话劳模”“劳模对党说”迎“七一”宣讲活动。");
  DateMention recent;
  recent.span = a.Find("近日");
  recent.kind = DateKind::kRelative;
  recent.value = "PAST_REF";
  DateMention occasion;
  occasion.span = a.Find("七一");
  occasion.value = "2024-07-01";
  Organization centre;
  centre.name = "东城区环境卫生服务中心";
  centre.mentions = {a.Find("东城区环境卫生服务中心")};
  std::vector<Event> ev = ex_.Extract(a.Text(), {recent, occasion}, {}, {}, {centre});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kTrainingLecture);
  EXPECT_EQ(ev[0].date, "PAST_REF");
  EXPECT_THAT(ev[0].organizations, ::testing::ElementsAre("东城区环境卫生服务中心"));
  EXPECT_EQ(ev[0].location, "");
}

// "展示区" is a place at the fair, not a display event; "送上慰问" is.
TEST_F(EventsTest, NameSuffixBlocksTrigger) {
  Article a({}, -1, "活动现场还设置了产品展示区和品鉴区,让职工亲身体验到帮扶产品的特色。");
  std::vector<Event> ev = Run(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kCareService);
  EXPECT_EQ(a.At(ev[0].trigger_span), "帮扶");
}

// 运动 inside 运动水壶 is no sports event.
TEST_F(EventsTest, NoneEntryHidesTrigger) {
  Article a({}, -1, "为近8000名职工送去喷雾运动水壶、防晒棒球帽、速干运动毛巾等避暑用品。");
  EXPECT_THAT(Run(a), ::testing::IsEmpty());
}

// The kicker holds the trigger when the main headline has none; the frame
// comes from the lead: the visited company is the place, not an organizer;
// a person the lead cites without being there, or a reporter, is no
// participant; a meeting held in the body is a secondary event.
TEST_F(EventsTest, FrameAndSecondaryEvent) {
  Article a({"张良在小米公司调研工会工作时强调", "加快培养符合新质生产力要求的新型劳动者队伍"}, 1,
            "本报讯 (记者 宗晓畅) 为深入贯彻习近平总书记关于工人阶级和工会工作的重要论述,5月28日上午,"
            "北京市总工会党组书记、副主席张良率队赴小米科技有限责任公司调研,了解企业发展状况和"
            "工会工作情况。\n\n在座谈会上,小米公司党委常务副书记、工会主席施艳介绍了小米工会相关情况。");
  const size_t body = a.layout().body.start;
  a.layout().credits.push_back(text::Credit{a.Find("宗晓畅"), "记者", a.Find("记者")});

  DateMention duration;  // says no when: skipped for the event's date
  duration.span = a.Find("5月28日");
  duration.kind = DateKind::kDuration;
  duration.value = "P1D";
  DateMention date;
  date.span = a.Find("5月28日上午");
  date.value = "2024-05-28TMO";
  Organization union_org;
  union_org.name = "北京市总工会";
  union_org.mentions = {a.Find("北京市总工会", body)};
  Organization company;
  company.name = "小米科技有限责任公司";
  company.mentions = {a.Find("小米科技有限责任公司")};
  Organization later;  // named only outside the lead: not an organizer
  later.name = "小米公司";
  later.mentions = {a.Find("小米公司", body)};
  Person zhang;
  zhang.name = "张良";
  zhang.roles = {"党组书记", "副主席"};
  zhang.organization = "北京市总工会";
  zhang.mentions = {a.Find("张良"), a.Find("张良", body)};
  Person cited;
  cited.name = "习近平";
  cited.roles = {"总书记"};
  cited.mentions = {a.Find("习近平")};
  Person reporter;
  reporter.name = "宗晓畅";
  reporter.roles = {"记者"};
  reporter.mentions = {a.Find("宗晓畅")};

  std::vector<Event> ev = ex_.Extract(a.Text(), {duration, date}, {}, {zhang, cited, reporter},
                                      {company, union_org, later});
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].type, EventType::kInspectionVisit);
  EXPECT_EQ(ev[0].trigger_span, a.Find("调研"));
  EXPECT_EQ(ev[0].date, "2024-05-28TMO");
  EXPECT_THAT(ev[0].organizations, ::testing::ElementsAre("北京市总工会"));
  EXPECT_THAT(ev[0].persons, ::testing::ElementsAre("张良"));
  EXPECT_EQ(ev[0].location, "小米科技有限责任公司");
  EXPECT_EQ(ev[1].type, EventType::kMeeting);
  EXPECT_EQ(a.At(ev[1].trigger_span), "座谈会");
  EXPECT_EQ(ev[1].date, "2024-05-28TMO");  // held during the visit
}

// The taxonomy is data: a user file adds a trigger of its own and moves a
// built-in one to another type, key by key.
TEST(EventTaxonomyTest, UserFileExtendsAndOverrides) {
  const std::string path = ::testing::TempDir() + "/tiqu_events_user_triggers.tsv";
  {
    std::ofstream out(path);
    out << "# source: test, an invented taxonomy entry\n"
           "插秧\tother\t2\n"
           "联谊\tculture_arts\t2\n";
  }
  absl::StatusOr<lexicon::LexiconSet> lex = lexicon::LexiconSet::Create({{"event_triggers", path}});
  ASSERT_TRUE(lex.ok()) << lex.status();
  absl::StatusOr<EventExtractor> ex = EventExtractor::Create(*lex);
  ASSERT_TRUE(ex.ok()) << ex.status();

  Article planting({"职工插秧忙"}, 0, "近日,某区总工会组织职工开展插秧活动。");
  std::vector<Event> ev = ex->Extract(planting.Text(), {}, {}, {}, {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kOther);
  EXPECT_EQ(planting.At(ev[0].trigger_span), "插秧");

  Article mixer({"通武廊青年职工交流联谊活动举行"}, 0, "近日,通州区总工会举办联谊活动。");
  ev = ex->Extract(mixer.Text(), {}, {}, {}, {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, EventType::kCultureArts);
}

// A user file naming a type the taxonomy lacks is refused when the
// extractor is built, not silently ignored.
TEST(EventTaxonomyTest, UnknownTypeIsAnError) {
  const std::string path = ::testing::TempDir() + "/tiqu_events_bad_triggers.tsv";
  {
    std::ofstream out(path);
    out << "# source: test\n插秧\tfarming\t2\n";
  }
  absl::StatusOr<lexicon::LexiconSet> lex = lexicon::LexiconSet::Create({{"event_triggers", path}});
  ASSERT_TRUE(lex.ok()) << lex.status();
  absl::StatusOr<EventExtractor> ex = EventExtractor::Create(*lex);
  ASSERT_FALSE(ex.ok());
  EXPECT_THAT(std::string(ex.status().message()), ::testing::HasSubstr("farming"));
}

TEST_F(EventsTest, EmptyAndGarbageInput) {
  Article empty({}, -1, "");
  EXPECT_THAT(Run(empty), ::testing::IsEmpty());
  Article odd({"。。。"}, 5, "!!!\n\n???");
  EXPECT_THAT(Run(odd), ::testing::IsEmpty());
}

// Never crashes and keeps every span inside the text, whatever the layout
// and the other stages' mentions: windows of a real page cut at random code
// points, with random headline, body, date, count, person and organization
// spans over them.
TEST_F(EventsTest, RandomWindowsAndMentionsStayInBounds) {
  const std::string page = test::ReadSeed(test::kSeedFiles[0]);
  ASSERT_FALSE(page.empty());
  std::vector<size_t> starts;  // code point starts
  for (size_t i = 0; i < page.size(); ++i) {
    if (!text::IsTrailByte(page[i])) starts.push_back(i);
  }
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&state](size_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return n == 0 ? size_t{0} : static_cast<size_t>(state % n);
  };
  for (int round = 0; round < 300; ++round) {
    size_t a = starts[next(starts.size())];
    size_t b = starts[next(starts.size())];
    if (a > b) std::swap(a, b);
    b = std::min(b, a + 3000);
    while (b < page.size() && text::IsTrailByte(page[b])) ++b;
    test::OneArticle one(std::string_view(page).substr(a, b - a));
    const size_t n = one.doc.text().size();
    auto span = [&] {
      size_t x = next(n + 1);
      size_t y = next(n + 1);
      if (x > y) std::swap(x, y);
      return Span{x, y};
    };
    one.layout.headlines = {span(), span()};
    one.layout.title_index = static_cast<int>(next(4)) - 1;
    one.layout.body = span();
    DateMention d;
    d.span = span();
    d.kind = next(2) ? DateKind::kDate : DateKind::kRelative;
    d.value = "2024";
    Count c;
    c.span = span();
    c.category = next(2) ? CountCategory::kPeople : CountCategory::kGroups;
    Person p;
    p.name = "某";
    p.roles = {"主席"};
    p.mentions = {span(), span()};
    Organization o;
    o.name = "某工会";
    o.mentions = {span()};
    std::vector<Event> ev = ex_.Extract(one.article(), {d}, {c}, {p}, {o});
    for (const Event& e : ev) {
      EXPECT_LE(e.trigger_span.end, n);
      EXPECT_LE(e.trigger_span.start, e.trigger_span.end);
      EXPECT_LE(e.location.size(), n);
    }
  }
}

}  // namespace
}  // namespace tiqu::events

// --- Frames of the seed pages, through the whole library ----------------------
// The frames need every stage (dates, counts, persons, organizations), so
// these tests run tiqu::Extractor and build only where events_test links the
// whole library (tests/CMakeLists.txt defines TIQU_EVENTS_PIPELINE_TESTS
// there).  Expected frames are read off the articles by hand.
#ifdef TIQU_EVENTS_PIPELINE_TESTS

#include "tiqu/tiqu.h"

namespace tiqu::events {
namespace {

struct SeedFrame {
  const char* seed;   // file under seeds/
  const char* title;  // part of the article's title
  EventType type;
  const char* trigger;
  const char* date;
  std::vector<std::string> organizations;
  std::vector<std::string> persons;
  std::vector<std::string> participants;  // count texts
  const char* location;
};

// Reference dates of the seed pages: the gold files' headers.
absl::CivilDay ReferenceOf(std::string_view seed) {
  if (seed.substr(0, 3) == "000") return absl::CivilDay(2024, 5, 29);
  if (seed.substr(0, 3) == "001") return absl::CivilDay(2024, 6, 19);
  if (seed.substr(0, 3) == "002") return absl::CivilDay(2023, 6, 6);
  if (seed.substr(0, 3) == "003") return absl::CivilDay(2023, 4, 11);
  return absl::CivilDay(2024, 8, 20);
}

const std::vector<SeedFrame>& Frames() {
  static const auto* frames = new std::vector<SeedFrame>{
      // 率队赴X调研: the union leads, the company is where.
      {"000_839ec5b0349401bf.txt", "新质生产力", EventType::kInspectionVisit, "调研",
       "2024-05-28TMO", {"北京市总工会"}, {"张良"}, {}, "小米科技有限责任公司"},
      // Leaders who attend and speak, named after the lead sentence.
      {"000_839ec5b0349401bf.txt", "法律服务专项工作启动", EventType::kLaunchCeremony, "启动",
       "2024-05-28", {"北京市总工会"}, {"王君伟", "蒋文云"}, {}, ""},
      // 由A主办,B承办: both organize.
      {"000_839ec5b0349401bf.txt", "体验艺术减压", EventType::kCultureArts, "艺术", "PAST_REF",
       {"朝阳区医疗卫生工会", "朝阳区第三医院工会"}, {}, {}, ""},
      // Turnout in the lead paragraph; the venue named by its suffix.
      {"000_839ec5b0349401bf.txt", "健步行", EventType::kSportsFitness, "健步行", "PAST_REF",
       {"西城区金融街街道总工会"}, {}, {"80余名"}, "密云桃源仙谷景区"},
      {"000_839ec5b0349401bf.txt", "师资培训班", EventType::kTrainingLecture, "培训班", "PAST_REF",
       {"北京市总工会职工服务中心"}, {}, {"百余名"}, "北京富国海底世界"},
      {"000_839ec5b0349401bf.txt", "登山徒步", EventType::kSportsFitness, "登山", "PAST_REF",
       {"北京建城城乡集团开发公司"}, {}, {}, "百望山森林公园"},
      // "从平谷区总工会了解到,该区总工会…": the 该 clause's subject.
      {"001_4038e7d540f708d9.txt", "平谷", EventType::kUnionOrganizing, "建会", "PAST_REF",
       {"平谷区总工会"}, {}, {}, ""},
      // A联合B举办.
      {"001_4038e7d540f708d9.txt", "帮扶产品大集", EventType::kFairMarket, "大集", "PAST_REF",
       {"北京住总集团机关工会", "金第公司工会"}, {}, {}, ""},
      {"001_4038e7d540f708d9.txt", "黑板报", EventType::kCompetitionAward, "评比", "PAST_REF",
       {"北京公交集团保修分公司十五车间工会"}, {}, {}, ""},
      // 迎“七一” names the talk, it does not date it; the speakers have titles.
      {"001_4038e7d540f708d9.txt", "劳模班话劳模", EventType::kTrainingLecture, "宣讲", "PAST_REF",
       {"东城区环境卫生服务中心"}, {"方秋子", "刘清池", "李萌", "付晨"}, {}, ""},
      // The leader's union leads; the host holds it; 前往 X, is where.
      {"002_bf6422a9aff9c775.txt", "宣讲劳模精神", EventType::kMeeting, "读书分享会", "PAST_REF",
       {"海淀区总工会", "海淀区政协"}, {"孙金春"}, {}, "快手总部"},
      // 来到 a list of stations is no single place.
      {"002_bf6422a9aff9c775.txt", "爱心理发券", EventType::kCareService, "送爱心", "PAST_REF",
       {"东城区龙潭街道总工会"}, {}, {}, ""},
      {"002_bf6422a9aff9c775.txt", "大讨论", EventType::kMeeting, "大讨论", "PAST_REF",
       {"西城区天桥街道总工会"}, {"韩志杰"}, {"近30人"}, "该街道工会服务站"},
      // Groups take part too ("共有8组亲子家庭参与", next paragraph).
      {"002_bf6422a9aff9c775.txt", "亲子沟通", EventType::kCareService, "亲子", "PAST_REF",
       {"北京工商大学工会", "学校心理素质教育中心"}, {}, {"8组"}, "良乡教职工之家"},
      {"002_bf6422a9aff9c775.txt", "北京2022", EventType::kCultureArts, "观看", "PAST_REF",
       {"西城区陶然亭街道总工会"}, {}, {"60名"}, "首都电影院中华店"},
      // 于X举办; the turnout in the next paragraph, beside 徒步.
      {"002_bf6422a9aff9c775.txt", "健步走", EventType::kSportsFitness, "健步走", "PAST_REF",
       {"中关村科技园区怀柔园管理委员会工会联合会"}, {}, {"近百名"}, "琉璃庙镇白河湾栈道"},
      {"003_a1b402f6dd4e2485.txt", "建家", EventType::kMeeting, "工作会议",
       "2023-04-10", {"北京市总工会"}, {"张良"}, {}, ""},
      // The leader's last title is the organizer's (区总工会主席), not the
      // first (人大常委会副主任).
      {"003_a1b402f6dd4e2485.txt", "走访辖区企业", EventType::kInspectionVisit, "走访", "PAST_REF",
       {"怀柔区总工会"}, {"周福刚"}, {}, "北京奥康达体育产业股份有限公司"},
      {"003_a1b402f6dd4e2485.txt", "牵红线", EventType::kSocialMixer, "联谊", "PAST_REF",
       {"北京外资企业工会联合会"}, {}, {"150多名"}, "丰台区红松果体育中心"},
      // "召开2024年…推进会": the year is the meeting's name, 近日 its time.
      {"004_cf63c55d78c884c9.txt", "创新工作室", EventType::kMeeting, "推进会", "PAST_REF",
       {"朝阳区总工会"}, {}, {"200余人"}, ""},
      {"004_cf63c55d78c884c9.txt", "亲子科普", EventType::kTrainingLecture, "科普", "PAST_REF",
       {"北京住总集团工会"}, {}, {"16组"}, "住总集团技术开发中心"},
      {"004_cf63c55d78c884c9.txt", "专项法律服务", EventType::kLegalService, "法律服务", "PAST_REF",
       {"石景山区总工会"}, {}, {}, "万达广场商务楼宇基层劳动关系三方工作站"},
      // A联合B、C举办: three organizers; 在 inside a quoted name is no place.
      {"004_cf63c55d78c884c9.txt", "通武廊", EventType::kSocialMixer, "联谊", "PAST_REF",
       {"通州区总工会", "天津市武清区总工会", "河北省廊坊市总工会"}, {}, {"200多名"}, ""},
      {"004_cf63c55d78c884c9.txt", "权益工作会", EventType::kMeeting, "工作会", "PAST_REF",
       {"北京市延庆区总工会"}, {}, {"90余人"}, ""},
  };
  return *frames;
}

class SeedFrameTest : public ::testing::TestWithParam<size_t> {};

TEST_P(SeedFrameTest, MainEventFrame) {
  const SeedFrame& want = Frames()[GetParam()];
  Options options;
  options.reference_date = ReferenceOf(want.seed);
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(options);
  ASSERT_TRUE(ex.ok()) << ex.status();
  const std::string text = test::ReadSeed(want.seed);
  ASSERT_FALSE(text.empty()) << want.seed;
  absl::StatusOr<Document> doc = (*ex)->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  const tiqu::Article* article = nullptr;
  for (const tiqu::Article& a : doc->articles) {
    if (a.title.find(want.title) != std::string::npos) article = &a;
  }
  ASSERT_NE(article, nullptr) << want.title;
  ASSERT_FALSE(article->events.empty()) << want.title;
  const Event& e = article->events.front();
  EXPECT_EQ(e.type, want.type) << want.title;
  EXPECT_EQ(e.trigger, want.trigger) << want.title;
  EXPECT_EQ(text.substr(e.trigger_span.start, e.trigger_span.size()), want.trigger);
  EXPECT_EQ(e.date, want.date) << want.title;
  EXPECT_EQ(e.organizations, want.organizations) << want.title;
  EXPECT_EQ(e.persons, want.persons) << want.title;
  std::vector<std::string> participants;
  for (const Count& c : e.counts) participants.push_back(c.text);
  EXPECT_EQ(participants, want.participants) << want.title;
  EXPECT_EQ(e.location, want.location) << want.title;
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedFrameTest, ::testing::Range<size_t>(0, 24));

TEST(SeedFrameCountTest, EveryFrameIsTested) { EXPECT_EQ(Frames().size(), 24u); }

}  // namespace
}  // namespace tiqu::events

#endif  // TIQU_EVENTS_PIPELINE_TESTS
