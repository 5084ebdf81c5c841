// Copyright 2026 The tiqu Authors.
//
// Exact outputs of the date extractor on sentences of seeds/*.txt, plus the
// forms the guideline names that the seeds do not print (Chinese-numeral and
// ISO dates, holidays, parts of day, sets).

#include "lib/dates/date_extractor.h"

#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/normalized_text.h"
#include "tests/test_util.h"

namespace tiqu::dates {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// One mention as text|kind|value|mod, so a failure shows all of it at once.
std::string Show(const text::NormalizedText& doc, const DateMention& m) {
  const char* kind = m.kind == DateKind::kDate       ? "date"
                     : m.kind == DateKind::kDuration ? "duration"
                     : m.kind == DateKind::kSet      ? "set"
                                                     : "relative";
  std::string s = std::string(doc.OriginalText(m.span)) + "|" + kind + "|" + m.value;
  if (!m.mod.empty()) s += "|" + m.mod;
  return s;
}

class DatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    extractor_ = test::MakeExtractor<DateExtractor>();
    ASSERT_TRUE(extractor_.has_value());
  }

  std::vector<DateMention> Run(const std::string& sentence,
                               std::optional<absl::CivilDay> ref) {
    one_.emplace(sentence, ref);
    return extractor_->Extract(one_->article());
  }

  std::vector<std::string> Extract(const std::string& sentence,
                                   std::optional<absl::CivilDay> ref = absl::CivilDay(2024, 5, 29)) {
    std::vector<std::string> out;
    for (const DateMention& m : Run(sentence, ref)) out.push_back(Show(one_->doc, m));
    return out;
  }

  std::optional<DateExtractor> extractor_;
  std::optional<test::OneArticle> one_;  // the last sentence run
};

TEST_F(DatesTest, DayWithPartOfDayIsOneMention) {
  EXPECT_THAT(Extract("推动北京市工会十五大各项任务部署落实,5月28日上午,北京市总工会党组书记、"
                      "副主席张良率队赴小米科技有限责任公司调研"),
              ElementsAre("5月28日上午|date|2024-05-28TMO"));
}

TEST_F(DatesTest, DayRangeCoversTheDay) {
  const auto ms = Run("本报讯 (记者 孙艳) 5月28日,由北京市总工会开展的法律服务专项工作启动。",
                      absl::CivilDay(2024, 5, 29));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].value, "2024-05-28");
  ASSERT_TRUE(ms[0].range.has_value());
  EXPECT_EQ(ms[0].range->begin, absl::CivilDay(2024, 5, 28));
  EXPECT_EQ(ms[0].range->end, absl::CivilDay(2024, 5, 29));
}

TEST_F(DatesTest, PositionAndRelationMods) {
  // "十五大" is a congress name, not a number of days or years.
  EXPECT_THAT(Extract("他指出,5月初,北京市工会十五大召开。学习宣传贯彻北京市工会十五大精神是"
                      "全市工会系统当前和今后一个时期的重要政治任务。"),
              ElementsAre("5月初|date|2024-05|START", "当前|relative|PRESENT_REF",
                          "今后一个时期|relative|FUTURE_REF"));
  EXPECT_THAT(Extract("2024年底前,市、区两级工会依托包括三级服务体系、工会驿站、司机之家等在内的"
                      "工会服务职工载体,建立不少于30支法律服务团队"),
              ElementsAre("2024年底前|date|2024|BEFORE_END"));
  EXPECT_THAT(Extract("2022年以来,平谷区总工会联合区教委开展一系列以“劳动创造幸福”为主题的实践活动"),
              ElementsAre("2022年以来|date|2022|SINCE"));
}

TEST_F(DatesTest, YearRangeIsTheWholeYear) {
  const auto ms = Run("2022年以来,平谷区总工会联合区教委开展实践活动", std::nullopt);
  ASSERT_EQ(ms.size(), 1u);
  ASSERT_TRUE(ms[0].range.has_value());
  EXPECT_EQ(ms[0].range->begin, absl::CivilDay(2022, 1, 1));
  EXPECT_EQ(ms[0].range->end, absl::CivilDay(2023, 1, 1));
}

