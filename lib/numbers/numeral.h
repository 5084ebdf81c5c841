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

}  // namespace tiqu::numbers

#endif  // TIQU_LIB_NUMBERS_NUMERAL_H_
