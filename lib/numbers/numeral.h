// Copyright 2026 The tiqu Authors.
//
// The one numeral parser that counts and dates share.
//
// Reads a number written in any of the ways Chinese news prints one:
// arabic digits with thousands separators and decimals ("1,925", "6.8"),
// Chinese numerals ("一千五百三十二", "二〇二四", "两百", "十几", "廿"), and
// mixed forms with a multiplier ("6.8万", "6700余万" is read as 6700 then
// "余万" is the caller's business, "3亿5千万").  Input is normalized text
// (NFKC: digits are ASCII).

#ifndef TIQU_LIB_NUMBERS_NUMERAL_H_
#define TIQU_LIB_NUMBERS_NUMERAL_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace tiqu::numbers {

struct Numeral {
  double value = 0;
  size_t length = 0;         // bytes of the input it spans
  bool chinese = false;      // written (at least partly) in Chinese numerals
  bool digit_string = false; // read digit by digit ("二〇二四", "2024"): a year or code, not a quantity
};

// The longest numeral at the start of `text`, or nullopt if `text` does not
// start with one.
std::optional<Numeral> ParseNumeralPrefix(std::string_view text);

// The whole of `text` as one numeral, or nullopt.
std::optional<double> ParseNumeral(std::string_view text);

// The forms a general quantity may take beyond ParseNumeralPrefix's (which
// dates use as is).  Each is off by default.
struct NumberForms {
  bool sign = false;        // "负32", "-10000"
  bool scientific = false;  // "2e5", "2^5", "40k", "-2.5 M", ".5"
  bool fraction = false;    // "三分之一", "3/5", "1 4/3", "三百五又三分之一"
  bool loose = false;       // "十余万", "一千多万", "二十几万": multiplied out, more_than
  bool dozen = false;       // "一打" = 12, "半百" = 50
  bool lone_financial = false;  // a lone 壹..玖 is a number (after 百分之)
};

struct Number {
  double value = 0;
  size_t length = 0;
  bool chinese = false;
  bool digit_string = false;  // as in Numeral (a plain digit string: a year or code)
  bool more_than = false;     // a loose "余/多/几" before 万/亿 was read
  bool fraction = false;      // a fraction ("三分之一", "3/5")
};

// The longest number at the start of `text` with the extra `forms`
// (ParseNumeralPrefix plus 兆 inside a numeral, "四万万" and Chinese
// decimals anywhere: "十点二三三").  "百分之", "千分之", "万分之" at the start
// are percent markers, not the number 100: nullopt.  Values that overflow
// (not finite) give nullopt.
std::optional<Number> ParseNumberPrefix(std::string_view text, const NumberForms& forms);

}  // namespace tiqu::numbers

#endif  // TIQU_LIB_NUMBERS_NUMERAL_H_
