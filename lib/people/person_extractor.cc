// Copyright 2026 The tiqu Authors.
//
// Persons are found by four rules, from the most to the least certain:
//   1. credits the article splitter read from bylines ("记者 宗晓畅");
//   2. title chains: [ORG] TITLE (、|, [ORG] TITLE)* NAME, where NAME is a
//      surname from data/surnames.tsv and one or two given characters,
//      closed by punctuation, a cue word or another title; byline labels
//      (记者, 通讯员) are titles too, so bylines are found even without
//      credits, with "摄影报道"/"摄" after a byline adding the role 摄影;
//      a few titles may also follow the name ("X总书记");
//   3. cue words after a name at a clause start ("X指出", "X一行");
//   4. bare names: a surname and one or two given characters scored by how
//      often those characters stand in names (data/given_names.tsv) and by
//      what stands before and after (a list mark, a reporting verb, a title,
//      punctuation; data/given_names_context.tsv), and transliterated
//      foreign names (克林顿, 安娜·卡列尼娜) after a title or before a cue;
//   5. every other occurrence of a found name is a mention of it.
// Names overlapping a found name give way to it, and strings followed by a
// brand word ("秋子服务") are not names.

#include "lib/people/person_extractor.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "lib/text/char_filter.h"
#include "lib/text/utf8.h"

namespace tiqu::people {

using text::CharFilter;

// Per-character name statistics from data/given_names.tsv.
struct NameChars {
  // Given-name weight per BMP code point: 1..3, kRareInName, or kUnlistedGiven.
  std::vector<int8_t> given;
  CharFilter translit;
  // data/place_names.tsv, also without the level character ("山东" for 山东省):
  // a place is no bare name.
  absl::flat_hash_set<std::string> places;
  // First and last characters of the keys of each lexicon: most text
  // positions need no trie look-up.
  CharFilter surname_first, title_last, context_last, not_name_first;
  text::PrefixFilter title_start, cue_start;  // first two characters of titles, of cues
  CharFilter after_cue_first;     // first characters of "after" cues
  // Single-character surnames per BMP code point: kSurname | kAmbiguous | kCommon.
  std::vector<uint8_t> single_surname;
  CharFilter compound_first;      // first characters of compound surnames
};


bool IsMiddleDot(char32_t c) { return c == U'·' || c == U'•' || c == U'・'; }

namespace {

constexpr int kRareInName = -100;
// NameChars::single_surname bits.
constexpr uint8_t kSurname = 1, kAmbiguous = 2, kCommon = 4;
constexpr int kUnlistedGiven = -2;  // a character the table has no opinion on
// A bare name needs this much evidence (surname + given characters + context).
constexpr int kBareNameThreshold = 6;
// Or this much, when ICU's word segmentation cuts the candidate into pieces
// (no dictionary word) and a word boundary stands on either side of it.
constexpr int kSegmentedNameThreshold = 4;

using lexicon::Entry;
using lexicon::Lexicon;
// Names are runs of Han characters (text::IsHanToCompatSupplement); anything
// else (punctuation, spaces, Latin letters, digits) ends a name.
using text::CodePoint;
using text::DecodeAt;
using text::DecodeBefore;

enum class TitleKind { kNone, kPost, kCredit, kPrefix, kHonour };

TitleKind ParseTitleKind(std::string_view s) {
  if (s == "post") return TitleKind::kPost;
  if (s == "credit") return TitleKind::kCredit;
  if (s == "prefix") return TitleKind::kPrefix;
  if (s == "honour") return TitleKind::kHonour;
  return TitleKind::kNone;
}

// A title as printed, prefixes included: "党委常务副书记".
struct RoleToken {
  Span span;
  TitleKind kind = TitleKind::kNone;
  bool may_follow_name = false;  // "both" in data/titles.tsv
  bool takes_object = false;     // "object" in data/titles.tsv: 品牌带头人, 非遗传承人
  bool found() const { return kind != TitleKind::kNone; }
};

// How well the text after a name candidate closes it.
enum Strength { kReject = -1, kNoClose = 0, kWeak = 1, kStrong = 2 };

constexpr int kNoOrg = -1;       // no organization stated with the role
constexpr int kUnknownOrg = -2;  // some text stands there, but not a known organization

struct Role {
  std::string text;
  bool credit = false;
};

// One title of a chain and the organization stated before it.
struct Link {
  Span span;
  TitleKind kind = TitleKind::kNone;
  int org = kNoOrg;
};

struct Candidate {
  Span span;
  std::string name;
  std::vector<Role> roles;
  int org = kNoOrg;
  bool list_anchor = true;  // may vouch for its neighbours in a "、" list
};

// Bounds on the work done around one position, whatever the input.
constexpr int kMaxPrefixes = 4;
constexpr int kMaxChainLinks = 8;
constexpr int kMaxSkipChars = 16;  // unknown organization text between "、" and a title
constexpr int kMaxListedNames = 8; // names listed after one byline label
constexpr size_t kEvidenceWindow = 4096;  // bytes searched for other occurrences of a name

class Scanner {
 public:
  Scanner(const Lexicon& surnames, const Lexicon& titles, const Lexicon& cues,
          const Lexicon& not_names, const Lexicon& context, const NameChars& chars,
          const WordBoundaries& words, const text::ArticleText& article,
          const std::vector<Organization>& orgs)
      : surnames_(surnames), titles_(titles), cues_(cues), not_names_(not_names),
        context_(context), chars_(chars), words_(words), article_(article), orgs_(orgs),
        t_(article.doc_text()) {
    lo_ = std::min(article.span().start, t_.size());
    hi_ = std::min(std::max(article.span().end, lo_), t_.size());
    inside_org_.assign(hi_ - lo_, false);
    in_cand_.assign(hi_ - lo_, false);
    no_role_.assign(hi_ - lo_, false);
    for (size_t i = 0; i < orgs.size(); ++i) {
      for (const Span& m : orgs[i].mentions) {
        if (m.start < lo_ || m.end > hi_ || m.empty()) continue;
        auto [it, added] = org_end_at_.try_emplace(m.end, static_cast<int>(i));
        if (!added && Longer(m, orgs[it->second], m.end)) it->second = static_cast<int>(i);
        auto& s = org_start_at_[m.start];
        if (s.first < m.end) s = {m.end, static_cast<int>(i)};
        for (size_t b = m.start; b < m.end; ++b) inside_org_[b - lo_] = true;
      }
    }
  }

  std::vector<Person> Run() {
    AddCredits();
    ScanTitles();
    ScanCues();
    ScanCreditRuns();
    ScanBareNames();  // foreign names with a middle dot first
    ScanLists();
    return Collect();
  }

 private:
  // True if `m` is longer than the mention of `other` that ends at `end`.
  static bool Longer(const Span& m, const Organization& other, size_t end) {
    for (const Span& o : other.mentions) {
      if (o.end == end) return m.size() > o.size();
    }
    return true;
  }

  std::string_view Rest(size_t p, size_t max_bytes) const {
    if (p >= hi_) return {};
    return t_.substr(p, std::min(hi_ - p, max_bytes));
  }
  // Inlined: the scans call these at every character.
  ABSL_ATTRIBUTE_ALWAYS_INLINE CodePoint At(size_t p) const {
    return p < hi_ ? DecodeAt(t_, p) : CodePoint{0, 0};
  }
  CodePoint Before(size_t p) const { return p > lo_ ? DecodeBefore(t_, p) : CodePoint{0, 0}; }
  bool HanAt(size_t p) const { return p < hi_ && text::IsHanToCompatSupplement(At(p).c); }
  bool InsideOrg(size_t p) const { return p >= lo_ && p < hi_ && inside_org_[p - lo_]; }
  bool OverlapsOrg(const Span& s) const {
    for (size_t b = s.start; b < s.end && b < hi_; ++b) {
      if (InsideOrg(b)) return true;
    }
    return false;
  }
  size_t SkipSpaces(size_t p) const {
    while (p < hi_ && (t_[p] == ' ' || t_[p] == '\t')) ++p;
    return p;
  }
  // The position `n` Han characters after `p`, or npos if a non-Han
  // character comes first.
  size_t AdvanceHan(size_t p, int n) const {
    for (int i = 0; i < n; ++i) {
      CodePoint cp = At(p);
      if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return std::string_view::npos;
      p += cp.len;
    }
    return p;
  }
  size_t BackHan(size_t p, int n) const {
    for (int i = 0; i < n; ++i) {
      CodePoint cp = Before(p);
      if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return std::string_view::npos;
      p -= cp.len;
    }
    return p;
  }
  // A name may start at `p`: the text start or a non-Han character before it.
  // Digits and Latin letters do not count: "100余人" is no name.
  bool BoundaryBefore(size_t p) const {
    CodePoint cp = Before(p);
    if (cp.len == 0) return true;
    if (IsMiddleDot(cp.c)) return false;  // the last part of a foreign name
    if (cp.c < 0x80) return !(absl::ascii_isalnum(static_cast<unsigned char>(cp.c)));
    return !text::IsHanToCompatSupplement(cp.c);
  }

