// Copyright 2026 The tiqu Authors.

#include "lib/counts/count_extractor.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "lib/numbers/numeral.h"
#include "lib/numbers/range.h"
#include "lib/text/normalized_text.h"
#include "re2/re2.h"
#include "tests/test_util.h"

namespace tiqu::counts {
namespace {

// What a count looks like once the pipeline has filled `text`.
struct Flat {
  std::string text;
  double value;
  std::string approx;
  std::string unit;
  std::string counted;
  std::string category;

  friend bool operator==(const Flat& a, const Flat& b) {
    return a.text == b.text && a.value == b.value && a.approx == b.approx &&
           a.unit == b.unit && a.counted == b.counted && a.category == b.category;
  }
  friend std::ostream& operator<<(std::ostream& os, const Flat& f) {
    return os << "{" << f.text << ", " << f.value << ", " << f.approx << ", " << f.unit
              << ", " << f.counted << ", " << f.category << "}";
  }
};

class CountsTest : public testing::Test {
 protected:
  static const CountExtractor& Extractor() {
    static const CountExtractor* x =
        new CountExtractor(test::MakeExtractor<CountExtractor>().value());
    return *x;
  }

  // Counts of `sentence` read as one article with no dates given.
  static std::vector<Flat> Run(const std::string& sentence,
                               const std::vector<DateMention>& dates = {}) {
    const test::OneArticle one(sentence);
    std::vector<Flat> out;
    for (const Count& c : Extractor().Extract(one.article(), dates)) {
      out.push_back({std::string(one.doc.OriginalText(c.span)), c.value,
                     std::string(ToString(c.approx)), c.unit, c.counted,
                     std::string(ToString(c.category))});
    }
    return out;
  }

