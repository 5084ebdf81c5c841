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

#include <cmath>

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

namespace {

// The place-value reader.  `ext` adds the forms of general quantities that
// dates never use: 兆 (10^12) inside a longer numeral ("五兆六十二亿"),
// "四万万" (4 x 10^8), and a Chinese decimal anywhere ("十点二三三"; dates
// leave "三点五十分" to their clock rules).
std::optional<Numeral> ParseImpl(std::string_view text, bool ext) {
  double top = 0;        // closed by 兆
  double high = 0;       // closed by 万/亿
  double section = 0;    // below 万, closed by 十/百/千
  double pending = 0;    // the last figure, not yet multiplied
  bool has_pending = false;
  bool pending_is_chinese_digit = false;
  bool pending_is_liang = false;
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
    return top + high + section + tail;
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
  // A Chinese unit character (十 … 亿, 3 bytes) was read at pos: no figure
  // is pending any more, and the number so far is a candidate.
  auto accept_unit = [&](double unit) {
    has_pending = false;
    last_unit = unit;
    zero_since_unit = false;
    any_unit = true;
    any_chinese = true;
    figures_in_row = 0;
    pos += 3;
    commit();
  };

  int guard = 0;
  while (pos < text.size() && ++guard < 64) {
    if (IsAsciiDigit(text[pos])) {
      // An arabic figure may not follow another figure or a bare digit
      // after a unit ("1万5" leaves the "5" to the caller).
      // "1千零20": an arabic figure after the gap marker 零.
      const bool zero_gap = has_pending && pending_is_chinese_digit && pending == 0 && any_unit;
      if ((has_pending && !zero_gap) || digit_string) break;
      if (zero_gap) {
        has_pending = false;
        zero_since_unit = true;
      }
      if (any_unit && pos > 0) {
        // Only before another unit is "3亿5千万" read on.
        size_t end = 0;
        double v = 0;
        bool plain = false;
        if (!ParseArabic(text, pos, &end, &v, &plain)) break;
        const char32_t next = Cjk3At(text, end);
        if (UnitValue(next) == 0) {
          // "3万4000": four plain digits fill the places below 万.
          if ((last_unit == 1e4 && plain && end - pos == 4 && !has_pending) ||
              (zero_gap && plain)) {
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
    if (chars == 1) lone_financial = IsFinancial(c) && pos == 0 && !ext;
    if (c == U'点' && !digit_string && (has_pending || section > 0 || (ext && high + top > 0))) {
      // "六点八万": a Chinese decimal, read only before 万/亿 so that clock
      // times ("三点五十分") stay the caller's.
      size_t j = pos + 3;
      double frac = 0, scale = 0.1;
      int n = 0;
      int dd;
      while (n < 8 && Cjk3At(text, j) != U'两' && (dd = ChineseDigit(Cjk3At(text, j))) >= 0) {
        frac += dd * scale;
        scale /= 10;
        j += 3;
        ++n;
      }
      const double next_unit = UnitValue(Cjk3At(text, j));
      if (n == 0 || (next_unit < 1e4 && !ext)) break;
      if (next_unit < 1e4 && ext) {
        // "十点二三三", "两千三点一": the fraction closes the numeral.
        const double whole = value_now();
        pos = j;
        top = 0;
        high = 0;
        section = 0;
        pending = whole + frac;
        has_pending = true;
        pending_is_chinese_digit = false;
        last_unit = 0;
        commit();
        break;
      }
      pending = section + (has_pending ? pending : 0) + frac;
      section = 0;
      has_pending = true;
      pending_is_chinese_digit = false;
      pos = j;
      continue;
    }
    int d = ChineseDigit(c);
    // 俩 (colloquial "the two of") stands for 2 only before a place: "俩千".
    if (c == U'俩' && UnitValue(Cjk3At(text, pos + 3)) >= 10) d = 2;
    // 两 is a units figure only before a place ("两千两百"), never after one:
    // "三十两", "两万两" end the numeral before the weight unit 两.
    if (c == U'两' && any_unit && UnitValue(Cjk3At(text, pos + 3)) == 0) break;
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
        if (c == U'两' || (!digit_string && pending_is_liang)) break;  // "二两", "两两"
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
      pending_is_liang = c == U'两';
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
    double unit = UnitValue(c);
    if (c == U'兆' && ext) {
      // 兆 as 10^12 only inside a longer numeral: "五十兆字节" is megabytes.
      const char32_t next = Cjk3At(text, pos + 3);
      if (ChineseDigit(next) < 0 && UnitValue(next) == 0) break;
      const double below = high + section + (has_pending ? pending : 0);
      if (below == 0 || top != 0) break;
      top = below * 1e12;
      high = 0;
      section = 0;
      has_pending = false;
      last_unit = 1e12;
      zero_since_unit = false;
      any_unit = true;
      any_chinese = true;
      figures_in_row = 0;
      pos += 3;
      commit();
      continue;
    }
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
      accept_unit(unit);
      continue;
    }
    // 万 / 亿 close what came before; alone they are no numeral.
    const double below = section + (has_pending ? pending : 0);
    if (below == 0 && high == 0) break;
    if (unit == 1e8) {
      if (last_unit == 1e8) break;
      high = (high + below) * 1e8;
    } else {
      if (below == 0) {
        // "四万万" (4 x 10^8) in quantities, once; "万万" alone, or a third
        // 万, is nothing.
        if (!ext || last_unit != 1e4 || high == 0 || high >= 1e8 ||
            Cjk3At(text, pos - 3) != U'万') {
          break;
        }
        high *= 1e4;
        last_unit = 1e8;
        pos += 3;
        commit();
        continue;
      }
      // "3亿5千万": the 万 multiplies only what followed 亿.
      if (last_unit == 1e4) break;  // "一万二千万" is no numeral
      high = high + below * 1e4;
    }
    section = 0;
    accept_unit(unit);
  }
  if (best_len == 0) return std::nullopt;
  return best;
}

}  // namespace

std::optional<Numeral> ParseNumeralPrefix(std::string_view text) {
  return ParseImpl(text, /*ext=*/false);
}

std::optional<double> ParseNumeral(std::string_view text) {
  const auto n = ParseNumeralPrefix(text);
  if (!n.has_value() || n->length != text.size()) return std::nullopt;
  return n->value;
}

namespace {

bool IsAsciiLetterByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool StartsWithAt(std::string_view s, size_t pos, std::string_view w) {
  return pos <= s.size() && s.substr(pos, w.size()) == w;
}

// A plain arabic integer at `pos` (digits only); false if none.
bool PlainDigits(std::string_view s, size_t pos, size_t* end, double* v) {
  size_t i = pos;
  double x = 0;
  while (i < s.size() && IsAsciiDigit(s[i]) && i - pos < 20) x = x * 10 + (s[i++] - '0');
  if (i == pos) return false;
  *end = i;
  *v = x;
  return true;
}

// One unsigned number without fraction: ParseImpl(ext) plus, with
// `scientific`, a leading-dot decimal, an exponent, a power and k/M.
std::optional<Number> Core(std::string_view s, size_t pos, const NumberForms& f) {
  Number out;
  if (f.scientific && pos + 1 < s.size() && s[pos] == '.' && IsAsciiDigit(s[pos + 1])) {
    size_t i = pos + 1;
    double scale = 0.1;
    while (i < s.size() && IsAsciiDigit(s[i]) && i - pos < 20) {
      out.value += (s[i] - '0') * scale;
      scale /= 10;
      ++i;
    }
    out.length = i - pos;
  } else {
    const auto n = ParseImpl(s.substr(pos), /*ext=*/true);
    if (!n.has_value()) return std::nullopt;
    out.value = n->value;
    out.length = n->length;
    out.chinese = n->chinese;
    out.digit_string = n->digit_string;
  }
  size_t end = pos + out.length;
  if (f.scientific && !out.chinese && end > 0 && IsAsciiDigit(s[end - 1])) {
    // "2e5", "12.32e+14", "2.7890e-1"
    if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
      size_t i = end + 1;
      bool neg = false;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
      size_t j = 0;
      double e = 0;
      if (PlainDigits(s, i, &j, &e) && (j >= s.size() || !IsAsciiLetterByte(s[j])) && e < 400) {
        out.value *= std::pow(10.0, neg ? -e : e);
        end = j;
        out.digit_string = false;
      }
    } else if (end < s.size() && s[end] == '^') {
      // "2^5", "2^-1", "1.1^--23": signs multiply.
      size_t i = end + 1;
      bool neg = false;
      while (i < s.size() && (s[i] == '+' || s[i] == '-') && i - end < 8) {
        if (s[i] == '-') neg = !neg;
        ++i;
      }
      size_t j = 0;
      double e = 0;
      if (PlainDigits(s, i, &j, &e) && e < 400) {
        out.value = std::pow(out.value, neg ? -e : e);
        end = j;
        out.digit_string = false;
      }
    } else {
      // "40k", "-2.5 M": a thousand / million after the figure.
      size_t i = end;
      while (i < s.size() && s[i] == ' ' && i - end < 2) ++i;
      if (i < s.size() && (s[i] == 'k' || s[i] == 'K' || s[i] == 'M') &&
          (i + 1 >= s.size() || !IsAsciiLetterByte(s[i + 1]))) {
        out.value *= s[i] == 'M' ? 1e6 : 1e3;
        end = i + 1;
        out.digit_string = false;
      }
    }
  }
  out.length = end - pos;
  return out;
}

// A sign at `pos`: bytes it takes (0 if none) and whether it negates.
size_t SignAt(std::string_view s, size_t pos, bool* neg) {
  if (StartsWithAt(s, pos, "负")) {
    *neg = true;
    return 3;
  }
  if (pos < s.size() && s[pos] == '-') {
    *neg = true;
    return 1;
  }
  *neg = false;
  return 0;
}

// "百分之", "千分之", "万分之", "百万分之" ...: a percent or permille marker.
size_t PercentMarkerAt(std::string_view s, size_t pos) {
  size_t i = pos;
  while (i < s.size() && i - pos < 12) {
    const char32_t c = Cjk3At(s, i);
    if (c != U'百' && c != U'千' && c != U'万' && c != U'佰' && c != U'仟') break;
    i += 3;
  }
  if (i > pos && StartsWithAt(s, i, "分之")) return i + 6 - pos;
  return 0;
}

// "D分之N" after a denominator that ends at `end`: sets *v and *end.
bool ReadPerPart(std::string_view s, size_t* end, double den, const NumberForms& f, double* v) {
  if (!StartsWithAt(s, *end, "分之")) return false;
  size_t i = *end + 6;
  bool neg = false;
  i += SignAt(s, i, &neg);
  NumberForms plain = f;
  plain.fraction = false;
  const auto num = Core(s, i, plain);
  if (!num.has_value() || den == 0) return false;
  *v = (neg ? -num->value : num->value) / den;
  *end = i + num->length;
  return true;
}

}  // namespace

std::optional<Number> ParseNumberPrefix(std::string_view text, const NumberForms& f) {
  if (PercentMarkerAt(text, 0) != 0) return std::nullopt;
  size_t pos = 0;
  bool neg = false;
  if (f.sign) pos = SignAt(text, 0, &neg);
  if (f.dozen && StartsWithAt(text, pos, "半百")) {
    Number n;
    n.value = neg ? -50 : 50;
    n.length = pos + 6;
    n.chinese = true;
    return n;
  }
  auto core = Core(text, pos, f);
  if (!core.has_value()) return std::nullopt;
  Number out = *core;
  double v = core->value;
  size_t end = pos + core->length;
  if (f.fraction) {
    double fv = 0;
    size_t e = end;
    const bool bare_unit = UnitValue(Cjk3At(text, pos)) != 0;  // "百分之": a percent
    if (!bare_unit && ReadPerPart(text, &e, v, f, &fv)) {
      v = fv;
      end = e;
      out.fraction = true;
    } else if (StartsWithAt(text, end, "又")) {
      // "三百五又三分之一", "3又一千分之23"
      size_t i = end + 3;
      const auto den = Core(text, i, f);
      if (den.has_value()) {
        size_t e2 = i + den->length;
        if (ReadPerPart(text, &e2, den->value, f, &fv)) {
          v += fv;
          end = e2;
          out.fraction = true;
        }
      }
    } else if (!core->chinese) {
      // "3/5", "1 4/3": arabic fractions, a whole number before a space.
      size_t i = end;
      double whole = 0;
      if (i + 1 < text.size() && text[i] == ' ' && IsAsciiDigit(text[i + 1]) &&
          !core->fraction) {
        size_t j = 0;
        double a = 0;
        if (PlainDigits(text, i + 1, &j, &a) && j + 1 < text.size() && text[j] == '/' &&
            IsAsciiDigit(text[j + 1])) {
          whole = v;
          v = a;
          i = j;
        }
      }
      size_t j = 0;
      double b = 0;
      if (i < text.size() && text[i] == '/' && PlainDigits(text, i + 1, &j, &b) && b != 0 &&
          (j >= text.size() || !IsAsciiDigit(text[j]))) {
        v = whole + v / b;
        end = j;
        out.fraction = true;
        out.digit_string = false;
      }
    }
  }
  if (f.loose && !out.fraction) {
    // "十余万", "一千多万", "二十几万", "三十万多亿": a loose figure, then
    // the multiplier.
    for (int k = 0; k < 3; ++k) {
      size_t i = end;
      const char32_t c = Cjk3At(text, i);
      if (c == U'余' || c == U'多' || c == U'几') i += 3;
      const char32_t m = Cjk3At(text, i);
      if (i == end || (m != U'万' && m != U'亿')) break;
      v *= m == U'万' ? 1e4 : 1e8;
      end = i + 3;
      out.more_than = true;
      out.digit_string = false;
    }
  }
  if (f.dozen && StartsWithAt(text, end, "打")) {
    v *= 12;
    end += 3;
  }
  if (!std::isfinite(v) || std::fabs(v) > 1e300) return std::nullopt;
  // Financial numerals are everyday characters too (陆续, 伍, 拾起): alone
  // they are a number only before 打 or in a fraction.
  if (!f.lone_financial && end == pos + 3 && IsFinancial(Cjk3At(text, pos))) return std::nullopt;
  out.value = neg ? -v : v;
  out.length = end;
  return out;
}

}  // namespace tiqu::numbers
