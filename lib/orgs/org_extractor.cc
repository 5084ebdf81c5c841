// Copyright 2026 The tiqu Authors.
//
// Organization names in Chinese news end in a head word ("总工会", "有限公司",
// "医院") and start after a function word, a verb, punctuation or a byline.
// So the extractor
//   1. finds every head (data/org_suffixes.tsv) in the article,
//   2. walks left from it over name characters, jumping over place names
//      (data/place_names.tsv), until a boundary word (data/org_stop.tsv),
//   3. drops generic and anaphoric forms ("企业工会", "该公司工会") and heads
//      that only modify ("工会工作"), keeps maximal names,
//   4. adds suffix-less names of data/known_orgs.tsv ("美团"),
//   5. groups short forms with the full name they stand for ("市总工会" ->
//      "北京市总工会", "小米公司" -> "小米科技有限责任公司").

#include "lib/orgs/org_extractor.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "lib/text/char_filter.h"
#include "lib/text/utf8.h"

namespace tiqu::orgs {

struct SuffixInfo {
  OrgType type = OrgType::kOther;
  bool sub = false;     // sub-unit: takes the parent's type
  bool anchor = false;  // needs a place-led or nested stem
  bool whole = false;   // a name on its own
  bool role = false;    // part of a title before 书记/委员/成员
  bool short_stem = false;  // an unanchored stem may have 4 characters at most
};

using text::CharFilter;
using text::PrefixFilter;

struct OrgData {
  lexicon::Lexicon suffixes;
  lexicon::Lexicon known;
  absl::flat_hash_map<std::string, SuffixInfo> suffix_info;
  absl::flat_hash_map<std::string, OrgType> known_type;
  // Place forms: full names and their bare forms without a level character.
  absl::flat_hash_set<std::string> places;
  absl::flat_hash_set<std::string> boundary, demonstrative, generic, rank, attribute, staff,
      nothead, keep, prefix;
  // Post titles (data/titles.tsv kind post): a name never runs over one
  // ("德国总理科尔", "国务院副总理吴邦国代表国务院").
  absl::flat_hash_set<std::string> titles;
  // One-character country abbreviations ("以政府", "菲卫生部").
  absl::flat_hash_set<std::string> countries;
  // First and last characters of every word of the sets above and of the
  // lexicons: most text positions need no look-up at all.
  // Per word set: first and last characters of its words.
  struct Ends {
    CharFilter first, last;
  };
  Ends places_ends, boundary_ends, demonstrative_ends, generic_ends, rank_ends, attribute_ends,
      staff_ends, nothead_ends, keep_ends, prefix_ends, titles_ends;
  PrefixFilter suffix_start, known_start;
  CharFilter known_last;  // last characters of gazetteer names
  size_t max_place = 0, max_boundary = 0, max_demonstrative = 0, max_generic = 0, max_rank = 0,
         max_attribute = 0, max_staff = 0, max_nothead = 0, max_keep = 0,
         max_prefix = 0, max_title = 0, max_country = 0;  // in bytes
};

namespace {

// Longest org name we accept, in code points: longer runs without a boundary
// are sentences, not names.
constexpr int kMaxNameChars = 26;

// Debian's Abseil has its own string_view type: bridge std::string_view.
absl::string_view AV(std::string_view s) { return absl::string_view(s.data(), s.size()); }
bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Start of the code point that ends at `i`, not before `lo` (i > lo).
size_t PrevStart(std::string_view s, size_t i, size_t lo) {
  return std::max(lo, text::PrevStart(s, i));
}

bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsNameChar(char32_t c) { return text::IsHanWithPlane2(c) || IsAsciiAlpha(c); }

bool IsNumeral(char32_t c) {
  if (c >= '0' && c <= '9') return true;
  static constexpr std::u32string_view kHan = U"零〇一二两三四五六七八九十百千万几多余";
  return kHan.find(c) != std::u32string_view::npos;
}
// Classifiers and date units: after a numeral they end a count or a date.
bool IsCountUnit(char32_t c) {
  static constexpr std::u32string_view kUnits = U"个家名位支所项批届次场期件户种类年月日号";
  return kUnits.find(c) != std::u32string_view::npos;
}
bool IsLevelChar(char32_t c) {
  static constexpr std::u32string_view kLevels = U"省市区县镇乡";
  return kLevels.find(c) != std::u32string_view::npos;
}

// Length in bytes of the longest word of `set` (max byte length `max_len`)
// that ends at `end` and starts at or after `lo`; 0 if none.
size_t WordEndingAt(const CharFilter& last, const absl::flat_hash_set<std::string>& set,
                    size_t max_len, std::string_view s, size_t lo, size_t end) {
  if (end <= lo || !last.MayHave(text::DecodeBefore(s, end).c)) return 0;
  size_t best = 0;
  size_t b = end;
  while (b > lo && end - b < max_len) {
    b = PrevStart(s, b, lo);
    if (set.contains(AV(s.substr(b, end - b)))) best = end - b;
  }
  return best;
}

// Length in bytes of the longest word of `set` starting at `pos`; 0 if none.
size_t WordStartingAt(const CharFilter& first, const absl::flat_hash_set<std::string>& set,
                      size_t max_len, std::string_view s, size_t pos, size_t hi) {
  if (pos >= hi || !first.MayHave(text::DecodeAt(s, pos).c)) return 0;
  size_t best = 0;
  size_t e = pos;
  while (e < hi && e - pos < max_len) {
    e += text::DecodeAt(s, e).len;
    if (set.contains(AV(s.substr(pos, e - pos)))) best = e - pos;
  }
  return best;
}

bool ParseType(std::string_view s, OrgType* t) { return FromString(s, t); }

// Adds the words of `lex` whose field 0 names `kind` to `set`. A word may
// have several kinds ("boundary,country": 以 is a preposition and Israel).
void Collect(const lexicon::Lexicon& lex, std::string_view kind,
             absl::flat_hash_set<std::string>* set, size_t* max_len) {
  for (const auto& e : lex.entries()) {
    std::string_view kinds = e.field(0);
    bool match = false;
    while (!kinds.empty() && !match) {
      const size_t comma = std::min(kinds.find(','), kinds.size());
      match = kinds.substr(0, comma) == kind;
      kinds.remove_prefix(std::min(comma + 1, kinds.size()));
    }
    if (!match) continue;
    set->insert(e.key);
    *max_len = std::max(*max_len, e.key.size());
  }
}

// Places: "北京市" also yields "北京".
void AddPlace(OrgData* d, const std::string& key) {
  d->places.insert(key);
  d->max_place = std::max(d->max_place, key.size());
  static const std::vector<std::string> kLevels = {"特别行政区", "壮族自治区", "回族自治区",
                                                   "维吾尔自治区", "自治区", "省", "市",
                                                   "区", "县"};
  for (const auto& lv : kLevels) {
    if (key.size() > lv.size() + 3 && EndsWith(key, lv)) {
      d->places.insert(key.substr(0, key.size() - lv.size()));
      break;
    }
  }
}

// One mention found in the text.
struct Mention {
  Span span;
  std::string key;  // normalized text
  OrgType type = OrgType::kOther;
  size_t stem_chars = 0;  // code points before the head
  bool company_head = false;
  bool known = false;     // from the gazetteer
};

// Places at the front of `s`: bare forms of each piece ("*" for a bare level
// character standing for the article's place) and the rest after them.
struct PlaceSplit {
  std::vector<std::string> pieces;        // bare forms
  std::vector<std::string> full_pieces;   // as written
  std::string_view rest;
};

}  // namespace

namespace {

class Run {
 public:
  Run(const OrgData& d, const text::ArticleText& art)
      : d_(d), s_(art.doc_text()), lo_(art.span().start),
        hi_(std::min(art.span().end, art.doc_text().size())) {}