  static std::vector<std::string> Texts(const std::string& sentence) {
    std::vector<std::string> out;
    for (const Flat& f : Run(sentence)) out.push_back(f.text);
    return out;
  }
};

using V = std::vector<Flat>;
using S = std::vector<std::string>;

TEST_F(CountsTest, OrganizationsAndPeopleThroughDe) {
  EXPECT_EQ(Run("活动以“守护心灵 筑梦未来”为主题,吸引了27家企业的80余名职工参加。"),
            (V{{"27家", 27, "exact", "家", "企业", "organizations"},
               {"80余名", 80, "more_than", "名", "职工", "people"}}));
}

TEST_F(CountsTest, MultiplierAfterQualifier) {
  // 余 stands between the number and 万: 6700余万元 is 67,000,000 元.
  EXPECT_EQ(Run("成功调解劳动争议案件1546件,为1925名职工挽回经济损失6700余万元,"
                "为2万余名职工提供法律服务。"),
            // The noun before the number is the counted one; 案件 are events.
            (V{{"1546件", 1546, "exact", "件", "劳动争议案件", "events"},
               {"1925名", 1925, "exact", "名", "职工", "people"},
               {"6700余万元", 67000000, "more_than", "元", "", "money"},
               {"2万余名", 20000, "more_than", "名", "职工", "people"}}));
}

TEST_F(CountsTest, QualifiersBeforeAndAfter) {
  EXPECT_EQ(Run("2024年底前,市、区两级工会依托包括三级服务体系,建立不少于30支法律服务团队,"
                "提供法律服务不少于1万人次。"),
            (V{{"不少于30支", 30, "at_least", "支", "法律服务团队", "groups"},
               // 法律服务 before the qualifier is what is counted.
               {"不少于1万人次", 10000, "at_least", "人次", "法律服务", "people"}}));
  EXPECT_EQ(Run("工资专项合同签订率保持95%以上。"),
            (V{{"95%以上", 95, "at_least", "%", "", "percent"}}));
  EXPECT_EQ(Run("在距离北京3000公里以外的若羌县"),
            (V{{"3000公里以外", 3000, "more_than", "公里", "", "length"}}));
  EXPECT_EQ(Run("在为期4天的考试中,近千名首都职工志愿者"),
            (V{{"近千名", 1000, "approx", "名", "首都职工志愿者", "people"}}));
  EXPECT_EQ(Run("沿途约4.5公里的徒步路线"),
            (V{{"约4.5公里", 4.5, "approx", "公里", "", "length"}}));
}

// The issue's number forms, each as a count with its exact value.
TEST_F(CountsTest, EveryNumberForm) {
  EXPECT_EQ(Run("为1，925名职工,１９２５名,1.92万名,3亿5千万元,1万余名,二十余人,廿五人,"
                "一千五百三十二人,两百名,一万五千名,6.5公里,-"),
            (V{{"1，925名", 1925, "exact", "名", "职工", "people"},
               {"１９２５名", 1925, "exact", "名", "", "people"},
               {"1.92万名", 19200, "exact", "名", "", "people"},
               {"3亿5千万元", 350000000, "exact", "元", "", "money"},
               {"1万余名", 10000, "more_than", "名", "", "people"},
               {"二十余人", 20, "more_than", "人", "", "people"},
               {"廿五人", 25, "exact", "人", "", "people"},
               {"一千五百三十二人", 1532, "exact", "人", "", "people"},
               {"两百名", 200, "exact", "名", "", "people"},
               {"一万五千名", 15000, "exact", "名", "", "people"},
               {"6.5公里", 6.5, "exact", "公里", "", "length"}}));
}

TEST_F(CountsTest, MoreQualifiers) {
  EXPECT_EQ(Run("每批最多20人,超300家企业,少于5项"),
            (V{{"最多20人", 20, "at_most", "人", "", "people"},
               {"超300家", 300, "more_than", "家", "企业", "organizations"},
               {"少于5项", 5, "less_than", "项", "", "items"}}));
}

TEST_F(CountsTest, ThresholdHasNoCountedNoun) {
  EXPECT_EQ(Run("其中百人以上企业工会235家"),
            (V{{"百人以上", 100, "at_least", "人", "", "people"},
               {"235家", 235, "exact", "家", "企业工会", "organizations"}}));
}

TEST_F(CountsTest, OmittedClassifier) {
  EXPECT_EQ(Run("来自全市百余基层单位的百余名工会干部"),
            (V{{"百余", 100, "more_than", "", "基层单位", "organizations"},
               {"百余名", 100, "more_than", "名", "工会干部", "people"}}));
}

TEST_F(CountsTest, GenericClassifierTakesNounCategory) {
  EXPECT_EQ(Run("全市16个区及河北迁安"),
            (V{{"16个", 16, "exact", "个", "区", "other"}}));
  EXPECT_EQ(Run("西城总工会成立8个慰问组,走访25家企业"),
            (V{{"8个", 8, "exact", "个", "慰问组", "groups"},
               {"25家", 25, "exact", "家", "企业", "organizations"}}));
  EXPECT_EQ(Run("将工作细化为14个项目、31条具体措施"),
            (V{{"14个", 14, "exact", "个", "项目", "items"},
               {"31条", 31, "exact", "条", "具体措施", "items"}}));
  EXPECT_EQ(Run("提供四大类10余项服务"),
            (V{{"四大类", 4, "exact", "类", "", "items"},
               {"10余项", 10, "more_than", "项", "服务", "items"}}));
}

TEST_F(CountsTest, ChineseNumeralsAndMore) {
  EXPECT_EQ(Run("西门子等二十多家单位150多名青年职工参加活动。"),
            (V{{"二十多家", 20, "more_than", "家", "单位", "organizations"},
               {"150多名", 150, "more_than", "名", "青年职工", "people"}}));
  EXPECT_EQ(Run("会员总数达6.8万人。"), (V{{"6.8万人", 68000, "exact", "人", "会员", "people"}}));
  EXPECT_EQ(Texts("两期活动共有27组职工家庭参与"), (S{"两期", "27组"}));
  EXPECT_EQ(Texts("吸引十几家企业参加"), (S{"十几家"}));
}

TEST_F(CountsTest, Exclusions) {
  // Indefinite 一, reduplication, 一行.
  EXPECT_EQ(Texts("把职工身体健康作为一项重要工作,贡献了自己的一份力量"), S{});
  EXPECT_EQ(Texts("开展一系列活动,张良一行首先来到,绘制出一幅幅生动形象的画面,一盏盏"), S{});
  // Ordinals, levels, slogans, names.
  EXPECT_EQ(Texts("京工会连续第9年开展活动,第六十七期读书会,朝阳区第三医院"), S{});
  EXPECT_EQ(Texts("市、区两级工会依托三级服务体系和二级单位"), S{});
  EXPECT_EQ(Texts("构建“1234”工作格局,创作“四小”新媒体作品,提升“两个覆盖”水平"), S{});
  EXPECT_EQ(Texts("推进两新组织工会工作,北京市工会十五大精神,党的二十大"), S{});
  // Dates and durations, even with no date spans given.
  EXPECT_EQ(Texts("5月28日上午,五年来,2024年底前,为期4天,9年间,“一小时”法律服务圈"), S{});
  // Phone numbers, codes, indefinite numbers.
  EXPECT_EQ(Texts("热线(4000151123、4000251123),体验小米SU7,几十项定制服务,数十名"), S{});
  // Not 近 of 附近.
  EXPECT_EQ(Texts("附近3家企业"), (S{"3家"}));
  // The digit after an old-style decimal point is no number of its own.
  EXPECT_EQ(Texts("覆盖率达86·7%"), S{});
}

TEST_F(CountsTest, IndefinitenessIsJudgedNextToTheNumber) {
  // 数 of 人数 is no "数十": the count stands.
  EXPECT_EQ(Run("旅游入境人数约5400万人次"),
            (V{{"约5400万人次", 54000000, "approx", "人次", "", "people"}}));
  EXPECT_EQ(Texts("已逮捕了数百名,会员人数6000人"), (S{"6000人"}));
}

TEST_F(CountsTest, NumbersInsideDatesAreSkipped) {
  // The dates stage may claim spans the counts reader would misread.
  const std::string s = "2024年5月28日当天举办两场活动";
  DateMention d;
  d.span = {0, std::string("2024年5月28日").size()};
  EXPECT_EQ(Texts(s), (S{"两场"}));
  const auto got = Run(s, {d});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "两场");
  DateMention all;
  all.span = {0, s.size()};
  EXPECT_TRUE(Run(s, {all}).empty());
}

// Shares: every form gives the percent figure, unit "%" unless written
// otherwise.  (The seeds have only "95%以上"; the other sentences are news
// phrasings of the issue's forms.)
TEST_F(CountsTest, PercentForms) {
  EXPECT_EQ(Run("工资专项合同签订率保持95%以上。"),
            (V{{"95%以上", 95, "at_least", "%", "", "percent"}}));
  EXPECT_EQ(Run("百分之九十五的职工参加了体检"),
            (V{{"百分之九十五", 95, "exact", "%", "职工", "percent"}}));
  EXPECT_EQ(Run("事故率下降千分之五"), (V{{"千分之五", 0.5, "exact", "%", "", "percent"}}));
  EXPECT_EQ(Run("出生率为5‰"), (V{{"5‰", 0.5, "exact", "‰", "", "percent"}}));
  EXPECT_EQ(Run("约三成企业建立了工会"),
            (V{{"约三成", 30, "approx", "成", "企业", "percent"}}));
  EXPECT_EQ(Run("全场商品九折,增速回落2.4个百分点"),
            (V{{"九折", 90, "exact", "折", "", "percent"},
               {"2.4个百分点", 2.4, "exact", "个百分点", "", "percent"}}));
  EXPECT_EQ(Run("增速为-3.9%"), (V{{"-3.9%", -3.9, "exact", "%", "", "percent"}}));
  const auto third = Run("三分之一的职工");
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].text, "三分之一");
  EXPECT_NEAR(third[0].value, 100.0 / 3, 1e-9);
  EXPECT_EQ(third[0].unit, "%");
  // "十折" is no discount; "一成不变" is an idiom; 成立 and 折合 are words.
  EXPECT_EQ(Texts("十折,一成不变"), S{});
  EXPECT_EQ(Texts("公司于2016成立,1美元折合7元人民币"), (S{"1美元", "7元人民币"}));
  EXPECT_EQ(Texts("打破城乡二元结构,坚持一元化领导,三元素"), S{});
}

