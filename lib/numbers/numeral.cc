// Copyright 2026 The tiqu Authors.
//
// A single left-to-right pass over number tokens: a "figure" (an arabic
// number such as "6.8" or "1,925", or one Chinese digit) and a "unit"
// (十 百 千 万 亿).  The usual Chinese place-value algorithm folds them:
//   section  - the part below 万 being built ("三千五百")
//   high     - everything already closed by 万 or 亿
// and a bare trailing Chinese digit after a unit is the abbreviated next
// place ("一万五" = 15000, "三千五" = 3500), unless 零 came between
// ("一万零五" = 10005).  Figures that follow each other without a unit are a
// digit string read digit by digit ("二〇二四" = 2024).
//
// The parser never consumes what it cannot use: it remembers the end of the
// longest prefix that was a complete numeral and returns that.

#include "lib/numbers/numeral.h"

#include "lib/text/utf8.h"

namespace tiqu::numbers {
namespace {

// The code point at `s[pos]` if it takes 3 bytes (the CJK range), or 0.
// All characters this parser knows are 3-byte code points.
char32_t Cjk3At(std::string_view s, size_t pos) {
  const text::CodePoint cp = text::DecodeAt(s, pos);
  return cp.len == 3 ? cp.c : 0;
}

// Value of a Chinese digit, -1 if `c` is none.
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    // Financial forms (大写), as on cheques and in budgets.
    case U'壹': return 1;
    case U'贰': return 2;
    case U'叁': return 3;
    case U'肆': return 4;
    case U'伍': return 5;
    case U'陆': return 6;
    case U'柒': return 7;
    case U'捌': return 8;
    case U'玖': return 9;
    default: return -1;
  }
}

// Place value of a unit character, 0 if `c` is none.
double UnitValue(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    case U'拾': return 10;
    case U'佰': return 100;
    case U'仟': return 1000;
    case U'万': return 1e4;
    case U'亿': return 1e8;
    default: return 0;
  }
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Financial numerals are also everyday characters (陆续, 伍 as a surname):
// alone they are no numeral.
bool IsFinancial(char32_t c) {
  switch (c) {
    case U'壹': case U'贰': case U'叁': case U'肆': case U'伍': case U'陆':
    case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟':
      return true;
    default:
      return false;
  }
}

// An arabic number at `pos`: digits, thousands groups (",ddd" only when
// exactly three digits follow, so the list "1,2" stays two numbers) and a
// decimal part.  Sets *end past it; returns false if there is none.
bool ParseArabic(std::string_view text, size_t pos, size_t* end, double* value,
                 bool* plain) {
  size_t i = pos;
  double v = 0;
  size_t digits = 0;
  while (i < text.size() && IsAsciiDigit(text[i]) && digits < 40) {
    v = v * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0) return false;
  bool grouped = false;
  if (digits <= 3) {
    // "1,925" / "12,345,678"; a group must be exactly three digits.
    while (i + 3 < text.size() && text[i] == ',' && IsAsciiDigit(text[i + 1]) &&
           IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3]) &&
           (i + 4 >= text.size() || !IsAsciiDigit(text[i + 4]))) {
      v = v * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 +
          (text[i + 3] - '0');
      i += 4;
      grouped = true;
    }
  }
  bool decimal = false;
  if (i + 1 < text.size() && text[i] == '.' && IsAsciiDigit(text[i + 1])) {
    size_t j = i + 1;
    double scale = 0.1;
    double frac = 0;
    while (j < text.size() && IsAsciiDigit(text[j]) && j - i < 20) {
      frac += (text[j] - '0') * scale;
      scale /= 10;
      ++j;
    }
    // "2024.5.28" is a date, not 2024.5: leave the dots to the caller.
    const bool dotted_again =
        j + 1 < text.size() && text[j] == '.' && IsAsciiDigit(text[j + 1]);
    if (!dotted_again) {
      v += frac;
      i = j;
      decimal = true;
    }
  }
  *end = i;
  *value = v;
  *plain = !grouped && !decimal;
  return true;
}

}  // namespace

