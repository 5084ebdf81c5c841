// Copyright 2026 The tiqu Authors.
//
// A range is one of
//   [位于|在] X 和|与 Y [之]间              -> [X, Y)
//   X 到|至|~|-|–|— Y                       -> [X, Y)
//   bound [connector bound]                 -> the two bounds joined when
//                                              they face each other
// where a bound is an operator word and a number ("大于10", "不超过5"),
// "比 X 大|小", or a number and a suffix ("1000以上", "五百多",
// "三十或者以上").  The operator words are the grammar itself, not a
// vocabulary, so they live here.

#include "lib/numbers/range.h"

#include <string_view>

#include "lib/numbers/numeral.h"

namespace tiqu::numbers {
namespace {

struct Op {
  std::string_view key;
  bool lower;   // a lower bound (x, ...) or an upper one (..., x)
  bool closed;
  bool equal = false;  // 等于: [x, x]
};

// Longest first where one is a prefix of another.
constexpr Op kPrefixOps[] = {
    {"大于或者等于", true, true}, {"大于或等于", true, true}, {"大于等于", true, true},
    {"小于或者等于", false, true}, {"小于或等于", false, true}, {"小于等于", false, true},
    {"不小于", true, true},  {"不少于", true, true},  {"不低于", true, true},
    {"至少是", true, true},  {"至少有", true, true},  {"至少为", true, true},
    {"至少", true, true},    {"最少", true, true},    {"不大于", false, true},
    {"不多于", false, true}, {"不超过", false, true}, {"不高于", false, true},
    {"最多为", false, true}, {"最多是", false, true}, {"最多有", false, true},
    {"最多", false, true},   {"至多", false, true},   {"超过了", true, false},
    {"超过", true, false},   {"大于", true, false},   {"多于", true, false},
    {"高于", true, false},   {"小于", false, false},  {"少于", false, false},
    {"低于", false, false},  {"不足", false, false},  {"不到", false, false},
    {"等于", true, true, true}, {"≥", true, true},    {">=", true, true},
    {"> =", true, true},     {"≤", false, true},      {"<=", false, true},
    {"< =", false, true},    {">", true, false},      {"<", false, false},
    {"过", true, false},
};

struct Suffix {
  std::string_view key;
  bool lower;
  bool closed;
};
constexpr Suffix kSuffixOps[] = {
    {"或者以上", true, true}, {"或以上", true, true}, {"或者更多", true, true},
    {"或更多", true, true},   {"或者以下", false, true}, {"或以下", false, true},
    {"以上", true, false},    {"以下", false, false},  {"之下", false, false},
    {"以内", false, true},
};

constexpr std::string_view kLoose[] = {"多", "余", "几"};
constexpr std::string_view kTo[] = {"到", "至", "~", "-", "–", "—", "～"};
constexpr std::string_view kAnd[] = {"和", "与"};
constexpr std::string_view kJoin[] = {"的同时", "同时", "并且", "而且", "且", "并", ",", "、"};

bool At(std::string_view s, size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

size_t Spaces(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && s[j] == ' ' && j - i < 4) ++j;
  return j;
}

NumberForms Forms() {
  NumberForms f;
  f.sign = f.scientific = f.fraction = f.loose = true;
  return f;
}

// A number at i, an ordinal 第 and a percent marker allowed before it.
std::optional<Number> NumberAt(std::string_view s, size_t* i) {
  size_t j = Spaces(s, *i);
  if (At(s, j, "第")) j += 3;
  if (At(s, j, "百分之")) j += 9;
  auto n = ParseNumberPrefix(s.substr(j), Forms());
  if (!n.has_value()) return std::nullopt;
  *i = j + n->length;
  return n;
}

struct Bound {
  double v = 0;
  bool lower = false, closed = false, equal = false;
  size_t end = 0;
};

std::optional<Bound> BoundAt(std::string_view s, size_t i) {
  // 比 X 大|小
  if (At(s, i, "比")) {
    size_t j = i + 3;
    const auto n = NumberAt(s, &j);
    if (!n) return std::nullopt;
    j = Spaces(s, j);
    for (auto [w, lower] : {std::pair<std::string_view, bool>{"大", true}, {"高", true},
                            {"多", true}, {"小", false}, {"低", false}, {"少", false}}) {
      if (At(s, j, w)) return Bound{n->value, lower, false, false, j + w.size()};
    }
    return std::nullopt;
  }
  for (const Op& op : kPrefixOps) {
    if (!At(s, i, op.key)) continue;
    size_t j = i + op.key.size();
    const auto n = NumberAt(s, &j);
    if (!n) return std::nullopt;
    return Bound{n->value, op.lower, op.closed, op.equal, j};
  }
  size_t j = i;
  if (At(s, j, "第") || (j < s.size() && s[j] == ' ')) return std::nullopt;
  const auto n = NumberAt(s, &j);
  if (!n) return std::nullopt;
  const size_t k = Spaces(s, j);
  for (const Suffix& x : kSuffixOps) {
    if (At(s, k, x.key)) return Bound{n->value, x.lower, x.closed, false, k + x.key.size()};
  }
  if (n->more_than) return Bound{n->value, true, false, false, j};
  for (std::string_view w : kLoose) {
    if (At(s, j, w)) return Bound{n->value, true, false, false, j + w.size()};
  }
  return std::nullopt;
}

Range FromBound(const Bound& b, size_t len) {
  Range r;
  if (b.equal) {
    r.lo = r.hi = b.v;
    r.lo_closed = r.hi_closed = true;
  } else if (b.lower) {
    r.lo = b.v;
    r.lo_closed = b.closed;
  } else {
    r.hi = b.v;
    r.hi_closed = b.closed;
  }
  r.length = len;
  return r;
}

}  // namespace

std::optional<Range> ParseRangePrefix(std::string_view s) {
  // [位于|在] X 和|与 Y [之]间
  {
    size_t j = 0;
    if (At(s, j, "位于")) j += 6;
    else if (At(s, j, "在")) j += 3;
    const auto a = NumberAt(s, &j);
    if (a) {
      const size_t k = Spaces(s, j);
      for (std::string_view w : kAnd) {
        if (!At(s, k, w)) continue;
        size_t m = k + w.size();
        const auto b = NumberAt(s, &m);
        if (!b) break;
        m = Spaces(s, m);
        size_t e = 0;
        if (At(s, m, "之间")) e = m + 6;
        else if (At(s, m, "间")) e = m + 3;
        if (e == 0 || b->value <= a->value) break;
        Range r;
        r.lo = a->value;
        r.hi = b->value;
        r.lo_closed = true;
        r.from_to = true;
        r.length = e;
        return r;
      }
    }
  }
  // X 到 Y
  {
    size_t j = 0;
    if (!At(s, 0, "第") && !At(s, 0, " ")) {
      const auto a = NumberAt(s, &j);
      if (a && !a->more_than) {
        const size_t k = Spaces(s, j);
        for (std::string_view w : kTo) {
          if (!At(s, k, w)) continue;
          size_t m = Spaces(s, k + w.size());
          if (m < s.size() && s[m] == '-') break;
          const auto b = NumberAt(s, &m);
          if (!b || b->value <= a->value) break;
          Range r;
          r.lo = a->value;
          r.hi = b->value;
          r.lo_closed = true;
          r.from_to = true;
          r.length = m;
          return r;
        }
      }
    }
  }
  const auto a = BoundAt(s, 0);
  if (!a) return std::nullopt;
  // A second bound facing the first.
  size_t j = Spaces(s, a->end);
  for (std::string_view w : kJoin) {
    if (At(s, j, w)) {
      j = Spaces(s, j + w.size());
      break;
    }
  }
  if (!a->equal) {
    if (const auto b = BoundAt(s, j); b && !b->equal && b->lower != a->lower) {
      const Bound& lo = a->lower ? *a : *b;
      const Bound& hi = a->lower ? *b : *a;
      if (lo.v < hi.v) {
        Range r;
        r.lo = lo.v;
        r.lo_closed = lo.closed;
        r.hi = hi.v;
        r.hi_closed = hi.closed;
        r.length = b->end;
        return r;
      }
    }
  }
  return FromBound(*a, a->end);
}

}  // namespace tiqu::numbers