TEST_F(DatesTest, DurationsNeedAMarker) {
  // "五年来" and "今后五年" are spans of time; the bare "三年" of a campaign
  // name ("三年行动") is neither a date nor a duration.
  EXPECT_THAT(Extract("北京市工会十五大工作报告明确了今后五年全市工会工作主要任务"),
              ElementsAre("今后五年|duration|P5Y"));
  EXPECT_THAT(Extract("五年来,平谷区共召开职工沟通会1260余场,企业沟通会845场。截至目前,"
                      "全区已建立工会组织1199家"),
              ElementsAre("五年来|duration|P5Y", "截至目前|relative|PRESENT_REF"));
  EXPECT_THAT(Extract("推动工资集体协商覆盖面不断扩大,五年以来该区工资专项合同签订率保持95%以上。"),
              ElementsAre("五年以来|duration|P5Y"));
  EXPECT_THAT(Extract("在为期4天的考试中,近千名首都职工志愿者会陪在大家身旁"),
              ElementsAre("为期4天|duration|P4D"));
  EXPECT_THAT(Extract("开展非公企业工会建设三年行动、“小三级”工会建设三年行动"), IsEmpty());
}

TEST_F(DatesTest, OrdinalsNamesAndPhoneNumbersAreNotDates) {
  EXPECT_THAT(Extract("这也是北京工会连续第9年开展“暖心伴考”活动。9年间,从区级工会率先发动"),
              ElementsAre("9年间|duration|P9Y"));
  EXPECT_THAT(Extract("北京市总工会职工心理咨询热线(4000151123、4000251123)还为高考考生及家长"
                      "提供专业化的心理疏导服务"),
              IsEmpty());
  EXPECT_THAT(Extract("组织60名工会会员,来到首都电影院中华店观看冬奥会官方电影《北京2022》,"
                      "重温冬奥精神。"),
              IsEmpty());
  EXPECT_THAT(Extract("构建“1234”工作格局,深入学习贯彻党的二十大精神"), IsEmpty());
  EXPECT_THAT(Extract("蒋文云对《北京市总工会2023年推进两新组织工会工作要点》起草情况进行说明。"),
              IsEmpty());
  // "未来" as the object of a verb is "the future", not a time of the text.
  EXPECT_THAT(Extract("继承和发扬追求卓越、共创未来的北京冬奥精神。未来,街道总工会还将开展活动。"),
              ElementsAre("未来|relative|FUTURE_REF"));
}

TEST_F(DatesTest, SetsAndYears) {
  EXPECT_THAT(Extract("一年一度的高考大幕即将拉开,“暖心伴考”首都职工志愿服务系列活动也如期而至。"
                      "今年的“暖心伴考”活动再次升级服务内容",
                      absl::CivilDay(2023, 6, 6)),
              ElementsAre("一年一度|set|P1Y", "今年|date|2023"));
  EXPECT_THAT(Extract("总结2022年工作情况,部署2023年重点任务。", absl::CivilDay(2023, 4, 11)),
              ElementsAre("2022年|date|2022", "2023年|date|2023"));
}

TEST_F(DatesTest, SeasonsAndHalves) {
  EXPECT_THAT(Extract("今年暑期,中关村科学城总工会及各基层工会积极行动", absl::CivilDay(2024, 8, 20)),
              ElementsAre("今年暑期|date|2024-SU"));
  EXPECT_THAT(Extract("会议总结交流上半年工会权益工作,部署当前和今后一个时期有关工作。",
                      absl::CivilDay(2024, 8, 20)),
              ElementsAre("上半年|date|2024-H1", "当前|relative|PRESENT_REF",
                          "今后一个时期|relative|FUTURE_REF"));
}

TEST_F(DatesTest, HolidaysNeedQuotesOrAHolidayWord) {
  EXPECT_THAT(Extract("“六一”儿童节前后,他们将结合各自实际情况,在本单位中组织开展亲子关系心理团体辅导活动"),
              ElementsAre("“六一”儿童节前后|date|2024-06-01|APPROX"));
  EXPECT_THAT(Extract("开展“劳模班话劳模”“劳模对党说”迎“七一”宣讲活动。"),
              ElementsAre("“七一”|date|2024-07-01"));
  // Unquoted, the short numeric names are parts of other names.
  EXPECT_THAT(Extract("2023年全国五一劳动奖章获得者、北京快手科技有限公司副总裁宋婷婷",
                      absl::CivilDay(2023, 6, 6)),
              ElementsAre("2023年|date|2023"));
  EXPECT_THAT(Extract("时传祥所三八女子掏粪班班长李萌"), IsEmpty());
  EXPECT_THAT(Extract("国庆节期间,职工们走上街头。"), ElementsAre("国庆节|date|2024-10-01"));
}