std::optional<Numeral> ParseNumeralPrefix(std::string_view text) {
  double high = 0;       // closed by 万/亿
  double section = 0;    // below 万, closed by 十/百/千
  double pending = 0;    // the last figure, not yet multiplied
  bool has_pending = false;
  bool pending_is_chinese_digit = false;
  double last_unit = 0;  // place of the last unit seen, 0 if none
  bool zero_since_unit = false;
  bool any_unit = false;
  bool any_chinese = false;
  bool any_arabic = false;
  int figures_in_row = 0;   // figures without a unit between them
  bool digit_string = false;
  double digits_value = 0;  // the digit string read digit by digit
  bool arabic_plain = false;

  size_t pos = 0;
  size_t best_len = 0;
  Numeral best;

  auto value_now = [&]() {
    if (digit_string) return digits_value;
    double tail = 0;
    if (has_pending) {
      tail = pending;
      // "一万五" / "三千五": a bare digit after a unit is the next place down.
      if (pending_is_chinese_digit && last_unit >= 100 && !zero_since_unit &&
          pending != 0) {
        tail = pending * (last_unit / 10);
      }
    }
    return high + section + tail;
  };
  int chars = 0;           // numeral characters read
  bool lone_financial = false;
  auto commit = [&]() {
    if (chars == 1 && lone_financial) return;
    best_len = pos;
    best.value = value_now();
    best.length = pos;
    best.chinese = any_chinese;
    best.digit_string =
        digit_string || (any_arabic && !any_chinese && !any_unit && arabic_plain &&
                         figures_in_row == 1 && pos >= 2);
  };

  int guard = 0;
  while (pos < text.size() && ++guard < 64) {
    if (IsAsciiDigit(text[pos])) {
      // An arabic figure may not follow another figure or a bare digit
      // after a unit ("1万5" leaves the "5" to the caller).
      if (has_pending || digit_string) break;
      if (any_unit && pos > 0) {
        // Only before another unit is "3亿5千万" read on.
        size_t end = 0;
        double v = 0;
        bool plain = false;
        if (!ParseArabic(text, pos, &end, &v, &plain)) break;
        const char32_t next = Cjk3At(text, end);
        if (UnitValue(next) == 0) {
          // "3万4000": four plain digits fill the places below 万.
          if (last_unit == 1e4 && plain && end - pos == 4 && !has_pending) {
            pos = end;
            section += v;
            commit();
          }
          break;
        }
        pos = end;
        pending = v;
        has_pending = true;
        pending_is_chinese_digit = false;
        any_arabic = true;
        figures_in_row = 1;
        continue;  // not complete until the unit is read
      }
      size_t end = 0;
      double v = 0;
      bool plain = false;
      if (!ParseArabic(text, pos, &end, &v, &plain)) break;
      pos = end;
      pending = v;
      has_pending = true;
      pending_is_chinese_digit = false;
      any_arabic = true;
      arabic_plain = plain;
      figures_in_row = 1;
      commit();
      continue;
    }
    const char32_t c = Cjk3At(text, pos);
    if (c == 0) break;
    ++chars;
    if (chars == 1) lone_financial = IsFinancial(c) && pos == 0;
    if (c == U'点' && !digit_string && (has_pending || section > 0)) {
      // "六点八万": a Chinese decimal, read only before 万/亿 so that clock
      // times ("三点五十分") stay the caller's.
      size_t j = pos + 3;
      double frac = 0, scale = 0.1;
      int n = 0;
      int dd;
      while (n < 8 && (dd = ChineseDigit(Cjk3At(text, j))) >= 0) {
        frac += dd * scale;
        scale /= 10;
        j += 3;
        ++n;
      }
      const double next_unit = UnitValue(Cjk3At(text, j));
      if (n == 0 || next_unit < 1e4) break;
      pending = section + (has_pending ? pending : 0) + frac;
      section = 0;
      has_pending = true;
      pending_is_chinese_digit = false;
      pos = j;
      continue;
    }
    const int d = ChineseDigit(c);
    if (d >= 0) {
      if (has_pending && !pending_is_chinese_digit) break;  // "5一"
      if (has_pending || digit_string) {
        // A second figure in a row: a digit string, unless units came
        // before ("一百零五" has 零 then 五: 零 only marks a gap).
        if (any_unit) {
          if (pending == 0 && has_pending) {
            // "零五": the zero was a gap marker.
            pending = d;
            zero_since_unit = true;
            pos += 3;
            commit();
            continue;
          }
          break;
        }
        if (!digit_string) {
          digit_string = true;
          digits_value = pending;
        }
        digits_value = digits_value * 10 + d;
        has_pending = false;
        pos += 3;
        any_chinese = true;
        ++figures_in_row;
        commit();
        continue;
      }
      pending = d;
      has_pending = true;
      pending_is_chinese_digit = true;
      any_chinese = true;
      figures_in_row = 1;
      if (d == 0 && any_unit) zero_since_unit = true;
      pos += 3;
      commit();
      continue;
    }
    if (c == U'廿' || c == U'卅') {
      if (has_pending || digit_string || any_unit) break;
      section += (c == U'廿') ? 20 : 30;
      last_unit = 10;
      any_unit = true;
      any_chinese = true;
      pos += 3;
      commit();
      continue;
    }
    const double unit = UnitValue(c);
    if (unit == 0) break;
    if (digit_string) break;  // "二〇二四万" is not a quantity we read
    if (unit < 1e4) {
      // 十/百/千 multiply the pending figure (or 1: "十五", "百余").
      if (last_unit != 0 && last_unit < 1e4 && unit >= last_unit &&
          !has_pending) {
        break;  // "百十" / "千百": not a numeral
      }
      // "一万零十二": 零 only marks the gap, 十 stands for 一十.
      const bool zero_gap = has_pending && pending_is_chinese_digit && pending == 0;
      if (zero_gap && unit != 10) break;
      const double figure = has_pending && !zero_gap ? pending : 1;
      // A unit may not be larger than or equal to the previous small unit.
      if (last_unit != 0 && last_unit < 1e4 && unit >= last_unit) break;
      section += figure * unit;
      has_pending = false;
      last_unit = unit;
      zero_since_unit = false;
      any_unit = true;
      any_chinese = true;
      figures_in_row = 0;
      pos += 3;
      commit();
      continue;
    }
    // 万 / 亿 close what came before; alone they are no numeral.
    const double below = section + (has_pending ? pending : 0);
    if (below == 0 && high == 0) break;
    if (unit == 1e8) {
      if (last_unit == 1e8) break;
      high = (high + below) * 1e8;
    } else {
      if (last_unit == 1e4 && below == 0) break;  // "万万"
      // "3亿5千万": the 万 multiplies only what followed 亿.
      if (last_unit == 1e4) break;  // "一万二千万" is no numeral
      high = high + below * 1e4;
    }
    section = 0;
    has_pending = false;
    last_unit = unit;
    zero_since_unit = false;
    any_unit = true;
    any_chinese = true;
    figures_in_row = 0;
    pos += 3;
    commit();
  }
  if (best_len == 0) return std::nullopt;
  return best;
}

std::optional<double> ParseNumeral(std::string_view text) {
  const auto n = ParseNumeralPrefix(text);
  if (!n.has_value() || n->length != text.size()) return std::nullopt;
  return n->value;
}

}  // namespace tiqu::numbers