  std::vector<Organization> Extract(const text::NormalizedText& doc);

 private:
  struct Occ {
    size_t start, end;
    const SuffixInfo* info;
  };
  struct Candidate {
    size_t start, head, end;
    const SuffixInfo* info;
    OrgType type;
  };

  void FindHeads();
  bool EndsInContractedTitle(size_t p, size_t end) const;
  bool KnownEndsInside(size_t p, size_t end) const;
  bool FormerBodyAt(size_t p) const;
  size_t PartyCentreEnd(size_t end) const;
  bool PlaceShapedAt(size_t b, size_t e) const;
  bool HeadOverlaps(size_t b, size_t e) const;
  bool MultiCharHeadAt(size_t p, const Occ& o) const;
  bool PlaceEndsInside(size_t b, size_t e) const;
  bool LongWordAt(size_t p) const;
  bool Covered(const OrgData::Ends& ends, const absl::flat_hash_set<std::string>& set,
               size_t max, size_t p, size_t e) const;
  bool MakeCandidate(const Occ& o, Candidate* c) const;
  bool StemIsGeneric(size_t b, size_t e) const;
  bool StartsWithPlace(size_t b, size_t e) const;
  bool StartsWithNational(size_t b, size_t e, const Occ& o) const;
  size_t CountryBefore(size_t e) const;
  bool CountryAsPreposition(size_t country, size_t end) const;
  void FindKnown(const std::vector<Candidate>& kept);
  PlaceSplit SplitPlaces(std::string_view key) const;
  bool IsAlias(const Mention& x, const Mention& y) const;
  bool IsAliasOfKey(const Mention& x, std::string_view ykey, bool y_company) const;

