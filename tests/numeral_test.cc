// Copyright 2026 The tiqu Authors.

#include "lib/numbers/numeral.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "gtest/gtest.h"

namespace tiqu::numbers {
namespace {

struct Case {
  std::string input;
  double value;
  std::string consumed;  // the prefix the numeral spans
  bool chinese;
  bool digit_string;
};

class NumeralPrefixTest : public testing::TestWithParam<Case> {};

TEST_P(NumeralPrefixTest, ReadsPrefix) {
  const Case& c = GetParam();
  const auto n = ParseNumeralPrefix(c.input);
  ASSERT_TRUE(n.has_value()) << c.input;
  EXPECT_DOUBLE_EQ(n->value, c.value) << c.input;
  EXPECT_EQ(c.input.substr(0, n->length), c.consumed) << c.input;
  EXPECT_EQ(n->chinese, c.chinese) << c.input;
  EXPECT_EQ(n->digit_string, c.digit_string) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, NumeralPrefixTest,
    testing::Values(
        // Arabic, from the seeds ("为1925名职工挽回经济损失6700余万元").
        Case{"1925名职工", 1925, "1925", false, true},
        Case{"6700余万元", 6700, "6700", false, true},
        Case{"27家企业", 27, "27", false, true},
        Case{"1,925名", 1925, "1,925", false, false},
        Case{"12,345,678元", 12345678, "12,345,678", false, false},
        // A comma not followed by exactly three digits is a list separator.
        Case{"1,2名", 1, "1", false, false},
        Case{"1,2345", 1, "1", false, false},
        Case{"6.8万人", 68000, "6.8万", true, false},
        Case{"6.8%", 6.8, "6.8", false, false},
        // A second dot makes it a date: only the integer is a numeral.
        Case{"2024.5.28", 2024, "2024", false, true},
        Case{"3亿5千万元", 350000000, "3亿5千万", true, false},
        Case{"5千万", 50000000, "5千万", true, false},
        Case{"1.2亿元", 120000000, "1.2亿", true, false},
        // "1万5" is no standard form: the trailing 5 is left alone.
        Case{"1万5", 10000, "1万", true, false},
        // Chinese numerals.
        Case{"一千五百三十二人", 1532, "一千五百三十二", true, false},
        Case{"两百名", 200, "两百", true, false},
        Case{"两家", 2, "两", true, false},
        Case{"十五个", 15, "十五", true, false},
        Case{"二十名", 20, "二十", true, false},
        Case{"十几名", 10, "十", true, false},
        Case{"一百零五", 105, "一百零五", true, false},
        Case{"一千零一十", 1010, "一千零一十", true, false},
        Case{"一万五", 15000, "一万五", true, false},
        Case{"一万零五", 10005, "一万零五", true, false},
        Case{"三千五", 3500, "三千五", true, false},
        Case{"两百五十", 250, "两百五十", true, false},
        Case{"百余名", 100, "百", true, false},
        Case{"千余人", 1000, "千", true, false},
        Case{"十万", 100000, "十万", true, false},
        Case{"一万亿", 1e12, "一万亿", true, false},
        Case{"三亿五千万", 350000000, "三亿五千万", true, false},
        Case{"廿五", 25, "廿五", true, false},
        Case{"卅", 30, "卅", true, false},
        // Digit strings are years or codes, read digit by digit.
        Case{"二〇二四年", 2024, "二〇二四", true, true},
        Case{"二零二四年", 2024, "二零二四", true, true},
        Case{"2024年", 2024, "2024", false, true},
        Case{"一", 1, "一", true, false},
        // Financial numerals; alone they are everyday characters.
        Case{"壹仟零伍拾元", 1050, "壹仟零伍拾", true, false},
        Case{"叁万元", 30000, "叁万", true, false},
        Case{"一万零十二", 10012, "一万零十二", true, false},
        Case{"3万4000", 34000, "3万4000", true, false},
        Case{"3万400", 30000, "3万", true, false},
        Case{"六点八万人", 68000, "六点八万", true, false},
        // A clock time is not a decimal.
        Case{"三点五十分", 3, "三", true, false},
        Case{"8", 8, "8", false, false}));

TEST(NumeralPrefixTest, RejectsNonNumerals) {
  for (const char* s : {"", "万", "亿", "万一", "名", "abc", "第9年", "几", "陆续", "伍先生",
                        "\xE4", "\xE4\xB8", ",925", ".5"}) {
    EXPECT_FALSE(ParseNumeralPrefix(s).has_value()) << s;
  }
}

TEST(NumeralTest, WholeText) {
  EXPECT_EQ(ParseNumeral("6.8万"), 68000);
  EXPECT_EQ(ParseNumeral("一千五百"), 1500);
  EXPECT_FALSE(ParseNumeral("6700余万").has_value());
  EXPECT_FALSE(ParseNumeral("").has_value());
}

TEST(NumeralPrefixTest, NeverOverrunsGarbage) {
  // Long runs of numeral characters stay bounded and in range.
  std::string many;
  for (int i = 0; i < 500; ++i) many += "一十";
  const auto n = ParseNumeralPrefix(many);
  ASSERT_TRUE(n.has_value());
  EXPECT_LE(n->length, many.size());
  const std::string digits(1000, '9');
  const auto d = ParseNumeralPrefix(digits);
  ASSERT_TRUE(d.has_value());
  EXPECT_LE(d->length, digits.size());
}

// The forms only quantities use, one by one, with exact values.
struct Extended {
  std::string input;
  double value;
  std::string consumed;
  bool more_than = false;
  bool fraction = false;
};

class NumberPrefixTest : public testing::TestWithParam<Extended> {};

TEST_P(NumberPrefixTest, ReadsPrefix) {
  const Extended& c = GetParam();
  NumberForms all;
  all.sign = all.scientific = all.fraction = all.loose = all.dozen = true;
  const auto n = ParseNumberPrefix(c.input, all);
  ASSERT_TRUE(n.has_value()) << c.input;
  EXPECT_NEAR(n->value, c.value, 1e-9 * std::max(1.0, std::fabs(c.value))) << c.input;
  EXPECT_EQ(c.input.substr(0, n->length), c.consumed) << c.input;
  EXPECT_EQ(n->more_than, c.more_than) << c.input;
  EXPECT_EQ(n->fraction, c.fraction) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, NumberPrefixTest,
    testing::Values(
        // abbreviated places and 兆 inside a numeral
        Extended{"一万五", 15000, "一万五"}, Extended{"三千五百人", 3500, "三千五百"},
        Extended{"五兆六十二亿四万五千二", 5006200045200, "五兆六十二亿四万五千二"},
        Extended{"五十兆字节", 50, "五十"},  // 兆 before a unit is mega-: the unit's
        // 万万: once after a figure, never alone or three times
        Extended{"四万万同胞", 4e8, "四万万"}, Extended{"一万万万", 1e8, "一万万"},
        // Chinese decimals anywhere, not with 两 after 点
        Extended{"十点二三三", 10.233, "十点二三三"}, Extended{"两百点两", 200, "两百"},
        Extended{"四百亿点零五", 40000000000.05, "四百亿点零五"},
        // arabic after the gap marker 零
        Extended{"1千零20", 1020, "1千零20"}, Extended{"2千零30万", 20300000, "2千零30万"},
        // signs, exponents, powers, k/M
        Extended{"负32", -32, "负32"}, Extended{"-2.5 M", -2500000, "-2.5 M"},
        Extended{"2e5", 200000, "2e5"}, Extended{"2^-1", 0.5, "2^-1"},
        Extended{"40k", 40000, "40k"}, Extended{"5kg", 5, "5"},
        // fractions
        Extended{"三分之一", 1.0 / 3, "三分之一", false, true},
        Extended{"三百五又三分之一", 350 + 1.0 / 3, "三百五又三分之一", false, true},
        Extended{"3/5", 0.6, "3/5", false, true}, Extended{"1 4/3", 1 + 4.0 / 3, "1 4/3", false, true},
        Extended{"负3分之负一百五十七", 157.0 / 3, "负3分之负一百五十七", false, true},
        Extended{"二分之", 2, "二"},
        // loose figure before the multiplier
        Extended{"十余万", 100000, "十余万", true}, Extended{"一百零几万", 1000000, "一百零几万", true},
        Extended{"三十万多亿", 3e13, "三十万多亿", true}, Extended{"四百多", 400, "四百"},
        // dozens, half a hundred, financial numerals
        Extended{"五十打", 600, "五十打"}, Extended{"半百", 50, "半百"},
        Extended{"壹打", 12, "壹打"}, Extended{"俩千两百", 2200, "俩千两百"}, Extended{"十万柒仟捌佰伍拾肆", 107854, "十万柒仟捌佰伍拾肆"}));

TEST(NumberPrefixTest, NoNumber) {
  NumberForms all;
  all.sign = all.scientific = all.fraction = all.loose = all.dozen = true;
  // percent markers, lone financial characters, 万万 alone, overflow
  for (const char* s : {"百分之五", "千分之五", "万万", "陆地", "伍", "1e999", "万"}) {
    const auto n = ParseNumberPrefix(s, all);
    EXPECT_TRUE(!n.has_value() || n->length == 0 || std::string(s) == "1e999") << s;
  }
  const auto big = ParseNumberPrefix("1e999", all);
  ASSERT_TRUE(big.has_value());  // the exponent is refused, the 1 stays
  EXPECT_EQ(big->value, 1);
  EXPECT_EQ(big->length, 1u);
}

TEST(NumeralPrefixTest, DatesReadAsBefore) {
  // The date stage's parser keeps its narrower reading.
  EXPECT_EQ(ParseNumeralPrefix("四万万")->length, std::string("四万").size());
  EXPECT_EQ(ParseNumeralPrefix("十点二")->length, std::string("十").size());
  EXPECT_FALSE(ParseNumeralPrefix("五兆六十二亿").has_value() &&
               ParseNumeralPrefix("五兆六十二亿")->length > 3);
  // 两 after a place is the weight unit, not a figure: "三十两".
  EXPECT_EQ(ParseNumeralPrefix("三十两")->value, 30);
  EXPECT_EQ(ParseNumeralPrefix("两两")->length, std::string("两").size());
}

}  // namespace
}  // namespace tiqu::numbers