TEST_F(DatesTest, LunarHolidaysFollowTheChineseCalendar) {
  // 2024's Dragon Boat Festival (lunar 5-5) fell on 10 June, 2023's on 22 June.
  EXPECT_THAT(Extract("端午节前夕,工会为职工送上粽子。"),
              ElementsAre("端午节前夕|date|2024-06-10|BEFORE"));
  EXPECT_THAT(Extract("端午节前夕,工会为职工送上粽子。", absl::CivilDay(2023, 6, 6)),
              ElementsAre("端午节前夕|date|2023-06-22|BEFORE"));
  EXPECT_THAT(Extract("2024年春节期间,工会开展慰问活动。", std::nullopt),
              ElementsAre("2024年春节|date|2024-02-10"));
}

TEST_F(DatesTest, AnchoredDaysTakeTheArticlesDate) {
  // Without a date of its own the article cannot say which day "当日" is.
  EXPECT_THAT(Extract("近日,西城区金融街街道总工会组织职工开展健步行活动。活动当日,密云桃源仙谷景区内"
                      "彩旗飘飘,活动利用周末时间开展"),
              ElementsAre("近日|relative|PAST_REF", "当日|date|XXXX-XX-XX",
                          "周末|date|XXXX-WXX-WE"));
  EXPECT_THAT(Extract("4月10日,北京市总工会召开会议。当天下午,与会人员参观了职工之家。",
                      absl::CivilDay(2023, 4, 11)),
              ElementsAre("4月10日|date|2023-04-10", "当天下午|date|2023-04-10TAF"));
}

TEST_F(DatesTest, ChineseNumeralAndIsoDates) {
  EXPECT_THAT(Extract("二〇二四年五月二十八日,大会在京召开。"), ElementsAre("二〇二四年五月二十八日|date|2024-05-28"));
  EXPECT_THAT(Extract("发布时间:2022-06-22 09:44 来源:中工网"),
              ElementsAre("2022-06-22 09:44|date|2022-06-22T09:44"));
  EXPECT_THAT(Extract("《工人日报》(2023年10月25日 02版)"), ElementsAre("2023年10月25日|date|2023-10-25"));
  EXPECT_THAT(Extract("活动将于2024/5/28和2024.6.1举行"),
              ElementsAre("2024/5/28|date|2024-05-28", "2024.6.1|date|2024-06-01"));
  EXPECT_THAT(Extract("7月中旬以来,全市持续高温。"), ElementsAre("7月中旬以来|date|2024-07|SINCE_MID"));
  EXPECT_THAT(Extract("条例从6月1日起施行。"), ElementsAre("6月1日起|date|2024-06-01|ON_OR_AFTER"));
  // A part of day alone belongs to the day the article last named.
  EXPECT_THAT(Extract("5月28日上午,张良率队调研;下午3时30分,召开座谈会。"),
              ElementsAre("5月28日上午|date|2024-05-28TMO", "下午3时30分|date|2024-05-28T15:30"));
  EXPECT_THAT(Extract("下午3时30分,召开座谈会。"), ElementsAre("下午3时30分|date|XXXX-XX-XXT15:30"));
}

TEST_F(DatesTest, YearlessDatesTakeTheClosestYear) {
  // Read on 5 January, "12月28日" is last December.
  EXPECT_THAT(Extract("12月28日,活动举行。", absl::CivilDay(2024, 1, 5)),
              ElementsAre("12月28日|date|2023-12-28"));
  EXPECT_THAT(Extract("12月28日,活动举行。", std::nullopt), ElementsAre("12月28日|date|XXXX-12-28"));
  // A bare day takes the month mentioned before it.
  EXPECT_THAT(Extract("5月20日,活动启动;28日,活动闭幕。"),
              ElementsAre("5月20日|date|2024-05-20", "28日|date|2024-05-28"));
}

