// Copyright 2026 The tiqu Authors.
//
// A count is read left to right at every position of the article:
//
//   [qualifier] number [余|多|几] [万|亿] [大] classifier [以上|左右|...]
//
// then the counted noun phrase after it.  The vocabulary (classifiers, time
// units, levels, head nouns, phrase-ending verbs) is data/classifiers.tsv;
// the qualifiers are data/count_qualifiers.tsv.  Everything else is the
// guideline's exclusions: numbers inside dates, ordinals (第), indefinite
// Chinese 一, reduplication (一幅幅), levels (两级), digit strings (years,
// phone numbers, codes glued to Latin letters), numbers that open a short
// quoted slogan ("1234"), and bare numbers without a unit.

#include "lib/counts/count_extractor.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "lib/numbers/numeral.h"
#include "lib/text/utf8.h"

namespace tiqu::counts {
namespace {

enum class Kind { kNone, kClassifier, kGeneric, kTime, kLevel, kNoun, kStop, kNotNum, kWord };
enum class QualPos { kNone, kBefore, kAfterNumber, kAfterUnit, kWord, kLink };

Kind KindOf(const lexicon::Entry& e) {
  const std::string_view k = e.field(0);
  if (k == "classifier") return Kind::kClassifier;
  if (k == "generic") return Kind::kGeneric;
  if (k == "time") return Kind::kTime;
  if (k == "level") return Kind::kLevel;
  if (k == "noun") return Kind::kNoun;
  if (k == "stop") return Kind::kStop;
  if (k == "notnum") return Kind::kNotNum;
  if (k == "word") return Kind::kWord;
  return Kind::kNone;
}

QualPos PosOf(const lexicon::Entry& e) {
  const std::string_view k = e.field(0);
  if (k == "before") return QualPos::kBefore;
  if (k == "after_number") return QualPos::kAfterNumber;
  if (k == "after_unit") return QualPos::kAfterUnit;
  if (k == "word") return QualPos::kWord;
  if (k == "link") return QualPos::kLink;
  return QualPos::kNone;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsNumeralChar(char32_t c) {
  switch (c) {
    case U'零': case U'〇': case U'一': case U'二': case U'两': case U'三':
    case U'四': case U'五': case U'六': case U'七': case U'八': case U'九':
    case U'十': case U'百': case U'千': case U'万': case U'亿': case U'廿':
    case U'卅':
    // Financial forms; alone they are no number (the parser decides).
    case U'壹': case U'贰': case U'叁': case U'肆': case U'伍': case U'陆':
    case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟':
      return true;
    default:
      return IsAsciiDigit(c);
  }
}

bool IsOpenQuote(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'"' || c == U'《' || c == U'「' || c == U'『';
}
bool IsCloseQuote(char32_t c) {
  return c == U'”' || c == U'’' || c == U'"' || c == U'》' || c == U'」' || c == U'』';
}

bool ParseApprox(std::string_view s, Approx* out) { return FromString(s, out); }

// Units that measure (money, percent, length, weights...) rather than
// count: "一吨", "一美元" are quantities, unlike the indefinite "一项".
bool IsMeasure(CountCategory c) {
  return c == CountCategory::kMoney || c == CountCategory::kPercent ||
         c == CountCategory::kLength || c == CountCategory::kOther;
}

bool At(std::string_view s, size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

// Above this a double no longer holds every integer: an overflowing number
// gives no count rather than a wrong value.
constexpr double kMaxValue = 9007199254740992.0;

}  // namespace

struct CountExtractor::Rep {
  lexicon::Lexicon vocab;       // data/classifiers.tsv
  lexicon::Lexicon qualifiers;  // data/count_qualifiers.tsv
  // First characters (BMP) of the qualifiers standing before a number and of
  // the words skipped whole: a count can start only at one of them, a
  // numeral, a sign or a currency symbol.
  std::vector<bool> qualifier_first = std::vector<bool>(0x10000, false);

  // The longest qualifier at t[i..] standing at one of `pos`, or nullptr.
  const lexicon::Entry* QualifierAt(std::string_view t, size_t i, QualPos pos) const {
    const lexicon::Entry* best = nullptr;
    if (i > t.size()) return nullptr;
    qualifiers.ForEachPrefix(t.substr(i), [&](const lexicon::Entry& e) {
      if (PosOf(e) == pos) best = &e;  // shortest first: the last is longest
    });
    return best;
  }

  // The longest unit-like entry (classifier, generic, time, level) at t[i..],
  // unless a longer head noun starts there ("组织" is no "组"), or nullptr.
  const lexicon::Entry* UnitAt(std::string_view t, size_t i) const {
    const lexicon::Entry* best = nullptr;
    if (i > t.size()) return nullptr;
    size_t noun_len = 0;
    vocab.ForEachPrefix(t.substr(i), [&](const lexicon::Entry& e) {
      const Kind k = KindOf(e);
      if (k == Kind::kClassifier || k == Kind::kGeneric || k == Kind::kTime ||
          k == Kind::kLevel) {
        best = &e;
      } else if (k == Kind::kNoun || k == Kind::kWord) {
        noun_len = e.key.size();
      }
    });
    if (best != nullptr && noun_len > best->key.size() && KindOf(*best) != Kind::kTime) {
      return nullptr;
    }
    return best;
  }

  // The category a noun phrase ending at `np` implies, or nullopt.
  std::optional<CountCategory> NounCategory(std::string_view np) const {
    if (np.empty()) return std::nullopt;
    const lexicon::Entry* e = vocab.LongestSuffix(np);
    if (e == nullptr) return std::nullopt;
    const Kind k = KindOf(*e);
    if (k != Kind::kNoun && k != Kind::kClassifier) return std::nullopt;
    // A classifier ends a noun only inside a longer word ("慰问组"), never
    // alone ("首" of "首都").
    if (k == Kind::kClassifier && e->key.size() == np.size()) return std::nullopt;
    CountCategory c;
    if (!FromString(e->field(1), &c)) return std::nullopt;
    return c;
  }

  bool EndsInNoun(std::string_view np) const { return NounCategory(np).has_value(); }

  bool NounAt(std::string_view t, size_t i, size_t* len) const {
    const lexicon::Entry* e = nullptr;
    vocab.ForEachPrefix(t.substr(i), [&](const lexicon::Entry& x) {
      if (KindOf(x) == Kind::kNoun) e = &x;
    });
    if (e == nullptr) return false;
    *len = e->key.size();
    return true;
  }

  bool StopAt(std::string_view t, size_t i) const {
    bool stop = false;
    vocab.ForEachPrefix(t.substr(i), [&](const lexicon::Entry& x) {
      if (KindOf(x) == Kind::kStop) stop = true;
    });
    return stop;
  }

  // The counted noun phrase starting at t[i]: [start, end) bytes of t, empty
  // if none.  *with_head says whether it ends in a known head noun.
  std::pair<size_t, size_t> CountedAt(std::string_view t, size_t i, bool* with_head) const;

  // The counted noun phrase written before a count that starts at t[i], not
  // before t[lo] ("工会会员总数达6.8万人" -> 工会会员, "调解劳动争议案件1546件"
  // -> 劳动争议案件): [start, end), empty if none.
  std::pair<size_t, size_t> CountedBefore(std::string_view t, size_t lo, size_t i) const;

  // The entry of `kind` (vocab) or `pos` (qualifiers) that ends at t[k]
  // with 1..3 characters, longest first; its length in bytes or 0.
  size_t VocabEndingAt(std::string_view t, size_t lo, size_t k, Kind kind) const {
    for (size_t len : {9, 6, 3}) {
      if (k < lo + len) continue;
      const lexicon::Entry* e = vocab.Find(t.substr(k - len, len));
      if (e != nullptr && KindOf(*e) == kind) return len;
    }
    return 0;
  }
  size_t LinkEndingAt(std::string_view t, size_t lo, size_t k) const {
    for (size_t len : {9, 6, 3}) {
      if (k < lo + len) continue;
      const lexicon::Entry* e = qualifiers.Find(t.substr(k - len, len));
      if (e != nullptr && PosOf(*e) == QualPos::kLink) return len;
    }
    return 0;
  }
};

std::pair<size_t, size_t> CountExtractor::Rep::CountedAt(std::string_view t, size_t i,
                                                         bool* with_head) const {
  *with_head = false;
  constexpr int kMaxChars = 12;
  constexpr int kWholeChars = 6;
  size_t start = i;
  // A quoted name right after the classifier is the counted thing:
  // 4000个“考生家长伴考包”.
  if (IsOpenQuote(text::DecodeAt(t, i).c)) {
    const size_t q = i + text::DecodeAt(t, i).len;
    size_t j = q;
    for (int n = 0; n < kMaxChars && j < t.size(); ++n) {
      if (IsCloseQuote(text::DecodeAt(t, j).c)) {
        if (j == q) break;
        *with_head = EndsInNoun(t.substr(q, j - q));
        return {q, j};
      }
      j += text::DecodeAt(t, j).len;
    }
    return {i, i};
  }
  // The window: ideographs up to a hard stop (punctuation, 的, a verb of the
  // stop list), at most kMaxChars.
  size_t end = start;
  int chars = 0;
  bool hard_stop = false;
  while (end < t.size() && chars < kMaxChars) {
    const char32_t c = text::DecodeAt(t, end).c;
    if (!text::IsHanBmp(c) || c == U'的' || IsNumeralChar(c) || StopAt(t, end)) {
      hard_stop = true;
      break;
    }
    end += text::DecodeAt(t, end).len;
    ++chars;
  }
  if (end >= t.size()) hard_stop = true;
  if (end == start) return {start, start};
  const std::string_view window = t.substr(start, end - start);
  if (chars <= kWholeChars && EndsInNoun(window)) {
    *with_head = true;
    return {start, end};
  }
  // The first head noun, with the head nouns compounded onto it
  // ("法律服务" + "团队").
  size_t k = start;
  while (k < end) {
    k += text::DecodeAt(t, k).len;
    if (EndsInNoun(t.substr(start, k - start))) {
      size_t len = 0;
      int guard = 0;
      while (k < end && NounAt(t, k, &len) && k + len <= end && ++guard < 8) k += len;
      *with_head = true;
      return {start, k};
    }
  }
  if (hard_stop && chars <= kWholeChars) return {start, end};
  return {start, start};
}

std::pair<size_t, size_t> CountExtractor::Rep::CountedBefore(std::string_view t, size_t lo,
                                                             size_t i) const {
  constexpr int kMaxChars = 8;
  size_t j = i;
  for (int n = 0; n < 2; ++n) {
    const size_t len = LinkEndingAt(t, lo, j);
    if (len == 0) break;
    j -= len;
  }
  size_t k = j;
  int chars = 0;
  bool bounded = false;  // the window reached punctuation, a verb or 的
  while (chars <= kMaxChars) {
    if (k <= lo) {
      bounded = true;
      break;
    }
    const text::CodePoint cp = text::DecodeBefore(t, k);
    // A numeral character inside a word ("一般干部") cuts no phrase.
    if (IsNumeralChar(cp.c) && k > lo) return {i, i};
    if (!text::IsHanBmp(cp.c) || cp.c == U'的' || IsNumeralChar(cp.c) ||
        VocabEndingAt(t, lo, k, Kind::kStop) != 0) {
      bounded = true;
      break;
    }
    k -= cp.len;
    ++chars;
  }
  if (!bounded || k == j || chars > kMaxChars) return {i, i};
  // "每批最多20人": a distributive or demonstrative opens no counted noun.
  while (k < j) {
    const char32_t c = text::DecodeAt(t, k).c;
    if (c != U'每' && c != U'各' && c != U'该' && c != U'本') break;
    k += 3;
  }
  if (k == j) return {i, i};
  // The last item of a list ("基础类、应急类、情感类等四大类") is not what is counted.
  if (k > lo && text::DecodeBefore(t, k).c == U'、') return {i, i};
  if (!EndsInNoun(t.substr(k, j - k))) return {i, i};
  return {k, j};
}

absl::StatusOr<CountExtractor> CountExtractor::Create(const lexicon::LexiconSet& lexicons) {
  auto rep = std::make_shared<Rep>();
  absl::StatusOr<lexicon::Lexicon> vocab = lexicons.Load("classifiers");
  if (!vocab.ok()) return vocab.status();
  absl::StatusOr<lexicon::Lexicon> quals = lexicons.Load("count_qualifiers");
  if (!quals.ok()) return quals.status();
  rep->vocab = *std::move(vocab);
  rep->qualifiers = *std::move(quals);
  for (const lexicon::Entry& e : rep->vocab.entries()) {
    CountCategory c;
    if (KindOf(e) == Kind::kNone || !FromString(e.field(1), &c)) {
      return absl::InvalidArgumentError("classifiers: bad kind or category for \"" + e.key +
                                        "\"");
    }
  }
  for (const lexicon::Entry& e : rep->qualifiers.entries()) {
    if (PosOf(e) == QualPos::kBefore || PosOf(e) == QualPos::kWord) {
      const char32_t c = text::DecodeAt(e.key, 0).c;
      if (c < 0x10000) rep->qualifier_first[c] = true;
    }
    Approx a;
    if (PosOf(e) == QualPos::kNone ||
        (PosOf(e) != QualPos::kWord && PosOf(e) != QualPos::kLink && !ParseApprox(e.field(1), &a))) {
      return absl::InvalidArgumentError("count_qualifiers: bad position or approx for \"" +
                                        e.key + "\"");
    }
  }
  return CountExtractor(std::move(rep));
}

namespace {

// The outcome of reading at one position: a count, or how far to skip.
struct Reading {
  bool found = false;
  Count count;
  size_t end = 0;  // byte offset (in the article text) to resume at
  size_t noun_end = 0;  // end of the counted noun read after the count, else 0
};

}  // namespace

std::vector<Count> CountExtractor::Extract(const text::ArticleText& article,
                                           const std::vector<DateMention>& dates) const {
  std::vector<Count> out;
  if (rep_ == nullptr || article.doc == nullptr || article.layout == nullptr) return out;
  const Rep& r = *rep_;
  const std::string_view t = article.text();
  const size_t base = article.span().start;

  std::vector<Span> date_spans;
  date_spans.reserve(dates.size());
  for (const DateMention& d : dates) {
    if (d.span.end > base && d.span.start < base + t.size()) date_spans.push_back(d.span);
  }
  std::sort(date_spans.begin(), date_spans.end());
  size_t di = 0;
  size_t last_end = 0;  // end of the last count: a noun before a count starts after it

  // Reads a count whose first character is at t[i].
  auto read = [&](size_t i) -> Reading {
    Reading rd;
    rd.end = i + std::max<size_t>(1, text::DecodeAt(t, i).len);
    {
      const char32_t c0 = text::DecodeAt(t, i).c;
      if (!IsNumeralChar(c0) && !(c0 < 0x10000 && r.qualifier_first[c0]) && c0 != '$' &&
          c0 != U'¥' && c0 != '-' && c0 != U'负' && c0 != U'半' && c0 != U'对' && c0 != U'人') {
        return rd;
      }
    }
    Approx approx = Approx::kExact;
    size_t p = i;

    // A word that merely contains a qualifier ("附近", "预约") is skipped whole.
    if (const lexicon::Entry* w = r.QualifierAt(t, i, QualPos::kWord); w != nullptr) {
      rd.end = i + w->key.size();
      return rd;
    }
    const lexicon::Entry* before = r.QualifierAt(t, i, QualPos::kBefore);
    if (before != nullptr) {
      ParseApprox(before->field(1), &approx);
      p = i + before->key.size();
    }
    // A sign ("-22.2%", "负0.2千米"), a currency symbol ("$20", "¥300"), a
    // percent marker ("百分之九十五", "千分之五").
    const char32_t prev = text::DecodeBefore(t, i).c;
    bool negative = false;
    if (before == nullptr && (At(t, p, "负") || t[p] == '-') &&
        !IsAsciiDigit(text::DecodeBefore(t, i).c) && !IsAsciiLetter(text::DecodeBefore(t, i).c)) {
      const size_t sl = t[p] == '-' ? 1 : 3;
      if (p + sl < t.size() && IsNumeralChar(text::DecodeAt(t, p + sl).c)) {
        negative = true;
        p += sl;
      }
    }
    std::string symbol;
    if (p < t.size() && (t[p] == '$' || At(t, p, "¥")) && p + 1 < t.size()) {
      const size_t sl = t[p] == '$' ? 1 : 2;
      if (IsAsciiDigit(text::DecodeAt(t, p + sl).c)) {
        symbol = std::string(t.substr(p, sl));
        p += sl;
      }
    }
    // "人民币50元": the currency named before the number.
    bool currency_first = false;
    if (symbol.empty() && before == nullptr && At(t, p, "人民币") &&
        IsNumeralChar(text::DecodeAt(t, p + 9).c)) {
      currency_first = true;
      p += 9;
    }
    double per = 0;  // the percent marker's scale: 百分之 1, 千分之 0.1
    if (symbol.empty()) {
      // 百分之, 千分之, 万分之, 百万分之 ...: places multiply.
      double denom = 1;
      size_t j = p;
      for (int n = 0; n < 4; ++n) {
        const char32_t ch = text::DecodeAt(t, j).c;
        const double pl = ch == U'百' || ch == U'佰' ? 100 : ch == U'千' || ch == U'仟' ? 1000
                        : ch == U'万' ? 1e4 : 0;
        if (pl == 0) break;
        denom *= pl;
        j += 3;
      }
      if (j > p && At(t, j, "分之")) {
        per = 100 / denom;
        p = j + 6;
      }
    }
    // "半成" (5%), "半折" and "打对折" (50%).
    if (symbol.empty() && per == 0 && before == nullptr &&
        (At(t, p, "半成") || At(t, p, "半折") || (At(t, p, "对折") && prev == U'打')) &&
        r.UnitAt(t, p + 3) != nullptr) {  // not 半成品
      Count c;
      c.value = At(t, p, "半成") ? 5 : 50;
      c.unit = std::string(t.substr(p + 3, 3));
      c.category = CountCategory::kPercent;
      c.span = Span{base + p, base + p + 6};
      rd.found = true;
      rd.count = std::move(c);
      rd.end = p + 6;
      return rd;
    }
    const bool prefixed = negative || !symbol.empty() || per != 0 || currency_first;
    const char32_t first = text::DecodeAt(t, p).c;
    if (!IsNumeralChar(first)) return rd;

    // Context before the count: ordinals, indefinite 几/数, codes, the
    // middle of a longer number.
    // (Checked right before the number: in "人数约5400万人次" 约 stands between.)
    const char32_t adjacent = text::DecodeBefore(t, p).c;
    const bool round_start = first == U'十' || first == U'百' || first == U'千' ||
                             first == U'万' || first == U'亿';
    if (adjacent == U'第' || IsAsciiLetter(adjacent) ||
        // URLs and codes: "issn%280024", "q=30%25".
        adjacent == '%' || adjacent == '=' || adjacent == '/' || adjacent == '&' ||
        // Scores and ratios: "3∶2两胜".
        adjacent == U'∶' || adjacent == ':' ||
        // "数十名", "几百项": no definite value ("人数5000" is one).
        ((adjacent == U'几' || adjacent == U'数' || adjacent == U'若') && round_start) ||
        // "86·7%": the middle dot is an old-style decimal point.
        (adjacent == U'·' && IsAsciiDigit(text::DecodeBefore(t, text::PrevStart(t, p)).c)) ||
        (before == nullptr && !prefixed && (IsNumeralChar(prev) || prev == '.' || prev == '-'))) {
      // Skip the whole number so that its tail is not read again.
      const auto n = numbers::ParseNumeralPrefix(t.substr(p));
      if (n.has_value()) rd.end = p + n->length;
      return rd;
    }

    std::optional<numbers::Number> num;
    std::optional<double> pending_max;
    bool lone_yi = false;
    bool fraction = false;
    double value = 0;
    size_t q = p;
    bool chinese = false;
    if (before != nullptr && before->key == "上") {
      // 上百 / 上千 / 上万 only.
      const char32_t c = text::DecodeAt(t, p).c;
      if (c != U'百' && c != U'千' && c != U'万') return rd;
      value = c == U'百' ? 100 : c == U'千' ? 1000 : 10000;
      q = p + 3;
      chinese = true;
    } else {
      numbers::NumberForms forms;
      forms.scientific = true;  // "40k", "3.2k"
      forms.fraction = true;    // "三分之一"
      forms.lone_financial = per != 0;  // "万分之肆"
      num = numbers::ParseNumberPrefix(t.substr(p), forms);
      if (!num.has_value()) return rd;
      value = num->value;
      q = p + num->length;
      chinese = num->chinese;
      rd.end = std::max(rd.end, q);
      const std::string_view numtext = t.substr(p, num->length);
      // Years and codes written digit by digit; long digit strings are
      // phone numbers or identifiers.
      // "三四十人": two neighbouring figures before a place are a range.
      std::optional<double> range_max;
      if (num->digit_string && num->chinese && num->length == 6) {
        const auto a = numbers::ParseNumeral(numtext.substr(0, 3));
        const auto b = numbers::ParseNumeral(numtext.substr(3, 3));
        const char32_t u = text::DecodeAt(t, q).c;
        const double place = u == U'十' ? 10 : u == U'百' ? 100 : u == U'千' ? 1000 : u == U'万' ? 1e4 : 0;
        if (a && b && *b == *a + 1 && place != 0 && *a > 0) {
          value = *a * place;
          range_max = *b * place;
          q += 3;
        }
      }
      pending_max = range_max;
      // Discounts are written digit by digit: "三八折", "五五折".
      const bool discount_digits = num->digit_string && num->chinese && At(t, q, "折") && num->length == 6;
      if (num->digit_string && num->chinese && !range_max && !discount_digits) return rd;
      if (!num->chinese && num->length >= 8 &&
          numtext.find_first_not_of("0123456789") == std::string_view::npos) {
        return rd;
      }
      if (num->chinese && value == 0) return rd;
      if (std::fabs(value) >= kMaxValue) return rd;
      lone_yi = numtext == "一";
      if (num->fraction) {
        // "三分之一" is a share; "3/5", "5/28" are dates or codes.
        if (!num->chinese) return rd;
        fraction = true;
      }
    }
    // A range "10至20名", "10—15家": the upper bound, if a unit follows it.
    if (!pending_max && per == 0 && !fraction && symbol.empty() && num.has_value()) {
      for (std::string_view w : {"至", "到", "~", "—", "–", "-", "～"}) {
        if (!At(t, q, w)) continue;
        numbers::NumberForms f2;
        const auto n2 = numbers::ParseNumberPrefix(t.substr(q + w.size()), f2);
        if (!n2 || n2->value <= value || n2->digit_string != num->digit_string ||
            n2->chinese != num->chinese) {
          break;
        }
        const size_t q2 = q + w.size() + n2->length;
        const lexicon::Entry* u2 = r.UnitAt(t, q2);
        if (u2 == nullptr || KindOf(*u2) == Kind::kTime || KindOf(*u2) == Kind::kLevel) break;
        pending_max = n2->value;
        q = q2;
        break;
      }
    }
    // Codes ("5G"), dates and times ("2024.5.28", "8:30", "1/3"); an ASCII
    // unit ("168cm") is read as a unit.
    {
      const char32_t next = text::DecodeAt(t, q).c;
      if (IsAsciiLetter(next)) {
        const lexicon::Entry* u = r.UnitAt(t, q);
        if (u == nullptr || (q + u->key.size() < t.size() &&
                             IsAsciiLetter(text::DecodeAt(t, q + u->key.size()).c))) {
          return rd;
        }
      }
      if ((next == '.' || next == '-' || next == '/' || next == ':') &&
          IsAsciiDigit(text::DecodeAt(t, q + 1).c)) {
        return rd;
      }
    }

    // 余 / 多 / 几 between number and unit.
    bool loose_qualifier = false;
    if (const lexicon::Entry* a = r.QualifierAt(t, q, QualPos::kAfterNumber);
        a != nullptr && !pending_max) {
      const bool ji = a->key == "几";
      // 十几 / 二十几: 几 only after a round Chinese unit.
      const char32_t last = text::DecodeBefore(t, q).c;
      if (!ji || last == U'十' || last == U'百' || last == U'千') {
        ParseApprox(a->field(1), &approx);
        q += a->key.size();
        loose_qualifier = true;
      } else {
        return rd;
      }
    }
    // "6700余万元": the multiplier after the qualifier.
    if (loose_qualifier) {
      const char32_t c = text::DecodeAt(t, q).c;
      if (c == U'万' || c == U'亿') {
        value *= (c == U'万') ? 1e4 : 1e8;
        q += 3;
      }
    }
    const bool implied = per != 0 || fraction || !symbol.empty();
    // "12千米", "323千卡": after arabic figures 千 opens the unit.
    if (!implied && num.has_value() && !loose_qualifier && q >= p + 4 && At(t, q - 3, "千") &&
        IsAsciiDigit(text::DecodeBefore(t, q - 3).c)) {
      if (const lexicon::Entry* u = r.UnitAt(t, q - 3); u != nullptr && u->key.size() > 3 &&
                                                        KindOf(*u) == Kind::kClassifier) {
        q -= 3;
        value /= 1000;
      }
    }
    // "四大类".
    size_t unit_at = q;
    if (!implied && text::DecodeAt(t, q).c == U'大') {
      const lexicon::Entry* u = r.UnitAt(t, q + 3);
      if (u != nullptr && KindOf(*u) != Kind::kTime && KindOf(*u) != Kind::kLevel) unit_at = q + 3;
    }
    const lexicon::Entry* unit = implied ? nullptr : r.UnitAt(t, unit_at);
    size_t end = q;
    Count c;
    c.value = value;
    c.value_max = pending_max;
    if (implied) {
      if (!symbol.empty()) {
        c.unit = symbol;
        c.category = CountCategory::kMoney;
      } else {
        // Shares keep the percent figure: 百分之九十五 -> 95, 千分之五 -> 0.5,
        // 三分之一 -> 33.33.
        c.value = fraction ? value * 100 : value * per;
        c.unit = "%";
        c.category = CountCategory::kPercent;
      }
      if (const lexicon::Entry* a = r.QualifierAt(t, end, QualPos::kAfterUnit); a != nullptr) {
        ParseApprox(a->field(1), &approx);
        end += a->key.size();
      }
    } else if (unit != nullptr) {
      const Kind k = KindOf(*unit);
      if (k == Kind::kTime || k == Kind::kLevel) {
        rd.end = unit_at + unit->key.size();
        return rd;
      }
      end = unit_at + unit->key.size();
      // Reduplication: "一幅幅", "两两".
      if (t.substr(end, unit->key.size()) == unit->key) {
        rd.end = end + unit->key.size();
        return rd;
      }
      c.unit = unit->field(2).empty() ? unit->key : std::string(unit->field(2));
      FromString(unit->field(1), &c.category);
      const bool measure = k == Kind::kClassifier && IsMeasure(c.category);
      // Indefinite "一项重要工作", "一行", "一成不变"; an arabic 1 is a
      // count, and so is 一 before a measure ("一吨", "一美元").
      if (lone_yi && (!measure || unit->key == "成")) return rd;
      // "一两个", "三两天": 两 weighs only where no classifier follows.
      if (unit->key == "两" && (lone_yi || r.UnitAt(t, end) != nullptr)) return rd;
      if (negative && !measure) return rd;
      if (currency_first && c.category != CountCategory::kMoney) return rd;
      if (unit->key == "‰") {
        // Every share carries its percent figure: 5‰ = 0.5 (as 千分之五).
        c.value = value / 10;
      } else if (unit->key == "成") {
        // 三成 = 30%, 七成六 = 76%, 三成半 = 35%.
        c.value = value * 10;
        // Only a Chinese digit (3 bytes) continues the share: "3成2" is no 32%.
        if (const auto d = text::DecodeAt(t, end).len == 3
                               ? numbers::ParseNumeral(t.substr(end, 3))
                               : std::nullopt;
            d && *d < 10 && *d > 0 && !IsNumeralChar(text::DecodeAt(t, end + 3).c)) {
          c.value += *d;
          end += 3;
        }
      } else if (unit->key == "折") {
        // 九折 = 90%, 9.9折 = 99%, 75折 / 三八折 = 75% / 38%; "十折" is none.
        if (num.has_value() && num->digit_string) {
          c.value = value;
        } else if (value < 10) {
          c.value = value * 10;
        } else if (!num.has_value() || num->chinese || value >= 100) {
          return rd;
        }
      }
      // "5元3角", "50元6角三分": 角/毛 are tenths and 分 hundredths of a 元.
      if (unit->key == "元" || unit->key == "块") {
        size_t j = end;
        double add = 0;
        for (const auto& [w, scale] : {std::pair<std::string_view, double>{"角", 0.1},
                                       {"毛", 0.1}, {"分", 0.01}}) {
          const auto d = numbers::ParseNumberPrefix(t.substr(j), numbers::NumberForms{});
          if (!d || d->length > 3 || d->value >= 10 || !At(t, j + d->length, w)) continue;
          if (w == "分" && j == end) break;  // "3元5分" alone: too easily a score or minutes
          add += d->value * scale;
          j += d->length + w.size();
        }
        if (j != end) {
          c.value += add;
          end = j;
        }
      }
      // "两美元又三美分": cents after dollars.
      if (unit->key == "美元") {
        size_t j = end + (At(t, end, "又") ? 3 : 0);
        const auto d = numbers::ParseNumberPrefix(t.substr(j), numbers::NumberForms{});
        if (d && d->value < 100 && At(t, j + d->length, "美分")) {
          c.value += d->value / 100;
          end = j + d->length + 6;
        }
      }
      // "8亿元人民币".
      if (c.category == CountCategory::kMoney && At(t, end, "人民币")) end += 9;
      if (measure && At(t, end, "半")) {
        // "一吨半", "三成半".
        c.value += unit->key == "成" ? 5 : 0.5;
        end += 3;
      }
      // "95%以上", "3000公里以外".
      if (const lexicon::Entry* a = r.QualifierAt(t, end, QualPos::kAfterUnit); a != nullptr) {
        ParseApprox(a->field(1), &approx);
        end += a->key.size();
        c.approx = approx;
      }
    } else if (!loose_qualifier || !(approx == Approx::kMoreThan) || negative) {
      return rd;  // a bare number
    }
    if (negative) c.value = -c.value;
    c.approx = approx;

    // A short quoted slogan or name opened right before the number:
    // “1234”, “四小”, “两个覆盖”.
    if (before == nullptr && IsOpenQuote(prev)) {
      size_t j = end;
      for (int n = 0; n < 4 && j < t.size(); ++n) {
        if (IsCloseQuote(text::DecodeAt(t, j).c)) {
          rd.end = j;
          return rd;
        }
        j += text::DecodeAt(t, j).len;
      }
    }

    // The counted noun: not after a threshold ("百人以上企业" counts 人).
    const bool threshold = !implied && end != unit_at + (unit ? unit->key.size() : 0);
    bool with_head = false;
    std::pair<size_t, size_t> np{end, end};
    if (!threshold) np = r.CountedAt(t, end, &with_head);
    // "百分之九十五的职工", "三分之一的企业": a share counts the noun after 的.
    if (!threshold && np.second == np.first && c.category == CountCategory::kPercent &&
        At(t, end, "的")) {
      np = r.CountedAt(t, end + 3, &with_head);
      if (!with_head) np = {end, end};
    }
    if (unit == nullptr && !implied) {
      // "百余基层单位": a number with its classifier left out must be
      // followed by a known noun.
      if (!with_head) return rd;
      c.unit.clear();
    }
    // After a measure ("2.2亿元于", "17.1%比例") only a known head noun is
    // taken: the words after an amount are rarely what it measures.
    if (np.second > np.first && !with_head &&
        (implied || (unit != nullptr && KindOf(*unit) == Kind::kClassifier && IsMeasure(c.category)))) {
      np = {end, end};
    }
    // "职工沟通会1260余场": the noun before the number.
    // Not for measures: before an amount stand its purpose or place
    // ("总耗资约8781万元", "距市区17公里"), rarely what it measures.
    const bool measured = implied || (unit != nullptr && KindOf(*unit) == Kind::kClassifier &&
                                      IsMeasure(c.category));
    if (np.second == np.first && !threshold && !prefixed && !measured) {
      np = r.CountedBefore(t, last_end, i);
    }
    if (np.second > np.first) {
      c.counted = article.doc->Surface(Span{base + np.first, base + np.second});
      const bool generic = (unit == nullptr && !implied) || (unit != nullptr && KindOf(*unit) == Kind::kGeneric);
      if (generic) {
        if (auto cat = r.NounCategory(t.substr(np.first, np.second - np.first)); cat) {
          c.category = *cat;
        }
      }
    }
    c.span = Span{base + i, base + end};
    // The unit as written in the source's script (個, not 个).
    if (size_t at = t.substr(i, end - i).rfind(c.unit); !c.unit.empty() && at != std::string_view::npos) {
      c.unit = article.doc->Surface(Span{base + i + at, base + i + at + c.unit.size()});
    }
    (void)chinese;
    rd.found = true;
    rd.count = std::move(c);
    rd.end = end;
    if (np.second > np.first && np.first >= end) rd.noun_end = np.second;
    return rd;
  };

  size_t i = 0;
  int guard = 0;
  const int max_steps = static_cast<int>(t.size()) + 16;
  while (i < t.size() && ++guard < max_steps) {
    // Numbers inside dates are dates.
    while (di < date_spans.size() && date_spans[di].end <= base + i) ++di;
    if (di < date_spans.size() && date_spans[di].start <= base + i) {
      const size_t skip_to = date_spans[di].end - base;
      i = std::max(i + std::max<size_t>(1, text::DecodeAt(t, i).len), std::min(skip_to, t.size()));
      continue;
    }
    Reading rd = read(i);
    if (rd.found) {
      // A count may not run into a date ("3月" was caught as time already,
      // this guards user-supplied date spans).
      bool overlaps = false;
      for (size_t k = di; k < date_spans.size() && date_spans[k].start < rd.count.span.end; ++k) {
        if (date_spans[k].Overlaps(rd.count.span)) overlaps = true;
      }
      if (!overlaps) {
        // A noun before the next count starts after this one and after
        // its own noun ("有20个方面70多项": 方面 is the 20's).
        last_end = std::max(rd.count.span.end - base, rd.noun_end);
        out.push_back(std::move(rd.count));
      }
    }
    i = std::max(rd.end, i + std::max<size_t>(1, text::DecodeAt(t, i).len));
    // Stay on a code point boundary.
    while (i < t.size() && text::IsTrailByte(t[i])) ++i;
  }
  return out;
}

}  // namespace tiqu::counts