  const OrgData& d_;
  std::string_view s_;
  size_t lo_, hi_;
  std::vector<Occ> occs_;  // the longest head ending at each end, by end
  std::vector<Mention> mentions_;
};

void Run::FindHeads() {
  const size_t max_key = d_.suffixes.max_key_bytes();
  absl::flat_hash_map<size_t, size_t> by_end;  // end -> index in occs_
  size_t n = 0;
  for (size_t p = lo_; p < hi_; p += n) {
    n = std::max<size_t>(1, text::DecodeAt(s_, p).len);
    if (!d_.suffix_start.MayStartAt(s_, p, hi_)) continue;
    std::string_view window = s_.substr(p, std::min(max_key, hi_ - p));
    d_.suffixes.ForEachPrefix(window, [&](const lexicon::Entry& e) {
      auto it = d_.suffix_info.find(e.key);
      if (it == d_.suffix_info.end()) return;
      const size_t end = p + e.key.size();
      if (Covered(d_.nothead_ends, d_.nothead, d_.max_nothead, p, end)) return;
      if (EndsInContractedTitle(p, end)) return;
      if (it->second.anchor && KnownEndsInside(p, end)) return;
      auto [pos, inserted] = by_end.try_emplace(end, occs_.size());
      if (inserted) {
        occs_.push_back({p, end, &it->second});
      } else if (occs_[pos->second].start > p) {
        occs_[pos->second] = {p, end, &it->second};
      }
    });
  }
  std::sort(occs_.begin(), occs_.end(),
            [](const Occ& a, const Occ& b) { return a.end < b.end; });
}

// "外交部长", "山东大学校长", "中国队长": the head's last character begins a
// "X长" post, written once for both words, so the head names no body here.
// 长 also starts common words ("医院长期", "派出所长年"), which keep the head.
bool Run::EndsInContractedTitle(size_t p, size_t end) const {
  const size_t last = PrevStart(s_, end, p);
  const size_t tl = WordStartingAt(d_.titles_ends.first, d_.titles, d_.max_title, s_, last, hi_);
  static constexpr std::string_view kLong = "长";
  if (tl == 0 || last + tl != end + kLong.size() || s_.substr(end, kLong.size()) != kLong) {
    return false;
  }
  return !LongWordAt(end);
}

// Whether a gazetteer name that starts before the head at [p, end) ends
// inside it: "联合国会费" holds 联合国, not the head 国会. Only ambiguous
// (anchored) heads give way: "人民日报社" is one name.
bool Run::KnownEndsInside(size_t p, size_t end) const {
  for (size_t k = p + text::DecodeAt(s_, p).len; k < end; k += text::DecodeAt(s_, k).len) {
    if (!d_.known_last.MayHave(text::DecodeBefore(s_, k).c)) continue;
    const lexicon::Entry* e = d_.known.LongestSuffix(s_.substr(lo_, k - lo_));
    if (e != nullptr && e->key.size() > k - p) return true;
  }
  return false;
}

// Whether a body's name begins at `p` with a place, a level character
// standing for one, a prefix (中共), 国家/中央 or a gazetteer name.
bool Run::FormerBodyAt(size_t p) const {
  if (p >= hi_) return false;
  if (StartsWithPlace(p, hi_)) return true;
  if (WordStartingAt(d_.prefix_ends.first, d_.prefix, d_.max_prefix, s_, p, hi_) > 0) return true;
  if (!d_.known_start.MayStartAt(s_, p, hi_)) return false;
  return d_.known.LongestPrefix(s_.substr(p, std::min(d_.known.max_key_bytes(), hi_ - p))) !=
         nullptr;
}

// A party's 中央 (its central committee) belongs to its name: "民革中央",
// "九三学社中央领导集体". Returns the end of the name.
size_t Run::PartyCentreEnd(size_t end) const {
  static constexpr std::string_view kCentre = "中央";
  return StartsWith(s_.substr(end, hi_ - end), kCentre) ? end + kCentre.size() : end;
}

// Whether [b, e) starts with a name shaped like a place: two or three
// characters and a level character ("平顶山市", "偃师市", "闻喜县"), where
// the gazetteer of places does not list every county and city. Common words
// ending in a level character ("城市", "超市", "乡镇", "小城镇") are none.
bool Run::PlaceShapedAt(size_t b, size_t e) const {
  static constexpr std::u32string_view kLevel = U"市县镇乡旗";
  static constexpr std::u32string_view kNotBefore = U"城都超股楼上夜菜集门闹街早花车汇债乡村小辖";
  size_t p = b;
  for (int chars = 0; chars < 4 && p < e; ++chars) {
    const text::CodePoint cp = text::DecodeAt(s_, p);
    if (chars >= 2 && kLevel.find(cp.c) != std::u32string_view::npos) {
      const char32_t before = text::DecodeBefore(s_, p).c;
      return kNotBefore.find(before) == std::u32string_view::npos && p + cp.len < e;
    }
    if (!text::IsHanWithPlane2(cp.c)) return false;
    p += cp.len;
  }
  return false;
}

// Whether a common word starting with 长 begins at `p`: there 长 ends no
// "X长" post ("医院长期", "广元市长城宾馆", "上海市长宁区").
bool Run::LongWordAt(size_t p) const {
  static constexpr std::string_view kLongWords[] = {
      "长期", "长年", "长达", "长久", "长远", "长时间", "长江", "长城", "长足", "长效",
      "长沙", "长春", "长安", "长征", "长治", "长宁", "长白", "长乐", "长兴", "长寿"};
  const std::string_view rest = s_.substr(p, hi_ - p);
  for (std::string_view w : kLongWords) {
    if (StartsWith(rest, w)) return true;
  }
  return false;
}

// Whether a head found in the article overlaps [b, e).  occs_ is sorted by
// end and heads are short, so only a few entries are looked at.
bool Run::HeadOverlaps(size_t b, size_t e) const {
  const size_t max_key = d_.suffixes.max_key_bytes();
  for (auto q = std::upper_bound(occs_.begin(), occs_.end(), b,
                                 [](size_t v, const Occ& a) { return v < a.end; });
       q != occs_.end() && q->end < e + max_key; ++q) {
    if (q->start < e) return true;
  }
  return false;
}

// Whether a head of two or more characters starts at `p` (`o` is the head
// being walked from, which may not be in occs_ under this start).
bool Run::MultiCharHeadAt(size_t p, const Occ& o) const {
  auto multi = [&](const Occ& x) { return x.start == p && x.end - x.start > text::DecodeAt(s_, p).len; };
  if (multi(o)) return true;
  const size_t max_key = d_.suffixes.max_key_bytes();
  for (auto q = std::upper_bound(occs_.begin(), occs_.end(), p,
                                 [](size_t v, const Occ& a) { return v < a.end; });
       q != occs_.end() && q->end <= p + max_key; ++q) {
    if (multi(*q)) return true;
  }
  return false;
}

// Whether a place that starts before `b` ends inside (b, e): "上海市长宁区"
// holds no 市长.
bool Run::PlaceEndsInside(size_t b, size_t e) const {
  for (size_t k = b + text::DecodeAt(s_, b).len; k < e; k += text::DecodeAt(s_, k).len) {
    if (WordEndingAt(d_.places_ends.last, d_.places, d_.max_place, s_, lo_, k) > k - b) return true;
  }
  return false;
}

// True if a word of `set` longer than [p, e) covers it: "局面", "中小学"
// over a head, "经济" over the boundary "经".
bool Run::Covered(const OrgData::Ends& ends, const absl::flat_hash_set<std::string>& set,
                  size_t max, size_t p, size_t e) const {
  if (max == 0) return false;
  size_t b = p;
  while (true) {
    for (size_t f = b; f < hi_ && f - b < max && ends.first.MayHave(text::DecodeAt(s_, b).c);) {
      const text::CodePoint cp = text::DecodeAt(s_, f);
      f += cp.len;
      if (f >= e && f - b > e - p && ends.last.MayHave(cp.c) &&
          set.contains(AV(s_.substr(b, f - b)))) {
        return true;
      }
    }
    if (b <= lo_ || p - b >= max) break;
    b = PrevStart(s_, b, lo_);
  }
  return false;
}

bool Run::StartsWithPlace(size_t b, size_t e) const {
  if (b >= e) return false;
  if (WordStartingAt(d_.places_ends.first, d_.places, d_.max_place, s_, b, e) > 0) return true;
  return IsLevelChar(text::DecodeAt(s_, b).c);
}

// The state and the party centre anchor a body like a place does
// ("国家技术监督局", "中央统战部"), with a stem of their own after them
// ("国家队" is a kind of team). A one-character head must be a state body:
// "国家正处在", "国家集训队" hold no section or named team.
bool Run::StartsWithNational(size_t b, size_t e, const Occ& o) const {
  if (o.end - o.start <= text::DecodeAt(s_, o.start).len &&
      o.info->type != OrgType::kGovernment) {
    return false;
  }
  for (std::string_view national : {"国家", "中央"}) {
    if (StartsWith(s_.substr(b, e - b), national) && e - b > national.size()) return true;
  }
  // The party centre's own departments: "中央宣传部", "中央委员会" (not the
  // central bank or government of any state, "中央银行", "中央政府", which
  // name a level like 地方政府).
  return e - b == std::string_view("中央").size() && StartsWith(s_.substr(b), "中央") &&
         o.end - o.start > text::DecodeAt(s_, o.start).len &&
         (o.info->type == OrgType::kParty || o.info->type == OrgType::kGovernment) &&
         s_.substr(o.start, o.end - o.start) != "政府";
}

// Length in bytes of a one-character country abbreviation ending at `e` that
// starts a word ("，阿政府", "援引菲卫生部"), 0 if none. After a digit it
// ends a date ("3日政府"); one that is also a function word (以) needs
// punctuation or the text start before it ("所以政府" is no Israeli body).
size_t Run::CountryBefore(size_t e) const {
  if (e <= lo_ || d_.countries.empty()) return 0;
  const size_t b = PrevStart(s_, e, lo_);
  const std::string_view c = s_.substr(b, e - b);
  if (!d_.countries.contains(AV(c))) return 0;
  // "美国会利用", "美国会费": the character begins a place running into the head.
  if (WordStartingAt(d_.places_ends.first, d_.places, d_.max_place, s_, b, hi_) > e - b) return 0;
  if (b == lo_) return e - b;
  const char32_t prev = text::DecodeBefore(s_, b).c;
  if (IsNumeral(prev) || (prev >= U'０' && prev <= U'９')) return 0;
  if (!IsNameChar(prev)) return e - b;
  if (d_.boundary.contains(AV(c))) return 0;
  return WordEndingAt(d_.boundary_ends.last, d_.boundary, d_.max_boundary, s_, lo_, b) > 0 ? e - b
                                                                                         : 0;
}

// Whether the country character at `country` is a preposition here: "以政府为主导",
// "以政府名义" (the body ends at `end`).
bool Run::CountryAsPreposition(size_t country, size_t end) const {
  const size_t n = text::DecodeAt(s_, country).len;
  if (!d_.boundary.contains(AV(s_.substr(country, n)))) return false;
  const std::string_view rest = s_.substr(end, hi_ - end);
  return StartsWith(rest, "为") || StartsWith(rest, "名义") || StartsWith(rest, "的名义");
}

// True if [b, e) is empty or consists only of generic words ("头部平台企业",
// "全市基层").  A place makes a stem specific ("北京市快递协会", "市快递协会").
bool Run::StemIsGeneric(size_t b, size_t e) const {
  if (b >= e) return true;
  // A rank or tier makes a category of bodies: "朝阳区级创新工作室".
  for (size_t i = b; i < e; i += text::DecodeAt(s_, i).len) {
    if (WordStartingAt(d_.rank_ends.first, d_.rank, d_.max_rank, s_, i, e) > 0) return true;
  }
  if (e - b > 64) return false;
  std::vector<bool> ok(e - b + 1, false);
  ok[0] = true;
  for (size_t i = b; i < e; ++i) {
    if (!ok[i - b] || !d_.generic_ends.first.MayHave(text::DecodeAt(s_, i).c)) continue;
    size_t j = i;
    while (j < e && j - i < d_.max_generic) {
      const text::CodePoint cp = text::DecodeAt(s_, j);
      j += cp.len;
      if (d_.generic_ends.last.MayHave(cp.c) && d_.generic.contains(AV(s_.substr(i, j - i)))) {
        ok[j - b] = true;
      }
    }
  }
  return ok[e - b];
}

bool Run::MakeCandidate(const Occ& o, Candidate* c) const {
  const SuffixInfo& info = *o.info;
  // 所, 科 and 处 also begin words and serve as a pronoun or a classifier:
  // right after another head ("法院所审理", "大使馆所在", "科协科教兴农",
  // "农业局科教处") or a numeral ("两所学校", "四处奔波", "大百科") they are
  // no section. An institute of a field keeps its 所 ("农科所"); teams and
  // works keep theirs ("军区队", "六厂").
  if (const text::CodePoint h = text::DecodeAt(s_, o.start);
      o.end - o.start == h.len && o.start > lo_ &&
      std::u32string_view(U"所科处").find(h.c) != std::u32string_view::npos) {
    if (IsNumeral(text::DecodeBefore(s_, o.start).c)) return false;
    auto q = std::lower_bound(occs_.begin(), occs_.end(), o.start,
                              [](const Occ& a, size_t v) { return a.end < v; });
    for (; q != occs_.end() && q->end == o.start; ++q) {
      const text::CodePoint first = text::DecodeAt(s_, q->start);
      if (q->end - q->start > first.len || first.c != U'科') return false;
    }
  }
  // A head followed by an attribute word is a modifier: "工会工作", "工会系统".
  if (WordStartingAt(d_.staff_ends.first, d_.staff, d_.max_staff, s_, o.end, hi_) == 0 &&
      WordStartingAt(d_.attribute_ends.first, d_.attribute, d_.max_attribute, s_, o.end, hi_) > 0) {
    return false;
  }
  // A meeting name: "北京市工会十五大", "中国工会第十八次代表大会".
  {
    size_t p = o.end;
    text::CodePoint cp = text::DecodeAt(s_, p);
    if (p < hi_ && cp.c == U'第') {
      p += cp.len;
      cp = text::DecodeAt(s_, p);
    }
    int numerals = 0;
    while (p < hi_ && numerals < 6 && IsNumeral(cp.c)) {
      p += cp.len;
      cp = text::DecodeAt(s_, p);
      ++numerals;
    }
    if (numerals > 0 && p < hi_) {
      char32_t c = cp.c;
      if (c == U'次' || c == U'届') {
        p += cp.len;
        if (p < hi_) c = text::DecodeAt(s_, p).c;
      }
      std::string_view rest = s_.substr(p, hi_ - p);
      if (c == U'大' || StartsWith(rest, "代表大会") || StartsWith(rest, "会员代表大会")) {
        return false;
      }
    }
  }
  if (info.role) {
    static constexpr std::string_view kTitles[] = {"书记", "副书记", "常务副书记", "委员",
                                                  "成员", "副组长", "组长"};
    for (auto t : kTitles) {
      if (StartsWith(s_.substr(o.end, hi_ - o.end), t)) return false;
    }
  }
  // Walk left from the head.
  size_t i = o.start;
  int chars = 0;
  bool demonstrative = false;
  bool after_place = false;
  while (i > lo_) {
    if (size_t pl = WordEndingAt(d_.places_ends.last, d_.places, d_.max_place, s_, lo_, i); pl > 0) {
      i -= pl;
      chars += 2;
      after_place = true;
      continue;
    }
    // Names begin at their place ("市民可拨打北京市总工会"), unless a
    // parent organization or a prefix such as 共青团 comes first.
    if (after_place) {
      auto q = std::lower_bound(occs_.begin(), occs_.end(), i,
                                [](const Occ& a, size_t v) { return a.end < v; });
      const bool parent_ends_here = q != occs_.end() && q->end == i;
      // "奥地利—中国友好协会", "圭亚那—中国友好协会": two countries joined by a
      // dash (a doubled dash is punctuation). "中国驻南非大使馆": the sending
      // state, 驻, the host state.
      const size_t dash = i > lo_ ? PrevStart(s_, i, lo_) : i;
      const char32_t link = dash < i ? text::DecodeAt(s_, dash).c : 0;
      const bool place_before =
          dash > lo_ && WordEndingAt(d_.places_ends.last, d_.places, d_.max_place, s_, lo_, dash) > 0;
      if ((link == U'驻' && place_before) ||
          (link == U'—' && dash > lo_ && IsNameChar(text::DecodeBefore(s_, dash).c))) {
        i = dash;
        ++chars;
        after_place = false;
        continue;
      }
      if (!parent_ends_here && WordEndingAt(d_.prefix_ends.last, d_.prefix, d_.max_prefix, s_, lo_, i) == 0 &&
          d_.known.LongestSuffix(s_.substr(lo_, i - lo_)) == nullptr) {
        break;
      }
      after_place = false;
    }
    const size_t bl = WordEndingAt(d_.boundary_ends.last, d_.boundary, d_.max_boundary, s_, lo_, i);
    if (bl > 0 && !Covered(d_.keep_ends, d_.keep, d_.max_keep, i - bl, i)) break;
    // A post before a person's name ends the name ("德国总理科尔" is no
    // 科). Before a head of two or more characters it is part of the name
    // ("校长办公室", "中国作家协会"); inside a head it is no post ("书记处").
    if (const size_t tl = WordEndingAt(d_.titles_ends.last, d_.titles, d_.max_title, s_, lo_, i);
        tl > 0 && !HeadOverlaps(i - tl, i) && !MultiCharHeadAt(i, o) &&
        !PlaceEndsInside(i - tl, i) && !LongWordAt(PrevStart(s_, i, lo_))) {
      break;
    }
    if (WordEndingAt(d_.demonstrative_ends.last, d_.demonstrative, d_.max_demonstrative, s_, lo_, i) > 0) {
      demonstrative = true;
      break;
    }
    size_t b = PrevStart(s_, i, lo_);
    char32_t cp = text::DecodeAt(s_, b).c;
    // One dash between two names joins them ("时代—沃纳公司", "圭亚那—中国友好
    // 协会"); a doubled one is punctuation.
    if (cp == U'—' && b > lo_ && IsNameChar(text::DecodeAt(s_, i).c)) {
      const size_t a = PrevStart(s_, b, lo_);
      if (IsNameChar(text::DecodeAt(s_, a).c)) {
        b = a;
        cp = text::DecodeAt(s_, a).c;
        ++chars;
      }
    }
    if (!IsNameChar(cp)) break;
    // 原 (former) before a place, 中共/国家/中央 or a known name is no part of
    // it: "原中共中央顾问委员会", "原离石市委".
    if (cp == U'原' && FormerBodyAt(i)) break;
    if (IsCountUnit(cp) && b > lo_) {
      if (IsNumeral(text::DecodeAt(s_, PrevStart(s_, b, lo_)).c)) break;
    }
    i = b;
    if (++chars > kMaxNameChars) return false;
  }
  if (demonstrative) return false;
  size_t start = i;
  // A country abbreviation as the whole stem stands for its state before a
  // government body: "以政府" (where the walk stopped at the preposition 以),
  // "阿政府", "以议会".
  bool country = false;
  if (info.type == OrgType::kGovernment) {
    const size_t cl = CountryBefore(o.start);
    if (cl > 0 && (start == o.start || start + cl == o.start) &&
        !CountryAsPreposition(o.start - cl, o.end)) {
      start = o.start - cl;
      country = true;
    }
  }
  if (start == o.start && !info.whole) return false;
  if (start < o.start && StemIsGeneric(start, o.start)) return false;
  // The nearest head inside the stem: the parent of a sub-unit.
  const Occ* parent = nullptr;
  // occs_ is sorted by end: only heads ending inside the stem matter.
  for (auto q = std::lower_bound(occs_.begin(), occs_.end(), start + 1,
                                 [](const Occ& a, size_t v) { return a.end < v; });
       q != occs_.end() && q->end <= o.start; ++q) {
    if (q->start >= start) parent = &*q;
  }
  const bool placed = country || StartsWithPlace(start, o.start) ||
                      StartsWithNational(start, o.start, o) || PlaceShapedAt(start, o.start);
  // A short head hangs on a place or on a parent close before it
  // ("…医院临床心理科"), not on a clause ("法院法官不定时来街道").
  constexpr size_t kMaxParentGap = 4 * 3;
  // A bare head as the whole stem names no parent ("证券营业部", "公司董事会").
  const bool bare_parent = parent != nullptr && parent->start == start &&
                           parent->end == o.start && !parent->info->whole;
  const bool near_parent =
      parent != nullptr && o.start - parent->end <= kMaxParentGap && !bare_parent;
  if (info.anchor && !near_parent && !placed) return false;
  if (info.short_stem && parent == nullptr && !placed) {
    const lexicon::Entry* k =
        d_.known.LongestPrefix(s_.substr(start, o.start - start));
    size_t chars = 0;
    for (size_t p = start; p < o.start; p += text::DecodeAt(s_, p).len) ++chars;
    if (k == nullptr && chars > 4) return false;
  }
  OrgType type = info.type;
  if (info.sub && parent != nullptr) type = parent->info->type;
  *c = {start, o.start, info.type == OrgType::kParty ? PartyCentreEnd(o.end) : o.end, o.info,
        type};
  return true;
}

void Run::FindKnown(const std::vector<Candidate>& kept) {
  const size_t max_key = d_.known.max_key_bytes();
  size_t k = 0;  // first candidate that may overlap
  size_t n = 0;
  for (size_t p = lo_; p < hi_; p += n) {
    n = std::max<size_t>(1, text::DecodeAt(s_, p).len);
    if (!d_.known_start.MayStartAt(s_, p, hi_)) continue;
    const lexicon::Entry* e = d_.known.LongestPrefix(s_.substr(p, std::min(max_key, hi_ - p)));
    if (e == nullptr) continue;
    size_t end = p + e->key.size();
    while (k < kept.size() && kept[k].end <= p) ++k;
    bool inside = false;
    for (size_t j = k; j < kept.size() && kept[j].start < end; ++j) {
      if (kept[j].end > p) inside = true;
    }
    if (inside) continue;
    // "卫生部门", "劳动部门": the name's last character begins a word that is
    // no body. A post with 长 ("卫生部长") keeps the body: persons read it as
    // the body and the post 部长.
    if (const size_t last = PrevStart(s_, end, p);
        !StartsWith(s_.substr(end, hi_ - end), "长") &&
        WordStartingAt(d_.nothead_ends.first, d_.nothead, d_.max_nothead, s_, last, hi_) >
            end - last) {
      continue;
    }
    // "ABB(中国)": a country or place in brackets belongs to the name.
    if (end < hi_ && s_[end] == '(') {
      size_t close = s_.find(')', end);
      if (close != std::string_view::npos && close < hi_ &&
          d_.places.contains(AV(s_.substr(end + 1, close - end - 1)))) {
        end = close + 1;
      }
    }
    // The name must end a word: "小米科技园", "京东蹲点组" are something else.
    // Names of three or more characters are specific enough on their own
    // ("新华社北京1月1日电").
    size_t key_chars = 0;
    for (size_t q = 0; q < e->key.size(); q += text::DecodeAt(e->key, q).len) ++key_chars;
    const bool centre = d_.known_type.at(e->key) == OrgType::kParty && PartyCentreEnd(end) > end;
    if (centre) end = PartyCentreEnd(end);
    if (end < hi_ && key_chars < 3 && !centre) {
      const char32_t next = text::DecodeAt(s_, end).c;
      static constexpr std::u32string_view kFollow =
          U"等和与及的在为是将也都已还并跟同对向把被让给于以均正们共各成秘总主副董首";
      // "东盟国家", "欧盟地区": the members or the region of the body.
      const std::string_view rest = s_.substr(end, hi_ - end);
      if (IsNameChar(next) && kFollow.find(next) == std::u32string_view::npos &&
          !StartsWith(rest, "国家") && !StartsWith(rest, "地区") &&
          WordStartingAt(d_.boundary_ends.first, d_.boundary, d_.max_boundary, s_, end, hi_) == 0) {
        continue;
      }
    }
    // A place right before a known name belongs to it: "美国国防部",
    // "中国国务院" (not when the place ends a longer name, inside which the
    // walk over places already stopped).
    size_t start = p;
    if (const size_t pl = WordEndingAt(d_.places_ends.last, d_.places, d_.max_place, s_, lo_, p); pl > 0) {
      const bool kept_before = k > 0 && kept[k - 1].end > p - pl;
      if (!kept_before) start = p - pl;
    }
    // "菲卫生部", "俄外交部": a country abbreviation before a state body.
    if (start == p && d_.known_type.at(e->key) == OrgType::kGovernment) {
      const size_t cl = CountryBefore(p);
      const bool kept_before = k > 0 && kept[k - 1].end > p - cl;
      if (cl > 0 && !kept_before && !CountryAsPreposition(p - cl, end)) start = p - cl;
    }
    Mention m;
    m.span = {start, end};
    m.key = std::string(s_.substr(start, end - start));
    m.type = d_.known_type.at(e->key);
    m.known = true;
    m.company_head = m.type == OrgType::kCompany;
    mentions_.push_back(std::move(m));
    n = end - p;
  }
}

PlaceSplit Run::SplitPlaces(std::string_view key) const {
  PlaceSplit out;
  size_t p = 0;
  while (p < key.size()) {
    size_t best = WordStartingAt(d_.places_ends.first, d_.places, d_.max_place, key, p, key.size());
    if (best == 0 || best == key.size() - p) break;
    std::string_view w = key.substr(p, best);
    out.full_pieces.emplace_back(w);
    // Bare form: strip a trailing level character.
    std::string bare(w);
    for (std::string_view lv : {"市", "区", "县", "省"}) {
      if (bare.size() > lv.size() + 3 && EndsWith(bare, lv) &&
          d_.places.contains(bare.substr(0, bare.size() - lv.size()))) {
        bare.resize(bare.size() - lv.size());
        break;
      }
    }
    out.pieces.push_back(bare);
    p += best;
  }
  if (p == 0 && !key.empty()) {
    const text::CodePoint c = text::DecodeAt(key, 0);
    const size_t n = c.len;
    if (IsLevelChar(c.c) && n < key.size()) {
      out.pieces.push_back("*" + std::string(key.substr(0, n)));
      out.full_pieces.emplace_back(key.substr(0, n));
      p = n;
    }
  }
  out.rest = key.substr(p);
  return out;
}

// Is `x` (shorter) another surface form of `y` in the same article?
bool Run::IsAlias(const Mention& x, const Mention& y) const {
  if (x.key.size() >= y.key.size()) return false;
  if (IsAliasOfKey(x, y.key, y.company_head)) return true;
  // "街道工会", "中关村科学城工会" for a "…总工会".
  static constexpr std::string_view kTotal = "总工会", kUnion = "工会";
  if (EndsWith(y.key, kTotal) && EndsWith(x.key, kUnion) && !EndsWith(x.key, kTotal)) {
    std::string y2(y.key.substr(0, y.key.size() - kTotal.size()));
    y2 += kUnion;
    // Only the same stem or a tail of it: "北京工会" (the city's unions as a
    // system) is no short form of "北京市总工会".
    return x.key == y2 || (!x.known && x.stem_chars >= 2 && EndsWith(y2, x.key));
  }
  return false;
}

bool Run::IsAliasOfKey(const Mention& x, std::string_view ykey, bool y_company) const {
  if (x.key.size() >= ykey.size()) return false;
  // Place-reduced forms: "市总工会", "区总工会", "丰台审计局", "金融街街道总工会".
  PlaceSplit px = SplitPlaces(x.key), py = SplitPlaces(ykey);
  if (!px.rest.empty() && px.rest == py.rest) {
    size_t j = 0;
    bool ok = true;
    for (const auto& piece : px.pieces) {
      bool found = false;
      for (; j < py.pieces.size() && !found; ++j) {
        if (piece[0] == '*') {
          found = EndsWith(py.full_pieces[j], piece.substr(1));
        } else {
          found = py.pieces[j] == piece;
        }
      }
      if (!found) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  // A tail with a real stem of its own: "职工服务中心", "集团工会", "修复公司".
  if (!x.known && x.stem_chars >= 2 && EndsWith(ykey, x.key)) return true;
  // Company stems: "小米公司", "快手科技公司", "快手" for "北京快手科技有限公司".
  if (y_company && x.company_head) {
    std::string_view stem = x.key;
    if (!x.known) {
      if (!EndsWith(stem, "公司")) return false;
      stem.remove_suffix(std::string_view("公司").size());
    }
    if (stem.size() < 6) return false;  // two characters at least
    return StartsWith(py.rest, stem) || StartsWith(ykey, stem);
  }
  return false;
}

std::vector<Organization> Run::Extract(const text::NormalizedText& doc) {
  if (lo_ >= hi_) return {};
  FindHeads();
  std::vector<Candidate> cands;
  for (const Occ& o : occs_) {
    Candidate c;
    if (MakeCandidate(o, &c)) cands.push_back(c);
  }
  // Keep maximal names.
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Candidate> kept;
  size_t reach = 0;
  for (const Candidate& c : cands) {
    if (!kept.empty() && c.end <= reach) continue;
    kept.push_back(c);
    reach = std::max(reach, c.end);
  }
  for (const Candidate& c : kept) {
    Mention m;
    m.span = {c.start, c.end};
    m.key = std::string(s_.substr(c.start, c.end - c.start));
    m.type = c.type;
    for (size_t p = c.start; p < c.head; p += text::DecodeAt(s_, p).len) ++m.stem_chars;
    m.company_head = c.info->type == OrgType::kCompany && !c.info->sub;
    mentions_.push_back(std::move(m));
  }
  FindKnown(kept);
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });

  // Distinct forms, in order of first mention.
  std::vector<size_t> first;  // index of the first mention of each form
  absl::flat_hash_map<std::string, size_t> form_of;
  std::vector<size_t> mention_form(mentions_.size());
  for (size_t i = 0; i < mentions_.size(); ++i) {
    auto [it, inserted] = form_of.try_emplace(mentions_[i].key, first.size());
    if (inserted) first.push_back(i);
    mention_form[i] = it->second;
  }
  const size_t nf = first.size();
  // Attach each form to a longer one it abbreviates, longest forms first.
  std::vector<size_t> order(nf);
  for (size_t f = 0; f < nf; ++f) order[f] = f;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return mentions_[first[a]].key.size() > mentions_[first[b]].key.size();
  });
  std::vector<size_t> root(nf);
  for (size_t f = 0; f < nf; ++f) root[f] = f;
  for (size_t oi = 0; oi < nf; ++oi) {
    const size_t x = order[oi];
    const Mention& mx = mentions_[first[x]];
    size_t best = nf;
    size_t best_pos = 0;
    bool best_before = false;
    for (size_t oj = 0; oj < oi; ++oj) {
      const size_t y = order[oj];
      const Mention& my = mentions_[first[y]];
      if (!IsAlias(mx, my)) continue;
      // Prefer the full form mentioned last before the short form, else the
      // first one after it.
      const size_t pos = my.span.start;
      const bool before = pos < mx.span.start;
      if (best == nf || (before && (!best_before || pos > best_pos)) ||
          (!before && !best_before && pos < best_pos)) {
        best = y;
        best_pos = pos;
        best_before = before;
      }
    }
    if (best != nf) root[x] = root[best];
  }