TEST_F(DatesTest, LeapDays) {
  EXPECT_THAT(Extract("2024年2月29日,活动举行。"), ElementsAre("2024年2月29日|date|2024-02-29"));
  // 2023 has no 29 February: the month stays, the impossible day goes.
  EXPECT_THAT(Extract("2023年2月29日,活动举行。"), ElementsAre("2023年2月29日|date|2023-02"));
  // A year-less 29 February takes the nearest year that has one.
  EXPECT_THAT(Extract("2月29日,活动举行。", absl::CivilDay(2025, 1, 10)),
              ElementsAre("2月29日|date|2024-02-29"));
  // "29日" read in February 2023 is the nearest month with a 29th.
  EXPECT_THAT(Extract("29日,活动举行。", absl::CivilDay(2023, 2, 10)),
              ElementsAre("29日|date|2023-01-29"));
}

TEST_F(DatesTest, YearBoundaries) {
  EXPECT_THAT(Extract("12月31日,活动举行。", absl::CivilDay(2024, 1, 3)),
              ElementsAre("12月31日|date|2023-12-31"));
  EXPECT_THAT(Extract("1月2日,活动举行。", absl::CivilDay(2023, 12, 30)),
              ElementsAre("1月2日|date|2024-01-02"));
  EXPECT_THAT(Extract("上月,全市开展检查。", absl::CivilDay(2024, 1, 15)),
              ElementsAre("上月|date|2023-12"));
  // 30 December 2024 is a Monday: next week's Wednesday is in 2025.
  EXPECT_THAT(Extract("下周三,工会将召开会议。", absl::CivilDay(2024, 12, 30)),
              ElementsAre("下周三|date|2025-01-08"));
  EXPECT_THAT(Extract("3天后,工会将召开会议。", absl::CivilDay(2024, 12, 30)),
              ElementsAre("3天后|date|2025-01-02"));
  // Tense words overrule the closest year.
  EXPECT_THAT(Extract("12月28日将举行年会。", absl::CivilDay(2024, 1, 5)),
              ElementsAre("12月28日|date|2024-12-28"));
  EXPECT_THAT(Extract("工会已于1月10日开展慰问。", absl::CivilDay(2023, 12, 30)),
              ElementsAre("1月10日|date|2023-01-10"));
  EXPECT_THAT(Extract("12月30日至1月2日,工会开展慰问。", absl::CivilDay(2024, 12, 20)),
              ElementsAre("12月30日至1月2日|date|2024-12-30/2025-01-02"));
}

TEST_F(DatesTest, LunarHolidaysInThreeYears) {
  // Computed with ICU's Chinese calendar, never tabulated.
  EXPECT_THAT(Extract("2023年春节、2024年春节和2025年春节", std::nullopt),
              ElementsAre("2023年春节|date|2023-01-22", "2024年春节|date|2024-02-10",
                          "2025年春节|date|2025-01-29"));
  EXPECT_THAT(Extract("中秋节期间,工会走访慰问。", absl::CivilDay(2023, 9, 1)),
              ElementsAre("中秋节|date|2023-09-29"));
  EXPECT_THAT(Extract("中秋节期间,工会走访慰问。", absl::CivilDay(2024, 9, 1)),
              ElementsAre("中秋节|date|2024-09-17"));
  EXPECT_THAT(Extract("中秋节期间,工会走访慰问。", absl::CivilDay(2025, 9, 1)),
              ElementsAre("中秋节|date|2025-10-06"));
  EXPECT_THAT(Extract("除夕当天,志愿者仍在岗位上。", absl::CivilDay(2024, 2, 1)),
              ElementsAre("除夕|date|2024-02-09", "当天|date|2024-02-09"));
  EXPECT_THAT(Extract("农历2015年十月初一", std::nullopt),
              ElementsAre("农历2015年十月初一|date|2015-11-12"));
  EXPECT_THAT(Extract("正月初八,企业陆续复工。", absl::CivilDay(2024, 2, 1)),
              ElementsAre("正月初八|date|2024-02-17"));
  // Solar terms by the century formula.
  EXPECT_THAT(Extract("清明节前后,工会组织祭扫。", absl::CivilDay(2023, 3, 20)),
              ElementsAre("清明节前后|date|2023-04-05|APPROX"));
  EXPECT_THAT(Extract("清明节前后,工会组织祭扫。", absl::CivilDay(2024, 3, 20)),
              ElementsAre("清明节前后|date|2024-04-04|APPROX"));
  EXPECT_THAT(Extract("冬至这天,工会为职工送饺子。", absl::CivilDay(2024, 12, 1)),
              ElementsAre("冬至|date|2024-12-21"));
}

