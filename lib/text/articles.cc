// Copyright 2026 The tiqu Authors.
//
// The article splitter.  The normalized text has no layout breaks left, so
// every remaining line is a headline, a lead, a credit line or a body
// paragraph.  The page is read in three steps:
//
//  1. Classify each non-blank line: a '#' headline, a lead ("本报讯(记者 …)",
//     "本报北京6月1日电"), a credit line ("本报记者 边磊 摄影报道"), an
//     unmarked headline-like line (short, no sentence punctuation), or body.
//  2. Consecutive headline lines form a group (kicker, main headline,
//     subtitles).  A group opens an article when it shows evidence of being
//     an item's headline: a '#' mark, a lead or byline right after it, or a
//     photo caption of one or two paragraphs closed by a credit line.  Short
//     unmarked lines without such evidence are section heads inside an
//     article ("精准普惠实现清凉物资全覆盖") and stay in its body, unless the
//     page offers no evidence anywhere, in which case every group opens an
//     article.  A lead not preceded by a headline opens an untitled article.
//  3. Page banners are dropped from the front of a group: a headline line
//     printed more than once on the page, a '#' line one level above the
//     headlines that open articles (the page's "# 深入学习贯彻…" over
//     "## …" items), and on an unmarked page the first line of a top group
//     of three or more lines that is not a kicker.  A group with no body
//     after it is not an article either.
//
// Conventions the header leaves open:
//   * An article's span starts at its first headline's text (the '#' marks
//     are outside it) and ends at the end of its last non-blank line; the
//     blank lines and banners between articles belong to none.
//   * The title is the highest-level '#' line of the group; on unmarked
//     lines it is the first line unless that line is a kicker ending in a
//     speech verb ("…时强调") and a headline follows.
//   * Credits: one Credit per (name, role).  A photo credit gives every name
//     of its byline a second Credit with role "摄影" whose role_span is the
//     printed photo word ("摄影" of "摄影报道", or "摄").  role_span of a
//     label is the label as printed without the paper's self-reference:
//     "记者" in "本报记者", "实习记者" for 实习记者 (role "记者"); callers that
//     report roles as printed should use Surface(role_span) for labels.
//   * Whitespace-only text has no articles.  Text in which no article is
//     found (no headline, or a lone headline line) is one untitled article
//     over all of it, so nothing the caller passed goes unread.

#include "lib/text/articles.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/utf8.h"
#include "re2/re2.h"

namespace tiqu::text {
namespace {

// Longest unmarked line still read as a headline, in characters.  Long
// headlines that span two clauses ("帮助更多新业态企业“建家” 让…“有家”") run
// to about 40; body paragraphs are much longer.
constexpr int kMaxUnmarkedHeadlineChars = 60;
// Short headlines may carry one comma or end in "!".
constexpr int kShortHeadlineChars = 30;
// Longer '#' lines with a full stop are body text marked by mistake.
constexpr int kMaxMarkedSentenceChars = 40;
// A photo caption runs at most this many paragraphs before its credit.
constexpr size_t kMaxCaptionParagraphs = 2;
// Byline names: 2-4 Han characters; names with '·' may be longer.
constexpr int kMinNameChars = 2;
constexpr int kMaxNameChars = 4;
constexpr int kMaxDotNameChars = 12;
// A lead's parenthesized byline is looked for this far after the marker.
constexpr size_t kMaxBylineBytes = 160;

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == 0x3000 ||
         c == 0xA0;
}

// The middle dot of transliterated names ("阿依古丽·买买提"), in its forms.
bool IsNameDot(char32_t c) { return c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027; }

// Punctuation that ends a sentence: a line holding it is body text.
bool IsSentenceStop(char32_t c) {
  return c == 0x3002 || c == '!' || c == '?' || c == ';' || c == 0xFF01 || c == 0xFF1F ||
         c == 0xFF1B || c == 0xFF61;
}

// A line ending in these stops mid-sentence.
bool IsOpenEnd(char32_t c) {
  return c == ',' || c == 0xFF0C || c == 0x3001 || c == ':' || c == 0xFF1A || c == '(' ||
         c == 0x201C || c == 0x300A;
}

// The credit and kicker table (data/credit_labels.tsv) and the lead pattern,
// built once.
class Rules {
 public:
  static const Rules& Get() {
    static const Rules* rules = new Rules();
    return *rules;
  }