  RoleToken ParseRole(size_t p) const {
    if (p >= hi_) return {};
    const CodePoint first = At(p);
    if (!chars_.title_start.MayHaveFirst(first.c) ||
        !chars_.title_start.MayStart(first.c, At(p + first.len).c)) {
      return {};
    }
    // The same positions are asked again and again (every close test after
    // a name candidate): remember where no title starts.
    if (p >= lo_ && no_role_[p - lo_]) return {};
    RoleToken found = ParseRoleUncached(p);
    if (!found.found() && p >= lo_) no_role_[p - lo_] = true;
    return found;
  }

  RoleToken ParseRoleUncached(size_t p) const {
    size_t q = p;
    for (int i = 0; i <= kMaxPrefixes && q < hi_; ++i) {
      const Entry* e = titles_.LongestPrefix(Rest(q, titles_.max_key_bytes()));
      if (e == nullptr || e->key.empty()) return {};
      TitleKind kind = ParseTitleKind(e->field(0));
      if (kind == TitleKind::kPrefix) {
        q += e->key.size();
        continue;
      }
      if (kind == TitleKind::kNone) return {};
      // "区总工会主席": the 工会 of 工会主席 closes the organization before it.
      if (i == 0 && !e->field(2).empty() && text::IsHanToCompatSupplement(Before(p).c)) return {};
      return {Span{p, q + e->key.size()}, kind, e->field(1) == "both", e->field(3) == "object"};
    }
    return {};
  }

  // The photo label (摄, 摄影报道; data/person_cues.tsv kind photo) starting
  // at `q`, or nullptr.
  const Entry* PhotoLabelAt(size_t q) const {
    if (!MayStartCue(q, At(q))) return nullptr;
    const Entry* label = cues_.LongestPrefix(Rest(q, cues_.max_key_bytes()));
    return label != nullptr && label->field(0) == "photo" ? label : nullptr;
  }

  // A cue may start at `q` (whose code point is `cp`): a one-character cue,
  // or the first two characters of a longer one.
  bool MayStartCue(size_t q, CodePoint cp) const {
    return chars_.cue_start.MayHaveFirst(cp.c) && chars_.cue_start.MayStart(cp.c, At(q + cp.len).c);
  }

  // How the text at `q` closes a name that ends there.
  Strength CloseAt(size_t q) const {
    CodePoint cp = At(q);
    if (IsMiddleDot(cp.c)) return kReject;  // "斯坦利·费希尔": a longer foreign name
    if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return kStrong;
    Strength best = kNoClose;
    bool brand = false;
    if (MayStartCue(q, cp)) cues_.ForEachPrefix(Rest(q, cues_.max_key_bytes()), [&](const Entry& e) {
      std::string_view kind = e.field(0);
      if (kind == "not_after") {
        brand = true;
      } else if (kind == "photo") {
        best = kStrong;
      } else if (kind == "after" || kind == "close") {
        best = std::max(best, CueStrength(e, q));
      }
    });
    if (brand) return kReject;
    if (best == kStrong) return best;
    if (ParseRole(q).found()) return kStrong;
    if (org_start_at_.contains(q)) return std::max(best, kWeak);
    return best;
  }

  // A cue of two or more characters closes a name on its own; a one-character
  // cue only if its entry says so ("strong") or the clause it opens holds the
  // character its entry names ("在" ... "时").
  Strength CueStrength(const Entry& e, size_t q) const {
    if (DecodeAt(e.key, 0).len < e.key.size()) return kStrong;
    std::string_view arg = e.field(1);
    if (arg == "strong") return kStrong;
    if (!arg.empty() && ClauseHas(q + e.key.size(), arg)) return kStrong;
    return kWeak;
  }

  // True if `needle` occurs before the next non-Han character after `p`.
  bool ClauseHas(size_t p, std::string_view needle) const {
    for (int i = 0; i < 40 && p < hi_; ++i) {
      CodePoint cp = At(p);
      if (!text::IsHanToCompatSupplement(cp.c)) return false;
      if (t_.substr(p, needle.size()) == needle) return true;
      p += cp.len;
    }
    return false;
  }

  // Surname lengths (bytes) at `p` with their ambiguity flag.
  std::vector<std::pair<size_t, bool>> SurnamesAt(size_t p) const {
    std::vector<std::pair<size_t, bool>> out;
    if (p >= hi_ || !chars_.surname_first.MayHave(At(p).c)) return out;
    surnames_.ForEachPrefix(Rest(p, surnames_.max_key_bytes()), [&](const Entry& e) {
      out.emplace_back(e.key.size(), e.field(1) == "ambiguous");
    });
    return out;
  }

  // [start, end) may be a full name whose given part starts at `given`:
  // Han given characters none of which is a function word, and no
  // non-name word or title starting inside it.
  // `vouched`: a title before and a close after stand for the name, so a
  // word that starts inside the given name does not refute it ("刘成果主持").
  bool ValidName(size_t start, size_t given, size_t end, bool vouched = false) const {
    for (size_t p = given; p < end;) {
      CodePoint cp = At(p);
      if (!text::IsHanToCompatSupplement(cp.c)) return false;
      const Entry* e = not_names_.Find(t_.substr(p, cp.len));
      if (e != nullptr && (e->field(0) == "char" || (!vouched && e->field(0) == "soft"))) {
        return false;
      }
      p += cp.len;
    }
    for (size_t p = start; p < end;) {
      bool bad = false;
      if ((!vouched || p < given) && chars_.not_name_first.MayHave(At(p).c)) {
        not_names_.ForEachPrefix(Rest(p, not_names_.max_key_bytes()), [&](const Entry& e) {
          if (e.field(0) == "word") bad = true;
        });
      }
      if (bad) return false;
      if (p >= given && ParseRole(p).found()) return false;
      p += At(p).len;
    }
    return true;
  }

  struct Pick {
    Span span;
    Strength close = kNoClose;
    int chars = 0;  // GivenScore of the given name
  };

  // The sum of the given-name weights of [p, end), or kRareInName.
  int GivenScore(size_t p, size_t end, int unlisted = kUnlistedGiven) const {
    int sum = 0;
    for (int i = 0; p < end && i < 4; ++i) {
      CodePoint cp = At(p);
      int w = GivenWeight(cp.c);
      if (w == kRareInName) return kRareInName;
      if (w == kUnlistedGiven) w = unlisted;
      sum += w;
      p += cp.len;
    }
    return sum;
  }

  // The best name starting at `p`.  `allow_ambiguous`: a title vouches for it.
  std::optional<Pick> NameAfter(size_t p, bool allow_ambiguous) const {
    std::optional<Pick> best;
    int best_score = -1;
    // A cue right after a title starts the predicate: "总书记和李鹏总理",
    // "外长宣布辞职".
    if (HanAt(p) && CloseAt(p) >= kWeak) return best;
    for (auto [len, ambiguous] : SurnamesAt(p)) {
      if (ambiguous && !allow_ambiguous) continue;
      const bool compound = len > 3;
      for (int g = 1; g <= 2; ++g) {
        size_t end = AdvanceHan(p + len, g);
        if (end == std::string_view::npos) continue;
        const bool plain = ValidName(p, p + len, end);
        if (!plain && !ValidName(p, p + len, end, /*vouched=*/true)) continue;
        Strength close = CloseAt(end);
        if (close == kReject || (!plain && close < kWeak)) continue;
        // Nothing closes the name here ("韩志杰面对面"): trust the length
        // that the article closes elsewhere ("韩志杰表示").
        int evidence = close == kNoClose && ClosedElsewhere(Span{p, end}) ? 1 : 0;
        // How name-like the given characters are: a rare one ends the name
        // before it ("总理李鹏今天").
        // A rare one is still taken when a cue or punctuation closes the
        // name right after it and the title stands before it ("副主任张发强说").
        int chars = GivenScore(p + len, end);
        const bool rare = chars == kRareInName;
        // A surname that is also a common word ("有", "应", "东") needs given
        // characters that look like a name ("驾驶员有逃逸", "演员东奔西走").
        if (ambiguous && !CommonSurnameAt(p) && (rare || chars < 1)) continue;
        if ((rare || !plain) && ambiguous) continue;
        if (rare && close != kStrong) continue;
        // A title vouches for the name: a character the table does not list
        // costs nothing here, and three characters are the usual length
        // ("局长李传卿最近").
        chars = rare ? 0 : GivenScore(p + len, end, /*unlisted=*/0) + (g == 2 ? 1 : 0);
        int score = close * 64 + evidence * 32 + (compound ? 16 : 0) + g + chars + 8;
        if (score > best_score) {
          best_score = score;
          best = Pick{Span{p, end}, close, chars};
        }
      }
    }
    return best;
  }