TEST_F(DatesTest, RangesAreOneMention) {
  const auto ms = Run("5月28日至30日,培训班在京举办。", absl::CivilDay(2024, 5, 20));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].value, "2024-05-28/2024-05-30");
  ASSERT_TRUE(ms[0].range.has_value());
  EXPECT_EQ(ms[0].range->begin, absl::CivilDay(2024, 5, 28));
  EXPECT_EQ(ms[0].range->end, absl::CivilDay(2024, 5, 31));
  EXPECT_THAT(Extract("5月28日—6月3日,展览对外开放。"),
              ElementsAre("5月28日—6月3日|date|2024-05-28/2024-06-03"));
  EXPECT_THAT(Extract("2023年至2024年,全市新建职工之家120家。"),
              ElementsAre("2023年至2024年|date|2023/2024"));
  EXPECT_THAT(Extract("5月28日15时至17时,现场开放咨询。"),
              ElementsAre("5月28日15时至17时|date|2024-05-28T15:00/2024-05-28T17:00"));
}

TEST_F(DatesTest, ClockTimes) {
  EXPECT_THAT(Extract("当天8时许,志愿者就已到岗。", absl::CivilDay(2024, 6, 7)),
              ElementsAre("当天8时许|date|XXXX-XX-XXT08:00|APPROX"));
  EXPECT_THAT(Extract("6月7日下午3点半,考试结束。"), ElementsAre("6月7日下午3点半|date|2024-06-07T15:30"));
  EXPECT_THAT(Extract("6月7日晚,工会举办联欢活动。"), ElementsAre("6月7日晚|date|2024-06-07TEV"));
  // Points of a list and line numbers are not times or days.
  EXPECT_THAT(Extract("他提出三点意见。乘坐地铁3号线到达12号楼。"), IsEmpty());
}

TEST_F(DatesTest, RelativeWeeksAndDays) {
  // 29 May 2024 is a Wednesday.
  EXPECT_THAT(Extract("下周三,工会将召开会议;本周,各区工会开展检查;上周末,职工参加活动。"),
              ElementsAre("下周三|date|2024-06-05", "本周|date|2024-W22", "上周末|date|2024-W21-WE"));
  EXPECT_THAT(Extract("大前天,活动在京举行。"), ElementsAre("大前天|date|2024-05-26"));
  EXPECT_THAT(Extract("5年前,这里还是一片荒地。"), ElementsAre("5年前|date|2019-05-29"));
}

TEST_F(DatesTest, MoreDurations) {
  EXPECT_THAT(Extract("项目历时3个多月完成。"), ElementsAre("历时3个多月|duration|P3M"));
  EXPECT_THAT(Extract("项目建设用了半年。他工作了两周,一年来共服务职工300人次。"),
              ElementsAre("半年|duration|P0.5Y", "两周|duration|P2W", "一年来|duration|P1Y"));
  EXPECT_THAT(Extract("还剩8天20小时。"), ElementsAre("8天20小时|duration|P8DT20H"));
  // An anniversary is not a length of time.
  EXPECT_THAT(Extract("今年是工会成立十周年。", absl::CivilDay(2024, 5, 29)), ElementsAre("今年|date|2024"));
}

TEST_F(DatesTest, PartsOfTheYearAndDecades) {
  EXPECT_THAT(Extract("今年前三季度,全市工会共走访职工1.2万人次。", absl::CivilDay(2024, 10, 20)),
              ElementsAre("今年前三季度|date|2024-Q1/2024-Q3"));
  EXPECT_THAT(Extract("2024年前5个月,全市新增会员2万人。"),
              ElementsAre("2024年前5个月|date|2024-01/2024-05"));
  EXPECT_THAT(Extract("上世纪90年代,他进入工厂工作。"), ElementsAre("上世纪90年代|date|199"));
  EXPECT_THAT(Extract("2024年12月31日或之前提交材料。"),
              ElementsAre("2024年12月31日或之前|date|2024-12-31|ON_OR_BEFORE"));
}