  const lexicon::Lexicon& lexicon() const { return lexicon_; }
  const RE2& lead() const { return *lead_; }

  // The longest entry of `kind` that is a prefix of `s`, or nullptr.
  const lexicon::Entry* PrefixOfKind(std::string_view s, std::string_view kind) const {
    const lexicon::Entry* best = nullptr;
    lexicon_.ForEachPrefix(s, [&](const lexicon::Entry& e) {
      if (e.field(0) == kind) best = &e;  // shortest first, so the last wins
    });
    return best;
  }

 private:
  Rules() {
    std::string_view data = lexicon::EmbeddedData("credit_labels");
    if (!data.empty()) {
      auto parsed = lexicon::Lexicon::Parse({"credit_labels"}, {data});
      if (parsed.ok()) lexicon_ = *std::move(parsed);
    }
    // A dateline lead: "本报讯", "本报北京6月1日讯", "新华社北京6月1日电".
    lead_ = std::make_shared<const RE2>(
        "^((?:本报讯|本报[^\\s(),。]{1,20}?[讯电]|"
        "(?:新华社|中新社|中新网|人民网|新华网)[^\\s(),。]{0,20}?电|"
        // An outlet's own lead: "中工网讯", "北青网讯", "央视新闻客户端讯".
        "\\p{Han}{1,8}[网社报台端]讯))");
  }

  lexicon::Lexicon lexicon_;
  std::shared_ptr<const RE2> lead_;
};

enum class Kind { kHeadline, kLead, kCredit, kBody };

struct Line {
  size_t begin = 0;  // the content: trimmed, '#' marks excluded
  size_t end = 0;
  int level = 0;     // number of '#' marks; 0 if unmarked
  Kind kind = Kind::kBody;
  bool meta = false;  // a metadata line ("来源:…"): body text that links a headline to its lead
};

struct Counts {
  int chars = 0;       // non-space code points
  int han = 0;
  int commas = 0;
  int stops = 0;       // sentence-final punctuation
  char32_t last = 0;   // last non-space code point
};

Counts Count(std::string_view s) {
  Counts c;
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = NextCodePoint(s, &i);
    if (IsSpace(cp)) continue;
    ++c.chars;
    if (IsHanWithPlane2(cp)) ++c.han;
    if (cp == ',' || cp == 0xFF0C) ++c.commas;
    if (IsSentenceStop(cp)) ++c.stops;
    c.last = cp;
  }
  return c;
}

// ---------------------------------------------------------------------------
// Bylines

struct PendingName {
  Span name;
  const lexicon::Entry* label = nullptr;
  Span label_span;
};

// Span of the printed label inside the key matched at `at`.
Span LabelSpan(const lexicon::Entry& e, size_t at) {
  std::string_view printed = e.field(2);
  size_t off = printed.empty() ? std::string_view::npos : e.key.find(printed);
  if (off == std::string::npos) return {at, at + e.key.size()};
  return {at + off, at + off + printed.size()};
}