  // True if the string at `s` occurs elsewhere in the article with a strong close.
  // Looks within kEvidenceWindow bytes either side, so the cost per call is bounded.
  // Answers are cached per string: repeated look-ups of one candidate cost nothing.
  bool ClosedElsewhere(const Span& s) const {
    std::string_view key = t_.substr(s.start, s.size());
    auto cached = closed_elsewhere_.find(std::string(key));
    if (cached != closed_elsewhere_.end()) return cached->second;
    bool found = SearchClosedElsewhere(s, key);
    closed_elsewhere_.emplace(std::string(key), found);
    return found;
  }
  bool SearchClosedElsewhere(const Span& s, std::string_view key) const {
    const size_t from = s.start - std::min(s.start - lo_, kEvidenceWindow);
    const size_t to = std::min(hi_, s.end + kEvidenceWindow);
    std::string_view body = t_.substr(from, to - from);
    int seen = 0;
    for (size_t at = body.find(key); at != std::string_view::npos && seen < 64;
         at = body.find(key, at + key.size()), ++seen) {
      if (from + at == s.start) continue;
      if (CloseAt(from + at + key.size()) == kStrong) return true;
    }
    return false;
  }

  // True if a cue word starts inside [given, end) ("专项服务": 服务).
  bool CueInside(size_t given, size_t end) const {
    for (size_t p = given; p < end; p += At(p).len) {
      bool hit = false;
      if (MayStartCue(p, At(p))) {
        cues_.ForEachPrefix(Rest(p, cues_.max_key_bytes()), [&](const Entry&) { hit = true; });
      }
      if (hit) return true;
    }
    return false;
  }

  // The best name ending at `end` ("习近平" before "总书记").
  std::optional<Pick> NameBefore(size_t end, bool require_boundary) const {
    std::optional<Pick> best;
    int best_score = -1;
    for (int chars = 2; chars <= 4; ++chars) {
      size_t start = BackHan(end, chars);
      if (start == std::string_view::npos || start < lo_) break;
      for (auto [len, ambiguous] : SurnamesAt(start)) {
        if (ambiguous) continue;
        const bool compound = len > 3;
        const int given_chars = chars - (compound ? 2 : 1);
        if (given_chars < 1 || given_chars > 2) continue;
        if (!ValidName(start, start + len, end) || CueInside(start + len, end)) continue;
        // Not the middle of a transliterated word ("巴基|斯坦前总理"), nor a
        // place ("伊朗总统").
        if (TranslitContinuesAt(start)) continue;
        if (IsPlace(Span{start, end}) || PlaceCovers(start)) continue;
        bool boundary = BoundaryBefore(start);
        if (!boundary && (require_boundary || chars != 3 || compound)) continue;
        Strength s = boundary ? kStrong : kWeak;
        int score = s * 8 + chars;
        if (score > best_score) {
          best_score = score;
          best = Pick{Span{start, end}, s};
        }
      }
    }
    return best;
  }

  int AddCandidate(Span span, std::vector<Role> roles, int org) {
    Candidate c;
    c.span = span;
    c.name = article_.doc->Surface(span);
    c.roles = std::move(roles);
    c.org = org;
    for (size_t b = span.start; b < span.end; ++b) in_cand_[b - lo_] = true;
    cand_at_.try_emplace(span.start, cands_.size());
    if (known_.insert(std::string(t_.substr(span.start, span.size()))).second &&
        std::find(known_sizes_.begin(), known_sizes_.end(), span.size()) == known_sizes_.end()) {
      known_sizes_.push_back(span.size());
    }
    cands_.push_back(std::move(c));
    return static_cast<int>(cands_.size()) - 1;
  }

  bool OverlapsCandidate(const Span& s) const {
    for (size_t b = s.start; b < s.end && b < hi_; ++b) {
      if (b >= lo_ && in_cand_[b - lo_]) return true;
    }
    return false;
  }

  // The candidate with exactly this span, or nullptr.
  Candidate* CandidateAt(const Span& s) {
    auto it = cand_at_.find(s.start);
    if (it == cand_at_.end() || cands_[it->second].span != s) return nullptr;
    return &cands_[it->second];
  }

  void AddCredits() {
    if (article_.layout == nullptr) return;
    for (const text::Credit& cr : article_.layout->credits) {
      if (cr.name.empty() || cr.name.start < lo_ || cr.name.end > hi_) continue;
      if (OverlapsOrg(cr.name)) continue;  // "(新华社记者…)": an agency, no person
      Role role;
      role.credit = true;
      if (!cr.role_span.empty() && cr.role_span.end <= t_.size()) {
        // A bare "摄" credit is the role 摄影, in the source's script (攝影).
        role.text = article_.doc->Surface(cr.role_span);
        if (t_.substr(cr.role_span.start, cr.role_span.size()) == "摄") role.text += "影";
      } else {
        role.text = cr.role;
      }
      std::vector<Role> roles;
      if (!role.text.empty()) roles.push_back(std::move(role));
      AddCandidate(cr.name, std::move(roles), kNoOrg);
    }
  }

  // Title chains, left to right.  Returns nothing; fills cands_.
  void ScanTitles() {
    std::vector<int> run;          // candidates of the current byline run
    size_t run_end = std::string_view::npos;
    size_t p = lo_;
    while (p < hi_) {
      CodePoint cp = At(p);
      if (cp.len == 0) break;
      if (!text::IsHanToCompatSupplement(cp.c)) {
        p += cp.len;
        continue;
      }
      RoleToken first = ParseRole(p);
      // Titles inside an organization's name are part of it ("人大常委会"),
      // unless the title runs past the name's end ("清华大学校" + "长").
      const bool inside = InsideOrg(p) && !org_end_at_.contains(p);
      if (!first.found() || first.kind == TitleKind::kPrefix ||
          (inside && InsideOrg(first.span.end - 1))) {
        p += cp.len;
        continue;
      }
      size_t next = Chain(p, first, &run, &run_end);
      p = std::max(next, p + cp.len);
    }
  }

  // The start of the object phrase before a title at `p` ("“秋子服务”品牌" of
  // 带头人): Han characters and quotation marks back to an organization's
  // end, another title, a function word or any other mark; at most
  // kMaxObjectChars characters, else none.
  size_t ObjectStart(size_t p) const {
    constexpr int kMaxObjectChars = 10;
    size_t q = p;
    for (int i = 0; i <= kMaxObjectChars; ++i) {
      if (q <= lo_ || org_end_at_.contains(q) || (q < p && TitleEndsAt(q))) return q;
      const CodePoint b = Before(q);
      const bool quote = b.c == U'“' || b.c == U'”' || b.c == U'‘' || b.c == U'’';
      if (!quote && !text::IsHanToCompatSupplement(b.c)) return q;
      if (!quote) {
        const Entry* e = not_names_.Find(t_.substr(q - b.len, b.len));
        if (e != nullptr && e->field(0) == "char") return q;
      }
      q -= b.len;
    }
    return p;  // a clause, not a phrase
  }