// The forms the issue names, one sentence each (reference 2024-05-29).
TEST_F(DatesTest, IssueForms) {
  EXPECT_THAT(Extract("1998年１月,他进厂工作。"), ElementsAre("1998年１月|date|1998-01"));
  EXPECT_THAT(Extract("今年5月,全市开展检查。"), ElementsAre("今年5月|date|2024-05"));
  EXPECT_THAT(Extract("去年同期增长5%。"), ElementsAre("去年同期|date|2023"));
  EXPECT_THAT(Extract("6月上旬至中旬,工会开展活动。"),
              ElementsAre("6月上旬|date|2024-06|START", "中旬|date|2024-06|MID"));
  EXPECT_THAT(Extract("月底前完成。年初以来,工会走访职工。年中,工会召开会议。"),
              ElementsAre("月底前|date|2024-05|BEFORE_END", "年初以来|date|2024|SINCE_START",
                          "年中|date|2024|MID"));
  EXPECT_THAT(Extract("寒假期间,工会开展活动。今年春季,"),
              ElementsAre("寒假|date|2024-WI", "今年春季|date|2024-SP"));
  EXPECT_THAT(Extract("日前,工会召开会议。连日来,志愿者坚守岗位。"),
              ElementsAre("日前|relative|PAST_REF", "连日来|relative|PAST_REF"));
  EXPECT_THAT(Extract("每天,志愿者都会到岗。"), ElementsAre("每天|set|P1D"));
  EXPECT_THAT(Extract("元旦前夕,工会走访慰问。"), ElementsAre("元旦前夕|date|2024-01-01|BEFORE"));
  EXPECT_THAT(Extract("“八一”建军节前夕"), ElementsAre("“八一”建军节前夕|date|2024-08-01|BEFORE"));
  EXPECT_THAT(Extract("教师节当天,工会慰问教师。"),
              ElementsAre("教师节|date|2024-09-10", "当天|date|2024-09-10"));
  EXPECT_THAT(Extract("三八妇女节期间,工会开展活动。"), ElementsAre("三八妇女节|date|2024-03-08"));
  EXPECT_THAT(Extract("七夕节当天,工会举办联谊活动。"),
              ElementsAre("七夕节|date|2024-08-10", "当天|date|2024-08-10"));
  EXPECT_THAT(Extract("重阳节前夕,工会看望老人。"), ElementsAre("重阳节前夕|date|2024-10-11|BEFORE"));
  EXPECT_THAT(Extract("腊八节当天,工会送粥。"),
              ElementsAre("腊八节|date|2024-01-18", "当天|date|2024-01-18"));
  EXPECT_THAT(Extract("活动持续两个小时左右。"), ElementsAre("持续两个小时左右|duration|PT2H|APPROX"));
  EXPECT_THAT(Extract("下午3时左右,活动结束。"), ElementsAre("下午3时左右|date|XXXX-XX-XXT15:00|APPROX"));
  EXPECT_THAT(Extract("9:30,活动开始。晚上7点,晚会开始。凌晨2时许,火情被扑灭。"),
              ElementsAre("9:30|date|XXXX-XX-XXT09:30", "晚上7点|date|XXXX-XX-XXT19:00",
                          "凌晨2时许|date|XXXX-XX-XXT02:00|APPROX"));
  EXPECT_THAT(Extract("傍晚时分,职工下班。夜间施工。中午12点,午餐开始。"),
              ElementsAre("傍晚|date|XXXX-XX-XXTEV", "夜间|date|XXXX-XX-XXTNI",
                          "中午12点|date|XXXX-XX-XXT12:00"));
  EXPECT_THAT(Extract("2022年6月22日9时44分"), ElementsAre("2022年6月22日9时44分|date|2022-06-22T09:44"));
  EXPECT_THAT(Extract("近一年来,工会服务职工。"), ElementsAre("近一年来|duration|P1Y"));
  EXPECT_THAT(Extract("两周后,工会将召开会议。"), ElementsAre("两周后|date|2024-06-12"));
  EXPECT_THAT(Extract("明年起,政策实施。"), ElementsAre("明年起|date|2025|ON_OR_AFTER"));
  EXPECT_THAT(Extract("2018年前半年,本月下半月"),
              ElementsAre("2018年前半年|date|2018-H1", "本月下半月|date|2024-05|END"));
}