// Parses `s` (= text[base, base + s.size())) as a byline that must be
// consumed whole: labels, names separated by spaces or 、, an optional photo
// word at the end.  Appends the credits and returns true on success; leaves
// `out` unchanged otherwise.  `bracketed`: `s` stood in parentheses, where
// two or more names without any label are a credit too ("(刘丽萍 顾威)"),
// with no role.
bool ParseByline(std::string_view s, size_t base, std::vector<Credit>* out,
                 bool bracketed = false) {
  const Rules& rules = Rules::Get();
  std::vector<PendingName> names;
  const lexicon::Entry* label = nullptr;
  Span label_span;
  const lexicon::Entry* photo = nullptr;
  Span photo_span;
  bool after_outlet = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = NextCodePoint(s, &i);
    if (IsSpace(c) || c == 0x3001 || c == ',' || c == 0xFF0C || c == '/') {
      if (after_outlet) return false;
      continue;
    }
    if (photo != nullptr) {
      // Only filler ("报道") may follow the photo word.
      const lexicon::Entry* filler = rules.PrefixOfKind(s.substr(at), "filler");
      if (filler == nullptr) return false;
      i = at + filler->key.size();
      continue;
    }
    std::string_view rest = s.substr(at);
    if (const lexicon::Entry* e = rules.PrefixOfKind(rest, "label")) {
      label = e;
      label_span = LabelSpan(*e, base + at);
      after_outlet = false;
      i = at + e->key.size();
      continue;
    }
    if (after_outlet) return false;  // "本报" must be followed by a label
    if (const lexicon::Entry* e = rules.PrefixOfKind(rest, "outlet")) {
      after_outlet = true;
      i = at + e->key.size();
      continue;
    }
    if (!names.empty()) {
      if (const lexicon::Entry* e = rules.PrefixOfKind(rest, "photo")) {
        photo = e;
        photo_span = LabelSpan(*e, base + at);
        i = at + e->key.size();
        continue;
      }
    }
    if (const lexicon::Entry* e = rules.PrefixOfKind(rest, "filler")) {
      i = at + e->key.size();
      continue;
    }
    // A name: Han characters (and name dots) up to a separator, a label or
    // a photo word.
    if (!IsHanWithPlane2(c)) return false;
    int han = 1, chars = 1;
    bool dot = false;
    size_t end = i;
    while (end < s.size()) {
      size_t j = end;
      char32_t d = NextCodePoint(s, &j);
      if (IsNameDot(d)) {
        dot = true;
      } else if (!IsHanWithPlane2(d)) {
        break;
      } else if (han >= kMinNameChars) {
        std::string_view tail = s.substr(end);
        if (rules.PrefixOfKind(tail, "label") != nullptr) break;
        // A photo word glued to the name ("张海伦摄") ends the byline.
        const lexicon::Entry* p = rules.PrefixOfKind(tail, "photo");
        if (p != nullptr && (end + p->key.size() == s.size() ||
                             rules.PrefixOfKind(s.substr(end + p->key.size()), "filler"))) {
          break;
        }
      }
      if (IsHanWithPlane2(d)) ++han;
      ++chars;
      end = j;
      if (chars > kMaxDotNameChars) return false;
    }
    if (han < kMinNameChars || (!dot && han > kMaxNameChars)) return false;
    // Column names built on a label ("记者手记", "记者观察") are no bylines.
    const lexicon::Entry* word = rules.lexicon().Find(s.substr(at, end - at));
    if (word != nullptr && word->field(0) == "notname") return false;
    names.push_back({{base + at, base + end}, label, label_span});
    i = end;
  }
  if (names.empty() || after_outlet) return false;
  const bool unlabeled = bracketed && names.size() >= 2 && photo == nullptr &&
                         std::all_of(names.begin(), names.end(),
                                     [](const PendingName& n) { return n.label == nullptr; });
  if (unlabeled) {
    for (const PendingName& n : names) {
      // Chinese names only: no dotted foreign names, nothing longer.
      if (n.name.size() > 3 * static_cast<size_t>(kMaxNameChars)) return false;
    }
    for (const PendingName& n : names) out->push_back({n.name, std::string(), Span{}});
    return true;
  }
  for (const PendingName& n : names) {
    if (n.label == nullptr && photo == nullptr) return false;
  }
  for (const PendingName& n : names) {
    if (n.label != nullptr) {
      out->push_back({n.name, std::string(n.label->field(1)), n.label_span});
    }
    if (photo != nullptr) {
      out->push_back({n.name, std::string(photo->field(1)), photo_span});
    }
  }
  return true;
}

// Ornaments some papers print before a byline ("□本报记者 张三").
bool IsOrnament(char32_t c) {
  return c == 0x25A1 || c == 0x25A0 || c == 0x25CF || c == 0x25CB || c == 0x25CE ||
         c == 0x2605 || c == 0x2606 || c == 0x25B2 || c == 0x25C6 || c == 0x25C7 || IsSpace(c);
}

// A line that is a byline or credit as a whole, possibly ornamented or in
// parentheses ("(通讯员 张海伦 摄)").
bool ParseCreditLine(std::string_view s, size_t base, std::vector<Credit>* out) {
  size_t b = 0;
  while (b < s.size()) {
    size_t j = b;
    if (!IsOrnament(NextCodePoint(s, &j))) break;
    b = j;
  }
  s.remove_prefix(b);
  base += b;
  bool bracketed = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    s = s.substr(1, s.size() - 2);
    base += 1;
    bracketed = true;
  }
  return ParseByline(s, base, out, bracketed);
}