  // One organization per root.
  absl::flat_hash_map<size_t, size_t> org_of;  // root form -> index in out
  std::vector<Organization> out;
  std::vector<size_t> root_of;  // root form of each organization
  std::vector<std::vector<size_t>> forms_of;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const size_t f = mention_form[i];
    const size_t r = root[f];
    auto [it, inserted] = org_of.try_emplace(r, out.size());
    if (inserted) {
      Organization o;
      o.type = mentions_[first[r]].type;
      out.push_back(std::move(o));
      root_of.push_back(r);
      forms_of.emplace_back();
    }
    Organization& o = out[it->second];
    o.mentions.push_back(mentions_[i].span);
    auto& forms = forms_of[it->second];
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  }
  for (size_t k = 0; k < out.size(); ++k) {
    const size_t r = root_of[k];
    out[k].name = doc.Surface(mentions_[first[r]].span);
    for (size_t f : forms_of[k]) {
      if (f == r) continue;
      std::string alias = doc.Surface(mentions_[first[f]].span);
      if (alias != out[k].name &&
          std::find(out[k].aliases.begin(), out[k].aliases.end(), alias) == out[k].aliases.end()) {
        out[k].aliases.push_back(std::move(alias));
      }
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<OrgExtractor> OrgExtractor::Create(const lexicon::LexiconSet& lexicons) {
  auto d = std::make_shared<OrgData>();
  auto suffixes = lexicons.Load("org_suffixes");
  if (!suffixes.ok()) return suffixes.status();
  auto known = lexicons.Load("known_orgs");
  if (!known.ok()) return known.status();
  auto places = lexicons.Load("place_names");
  if (!places.ok()) return places.status();
  auto stop = lexicons.Load("org_stop");
  if (!stop.ok()) return stop.status();
  auto titles = lexicons.Load("titles");
  if (!titles.ok()) return titles.status();
  d->suffixes = *std::move(suffixes);
  d->known = *std::move(known);
  for (const auto& e : d->suffixes.entries()) {
    SuffixInfo info;
    if (!ParseType(e.field(0), &info.type)) {
      return absl::InvalidArgumentError("org_suffixes: unknown type for " + e.key);
    }
    std::string_view flags = e.field(1);
    while (!flags.empty()) {
      const size_t comma = std::min(flags.find(','), flags.size());
      const std::string_view flag = flags.substr(0, comma);
      flags.remove_prefix(std::min(comma + 1, flags.size()));
      if (flag.empty()) continue;
      if (flag == "sub") info.sub = true;
      else if (flag == "anchor") info.anchor = true;
      else if (flag == "whole") info.whole = true;
      else if (flag == "role") info.role = true;
      else if (flag == "short") info.short_stem = true;
      else return absl::InvalidArgumentError("org_suffixes: unknown flag for " + e.key);
    }
    d->suffix_info[e.key] = info;
  }
  for (const auto& e : d->known.entries()) {
    OrgType t;
    if (!ParseType(e.field(0), &t)) {
      return absl::InvalidArgumentError("known_orgs: unknown type for " + e.key);
    }
    d->known_type[e.key] = t;
  }
  for (const auto& e : places->entries()) AddPlace(d.get(), e.key);
  Collect(*stop, "boundary", &d->boundary, &d->max_boundary);
  Collect(*stop, "demonstrative", &d->demonstrative, &d->max_demonstrative);
  Collect(*stop, "generic", &d->generic, &d->max_generic);
  Collect(*stop, "attribute", &d->attribute, &d->max_attribute);
  Collect(*stop, "staff", &d->staff, &d->max_staff);
  Collect(*stop, "nothead", &d->nothead, &d->max_nothead);
  Collect(*stop, "rank", &d->rank, &d->max_rank);
  Collect(*stop, "keep", &d->keep, &d->max_keep);
  Collect(*stop, "prefix", &d->prefix, &d->max_prefix);
  Collect(*titles, "post", &d->titles, &d->max_title);
  Collect(*stop, "country", &d->countries, &d->max_country);
  auto add_words = [](const absl::flat_hash_set<std::string>& set, OrgData::Ends* ends) {
    for (const std::string& w : set) {
      if (w.empty()) continue;
      ends->first.Add(text::DecodeAt(w, 0).c);
      ends->last.Add(text::DecodeBefore(w, w.size()).c);
    }
  };
  add_words(d->places, &d->places_ends);
  add_words(d->boundary, &d->boundary_ends);
  add_words(d->demonstrative, &d->demonstrative_ends);
  add_words(d->generic, &d->generic_ends);
  add_words(d->rank, &d->rank_ends);
  add_words(d->attribute, &d->attribute_ends);
  add_words(d->staff, &d->staff_ends);
  add_words(d->nothead, &d->nothead_ends);
  add_words(d->keep, &d->keep_ends);
  add_words(d->prefix, &d->prefix_ends);
  add_words(d->titles, &d->titles_ends);
  for (const auto& e : d->suffixes.entries()) d->suffix_start.AddKey(e.key);
  for (const auto& e : d->known.entries()) {
    d->known_start.AddKey(e.key);
    d->known_last.Add(text::DecodeBefore(e.key, e.key.size()).c);
  }
  return OrgExtractor(std::move(d));
}

std::vector<Organization> OrgExtractor::Extract(const text::ArticleText& article) const {
  if (data_ == nullptr || article.doc == nullptr || article.layout == nullptr) return {};
  Run run(*data_, article);
  return run.Extract(*article.doc);
}

}  // namespace tiqu::orgs