  // Parses the chain starting with `first` at `p`; returns where scanning goes on.
  size_t Chain(size_t p, RoleToken tok, std::vector<int>* run, size_t* run_end) {
    std::vector<Link> links;
    auto org_ending_at = [&](size_t q) {
      auto it = org_end_at_.find(q);
      return it == org_end_at_.end() ? kNoOrg : it->second;
    };
    int seg_org = org_ending_at(p);
    size_t cur = p;
    for (int step = 0; step < kMaxChainLinks && tok.found(); ++step) {
      // What such a title leads or carries on belongs to it, up to the
      // organization or the mark before: "首发集团|“秋子服务”品牌带头人".
      if (tok.takes_object && (step == 0 || links.back().span.end != tok.span.start)) {
        const size_t start = ObjectStart(tok.span.start);
        if (start < tok.span.start) {
          tok.span.start = start;
          if (org_ending_at(start) != kNoOrg) seg_org = org_ending_at(start);
        }
      }
      links.push_back({tok.span, tok.kind, seg_org});
      cur = tok.span.end;
      RoleToken glued = ParseRole(cur);  // "党组书记副主席" written without a mark
      if (glued.found()) {
        tok = glued;
        continue;
      }
      size_t q = SkipSpaces(cur);
      const bool credit = tok.kind == TitleKind::kCredit;
      std::optional<Pick> name = NameAfter(q, /*allow_ambiguous=*/true);
      // A post before a transliterated name: the Chinese reading of its
      // first characters stops short ("国务秘书穆迪奥|诺").
      if (!credit) {
        if (std::optional<Pick> foreign = ForeignNameAfterTitle(q);
            foreign && (!name || foreign->span.end > name->span.end)) {
          name = foreign;
        }
      }
      // The first characters of a transliterated name that runs on
      // ("外交部长兰贝|托·迪尼"): no name.
      if (name && AllTranslit(name->span) && TranslitAt(name->span.end) &&
          CloseAt(name->span.end) != kStrong) {
        name.reset();
      }
      if (name && IsPlace(name->span)) name.reset();  // "大使馆参赞|伊朗…": a place
      // After a byline label the name must be closed, or clearly a name
      // ("记者陈陆军从…").
      if (name && (!credit || name->close == kStrong || (name->close == kWeak && name->chars >= 3)) &&
          !OverlapsOrg(name->span)) {
        return Emit(links, *name, credit, run, run_end);
      }
      // Names run together after a byline label, their spaces lost in
      // conversion ("本报记者王锦鹄毛磊").
      if (credit) {
        std::vector<Span> parts = SplitCreditRun(q);
        if (parts.size() >= 2) {
          return Emit(links, Pick{parts.front(), kStrong, 0}, credit, run, run_end, parts);
        }
      }
      // Separator, then [ORG | unknown text after "、"] TITLE.
      std::string_view sep;
      for (std::string_view s : {std::string_view("、"), std::string_view(",")}) {
        if (t_.substr(q, s.size()) == s) sep = s;
      }
      if (sep.empty()) break;
      size_t r = SkipSpaces(q + sep.size());
      auto os = org_start_at_.find(r);
      if (os != org_start_at_.end()) {
        seg_org = os->second.second;
        r = os->second.first;
        tok = ParseRole(r);
        continue;
      }
      tok = ParseRole(r);
      if (tok.found()) continue;
      if (sep != "、") break;
      size_t s = r;
      for (int i = 0; i < kMaxSkipChars && HanAt(s) && !tok.found(); ++i) {
        s += At(s).len;
        tok = ParseRole(s);
      }
      if (tok.found()) seg_org = org_ending_at(s) != kNoOrg ? org_ending_at(s) : kUnknownOrg;
    }
    // No name after the titles: maybe the name came first ("习近平总书记").
    if (links.size() == 1 && links[0].kind == TitleKind::kPost && seg_org == kNoOrg) {
      RoleToken only = ParseRole(p);
      if (only.may_follow_name) {
        std::optional<Pick> name = NameBefore(p, /*require_boundary=*/false);
        if (name && !OverlapsOrg(name->span) && !OverlapsCandidate(name->span)) {
          std::vector<Role> roles = {{article_.doc->Surface(only.span), false}};
          AddCandidate(name->span, std::move(roles), kNoOrg);
          return only.span.end;
        }
      }
    }
    return links.empty() ? p : links.front().span.end;
  }

  // The Han run at `p` up to punctuation, a title, an organization or a photo
  // label, split into two or more names of a surname and one or two given
  // characters each: the split whose parts look most like names.  Empty if
  // there is none.
  std::vector<Span> SplitCreditRun(size_t p) const {
    constexpr int kMaxRunChars = 6;  // two names; three run together are too ambiguous
    std::vector<size_t> at = {p};  // byte offset of each character of the run
    for (size_t q = p; static_cast<int>(at.size()) <= kMaxRunChars;) {
      if (!HanAt(q) ||
          (q > p && (ParseRole(q).found() || org_start_at_.contains(q) || CloseAt(q) == kStrong))) {
        break;
      }
      if (q > p && PhotoLabelAt(q) != nullptr) break;
      q += At(q).len;
      at.push_back(q);
    }
    const int n = static_cast<int>(at.size()) - 1;
    const bool closed = !HanAt(at.back()) || ParseRole(at.back()).found() ||
                        org_start_at_.contains(at.back()) || CloseAt(at.back()) == kStrong;
    if (n < 4 || n > kMaxRunChars || !closed) return {};
    // best[i]: the best score of a split of the first i characters.
    constexpr int kNone = -1000;
    std::vector<int> best(n + 1, kNone), from(n + 1, -1);
    best[0] = 0;
    for (int i = 0; i < n; ++i) {
      if (best[i] == kNone) continue;
      // A later name must not start with a cue ("陈陆军|从有关部门").
      if (i > 0 && CloseAt(at[i]) != kNoClose) continue;
      for (auto [len, ambiguous] : SurnamesAt(at[i])) {
        if (ambiguous) continue;
        const int sur_chars = len > 3 ? 2 : 1;
        for (int g = 1; g <= 2 && i + sur_chars + g <= n; ++g) {
          const int j = i + sur_chars + g;
          if (!ValidName(at[i], at[i] + len, at[j])) continue;
          const int given = GivenScore(at[i] + len, at[j], /*unlisted=*/0);
          if (given == kRareInName) continue;
          const uint8_t tier = sur_chars == 1 && At(at[i]).c < 0x10000
                                   ? chars_.single_surname[At(at[i]).c] : 0;
          int score = given + (g == 2 ? 1 : 0) + (sur_chars == 2 || (tier & kCommon) != 0 ? 2 : 1);
          if (best[i] + score > best[j]) {
            best[j] = best[i] + score;
            from[j] = i;
          }
        }
      }
    }
    if (best[n] == kNone) return {};
    std::vector<Span> parts;
    for (int j = n; j > 0; j = from[j]) parts.push_back(Span{at[from[j]], at[j]});
    std::reverse(parts.begin(), parts.end());
    return parts;
  }

  // `glued`: when not empty, the names run together after a byline label,
  // `name` being the first of them.
  size_t Emit(const std::vector<Link>& links, const Pick& name, bool credit, std::vector<int>* run,
              size_t* run_end, const std::vector<Span>& glued = {}) {
    std::vector<Role> roles;
    int org = kNoOrg;
    for (const auto& l : links) {
      if (l.kind == TitleKind::kHonour) continue;
      roles.push_back({article_.doc->Surface(l.span), l.kind == TitleKind::kCredit});
      org = l.org;
    }
    if (org == kUnknownOrg) org = kNoOrg;
    // Honours alone ("劳模和工匠") vouch for no name.
    if (roles.empty() && std::all_of(links.begin(), links.end(),
                                     [](const Link& l) { return l.kind == TitleKind::kHonour; })) {
      return name.span.end;
    }
    if (Candidate* same = CandidateAt(name.span)) {  // a credit: the text's titles add to it
      for (Role& r : roles) AddRole(&same->roles, std::move(r));
      if (same->org == kNoOrg) same->org = org;
      return name.span.end;
    }
    if (OverlapsCandidate(name.span)) return name.span.end;
    size_t end = name.span.end;
    if (!credit) {
      AddCandidate(name.span, std::move(roles), org);
      return end;
    }
    // A byline: more names may follow the label ("记者 于佳 边磊"), the run
    // may go on with another label, and a photo label closes it.
    const size_t label_start = links.front().span.start;
    if (*run_end == std::string_view::npos || SkipSpaces(*run_end) != label_start) run->clear();
    run->push_back(AddCandidate(name.span, roles, org));
    for (size_t i = 1; i < glued.size(); ++i) {
      if (OverlapsCandidate(glued[i])) break;
      run->push_back(AddCandidate(glued[i], roles, org));
      end = glued[i].end;
    }
    for (int i = 0; i < kMaxListedNames; ++i) {
      size_t q = SkipSpaces(end);
      if (q == end) break;
      std::optional<Pick> more = NameAfter(q, /*allow_ambiguous=*/false);
      if (!more || more->close != kStrong || OverlapsCandidate(more->span)) break;
      run->push_back(AddCandidate(more->span, roles, org));
      end = more->span.end;
    }
    *run_end = end;
    size_t q = SkipSpaces(end);
    const Entry* label = PhotoLabelAt(q);
    if (label != nullptr && CloseAt(q + label->key.size()) == kStrong &&
        !HanAt(q + label->key.size())) {
      for (int idx : *run) AddRole(&cands_[idx].roles, {"摄影", true});
      run->clear();
      *run_end = std::string_view::npos;
      return q + label->key.size();
    }
    return end;
  }

  // Merges `r` into `roles`: a byline label gives way to a longer form of it
  // ("记者" from a credit, "实习记者" from the text).
  static void AddRole(std::vector<Role>* roles, Role r) {
    for (Role& old : *roles) {
      if (old.text == r.text) return;
      if (old.credit && r.credit && absl::EndsWith(r.text, old.text)) {
        old = std::move(r);
        return;
      }
      if (old.credit && r.credit && absl::EndsWith(old.text, r.text)) return;
    }
    roles->push_back(std::move(r));
  }