TEST_F(CountsTest, RangesCarryUpperBound) {
  const test::OneArticle one("招募10至20名志愿者,三四十人参加,10—15家企业,七八百名职工");
  const auto got = Extractor().Extract(one.article(), {});
  ASSERT_EQ(got.size(), 4u);
  const std::vector<std::tuple<std::string, double, double, std::string>> want = {
      {"10至20名", 10, 20, "志愿者"}, {"三四十人", 30, 40, ""},
      {"10—15家", 10, 15, "企业"}, {"七八百名", 700, 800, "职工"}};
  for (size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(std::string(one.doc.OriginalText(got[k].span)), std::get<0>(want[k]));
    EXPECT_EQ(got[k].value, std::get<1>(want[k]));
    ASSERT_TRUE(got[k].value_max.has_value()) << std::get<0>(want[k]);
    EXPECT_EQ(*got[k].value_max, std::get<2>(want[k]));
    EXPECT_EQ(got[k].counted, std::get<3>(want[k]));
  }
  // A date-like "2024-05" and a descending pair are no ranges.
  EXPECT_EQ(Texts("20至10名"), (S{"10名"}));
}

TEST_F(CountsTest, MeasuresAndMoney) {
  // 一 before a measure is a quantity; 千 opens 千米 after arabic figures.
  EXPECT_EQ(Run("缴获近一吨,全长12千米"),
            (V{{"近一吨", 1, "approx", "吨", "", "other"},
               {"12千米", 12, "exact", "千米", "", "length"}}));
  EXPECT_EQ(Run("每斤3元5角,一吨半"),
            (V{{"3元5角", 3.5, "exact", "元", "", "money"},
               {"一吨半", 1.5, "exact", "吨", "", "other"}}));
  EXPECT_EQ(Run("融资8亿元人民币,约1.5万亿元"),
            (V{{"8亿元人民币", 8e8, "exact", "元", "", "money"},
               {"约1.5万亿元", 1.5e12, "approx", "元", "", "money"}}));
  EXPECT_EQ(Run("三千两百两"), (V{{"三千两百两", 3200, "exact", "两", "", "other"}}));
  EXPECT_EQ(Run("补贴人民币50元,售价两美元又三美分"),
            (V{{"人民币50元", 50, "exact", "元", "", "money"},
               {"两美元又三美分", 2.03, "exact", "美元", "", "money"}}));
  // "一两个月": 两 is no weight before a classifier or time unit.
  EXPECT_EQ(Texts("用一两个月,一两天,写上一两句"), S{});
  // Adverbs and idioms: 一度 (once), 一波三折, 多半; 七两卷 is two volumes.
  EXPECT_EQ(Texts("指数一度跌破,工作一波三折,多半成了,全书的六、七两卷"), S{});
  // A score is no count; 半成品 is no 半成.
  EXPECT_EQ(Texts("3∶2两胜对手,一些半成品"), S{});
}