TEST_F(DatesTest, DiscourseMarkersAreNotDates) {
  EXPECT_THAT(Extract("下一步,区总工会将认真学习贯彻大会精神。随后,老师带领职工进行团扇制作。"
                      "同时,改善和提升人际沟通的能力。“以后我会付出更多耐心。”前期,职工服务中心邀请专家"),
              IsEmpty());
  EXPECT_THAT(Extract("春节假日前,工会走访职工。"), ElementsAre("春节|date|2024-02-10"));
}

TEST_F(DatesTest, InferReferenceDate) {
  auto infer = [&](const std::string& s) {
    const test::OneArticle one(s);
    return extractor_->InferReferenceDate(one.doc, one.layout.span);
  };
  // A year alone dates the year-less day mentioned with it.
  EXPECT_EQ(infer("4月10日,北京市总工会召开会议,总结2022年工作情况,部署2023年重点任务。"),
            absl::CivilDay(2023, 4, 10));
  EXPECT_EQ(infer("(2023年10月25日 02版) 近日,2022年的工作"), absl::CivilDay(2023, 10, 25));
  // "以来" looks back from an unknown later year.
  EXPECT_EQ(infer("2022年以来,平谷区总工会开展实践活动"), std::nullopt);
  EXPECT_EQ(infer("近日,职工们参加活动。"), std::nullopt);
}

// Random sequences of the pieces dates are made of: every span lies inside
// the text, on code point boundaries, in order and without overlap.
TEST_F(DatesTest, RandomPiecesGiveWellFormedSpans) {
  static const char* const kPieces[] = {
      "2024", "年", "5", "月", "28", "日", "号", "至", "到", "-", "—", "和", "之间", "前", "后", "以来",
      "起", "或之前", "初", "中旬", "底", "上午", "晚", "早", "点", "时", "分", "秒", "半", "刻", "许",
      "大约", "农历", "正月", "初一", "腊月", "大年", "三十", "十", "二〇", "零", "一", "两", "个",
      "多", "周", "星期", "礼拜", "下", "上上", "这个", "末", "世纪", "年代", "上世纪", "第", "前三",
      "季度", "天", "小时", "分钟", "又", "为期", "近", "今年", "去年", "同期", "春节", "“", "”", "六一",
      "清明", "冬至", "母亲节", "每周", "9:30", ":", "12", "《", "》", "\n", ",", "。", "将", "已",
      "自从", "截至", "的", " ", "\xE4", "\xFF", "\x80"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + next() % 24;
    for (int k = 0; k < n; ++k) text += kPieces[next() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    const auto ms = Run(text, round % 3 == 0 ? std::nullopt
                                             : std::optional<absl::CivilDay>(absl::CivilDay(2024, 1 + round % 12, 1 + round % 28)));
    const std::string& norm = one_->doc.text();
    size_t last_end = 0;
    for (const DateMention& m : ms) {
      ASSERT_LE(m.span.end, norm.size()) << text;
      ASSERT_LT(m.span.start, m.span.end) << text;
      ASSERT_GE(m.span.start, last_end) << text;
      ASSERT_NE(static_cast<unsigned char>(norm[m.span.start]) & 0xC0, 0x80u) << text;
      last_end = m.span.end;
      if (m.range) {
        ASSERT_LT(m.range->begin, m.range->end) << text << " " << m.value;
      }
    }
  }
}

TEST_F(DatesTest, NeverCrashes) {
  EXPECT_THAT(Extract(""), IsEmpty());
  EXPECT_THAT(Extract("年月日"), IsEmpty());
  std::string garbage;
  for (int i = 0; i < 2000; ++i) garbage += i % 3 ? "二〇" : "年前后9:";
  Extract(garbage);
  Extract(std::string(100000, '9'));
}

}  // namespace
}  // namespace tiqu::dates