  // True if a found name ends at `q`.
  // One hash look-up per distinct name length, however many names the
  // article holds.
  bool KnownNameEndsAt(size_t q) const {
    for (size_t n : known_sizes_) {
      if (n > q - lo_) continue;
      std::string_view s = t_.substr(q - n, n);
      if (known_.contains(absl::string_view(s.data(), s.size()))) return true;
    }
    return false;
  }

  void ScanCues() {
    for (size_t q = lo_; q < hi_;) {
      CodePoint cp = At(q);
      if (cp.len == 0) break;
      bool strong = false;
      if (text::IsHanToCompatSupplement(cp.c) && chars_.after_cue_first.MayHave(cp.c)) {
        cues_.ForEachPrefix(Rest(q, cues_.max_key_bytes()), [&](const Entry& e) {
          if (e.field(0) == "after" && CueStrength(e, q) == kStrong) strong = true;
        });
      }
      if (strong && !KnownNameEndsAt(q)) {
        std::optional<Pick> name = NameBefore(q, /*require_boundary=*/true);
        if (name && !OverlapsOrg(name->span) && !OverlapsCandidate(name->span)) {
          AddCandidate(name->span, {}, kNoOrg);
        }
      }
      q += cp.len;
    }
  }

  // ---- Rule 4: bare names.

  int GivenWeight(char32_t c) const {
    return c < chars_.given.size() ? chars_.given[c] : kUnlistedGiven;
  }

  // A title (post or byline label) ends at `p`.
  bool TitleEndsAt(size_t p) const {
    if (!chars_.title_last.MayHave(Before(p).c)) return false;
    const size_t from = p - std::min(p - lo_, titles_.max_key_bytes());
    const Entry* e = titles_.LongestSuffix(t_.substr(from, p - from));
    if (e == nullptr) return false;
    TitleKind k = ParseTitleKind(e->field(0));
    return k == TitleKind::kPost || k == TitleKind::kCredit;
  }

  // Evidence from what stands before a name starting at `p`.
  int LeftScore(size_t p) const {
    CodePoint cp = Before(p);
    if (cp.len == 0) return 1;
    if (cp.c == U'、') return 2;
    if (IsMiddleDot(cp.c)) return kRareInName;  // inside a foreign name
    if (!text::IsHanToCompatSupplement(cp.c)) {
      // After a digit or a Latin letter: a unit or a code ("7930万美元").
      return cp.c < 0x80 && absl::ascii_isalnum(static_cast<unsigned char>(cp.c)) ? kRareInName
                                                                                   : 1;
    }
    if (TitleEndsAt(p)) return 3;
    if (chars_.context_last.MayHave(cp.c)) {
      const size_t from = p - std::min(p - lo_, context_.max_key_bytes());
      if (const Entry* e = context_.LongestSuffix(t_.substr(from, p - from))) {
        return e->field(1) == "1" ? 1 : 2;
      }
    }
    if (KnownNameEndsAt(p)) return 1;  // names run together in a credit: "(张三李四)"
    if (org_end_at_.contains(p)) return 1;  // a body, then its member: "执法局颜鲲表示"
    return -2;  // most likely inside a word: "阿拉伯国家", "沈阳军区"
  }

  // Evidence from what stands after a name ending at `q`; kRareInName rejects.
  int RightScore(size_t start, size_t q) const {
    CodePoint cp = At(q);
    if (cp.len == 0) return 2;
    if (cp.c == U'、') return 2;
    if (!text::IsHanToCompatSupplement(cp.c)) {
      if (IsMiddleDot(cp.c)) return kRareInName;
      if (cp.c >= '0' && cp.c <= '9') return 1;  // a date follows: "X 30日"
      if (cp.c == ':' && BoundaryBefore(start)) return 3;  // a speaker: "X:..."
      return cp.c < 0x80 && absl::ascii_isalpha(static_cast<unsigned char>(cp.c)) ? -3 : 2;
    }
    switch (CloseAt(q)) {
      case kReject: return kRareInName;
      case kStrong: return 3;
      case kWeak: return 1;
      default: break;
    }
    if (context_.MayStartAt(Rest(q, context_.max_key_bytes())) &&
        context_.LongestPrefix(Rest(q, context_.max_key_bytes())) != nullptr) {
      return 1;
    }
    return -1;
  }

  // The most the left context (3), a line of its own (2) and the right
  // context (3) can add to a bare name's score.
  static constexpr int kMaxLeft = 3, kMaxAlone = 2, kMaxRight = 3;

  // The score of [p, end) as a name with a surname of `sur_len` bytes, from
  // its characters alone, or kRareInName.
  int CharScore(size_t p, size_t sur_len, size_t end, int sur_score) const {
    int score = sur_score;
    int given = 0;
    for (size_t q = p + sur_len; q < end;) {
      CodePoint cp = At(q);
      int w = GivenWeight(cp.c);
      if (w == kRareInName) return kRareInName;
      score += w;
      q += cp.len;
      ++given;
    }
    // Most Chinese names have three characters; two-character words often
    // start with a surname character.
    score += given == 1 ? (score - sur_score >= 3 ? -1 : -2) : 1;
    return score;
  }

  // CharScore plus the right context, or kRareInName.
  // `best_left`: the most the left context and a line of its own can add.
  int BareScore(size_t p, size_t end, int char_score, int best_left) const {
    if (char_score + best_left + kMaxRight < kSegmentedNameThreshold) return kRareInName;
    int right = RightScore(p, end);
    if (right == kRareInName) return kRareInName;
    return char_score + right;
  }

  // Credits of two names run together, their spaces lost, in brackets or
  // alone on a line: "(张三李四)", "(王五赵六摄)", a closing line "孙七周八".
  void ScanCreditRuns() {
    // Only the article start and the positions after "(" or a line break
    // (ASCII bytes, never inside a multi-byte character).
    for (size_t p = lo_; p < hi_;) {
      const size_t end = TryCreditRun(p, p > lo_ && t_[p - 1] == '(');
      size_t next = std::max(end, p + 1);
      while (next < hi_ && t_[next - 1] != '(' && t_[next - 1] != '\n') ++next;
      p = next;
    }
  }

  // The run at `p` (after "(" if `bracket`); returns where it ends, or `p`.
  size_t TryCreditRun(size_t p, bool bracket) {
    if (!HanAt(p) || in_cand_[p - lo_] || InsideOrg(p)) return p;
    std::vector<Span> parts = SplitCreditRun(p);
    if (parts.size() < 2) return p;
    size_t end = parts.back().end;
    // What may close the run: the bracket or the line, maybe after a photo label.
    bool photo = false;
    if (HanAt(end)) {
      const Entry* label = PhotoLabelAt(end);
      if (label == nullptr) return p;
      end += label->key.size();
      photo = true;
    }
    const char32_t after = At(end).c;
    if (bracket ? after != ')' : (after != '\n' && end != hi_)) return p;
    // A line of its own holds headlines too: every given character must be a
    // usual one there.
    if (!bracket && !std::all_of(parts.begin(), parts.end(), [&](const Span& s) {
          return GivenListed(s.start + At(s.start).len, s.end);
        })) {
      return p;
    }
    if (std::any_of(parts.begin(), parts.end(), [&](const Span& s) {
          return OverlapsCandidate(s) || OverlapsOrg(s) || IsPlace(s);
        })) {
      return p;
    }
    for (const Span& s : parts) {
      std::vector<Role> roles;
      if (photo) roles.push_back({"摄影", true});
      AddCandidate(s, std::move(roles), kNoOrg);
    }
    return end;
  }

  void ScanBareNames() {
    ScanDotNames();
    for (size_t p = lo_; p < hi_;) {
      CodePoint cp = At(p);
      if (cp.len == 0) break;
      if (!text::IsHanToCompatSupplement(cp.c) || InsideOrg(p) || in_cand_[p - lo_]) {
        p += cp.len;
        continue;
      }
      // A foreign name first: its first characters may also read as a
      // Chinese name ("穆罕默德").
      size_t next = TryForeignName(p);
      if (next == p) next = TryBareName(p);
      p = next > p ? next : p + cp.len;
    }
  }

  // ---- Lists: an item of a "、" list next to a found name is a name too
  // when it has a name's shape ("丁关根、李铁映、张万年、罗干").  The list
  // vouches for it as a title does, so rare given characters are allowed.

  // A name-shaped item [p, end) of a list: a surname and one or two given
  // characters, not a place, not overlapping an organization or a name.
  bool ListItemAt(size_t p, size_t end) const {
    for (auto [len, ambiguous] : SurnamesAt(p)) {
      const size_t given_end = AdvanceHan(p + len, 1);
      if (given_end == std::string_view::npos || given_end > end) continue;
      if (end != given_end && AdvanceHan(given_end, 1) != end) continue;
      Span s{p, end};
      if (!ValidName(p, p + len, end, /*vouched=*/true) || IsPlace(s) || OverlapsOrg(s) ||
          OverlapsCandidate(s) || CueInside(p + len, end)) {
        continue;
      }
      return true;
    }
    return false;
  }