TEST_F(CountsTest, CountedNounBeforeTheNumber) {
  EXPECT_EQ(Run("五年来,平谷区共召开职工沟通会1260余场,企业沟通会845场。"),
            (V{{"1260余场", 1260, "more_than", "场", "职工沟通会", "events"},
               {"845场", 845, "exact", "场", "企业沟通会", "events"}}));
  // The noun right after a count is that count's, not the next one's.
  EXPECT_EQ(Run("评议内容有20个方面70多项"),
            (V{{"20个", 20, "exact", "个", "方面", "other"},
               {"70多项", 70, "more_than", "项", "", "items"}}));
  EXPECT_EQ(Run("截至目前,全区已建立工会组织1199家"),
            (V{{"1199家", 1199, "exact", "家", "工会组织", "organizations"}}));
}

TEST_F(CountsTest, OverflowAndMalformedNumbersGiveNothing) {
  // A stray 万万, a third 万, 亿亿, 30 digits times 万亿: no count, never a
  // wrong value.
  EXPECT_EQ(Texts("万万人,万万元"), S{});
  EXPECT_EQ(Run("四万万同胞"), (V{}));  // no unit: not a count
  EXPECT_EQ(Run("四万万人"), (V{{"四万万人", 4e8, "exact", "人", "", "people"}}));
  EXPECT_EQ(Texts("一万万万人"), S{});
  EXPECT_EQ(Texts(std::string(30, '9') + "万亿元"), S{});
  EXPECT_EQ(Texts("九千亿亿元"), S{});
  EXPECT_EQ(Texts("1e999元"), S{});
  // URL-encoded text is no percentage.
  EXPECT_EQ(Texts("search?q=30%25%2020%"), S{});
}