// Credits in parentheses closing a caption paragraph: "…评比活动。(本报记者
// 边磊 摄)".
void ParseTrailingCredit(std::string_view s, size_t base, std::vector<Credit>* out) {
  if (s.empty() || s.back() != ')') return;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || s.size() - open > kMaxBylineBytes) return;
  ParseByline(s.substr(open + 1, s.size() - open - 2), base + open + 1, out, /*bracketed=*/true);
}

// If `s` (at text offset `base`) starts with a dateline lead, returns the
// lead's length in bytes and appends the credits of its parenthesized
// byline; otherwise returns 0.
size_t ParseLead(std::string_view s, size_t base, std::vector<Credit>* out) {
  const Rules& rules = Rules::Get();
  re2::StringPiece match;
  if (!RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), rules.lead(), &match)) return 0;
  size_t end = match.size();
  size_t i = end;
  while (i < s.size()) {
    size_t at = i;
    if (!IsSpace(NextCodePoint(s, &i))) {
      i = at;
      break;
    }
  }
  if (out != nullptr && i < s.size() && (s[i] == '(')) {
    size_t close = s.find(')', i + 1);
    if (close != std::string_view::npos && close - i <= kMaxBylineBytes) {
      ParseByline(s.substr(i + 1, close - i - 1), base + i + 1, out);
    }
  }
  return end;
}

// ---------------------------------------------------------------------------
// Lines

bool IsKicker(std::string_view content) {
  const lexicon::Entry* e = Rules::Get().lexicon().LongestSuffix(content);
  return e != nullptr && e->field(0) == "kicker";
}

// A metadata line of web and wire copy: a label from the credit table and
// a colon ("来源:中工网 2022-06-22 09:44", "责任编辑:李四").
bool IsMetadata(std::string_view content) {
  const lexicon::Entry* e = Rules::Get().PrefixOfKind(content, "meta");
  if (e == nullptr) return false;
  size_t i = e->key.size();
  while (i < content.size() && content[i] == ' ') ++i;
  return i < content.size() && content[i] == ':';  // NFKC made "：" ASCII
}

bool HeadlineLike(std::string_view content, int level) {
  // Four bytes per character at most: longer unmarked lines are body text,
  // and need no counting.
  if (level == 0 && content.size() > 4 * kMaxUnmarkedHeadlineChars) return false;
  if (level == 0 && IsMetadata(content)) return false;
  Counts c = Count(content);
  if (c.han < 2) return false;
  if (level > 0) return !(c.stops > 0 && c.chars > kMaxMarkedSentenceChars);
  if (IsOpenEnd(c.last) || c.chars > kMaxUnmarkedHeadlineChars) return false;
  // A short headline may end in "!" or "?" ("职工之家真温暖!"); a full stop
  // or a stop inside the line is running text.
  const bool exclaims = c.last == '!' || c.last == '?' || c.last == 0xFF01 || c.last == 0xFF1F;
  if (c.stops > 0 && !(c.stops == 1 && exclaims && c.commas == 0 && c.chars <= kShortHeadlineChars)) {
    return false;
  }
  // A comma marks running text, unless the line is short enough to be a
  // two-part headline ("不忘初心,牢记使命").
  return c.commas == 0 || (c.commas == 1 && c.chars <= kShortHeadlineChars);
}

std::vector<Line> ReadLines(const std::string& text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    Line line;
    size_t b = pos, e = nl;
    int level = 0;
    // Leading spaces, then markdown '#' marks (NFKC made "＃" ASCII) if a
    // space or the line's end follows them: "#话题#" is text, not a mark.
    while (b < e) {
      size_t j = b;
      if (!IsSpace(NextCodePoint(text, &j))) break;
      b = j;
    }
    size_t marks = b;
    while (marks < e && text[marks] == '#') ++marks;
    if (marks > b) {
      size_t j = marks;
      if (marks == e || IsSpace(NextCodePoint(text, &j))) {
        level = static_cast<int>(marks - b);
        b = marks;
        while (b < e) {
          size_t k = b;
          if (!IsSpace(NextCodePoint(text, &k))) break;
          b = k;
        }
      }
    }
    // Trailing spaces.
    while (e > b) {
      size_t k = e - 1;
      while (k > b && IsTrailByte(text[k])) --k;
      size_t j = k;
      if (!IsSpace(NextCodePoint(text, &j))) break;
      e = k;
    }
    if (e > b) {
      line.begin = b;
      line.end = e;
      line.level = level;
      lines.push_back(line);
    }
    pos = nl + 1;
  }
  return lines;
}