  // The item right after the list mark at `q`, or an empty span: the
  // shortest name-shaped run closed by punctuation or a cue.
  Span ListItemAfter(size_t q) const {
    for (int n = 2; n <= 4; ++n) {
      const size_t end = AdvanceHan(q, n);
      if (end == std::string_view::npos) break;
      if ((!HanAt(end) || CloseAt(end) >= kWeak) && ListItemAt(q, end)) return Span{q, end};
    }
    return {};
  }

  // The item right before the list mark at `d`: opened by punctuation or a
  // title.
  Span ListItemBefore(size_t d) const {
    for (int n = 2; n <= 4; ++n) {
      const size_t start = BackHan(d, n);
      if (start == std::string_view::npos || start < lo_) break;
      if ((BoundaryBefore(start) || TitleEndsAt(start)) && ListItemAt(start, d)) {
        return Span{start, d};
      }
    }
    return {};
  }

  bool AnchorAt(size_t p) const {
    auto it = cand_at_.find(p);
    return it != cand_at_.end() && cands_[it->second].list_anchor;
  }

  void ScanLists() {
    static constexpr std::string_view kMark = "、";
    constexpr int kMaxPasses = 8;  // each pass reaches one item further along a list
    for (int pass = 0; pass < kMaxPasses; ++pass) {
      absl::flat_hash_set<size_t> ends;
      for (const Candidate& c : cands_) {
        if (c.list_anchor) ends.insert(c.span.end);
      }
      bool added = false;
      const std::string_view body = t_.substr(0, hi_);
      for (size_t d = body.find(kMark, lo_); d != std::string_view::npos;
           d = body.find(kMark, d + kMark.size())) {
        const size_t q = d + kMark.size();
        if (ends.contains(d) && !cand_at_.contains(q)) {
          if (Span s = ListItemAfter(q); !s.empty()) {
            AddCandidate(s, {}, kNoOrg);
            ends.insert(s.end);
            added = true;
          }
        } else if (AnchorAt(q) && !ends.contains(d)) {
          if (Span s = ListItemBefore(d); !s.empty()) {
            AddCandidate(s, {}, kNoOrg);
            ends.insert(s.end);
            added = true;
          }
        }
      }
      if (!added) break;
    }
  }

  bool GivenListed(size_t p, size_t end) const {
    for (; p < end; p += At(p).len) {
      const int w = GivenWeight(At(p).c);
      if (w == kUnlistedGiven || w == kRareInName) return false;
    }
    return true;
  }

  // A Chinese name at `p`; returns its end, or `p`.
  size_t TryBareName(size_t p) {
    if (!chars_.surname_first.MayHave(At(p).c)) return p;
    const char32_t before = Before(p).c;
    const bool alone_left = before == 0 || before == '\n' || before == '(';
    int left = 0;
    bool left_done = false;
    int best_score = 0;
    Span best;
    auto try_surname = [&](size_t len, bool compound, bool ambiguous, bool common) {
      // A surname that is also a common word ("高", "和") needs more evidence;
      // so does a rare one.
      int sur = compound ? 3 : ambiguous ? (common ? -2 : -4) : common ? 2 : 0;
      for (int g = 1; g <= 2; ++g) {
        size_t end = AdvanceHan(p + len, g);
        if (end == std::string_view::npos || end > hi_) break;
        // The characters first: most candidates fail on them, before any
        // context is looked up.
        const int chars = CharScore(p, len, end, sur);
        if (chars == kRareInName ||
            chars + kMaxLeft + kMaxAlone + kMaxRight < kSegmentedNameThreshold) {
          continue;
        }
        if (!left_done) {
          left = LeftScore(p);
          left_done = true;
        }
        if (left == kRareInName) return;
        int s = BareScore(p, end, chars, (left == -2 ? -1 : left) + (alone_left ? 2 : 0));
        if (s == kRareInName) continue;
        // A name closed by a cue ("X先生", "X表示") may follow any word.
        s += left == -2 && RightScore(p, end) >= 3 ? -1 : left;
        // A line or a bracket holding nothing else: a byline or a credit
        // ("(张三)").
        if (alone_left && AloneRight(end)) s += 2;
        // Prefer the longer name on a tie: "王建国" over "王建".
        if (s < kSegmentedNameThreshold) continue;
        // Below the full threshold only a three-character name all of whose
        // given characters the table lists.
        if (s < kBareNameThreshold &&
            ((ambiguous && !common) || (g != 2 && s < kBareNameThreshold - 1) ||
             !GivenListed(p + len, end))) {
          continue;
        }
        if (best.empty() || s > best_score || (s == best_score && end > best.end)) {
          if (!ValidName(p, p + len, end)) continue;
          best_score = s;
          best = Span{p, end};
        }
      }
    };
    const CodePoint first = At(p);
    if (first.c < 0x10000 && (chars_.single_surname[first.c] & kSurname) != 0) {
      const uint8_t f = chars_.single_surname[first.c];
      try_surname(first.len, false, (f & kAmbiguous) != 0, (f & kCommon) != 0);
    }
    if (chars_.compound_first.MayHave(first.c)) {
      surnames_.ForEachPrefix(Rest(p, surnames_.max_key_bytes()), [&](const Entry& e) {
        if (e.key.size() > first.len) try_surname(e.key.size(), true, false, false);
      });
    }
    if (best.empty()) return p;
    // The first characters of a longer transliterated name ("苏哈" of 苏哈托).
    if (TranslitAt(best.end) && TranslitAt(PrevStartIn(best.end)) && TranslitAt(best.start)) return p;
    if (InsideTranslitRun(best) || PlaceCovers(best.start)) return p;
    // Starting inside a transliterated word ("巴基|斯坦前", "穆|巴拉克").
    if (TranslitContinuesAt(best.start)) return p;
    if (OverlapsOrg(best) || OverlapsCandidate(best) || IsPlace(best)) return p;
    // Part of a longer word ("允许继承", "金碧辉煌"): no name.
    if (best_score < kBareNameThreshold
            ? !words_.NotADictionaryWord(t_, lo_, hi_, best.start, best.end)
            : !words_.AtBoundaries(t_, lo_, hi_, best.start, best.end)) {
      return p;
    }
    // A two-character bare name is too weak to vouch for a list.
    cands_[AddCandidate(best, {}, kNoOrg)].list_anchor = AdvanceHan(best.start, 3) <= best.end;
    return best.end;
  }

  // One of the commonest single surnames starts at `p` (高, 于, 安 are also
  // common words, but far more often surnames than 有, 应, 东).
  bool CommonSurnameAt(size_t p) const {
    const CodePoint cp = At(p);
    return cp.c < 0x10000 && (chars_.single_surname[cp.c] & kCommon) != 0;
  }

  // A place of two to six characters starts before `p` and runs past it
  // ("土|库曼斯坦").
  bool PlaceCovers(size_t p) const {
    size_t start = p;
    for (int back = 1; back <= 4; ++back) {
      const CodePoint cp = Before(start);
      if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return false;
      start -= cp.len;
      size_t end = p;
      for (int n = 1; n + back <= 6; ++n) {
        if (!HanAt(end)) break;
        end += At(end).len;
        if (n + back >= 2 && IsPlace(Span{start, end})) return true;
      }
    }
    return false;
  }

  // A place of two to five characters ends at `p` ("印度|尼西亚").
  bool PlaceEndsAt(size_t p) const {
    size_t start = p;
    for (int n = 1; n <= 5; ++n) {
      const CodePoint cp = Before(start);
      if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return false;
      start -= cp.len;
      if (n >= 2 && IsPlace(Span{start, p})) return true;
    }
    return false;
  }

  bool IsPlace(const Span& s) const {
    std::string_view key = t_.substr(s.start, s.size());
    return chars_.places.contains(absl::string_view(key.data(), key.size()));
  }

  // True if a Han character at `p` may stand in a foreign name written with
  // "·": neither a function word nor the start of a cue.
  bool DotNameCharAt(size_t p) const {
    CodePoint cp = At(p);
    if (cp.len == 0 || !text::IsHanToCompatSupplement(cp.c)) return false;
    if (cp.c < 0x10000 && chars_.translit.MayHave(cp.c)) return true;
    return GivenWeight(cp.c) != kRareInName;
  }