// Random strings over the characters the number grammar reacts to: every
// count has a finite value inside the guard, a span inside the text, and the
// parsers stay inside their input.
TEST_F(CountsTest, RandomNumberGarbageIsSafe) {
  const std::vector<std::string> pieces = {
      "一", "二", "两", "三", "十", "百", "千", "万", "亿", "兆", "零", "点", "余", "多", "几",
      "分之", "百分之", "又", "负", "-", "$", "¥", "%", "成", "折", "至", "到", "—", "半", "打",
      "9", "0", ".", ",", "e", "^", "k", "/", " ", "名", "元", "千米", "个百分点", "人民币",
      "美元", "美分", "角", "第", "的", "职工", "以上", "约", "不少于", "壹", "俩", "\xE4"};
  std::mt19937 rng(20261121);
  numbers::NumberForms all;
  all.sign = all.scientific = all.fraction = all.loose = all.dozen = all.lone_financial = true;
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    const int len = 1 + static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    const auto num = numbers::ParseNumberPrefix(s, all);
    if (num) {
      EXPECT_LE(num->length, s.size()) << s;
      EXPECT_TRUE(std::isfinite(num->value)) << s;
    }
    const auto range = numbers::ParseRangePrefix(s);
    if (range) {
      EXPECT_LE(range->length, s.size()) << s;
    }
    if (!text::ValidateUtf8(s).ok()) continue;
    const test::OneArticle one(s);
    for (const Count& c : Extractor().Extract(one.article(), {})) {
      EXPECT_LE(c.span.end, one.doc.text().size()) << s;
      EXPECT_LT(c.span.start, c.span.end) << s;
      EXPECT_TRUE(std::isfinite(c.value) && std::fabs(c.value) < 1e16) << s;
    }
  }
}

// Found by fuzz_counts: a fraction-like "折" inside an ill-formed number
// ran a position past the end of the text.  Every count's span stays inside.
TEST_F(CountsTest, FuzzRegressionDiscountAtTheEnd) {
  const std::string input = "1@0\xE5\xAF\xB9\xE6\x8A\x98" "2\xE4\x9C\x88" "3\xE6\x88\x90" "2";
  for (const Flat& f : Run(input)) EXPECT_NE(input.find(f.text), std::string::npos) << f.text;
}

TEST_F(CountsTest, NeverFailsOnGarbage) {
  EXPECT_TRUE(Run("").empty());
  Run(std::string("\xE4\xB8", 2));
  Run("余万元以上名个大");
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "一十百千万亿余多几,";
  Run(many);
  std::string digits(5000, '9');
  Run(digits + "名");
}

