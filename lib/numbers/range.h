// Copyright 2026 The tiqu Authors.
//
// Number ranges and open intervals over the shared numeral parser:
// "10至20", "一千到一千五百", "20和30之间" ([lo, hi)), "大于10小于20" ((lo, hi)),
// "不少于30" ([lo, )), "五百多", "1000以上" ((lo, )), "不超过100" (( , hi]).

#ifndef TIQU_LIB_NUMBERS_RANGE_H_
#define TIQU_LIB_NUMBERS_RANGE_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace tiqu::numbers {

struct Range {
  std::optional<double> lo, hi;  // absent: unbounded on that side
  bool lo_closed = false, hi_closed = false;
  size_t length = 0;  // bytes of the input it spans
  // Written "X到Y" or "X和Y之间": both ends are figures of the range.  Read
  // here as [X, Y) like Recognizers-Text's default; an inclusive reading
  // (counts' value_max, RT's ExperimentalMode) closes the upper end.
  bool from_to = false;
};

// The range expression at the start of `text` (normalized), or nullopt.  A
// bare number is no range.
std::optional<Range> ParseRangePrefix(std::string_view text);

}  // namespace tiqu::numbers

#endif  // TIQU_LIB_NUMBERS_RANGE_H_