void Classify(const std::string& text, std::vector<Line>* lines) {
  std::vector<Credit> scratch;
  for (Line& line : *lines) {
    std::string_view content = std::string_view(text).substr(line.begin, line.end - line.begin);
    if (line.level > 0 && HeadlineLike(content, line.level)) {
      line.kind = Kind::kHeadline;
      continue;
    }
    scratch.clear();
    if (ParseCreditLine(content, line.begin, &scratch)) {
      line.kind = Kind::kCredit;
    } else if (ParseLead(content, line.begin, nullptr) > 0) {
      line.kind = Kind::kLead;
    } else if (HeadlineLike(content, line.level)) {
      line.kind = Kind::kHeadline;
    } else {
      line.kind = Kind::kBody;
      line.meta = line.level == 0 && IsMetadata(content);
    }
  }
}

// ---------------------------------------------------------------------------
// Groups

enum class Role { kNone, kStart, kCut };

struct Group {
  size_t first = 0;  // index of the first line
  size_t last = 0;   // index of the last line (inclusive)
  Role role = Role::kNone;
  size_t skip = 0;   // banner lines at its front
  bool evidence = false;
  bool marked = false;
};

std::vector<Group> FindGroups(const std::vector<Line>& lines) {
  std::vector<Group> groups;
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].kind != Kind::kHeadline) {
      ++i;
      continue;
    }
    Group g;
    g.first = i;
    while (i < lines.size() && lines[i].kind == Kind::kHeadline) {
      if (lines[i].level > 0) g.marked = true;
      ++i;
    }
    g.last = i - 1;
    size_t n = i;
    while (n < lines.size() && lines[n].meta) ++n;  // "来源:…" between headline and lead
    bool lead = n < lines.size() && (lines[n].kind == Kind::kLead || lines[n].kind == Kind::kCredit);
    bool photo = false;
    for (size_t j = n; j < lines.size() && j <= n + kMaxCaptionParagraphs; ++j) {
      if (lines[j].kind == Kind::kCredit && j > n) photo = true;
      if (lines[j].kind != Kind::kBody) break;
    }
    g.evidence = g.marked || lead || photo;
    groups.push_back(g);
  }
  return groups;
}

void DropBanners(const std::string& text, const std::vector<Line>& lines,
                 std::vector<Group>* groups) {
  auto content = [&](size_t i) {
    return std::string_view(text).substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  absl::flat_hash_map<std::string_view, int> seen;
  int min_level = 0;
  for (const Group& g : *groups) {
    for (size_t i = g.first; i <= g.last; ++i) {
      ++seen[content(i)];
      if (lines[i].level > 0 && (min_level == 0 || lines[i].level < min_level)) {
        min_level = lines[i].level;
      }
    }
  }
  // Do deeper '#' levels open articles on their own?  Then a top-level '#'
  // line over them is the page's heading, not an item's.
  bool deeper_opens = false;
  for (const Group& g : *groups) {
    if (g.role == Role::kStart && lines[g.first].level > min_level) deeper_opens = true;
  }
  for (size_t k = 0; k < groups->size(); ++k) {
    Group& g = (*groups)[k];
    if (g.role != Role::kStart) continue;
    while (g.first + g.skip < g.last) {
      const size_t i = g.first + g.skip;
      const size_t rest = g.last - i;  // lines after this one
      bool banner = seen[content(i)] > 1;
      if (!banner && g.skip == 0 && lines[i].level > 0 && lines[i].level == min_level &&
          deeper_opens) {
        for (size_t j = i + 1; j <= g.last; ++j) {
          if (lines[j].level > min_level) banner = true;
        }
      }
      if (!banner && g.skip == 0 && g.first == 0 && !g.marked) {
        banner = rest >= 3 || (rest == 2 && !IsKicker(content(i)));
      }
      if (!banner) break;
      ++g.skip;
    }
  }
}

int TitleIndex(const std::string& text, const std::vector<Line>& lines, const Group& g) {
  const size_t from = g.first + g.skip;
  int best = -1;
  int best_level = 0;
  for (size_t i = from; i <= g.last; ++i) {
    if (lines[i].level > 0 && (best < 0 || lines[i].level < best_level)) {
      best = static_cast<int>(i - from);
      best_level = lines[i].level;
    }
  }
  if (best >= 0) return best;
  if (g.last > from &&
      IsKicker(std::string_view(text).substr(lines[from].begin, lines[from].end - lines[from].begin))) {
    return 1;
  }
  return 0;
}

void AddCredits(const std::string& text, const Line& line, std::vector<Credit>* out) {
  std::string_view content = std::string_view(text).substr(line.begin, line.end - line.begin);
  if (line.kind == Kind::kCredit) {
    ParseCreditLine(content, line.begin, out);
  } else if (line.kind == Kind::kLead) {
    ParseLead(content, line.begin, out);
  } else if (line.kind == Kind::kBody) {
    ParseTrailingCredit(content, line.begin, out);
  }
}

// An article over lines [from, to), whose first `headlines` lines (after
// `skip` banner lines) are its headline group.
ArticleLayout MakeArticle(const std::string& text, const std::vector<Line>& lines, size_t from,
                          size_t to, const Group* group) {
  ArticleLayout a;
  a.span = {lines[from].begin, lines[to - 1].end};
  size_t body_from = from;
  if (group != nullptr) {
    for (size_t i = from; i <= group->last; ++i) a.headlines.push_back({lines[i].begin, lines[i].end});
    a.title_index = TitleIndex(text, lines, *group);
    body_from = group->last + 1;
  }
  if (body_from < to) {
    a.body = {lines[body_from].begin, a.span.end};
  } else {
    a.body = {a.span.end, a.span.end};
  }
  for (size_t i = body_from; i < to; ++i) AddCredits(text, lines[i], &a.credits);
  return a;
}

}  // namespace