// ---------------------------------------------------------------------------
// The seeds against their gold: the set of distinct count texts per document.

struct GoldCount {
  double value;
  std::string approx;
  std::string unit;
  std::string of;
};

std::map<std::string, GoldCount> GoldCounts(const std::string& jsonl) {
  static const RE2 kCount(
      R"re("text": "([^"]*)", "value": ([0-9.]+), "approx": "(\w+)", "unit": (?:null|"([^"]*)"), "of": (?:null|"([^"]*)"))re");
  std::map<std::string, GoldCount> out;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    const size_t at = line.find("\"counts\": [");
    if (at == std::string::npos) continue;
    const size_t close = line.find(']', at);
    re2::StringPiece rest(line.data() + at, (close == std::string::npos ? line.size() : close) - at);
    std::string text, value, approx, unit, of;
    while (RE2::FindAndConsume(&rest, kCount, &text, &value, &approx, &unit, &of)) {
      out[text] = {std::stod(value), approx, unit, of};
    }
  }
  return out;
}

TEST_F(CountsTest, SeedsAgainstGold) {
  int tp = 0, fp = 0, fn = 0, attr_ok = 0, of_ok = 0;
  for (const char* seed : test::kSeedFiles) {
    const std::string raw = test::ReadSeed(seed);
    const auto gold = GoldCounts(test::ReadGold(seed));
    ASSERT_FALSE(raw.empty()) << seed;
    ASSERT_FALSE(gold.empty()) << seed;
    const test::OneArticle one(raw);
    std::map<std::string, Count> got;
    for (const Count& c : Extractor().Extract(one.article(), {})) {
      got.emplace(std::string(one.doc.OriginalText(c.span)), c);
    }
    for (const auto& [text, c] : got) {
      auto g = gold.find(text);
      if (g == gold.end()) {
        ++fp;
        std::printf("  FP %s: %s\n", seed, text.c_str());
        continue;
      }
      ++tp;
      // The counted noun: equal, or one inside the other (gold keeps
      // modifiers and lists the extractor may leave out).
      if (g->second.of == c.counted ||
          (!c.counted.empty() && !g->second.of.empty() &&
           (g->second.of.find(c.counted) != std::string::npos ||
            c.counted.find(g->second.of) != std::string::npos))) {
        ++of_ok;
      }
      const bool ok = std::fabs(g->second.value - c.value) < 1e-6 &&
                      g->second.approx == ToString(c.approx) && g->second.unit == c.unit;
      if (ok) {
        ++attr_ok;
      } else {
        std::printf("  ATTR %s: %s -> %g %s %s (gold %g %s %s)\n", seed, text.c_str(), c.value,
                    std::string(ToString(c.approx)).c_str(), c.unit.c_str(), g->second.value,
                    g->second.approx.c_str(), g->second.unit.c_str());
      }
    }
    for (const auto& [text, g] : gold) {
      if (got.count(text) == 0) {
        ++fn;
        std::printf("  FN %s: %s\n", seed, text.c_str());
      }
    }
  }
  const test::Prf s = test::Score(tp, tp + fp, tp + fn);
  std::printf("counts on seeds: P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d), value/unit/approx "
              "accuracy %.3f, counted noun agrees %.3f\n",
              s.p, s.r, s.f1, tp, fp, fn, tp ? static_cast<double>(attr_ok) / tp : 0.0,
              tp ? static_cast<double>(of_ok) / tp : 0.0);
  // A floor below the measured figure: a regression, not a target.
  EXPECT_GE(s.f1, 0.9);
  EXPECT_GE(tp ? static_cast<double>(attr_ok) / tp : 0.0, 0.95);
  EXPECT_GE(tp ? static_cast<double>(of_ok) / tp : 0.0, 0.8);
}

}  // namespace
}  // namespace tiqu::counts