  // Foreign names written with a middle dot ("丹尼斯·霍珀", "安娜·卡列尼娜"):
  // the parts run over Han characters from the dot, leftwards until a title,
  // a context word or a function word, rightwards until a cue or a function
  // word.
  // The first middle dot at or after `p` (hi_ if none).  The next position
  // of each dot form is remembered, so the article is searched once per form
  // however many dots it holds.
  size_t NextDot(size_t p) {
    static constexpr std::string_view kDots[] = {"·", "•", "・"};
    size_t best = hi_;
    for (size_t k = 0; k < std::size(kDots); ++k) {
      if (dot_next_[k] == std::string_view::npos || dot_next_[k] < p) {
        const size_t at = p < hi_ ? t_.substr(0, hi_).find(kDots[k], p) : std::string_view::npos;
        dot_next_[k] = at == std::string_view::npos ? hi_ : at;
      }
      best = std::min(best, dot_next_[k]);
    }
    return best;
  }

  void ScanDotNames() {
    constexpr int kMaxPart = 6;
    for (size_t d = NextDot(lo_); d < hi_;) {
      CodePoint cp = At(d);
      if (cp.len == 0) break;
      if (!IsMiddleDot(cp.c) || !HanAt(d + cp.len) || !text::IsHanToCompatSupplement(Before(d).c)) {
        d = NextDot(d + cp.len);
        continue;
      }
      // Left part: at most one character that is not a transliteration
      // character ("丹尼斯·霍珀"; not "零碳·城", "米福星·夏送…").
      int total = 0, other = 0;
      size_t start = d;
      for (int i = 0; i < kMaxPart; ++i) {
        if (i > 0 && (TitleEndsAt(start) || ContextEndsAt(start))) break;
        CodePoint b = Before(start);
        if (b.len == 0 || !DotNameCharAt(start - b.len)) break;
        const bool plain = !TranslitAt(start - b.len);
        if (plain && other > 0) break;
        other += plain;
        ++total;
        start -= b.len;
      }
      // Right parts, over further dots.
      size_t end = d;
      for (int parts = 0; parts < 4; ++parts) {
        CodePoint dot = At(end);
        if (!IsMiddleDot(dot.c)) break;
        size_t q = end + dot.len;
        int n = 0, part_other = 0;
        for (; n < kMaxPart && DotNameCharAt(q); ++n) {
          if (n > 0 && CloseAt(q) >= kWeak) break;
          const bool plain = !TranslitAt(q);
          if (plain && (part_other > 0 || n >= 2)) break;
          part_other += plain;
          q += At(q).len;
        }
        if (n == 0) break;
        total += n;
        other += part_other;
        end = q;
      }
      Span s{start, end};
      if (start < d && end > d + cp.len && 3 * other <= total && !OverlapsOrg(s) &&
          !OverlapsCandidate(s)) {
        cands_[AddCandidate(s, {}, kNoOrg)].list_anchor = false;  // lists of places hold such names
        d = NextDot(end);
        continue;
      }
      d = NextDot(d + cp.len);
    }
  }

  bool ContextEndsAt(size_t p) const {
    if (!chars_.context_last.MayHave(Before(p).c)) return false;
    const size_t from = p - std::min(p - lo_, context_.max_key_bytes());
    return context_.LongestSuffix(t_.substr(from, p - from)) != nullptr;
  }

  size_t PrevStartIn(size_t q) const { return q - Before(q).len; }

  bool AloneRight(size_t q) const {
    const char32_t after = At(q).c;
    return after == 0 || after == '\n' || after == ')';
  }

  bool AllTranslit(const Span& s) const {
    for (size_t p = s.start; p < s.end; p += At(p).len) {
      if (!TranslitAt(p)) return false;
    }
    return !s.empty();
  }

  // A transliterated-looking span that continues a transliteration on its
  // left or right ("切尔诺|梅尔金", "卢卡申|科"): the tail or head of a longer name.
  bool InsideTranslitRun(const Span& s) const {
    if (!AllTranslit(s)) return false;
    return TranslitContinuesAt(s.start) || TranslitAt(s.end);
  }

  // A transliteration character at `p` right after another one: `p` is
  // inside a transliterated word, not at its start.
  bool TranslitContinuesAt(size_t p) const {
    return p > lo_ && TranslitAt(p) && TranslitAt(PrevStartIn(p));
  }

  bool TranslitAt(size_t p) const {
    if (p >= hi_) return false;
    CodePoint cp = At(p);
    return cp.c < 0x10000 && text::IsHanToCompatSupplement(cp.c) && chars_.translit.MayHave(cp.c);
  }

  // The end of a run of transliteration characters at `p`, over middle dots
  // between parts ("罗马诺·普罗迪"); sets `*chars` to the characters read and
  // `*parts` (if given) to the parts.
  size_t TranslitRunEnd(size_t p, int* chars, int* parts = nullptr) const {
    size_t q = p;
    *chars = 0;
    if (parts != nullptr) *parts = 1;
    for (int i = 0; i < 16 && q < hi_; ++i) {
      // A strong cue ends the run ("霍尔顿|本月"): its first character may
      // be a transliteration character too.
      if (TranslitAt(q) && (*chars < 2 || CloseAt(q) != kStrong)) {
        q += At(q).len;
        ++*chars;
        continue;
      }
      CodePoint cp = At(q);
      if (IsMiddleDot(cp.c) && TranslitAt(q + cp.len)) {
        q += cp.len;
        if (parts != nullptr) ++*parts;
        continue;
      }
      break;
    }
    return q;
  }

  // A transliterated name right after a post, closed by a cue, a title or
  // punctuation ("外长利维辞职" is not closed; "总理古杰拉尔和…" is).
  std::optional<Pick> ForeignNameAfterTitle(size_t p) const {
    int chars = 0;
    const size_t q = TranslitRunEnd(p, &chars);
    if (chars < 2) return std::nullopt;
    const Strength close = CloseAt(q);
    if (close < kWeak) return std::nullopt;
    // Each part between middle dots is checked as a name ("贝恩德·蒙特").
    for (size_t a = p; a < q;) {
      size_t b = a;
      while (b < q && !IsMiddleDot(At(b).c)) b += At(b).len;
      if (b == a || !ValidName(a, a, b, /*vouched=*/true)) return std::nullopt;
      a = b < q ? b + At(b).len : q;
    }
    if (IsPlace(Span{p, q})) return std::nullopt;
    return Pick{Span{p, q}, close, chars};
  }

  // A transliterated foreign name at `p` ("克林顿", "安娜·卡列尼娜"): three or
  // more transliteration characters, or parts joined by "·", after a title or
  // before a cue.  Returns its end, or `p`.
  size_t TryForeignName(size_t p) {
    if (!TranslitAt(p) || !TranslitAt(p + At(p).len)) return p;
    // Inside a run that was no name from its start ("切尔诺|梅尔金").
    if (TranslitContinuesAt(p)) return p;
    int chars = 0, parts = 1;
    const size_t q = TranslitRunEnd(p, &chars, &parts);
    if (chars < 2 || chars > 14) return p;
    const int left = LeftScore(p);
    if (left == kRareInName) return p;
    // The run may end in the first character of a cue ("斯" ... no cue starts
    // there); a run that runs into more Han characters is part of a word.
    const int right = RightScore(p, q);
    if (right == kRareInName) return p;
    // After another word only a strong cue vouches ("会见了X一行"), and the
    // dictionary must see a word boundary there (checked below).
    if (left < 1 && (right < 3 || chars < 3 || parts > 1 || PlaceEndsAt(p))) return p;
    // Two characters only right after a title and before a close ("外长恩佐30日").
    const bool ok = parts > 1   ? right >= 1 || left >= 2
                    : chars < 3 ? left >= 3 && right >= 1
                                : left >= 3 || (left >= 2 && right >= 1) || right >= 3;
    // Three or more characters the dictionary does not know as one word
    // (it knows 阿拉伯, 斯里兰卡) at a clause start, before a close: "X还呼吁".
    // Not in quotes or a title mark: brands, products and works ("“阿迪达斯”",
    // "《基本法》").
    const char32_t opener = Before(p).c;
    const bool quoted = opener == U'“' || opener == U'‘' || opener == U'《' || opener == U'〈' ||
                        opener == U'"' || opener == U'\'' || opener == U'『' || opener == U'「';
    const bool unknown_word =
        !ok && !quoted && parts == 1 && chars >= 3 && left >= 1 && right >= 1;
    if (!ok && !unknown_word) return p;
    Span s{p, q};
    if (!ValidName(p, p, q) || OverlapsOrg(s) || OverlapsCandidate(s) || IsPlace(s) ||
        PlaceCovers(p)) {
      return p;
    }
    if (unknown_word ? !words_.NotADictionaryWord(t_, lo_, hi_, s.start, s.end)
                     : !words_.AtBoundaries(t_, lo_, hi_, s.start, s.end)) {
      return p;
    }
    cands_[AddCandidate(s, {}, kNoOrg)].list_anchor = false;
    return q;
  }