std::vector<ArticleLayout> SplitArticles(const NormalizedText& doc) {
  const std::string& text = doc.text();
  std::vector<ArticleLayout> articles;
  std::vector<Line> lines = ReadLines(text);
  if (lines.empty()) return articles;
  Classify(text, &lines);

  std::vector<Group> groups = FindGroups(lines);
  bool any_evidence = false;
  for (const Group& g : groups) any_evidence = any_evidence || g.evidence;
  for (Group& g : groups) {
    if (g.last + 1 >= lines.size()) {
      g.role = Role::kCut;  // nothing after it: a banner or footer
    } else if (g.evidence || !any_evidence) {
      g.role = Role::kStart;
    }
  }
  DropBanners(text, lines, &groups);

  // Article boundaries: start groups, cut groups, and leads that follow no
  // headline.
  struct Boundary {
    size_t line;               // first line of the region it closes off
    const Group* group;        // the opening group, or nullptr
    bool opens;                // whether an article starts here
  };
  std::vector<Boundary> bounds;
  size_t gi = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    while (gi < groups.size() && groups[gi].last < i) ++gi;
    if (gi < groups.size() && groups[gi].first == i && groups[gi].role != Role::kNone) {
      bounds.push_back({i, &groups[gi], groups[gi].role == Role::kStart});
    } else if (lines[i].kind == Kind::kLead && i > 0) {
      size_t p = i - 1;
      while (p > 0 && lines[p].meta) --p;
      if (lines[p].kind != Kind::kHeadline) bounds.push_back({i, nullptr, true});
    }
  }

  // Untitled text before the first boundary.
  size_t first_bound = bounds.empty() ? lines.size() : bounds.front().line;
  if (first_bound > 0) articles.push_back(MakeArticle(text, lines, 0, first_bound, nullptr));
  for (size_t b = 0; b < bounds.size(); ++b) {
    if (!bounds[b].opens) continue;
    const Group* g = bounds[b].group;
    size_t from = bounds[b].line + (g != nullptr ? g->skip : 0);
    size_t to = b + 1 < bounds.size() ? bounds[b + 1].line : lines.size();
    if (from >= to) continue;
    articles.push_back(MakeArticle(text, lines, from, to, g));
  }
  // Text that is nothing but a banner-like line (a lone headline) is still
  // text the caller wants read: one untitled article.
  if (articles.empty()) articles.push_back(MakeArticle(text, lines, 0, lines.size(), nullptr));
  return articles;
}

}  // namespace tiqu::text