  std::vector<Person> Collect() {
    // One person per name, in order of first mention.
    std::vector<Person> persons;
    absl::flat_hash_map<std::string, size_t> index;
    std::vector<std::vector<Role>> roles;
    std::vector<bool> org_set;
    std::vector<std::string> keys;  // normalized name per person
    for (const Candidate& c : cands_) {
      std::string key(t_.substr(c.span.start, c.span.size()));
      auto [it, added] = index.try_emplace(key, persons.size());
      if (added) {
        persons.emplace_back();
        persons.back().name = c.name;
        roles.emplace_back();
        org_set.push_back(false);
        keys.push_back(key);
      }
      size_t i = it->second;
      for (const Role& r : c.roles) AddRole(&roles[i], r);
      if (!org_set[i] && !c.roles.empty() && !std::all_of(c.roles.begin(), c.roles.end(),
                                                          [](const Role& r) { return r.credit; })) {
        org_set[i] = true;
        if (c.org >= 0 && static_cast<size_t>(c.org) < orgs_.size()) {
          persons[i].organization = orgs_[c.org].name;
        }
      }
    }
    // Mentions, left to right in one pass: a candidate's own span first,
    // else the longest found name starting there (one hash look-up per
    // distinct name length, so the pass stays linear however many names).
    absl::flat_hash_map<absl::string_view, size_t> key_index;
    std::vector<size_t> sizes;
    CharFilter first_chars;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i].empty()) continue;
      key_index.emplace(absl::string_view(keys[i]), i);
      if (std::find(sizes.begin(), sizes.end(), keys[i].size()) == sizes.end()) {
        sizes.push_back(keys[i].size());
      }
      first_chars.Add(DecodeAt(keys[i], 0).c);
    }
    std::sort(sizes.rbegin(), sizes.rend());
    for (size_t p = lo_; p < hi_;) {
      CodePoint cp = At(p);
      if (cp.len == 0) break;
      if (!first_chars.MayHave(cp.c)) {
        p += cp.len;
        continue;
      }
      int pick = -1;
      if (auto own_it = cand_at_.find(p); own_it != cand_at_.end()) {
        const Candidate& c = cands_[own_it->second];
        pick = static_cast<int>(index[std::string(t_.substr(c.span.start, c.span.size()))]);
      } else {
        for (size_t n : sizes) {
          if (n > hi_ - p) continue;
          std::string_view sub = t_.substr(p, n);
          auto hit = key_index.find(absl::string_view(sub.data(), sub.size()));
          if (hit == key_index.end()) continue;
          Span s{p, p + n};
          if (OverlapsOrg(s) || CloseAt(s.end) == kReject) continue;
          pick = static_cast<int>(hit->second);
          break;
        }
      }
      if (pick < 0) {
        p += cp.len;
        continue;
      }
      persons[pick].mentions.push_back(Span{p, p + keys[pick].size()});
      p += keys[pick].size();
    }
    for (size_t i = 0; i < persons.size(); ++i) {
      for (Role& r : roles[i]) persons[i].roles.push_back(std::move(r.text));
    }
    persons.erase(std::remove_if(persons.begin(), persons.end(),
                                 [](const Person& p) { return p.mentions.empty(); }),
                  persons.end());
    std::stable_sort(persons.begin(), persons.end(), [](const Person& a, const Person& b) {
      return a.mentions.front().start < b.mentions.front().start;
    });
    return persons;
  }

  const Lexicon& surnames_;
  const Lexicon& titles_;
  const Lexicon& cues_;
  const Lexicon& not_names_;
  const Lexicon& context_;
  const NameChars& chars_;
  WordBoundaries::Session words_;
  const text::ArticleText& article_;
  const std::vector<Organization>& orgs_;
  std::string_view t_;
  size_t lo_ = 0;
  size_t hi_ = 0;
  absl::flat_hash_map<size_t, int> org_end_at_;                    // mention end -> org
  absl::flat_hash_map<size_t, std::pair<size_t, int>> org_start_at_;  // mention start -> (end, org)
  std::vector<bool> inside_org_;  // per byte of the article
  std::vector<Candidate> cands_;
  std::vector<bool> in_cand_;                  // per byte of the article: inside a candidate
  mutable std::vector<bool> no_role_;          // per byte of the article: no title starts here
  absl::flat_hash_map<size_t, size_t> cand_at_;  // candidate start -> index
  absl::flat_hash_set<std::string> known_;     // normalized names found so far
  std::vector<size_t> known_sizes_;            // the distinct byte lengths in known_
  size_t dot_next_[3] = {std::string_view::npos, std::string_view::npos, std::string_view::npos};
  mutable absl::flat_hash_map<std::string, bool> closed_elsewhere_;
};

}  // namespace

absl::StatusOr<PersonExtractor> PersonExtractor::Create(const lexicon::LexiconSet& lexicons) {
  PersonExtractor x;
  for (auto [name, slot] : {std::pair<const char*, lexicon::Lexicon*>{"surnames", &x.surnames_},
                            {"titles", &x.titles_},
                            {"person_cues", &x.cues_},
                            {"not_names", &x.not_names_},
                            {"given_names_context", &x.context_}}) {
    absl::StatusOr<lexicon::Lexicon> lex = lexicons.Load(name);
    if (!lex.ok()) return lex.status();
    *slot = *std::move(lex);
  }
  absl::StatusOr<lexicon::Lexicon> given = lexicons.Load("given_names");
  if (!given.ok()) return given.status();
  auto chars = std::make_shared<NameChars>();
  chars->given.assign(0x10000, kUnlistedGiven);
  for (const Entry& e : given->entries()) {
    CodePoint cp = DecodeAt(e.key, 0);
    if (cp.len != e.key.size() || cp.c >= 0x10000) continue;  // one BMP character per line
    std::string_view w = e.field(0);
    if (w == "rare") {
      chars->given[cp.c] = kRareInName;
    } else if (w == "1" || w == "2" || w == "3") {
      chars->given[cp.c] = w[0] - '0';
    }
    if (e.field(1) == "translit") chars->translit.Add(cp.c);
  }
  absl::StatusOr<lexicon::Lexicon> places = lexicons.Load("place_names");
  if (!places.ok()) return places.status();
  static constexpr std::string_view kLevels[] = {"省", "市", "区", "县"};
  for (const Entry& e : places->entries()) {
    chars->places.insert(e.key);
    for (std::string_view lv : kLevels) {
      if (e.key.size() > lv.size() + 3 &&
          std::string_view(e.key).substr(e.key.size() - lv.size()) == lv) {
        chars->places.insert(e.key.substr(0, e.key.size() - lv.size()));
      }
    }
  }
  auto first_last = [](const lexicon::Lexicon& lex, CharFilter* first, CharFilter* last) {
    for (const Entry& e : lex.entries()) {
      if (e.key.empty()) continue;
      if (first != nullptr) first->Add(DecodeAt(e.key, 0).c);
      if (last != nullptr) last->Add(DecodeBefore(e.key, e.key.size()).c);
    }
  };
  first_last(x.surnames_, &chars->surname_first, nullptr);
  chars->single_surname.assign(0x10000, 0);
  for (const Entry& e : x.surnames_.entries()) {
    if (e.key.empty()) continue;
    const CodePoint c0 = DecodeAt(e.key, 0);
    if (c0.len < e.key.size()) {
      chars->compound_first.Add(c0.c);
    } else if (c0.c < 0x10000) {
      chars->single_surname[c0.c] = kSurname | (e.field(1) == "ambiguous" ? kAmbiguous : 0) |
                                    (e.field(2) == "common" ? kCommon : 0);
    }
  }
  for (const Entry& e : x.titles_.entries()) chars->title_start.AddKey(e.key);
  first_last(x.titles_, nullptr, &chars->title_last);
  for (const Entry& e : x.cues_.entries()) {
    if (e.key.empty()) continue;
    chars->cue_start.AddKey(e.key);
    if (e.field(0) == "after") chars->after_cue_first.Add(DecodeAt(e.key, 0).c);
  }
  first_last(x.context_, nullptr, &chars->context_last);
  first_last(x.not_names_, &chars->not_name_first, nullptr);
  x.chars_ = std::move(chars);
  auto words = WordBoundaries::Create();
  if (!words.ok()) return words.status();
  x.words_ = *std::move(words);
  return x;
}

std::vector<Person> PersonExtractor::Extract(const text::ArticleText& article,
                                             const std::vector<Organization>& orgs) const {
  if (article.doc == nullptr || article.layout == nullptr) return {};
  if (chars_ == nullptr || words_ == nullptr) return {};
  Scanner scanner(surnames_, titles_, cues_, not_names_, context_, *chars_, *words_, article, orgs);
  return scanner.Run();
}

}  // namespace tiqu::people
