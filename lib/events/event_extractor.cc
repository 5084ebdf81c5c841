// Copyright 2026 The tiqu Authors.
//
// Events from trigger words.  The main event is what the main headline
// reports, so triggers are looked for in the main headline first, then in
// the other headlines, then in the lead sentence, then in the body; the
// frame (date, organizers, persons, participant counts, place) comes from
// the lead paragraph, where Chinese news states who did what, when and
// where, read clause by clause with the rule words of
// data/event_triggers.tsv (docs/events.md).

#include "lib/events/event_extractor.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lib/text/utf8.h"

namespace tiqu::events {
namespace {

// The rule types of data/event_triggers.tsv: words that are never events
// themselves but shape the frame.  An entry may have several ("开展" holds
// an event and its subject organizes it).
enum Rule : uint32_t {
  kNone = 1u << 0,          // contains a trigger but names no event
  kBlockSuffix = 1u << 1,   // a trigger followed by it is part of a name
  kHold = 1u << 2,          // holds an event: a body trigger after it is a happening
  kOrganize = 1u << 3,      // its subject organizes or hosts the event
  kPlace = 1u << 4,         // the event's place follows it
  kObjectBefore = 1u << 5,  // a name after it is an object, not an organizer
  kTakePart = 1u << 6,      // a count before it took part
  kGather = 1u << 7,        // a count after it took part
  kReference = 1u << 8,     // after a person's name: the person is cited, not present
  kVenue = 1u << 9,         // ends the name of a venue ("景区", "公园")
  kDateName = 1u << 10,     // a date after it names the event, not its time
  kStatistic = 1u << 11,    // a count after it is a tally, not a turnout
  kGoTo = 1u << 12,         // a place marker of motion: its place may end the clause
  kNegation = 1u << 13,     // a trigger shortly after it did not happen ("未举办")
};
constexpr int kRuleCount = 14;

struct RuleName {
  std::string_view name;
  uint32_t bit;
};
constexpr RuleName kRuleNames[] = {
    {"none", kNone},         {"block_suffix", kBlockSuffix}, {"hold", kHold},
    {"organize", kOrganize}, {"place", kPlace},              {"object_before", kObjectBefore},
    {"take_part", kTakePart}, {"gather", kGather},           {"reference", kReference},
    {"venue", kVenue},       {"date_name", kDateName},       {"statistic", kStatistic},
    {"go_to", kGoTo},        {"negation", kNegation},
};

struct TypeName {
  std::string_view name;
  EventType type;
};
// The guideline's strings (document.h's FromString lives in another stage;
// events must build and test on its own).
constexpr TypeName kTypeNames[] = {
    {"inspection_visit", EventType::kInspectionVisit},
    {"meeting", EventType::kMeeting},
    {"launch_ceremony", EventType::kLaunchCeremony},
    {"training_lecture", EventType::kTrainingLecture},
    {"sports_fitness", EventType::kSportsFitness},
    {"social_mixer", EventType::kSocialMixer},
    {"culture_arts", EventType::kCultureArts},
    {"care_service", EventType::kCareService},
    {"legal_service", EventType::kLegalService},
    {"competition_award", EventType::kCompetitionAward},
    {"union_organizing", EventType::kUnionOrganizing},
    {"fair_market", EventType::kFairMarket},
    {"other", EventType::kOther},
};

int ParseWeight(std::string_view w) {
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
    if (v > 1000) break;
  }
  return v;
}

// A trigger found in the text (norm span).
struct Hit {
  Span span;
  EventType type = EventType::kOther;
  int weight = 0;
  // The trigger directly before this one when this one is a competition head
  // ("黑板报评比": span of 黑板报); empty otherwise.
  Span modifier;
};

Span Clamp(const Span& s, size_t size) {
  Span out;
  out.start = std::min(s.start, size);
  out.end = std::min(std::max(s.end, out.start), size);
  return out;
}

bool Within(const Span& inner, const Span& outer) {
  return !outer.empty() && outer.start <= inner.start && inner.end <= outer.end;
}

// The first sentence of the body: up to the first 。!? or line break.
Span LeadSentence(std::string_view doc, const Span& body) {
  size_t i = body.start;
  while (i < body.end && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\t')) ++i;
  size_t start = i;
  while (i < body.end) {
    unsigned char c = static_cast<unsigned char>(doc[i]);
    if (c == '\n') break;
    if (c == '!' || c == '?') {
      ++i;
      break;
    }
    if (doc.compare(i, 3, "。") == 0) {
      i += 3;
      break;
    }
    i += text::DecodeAt(doc, i).len;
  }
  return Span{start, std::min(i, body.end)};
}

}  // namespace

struct Vocabulary {
  // What one entry of the lexicon says, by entry index.
  struct Info {
    bool event = false;  // a trigger of the taxonomy
    EventType type = EventType::kOther;
    int weight = 0;
    uint32_t rules = 0;  // Rule bits
  };

  lexicon::Lexicon lex;
  std::vector<Info> info;  // parallel to lex.entries()
  size_t max_key = 1;
  // First characters (BMP) of the triggers and "none" words, and of the rule
  // words: most characters of a text start none, and a bit test is far
  // cheaper than a trie look-up.
  std::vector<uint64_t> trigger_first = std::vector<uint64_t>(1024);
  std::vector<uint64_t> rule_first = std::vector<uint64_t>(1024);
  // The same per rule type (bit i of Rule: rule_first_of[i]).
  std::vector<std::vector<uint64_t>> rule_first_of =
      std::vector<std::vector<uint64_t>>(kRuleCount, std::vector<uint64_t>(1024));

  static void Mark(std::vector<uint64_t>* bits, std::string_view key) {
    char32_t c = text::DecodeAt(key, 0).c;
    if (c < 0x10000) (*bits)[c >> 6] |= uint64_t{1} << (c & 63);
  }
  static bool May(const std::vector<uint64_t>& bits, std::string_view doc, size_t pos) {
    char32_t c = text::DecodeAt(doc, pos).c;
    return c >= 0x10000 || (bits[c >> 6] >> (c & 63)) & 1;
  }

  const Info& Of(const lexicon::Entry& e) const {
    static const Info kEmpty;
    const std::vector<lexicon::Entry>& all = lex.entries();
    if (all.empty() || &e < all.data() || &e >= all.data() + all.size()) return kEmpty;
    size_t i = static_cast<size_t>(&e - all.data());
    return i < info.size() ? info[i] : kEmpty;
  }

  // The longest word starting at `pos` and ending by `end`, or nullptr.
  const lexicon::Entry* LongestAt(std::string_view doc, size_t pos, size_t end) const {
    end = std::min(end, doc.size());
    if (pos >= end || !May(rule_first, doc, pos)) return nullptr;
    std::string_view rest = doc.substr(pos, std::min(end - pos, max_key));
    if (!lex.MayStartAt(rest)) return nullptr;
    const lexicon::Entry* longest = nullptr;
    lex.ForEachPrefix(rest, [&](const lexicon::Entry& e) { longest = &e; });  // shortest first
    return longest;
  }

  // Byte length of the longest word starting at `pos` (ending by `end`) if it
  // is of a rule type in `mask` ("联合会" hides the 联合 in it); 0 otherwise.
  size_t RuleAt(std::string_view doc, size_t pos, size_t end, uint32_t mask) const {
    if (pos >= doc.size()) return 0;
    const char32_t c = text::DecodeAt(doc, pos).c;
    bool may = c >= 0x10000;
    for (uint32_t m = mask & ((1u << kRuleCount) - 1); m != 0 && !may; m &= m - 1) {
      const std::vector<uint64_t>& bits = rule_first_of[__builtin_ctz(m)];
      may = (bits[c >> 6] >> (c & 63)) & 1;
    }
    if (!may) return 0;
    const lexicon::Entry* e = LongestAt(doc, pos, end);
    return e != nullptr && (Of(*e).rules & mask) ? e->key.size() : 0;
  }

  // True if a word of a rule type in `mask` ends at `pos`, starting at or
  // after `from`.
  bool RuleEndsAt(std::string_view doc, size_t from, size_t pos, uint32_t mask) const {
    pos = std::min(pos, doc.size());
    size_t s = pos;
    for (int n = 0; n < 8 && s > from; ++n) {
      size_t prev = text::PrevStart(doc, s);
      if (prev >= s || prev < from || pos - prev > max_key) break;
      s = prev;
      if (const lexicon::Entry* e = lex.Find(doc.substr(s, pos - s))) {
        if (Of(*e).rules & mask) return true;
      }
    }
    return false;
  }
};

absl::StatusOr<EventExtractor> EventExtractor::Create(const lexicon::LexiconSet& lexicons) {
  absl::StatusOr<lexicon::Lexicon> lex = lexicons.Load("event_triggers");
  if (!lex.ok()) return lex.status();
  auto vocab = std::make_shared<Vocabulary>();
  vocab->info.reserve(lex->entries().size());
  for (const lexicon::Entry& e : lex->entries()) {
    Vocabulary::Info in;
    std::string_view t = e.field(0);
    for (const TypeName& n : kTypeNames) {
      if (t == n.name) {
        in.event = true;
        in.type = n.type;
      }
    }
    // Otherwise rule types, '|'-separated: "hold|organize".
    while (!in.event && !t.empty()) {
      size_t bar = t.find('|');
      std::string_view one = t.substr(0, bar);
      uint32_t bit = 0;
      for (const RuleName& r : kRuleNames) {
        if (one == r.name) bit = r.bit;
      }
      if (bit == 0) {
        return absl::InvalidArgumentError(absl::StrCat(
            "event_triggers: unknown type '", std::string(one), "' for '", e.key, "'"));
      }
      in.rules |= bit;
      t = bar == std::string_view::npos ? std::string_view() : t.substr(bar + 1);
    }
    if (!in.event && in.rules == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("event_triggers: no type for '", e.key, "'"));
    }
    in.weight = ParseWeight(e.field(1));
    vocab->info.push_back(in);
    if (in.event || (in.rules & kNone)) Vocabulary::Mark(&vocab->trigger_first, e.key);
    Vocabulary::Mark(&vocab->rule_first, e.key);
    for (int b = 0; b < kRuleCount; ++b) {
      if ((in.rules >> b) & 1) Vocabulary::Mark(&vocab->rule_first_of[b], e.key);
    }
  }
  vocab->max_key = std::max<size_t>(lex->max_key_bytes(), 1);
  vocab->lex = *std::move(lex);
  return EventExtractor(std::move(vocab));
}

namespace {

// True if a negation ("未", "取消") starts at most ten characters before
// `pos` (and after `from`) in its clause: "未举办运动会" reports no sports.
bool Negated(const Vocabulary& v, std::string_view doc, size_t from, size_t pos) {
  constexpr int kWindow = 10;  // characters: "未组织职工开展健步行"
  size_t j = pos;
  for (int n = 0; n < kWindow && j > from; ++n) {
    size_t prev = text::PrevStart(doc, j);
    if (prev >= j || prev < from) break;
    j = prev;
    char c = doc[j];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') break;
    if (v.RuleAt(doc, j, pos, kNegation) > 0) return true;
  }
  return false;
}

// Scans `span` of `doc` left to right, longest match first.  A trigger
// followed by a name suffix ("培训中心") is part of a name; a "none" entry
// hides the triggers inside it; a competition word right after another
// trigger is the head of a compound ("黑板报评比") and replaces it.
std::vector<Hit> Scan(const Vocabulary& v, std::string_view doc, Span span) {
  std::vector<Hit> hits;
  span = Clamp(span, doc.size());
  size_t i = span.start;
  while (i < span.end) {
    std::string_view rest = doc.substr(i, std::min(span.end - i, v.max_key));
    const lexicon::Entry* best = nullptr;
    if (Vocabulary::May(v.trigger_first, doc, i) && v.lex.MayStartAt(rest)) {
      v.lex.ForEachPrefix(rest, [&](const lexicon::Entry& e) {
        const Vocabulary::Info& in = v.Of(e);
        if (in.event || (in.rules & kNone)) best = &e;  // shortest first
      });
    }
    if (best == nullptr) {
      i += std::max<size_t>(text::DecodeAt(doc, i).len, 1);
      continue;
    }
    size_t end = i + best->key.size();
    const Vocabulary::Info& in = v.Of(*best);
    if (!in.event) {
      i = end;
      continue;
    }
    if (v.RuleAt(doc, end, span.end, kBlockSuffix) == 0 && !Negated(v, doc, span.start, i)) {
      Hit h;
      h.span = Span{i, end};
      h.type = in.type;
      h.weight = in.weight;
      if (in.type == EventType::kCompetitionAward && !hits.empty() && hits.back().span.end == i &&
          hits.back().type != EventType::kCompetitionAward) {
        h.modifier = hits.back().span;
        hits.pop_back();
      }
      hits.push_back(h);
    }
    i = end;
  }
  return hits;
}

// The first meeting or training word held by a verb of the body ("召开…
// 培训", "在座谈会上"): a trigger at most a few characters after a "hold"
// word.  Only the text after hold words is scanned for triggers, which
// keeps the body pass cheap.
const Hit* FirstHeld(const Vocabulary& v, std::string_view doc, const Span& body,
                     const Span& main, std::vector<Hit>* window_hits) {
  constexpr size_t kWindow = 15;  // five CJK characters from the hold word's start
  for (size_t i = body.start; i < body.end;) {
    if (v.RuleAt(doc, i, body.end, kHold) == 0) {
      i += std::max<size_t>(text::DecodeAt(doc, i).len, 1);
      continue;
    }
    size_t reach = std::min(body.end, i + kWindow + v.max_key);
    *window_hits = Scan(v, doc, Span{i, reach});
    for (const Hit& h : *window_hits) {
      if (h.span.start <= i || h.span.start > i + kWindow) continue;
      if (h.type != EventType::kMeeting && h.type != EventType::kTrainingLecture) continue;
      if (h.weight < 2 || h.span == main) continue;
      return &h;
    }
    i += std::max<size_t>(text::DecodeAt(doc, i).len, 1);
  }
  return nullptr;
}

// The best hit: highest weight (plus `bonus`); ties go to the later hit when
// `prefer_later` (headlines end in their head noun: "帮扶产品大集") and to the
// earlier one otherwise (a lead's first event verb is its main predicate).
template <typename Bonus>
const Hit* Best(const std::vector<Hit>& hits, bool prefer_later, Bonus bonus) {
  const Hit* best = nullptr;
  double best_score = 0;
  for (const Hit& h : hits) {
    double s = h.weight + bonus(h);
    if (best == nullptr || s > best_score || (prefer_later && s == best_score)) {
      best = &h;
      best_score = s;
    }
  }
  return best;
}

// --- Clauses ----------------------------------------------------------------
// The frame reads the lead paragraph clause by clause: an organizer is the
// subject of an organizing verb in its clause, a place the object of 在/赴
// in its clause, a turnout the subject of 参加 in its clause.

constexpr std::string_view kFullStop = "。";
constexpr std::string_view kOpenQuote = "“";
constexpr std::string_view kCloseQuote = "”";
constexpr std::string_view kEnumComma = "、";

bool IsClauseEnd(std::string_view doc, size_t i) {
  char c = doc[i];
  return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
         c == '\n' || doc.compare(i, kFullStop.size(), kFullStop) == 0;
}

bool IsSentenceEnd(std::string_view doc, size_t i) {
  char c = doc[i];
  return c == '!' || c == '?' || c == '\n' || doc.compare(i, kFullStop.size(), kFullStop) == 0;
}

// Where the clause holding `pos` ends (not past `limit`).  Punctuation inside
// “quotes” ("“童享亲情,有你真好”") belongs to a name, not the clause.
size_t ClauseEnd(std::string_view doc, size_t pos, size_t limit) {
  limit = std::min(limit, doc.size());
  constexpr size_t kQuoteMax = 120;  // bytes; a longer "quote" is unbalanced
  size_t i = pos;
  while (i < limit) {
    if (doc.compare(i, kOpenQuote.size(), kOpenQuote) == 0) {
      size_t close = doc.substr(0, std::min(limit, i + kQuoteMax)).find(kCloseQuote, i);
      if (close != std::string_view::npos) {
        i = close + kCloseQuote.size();
        continue;
      }
    }
    if (IsClauseEnd(doc, i)) return i;
    i += std::max<size_t>(text::DecodeAt(doc, i).len, 1);
  }
  return limit;
}

// Where the clause holding `pos` starts (not before `from`).
size_t ClauseStart(std::string_view doc, size_t from, size_t pos) {
  size_t i = std::min(pos, doc.size());
  while (i > from) {
    size_t prev = text::PrevStart(doc, i);
    if (prev >= i || prev < from) break;
    if (IsClauseEnd(doc, prev)) return i;
    i = prev;
  }
  return from;
}

// The first paragraph of the body (up to the first line break).
Span FirstParagraph(std::string_view doc, const Span& body) {
  size_t i = body.start;
  while (i < body.end && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\t')) ++i;
  size_t nl = doc.substr(0, body.end).find('\n', i);
  return Span{i, nl == std::string_view::npos ? body.end : nl};
}

// The paragraph after `para` (empty at the end of the body).
Span NextParagraph(std::string_view doc, const Span& para, const Span& body) {
  if (para.end >= body.end) return Span{body.end, body.end};
  return FirstParagraph(doc, Span{para.end, body.end});
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

// --- The frame ----------------------------------------------------------------

namespace {

// Everything the frame rules look at, for one article.
struct FrameInput {
  const Vocabulary* v;
  std::string_view doc;
  const text::ArticleText* article;
  Span body;
  Span lead;    // first sentence of the body
  Span para;    // first paragraph of the body
  Span para2;   // the paragraph after it
  std::string_view trigger;  // the main trigger's text
  EventType type;
  const std::vector<DateMention>* dates;
  const std::vector<Count>* counts;
  const std::vector<Person>* persons;
  const std::vector<Organization>* orgs;
};

// A date that says when: a calendar date or a vague one ("近日"), not part
// of the event's name ("召开2024年…工作会", "迎“七一”").
bool SaysWhen(const FrameInput& in, const DateMention& d) {
  if (d.kind != DateKind::kDate && d.kind != DateKind::kRelative) return false;
  size_t at = d.span.start;
  if (at >= kOpenQuote.size() &&
      in.doc.compare(at - kOpenQuote.size(), kOpenQuote.size(), kOpenQuote) == 0) {
    at -= kOpenQuote.size();
  }
  if (in.v->RuleEndsAt(in.doc, in.body.start, at, kDateName | kOrganize)) return false;
  // A clause of purpose names an occasion, not a time ("为庆祝“三八”国际妇女节,").
  for (size_t i = ClauseStart(in.doc, in.body.start, at); i < at;) {
    if (in.v->RuleAt(in.doc, i, at, kDateName) > 0) return false;
    i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
  }
  return true;
}

// How well a date of the lead states when: a date set off by a comma
// ("5月28日上午,", "今年暑期,", "3月7日," after "为庆祝“三八”国际妇女节,") is
// best; then a day or a season; then a vague one ("近日"); a bare year before
// a noun last, as it mostly names an edition ("2024年西城区职工职业技能大赛").
// 0: says no when.
int WhenRank(const FrameInput& in, const DateMention& d) {
  if (!SaysWhen(in, d)) return 0;
  for (const text::Credit& c : in.article->layout->credits) {
    if (c.name.Overlaps(d.span)) return 0;  // a name in the byline ("周六")
  }
  const bool set_off = d.span.end < in.doc.size() && in.doc[d.span.end] == ',';
  if (d.kind == DateKind::kRelative) return 2;
  if (set_off) return 4;
  const bool bare_year = d.value.size() == 4 && d.mod.empty();
  return bare_year ? 1 : 3;
}

// The governing date: the lead's best (WhenRank, then the first), else the
// first paragraph's, else the body's first calendar date.
std::string FrameDate(const FrameInput& in) {
  for (const Span& scope : {in.lead, in.para}) {
    const DateMention* when = nullptr;
    int best = 0;
    for (const DateMention& d : *in.dates) {
      if (!Within(d.span, scope)) continue;
      int rank = WhenRank(in, d);
      if (rank > best) {
        best = rank;
        when = &d;
      }
    }
    if (when != nullptr) return when->value;
  }
  for (const DateMention& d : *in.dates) {
    if (d.kind == DateKind::kDate && Within(d.span, in.body) && WhenRank(in, d) > 0) return d.value;
  }
  return "";
}

// Organizers: names in the lead paragraph that are the subject of an
// organizing verb (组织, 举办, 联合 …) or of the trigger in their clause.  A
// name after 赴/来到/从/邀请 is an object; a name before a person's titles is
// that person's body and organizes only as the body of the person's last
// title ("人大常委会副主任、区总工会主席周福刚带领…": the 区总工会).  Where
// no name qualifies, a name opening a clause of the lead is its subject.
std::vector<std::string> FrameOrganizers(const FrameInput& in) {
  const Vocabulary& v = *in.v;
  std::vector<std::pair<size_t, const std::string*>> named;
  auto verb_in_clause = [&](size_t from, size_t end) -> size_t {
    for (size_t i = from; i < end;) {
      if (v.RuleAt(in.doc, i, end, kOrganize) > 0) return i;
      if (!in.trigger.empty() && in.doc.compare(i, in.trigger.size(), in.trigger) == 0) return i;
      i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
    }
    return std::string_view::npos;
  };
  for (const Organization& o : *in.orgs) {
    for (const Span& m : o.mentions) {
      if (!Within(m, in.para)) continue;
      if (v.RuleEndsAt(in.doc, in.para.start, m.start, kObjectBefore | kPlace)) continue;
      size_t end = ClauseEnd(in.doc, m.end, in.para.end);
      size_t verb = verb_in_clause(m.end, end);
      if (verb == std::string_view::npos) continue;
      const Person* titled = nullptr;  // whose titles follow the name
      for (const Person& p : *in.persons) {
        for (const Span& pm : p.mentions) {
          if (pm.start >= m.end && pm.start < verb && (titled == nullptr)) titled = &p;
        }
      }
      if (titled != nullptr && !titled->organization.empty() && titled->organization != o.name) {
        continue;
      }
      named.emplace_back(m.start, &o.name);
      break;
    }
  }
  if (named.empty()) {
    // A clause-opening name of the lead: nothing but a date before it.
    for (const Organization& o : *in.orgs) {
      for (const Span& m : o.mentions) {
        if (!Within(m, in.lead)) continue;
        size_t cs = ClauseStart(in.doc, in.lead.start, m.start);
        bool opening = true;
        for (size_t i = cs; i < m.start && opening;) {
          if (IsSpace(in.doc[i])) {
            ++i;
            continue;
          }
          const DateMention* date = nullptr;
          for (const DateMention& d : *in.dates) {
            if (d.span.start == i) date = &d;
          }
          if (date == nullptr) {
            opening = false;
          } else {
            i = std::max(date->span.end, i + 1);
          }
        }
        if (opening) {
          named.emplace_back(m.start, &o.name);
          break;
        }
      }
    }
  }
  if (named.empty()) {
    // A clause of the lead opening with 该 ("该区总工会不断创新建会…") has
    // the name last mentioned before it as its subject.
    constexpr std::string_view kThis = "该";
    for (size_t at = in.doc.substr(0, in.lead.end).find(kThis, in.lead.start);
         at != std::string_view::npos && named.empty();
         at = in.doc.substr(0, in.lead.end).find(kThis, at + kThis.size())) {
      size_t cs = ClauseStart(in.doc, in.lead.start, at);
      while (cs < at && IsSpace(in.doc[cs])) ++cs;
      if (cs != at) continue;
      const Organization* last = nullptr;
      size_t last_at = 0;
      for (const Organization& o : *in.orgs) {
        for (const Span& m : o.mentions) {
          if (m.end <= at && m.start >= in.lead.start && (last == nullptr || m.start > last_at)) {
            last = &o;
            last_at = m.start;
          }
        }
      }
      if (last != nullptr) named.emplace_back(last_at, &last->name);
    }
  }
  std::stable_sort(named.begin(), named.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& n : named) {
    if (std::find(out.begin(), out.end(), *n.second) == out.end()) out.push_back(*n.second);
  }
  return out;
}

// Leaders and speakers: the people the lead paragraph names with their
// titles ("北京市总工会党组书记、副主席张良"), but not the item's reporters,
// nor people it cites ("习近平总书记关于…的重要论述").
std::vector<std::string> FramePersons(const FrameInput& in) {
  constexpr size_t kReferenceWindow = 12;  // bytes: a title of up to four characters
  const auto& credits = in.article->layout->credits;
  std::vector<std::pair<size_t, const std::string*>> named;
  for (const Person& p : *in.persons) {
    if (p.roles.empty()) continue;
    for (const Span& m : p.mentions) {
      if (!Within(m, in.para)) continue;
      bool credit = false;
      for (const text::Credit& c : credits) credit = credit || c.name.Overlaps(m);
      if (credit) continue;
      bool cited = false;
      size_t stop = std::min(in.para.end, m.end + kReferenceWindow);
      for (size_t i = m.end; i < stop && !cited && !IsClauseEnd(in.doc, i);) {
        cited = in.v->RuleAt(in.doc, i, in.para.end, kReference) > 0;
        i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
      }
      if (!cited) {
        named.emplace_back(m.start, &p.name);
        break;
      }
    }
  }
  std::stable_sort(named.begin(), named.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& n : named) out.push_back(*n.second);
  return out;
}

// Sentence span holding `pos` within `scope`.
Span SentenceOf(std::string_view doc, const Span& scope, size_t pos) {
  size_t s = pos;
  while (s > scope.start) {
    size_t prev = text::PrevStart(doc, s);
    if (prev >= s || prev < scope.start || IsSentenceEnd(doc, prev)) break;
    s = prev;
  }
  size_t e = pos;
  while (e < scope.end && !IsSentenceEnd(doc, e)) {
    e += std::max<size_t>(text::DecodeAt(doc, e).len, 1);
  }
  return Span{s, std::min(e, scope.end)};
}

// Participants: counts of people (or of groups: "8组亲子家庭") in the lead
// paragraph that take part in their clause ("…80余名职工参加"), come with
// the organizer ("组织60名工会会员", "来自…的百余名工会干部") or open a
// clause with their noun ("三地200多名青年职工在…相识").  A tally of a
// period ("五年来…1.92万名职工加入") or a change ("从10名…到…") is no
// turnout.  Where the lead paragraph has none, the next paragraph's
// count that takes part or shares a sentence with an event word of the
// main type ("…徒步路线,…让…近百名职工…") is.  Groups count only where
// no people are counted.
std::vector<Count> FrameParticipants(const FrameInput& in) {
  const Vocabulary& v = *in.v;
  auto candidate = [&](const Count& c) {
    if (c.category != CountCategory::kPeople && c.category != CountCategory::kGroups) {
      return false;
    }
    return true;
  };
  auto tally = [&](const Count& c, const Span& scope) {
    Span sentence = SentenceOf(in.doc, scope, c.span.start);
    for (const DateMention& d : *in.dates) {
      if ((d.kind == DateKind::kDuration || d.kind == DateKind::kSet) && Within(d.span, sentence)) {
        return true;
      }
    }
    size_t cs = ClauseStart(in.doc, scope.start, c.span.start);
    for (size_t i = cs; i < c.span.start;) {
      if (v.RuleAt(in.doc, i, c.span.start, kStatistic) > 0) return true;
      i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
    }
    return false;
  };
  auto takes_part = [&](const Count& c, const Span& scope) {
    size_t end = ClauseEnd(in.doc, c.span.end, scope.end);
    for (size_t i = c.span.end; i < end;) {
      if (v.RuleAt(in.doc, i, end, kTakePart) > 0) return true;
      i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
    }
    return false;
  };
  auto gathered = [&](const Count& c, const Span& scope) {
    size_t cs = ClauseStart(in.doc, scope.start, c.span.start);
    for (size_t i = cs; i < c.span.start;) {
      if (v.RuleAt(in.doc, i, c.span.start, kGather) > 0) return true;
      i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
    }
    return false;
  };
  auto opens_clause = [&](const Count& c, const Span& scope) {
    constexpr size_t kModifier = 6;  // bytes: "三地" before the number
    size_t cs = ClauseStart(in.doc, scope.start, c.span.start);
    return !c.counted.empty() && c.category == CountCategory::kPeople &&
           c.span.start - cs <= kModifier;
  };
  std::vector<Count> out;
  bool people = false;
  for (const Count& c : *in.counts) {
    if (!Within(c.span, in.para) || !candidate(c) || tally(c, in.para)) continue;
    if (takes_part(c, in.para) || gathered(c, in.para) || opens_clause(c, in.para)) {
      out.push_back(c);
      people = people || c.category == CountCategory::kPeople;
    }
  }
  // "来自32支代表队的400余名职工": the people, not the teams they come in.
  if (people) {
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const Count& c) { return c.category != CountCategory::kPeople; }),
              out.end());
  }
  if (!out.empty() || in.para2.empty()) return out;
  for (const Count& c : *in.counts) {
    if (!Within(c.span, in.para2) || !candidate(c) || tally(c, in.para2)) continue;
    bool same_type = false;
    if (c.category == CountCategory::kPeople) {
      for (const Hit& h : Scan(v, in.doc, SentenceOf(in.doc, in.para2, c.span.start))) {
        same_type = same_type || h.type == in.type;
      }
    }
    if (takes_part(c, in.para2) || same_type) {
      out.push_back(c);
      break;
    }
  }
  return out;
}

// The place of a phrase ending at `end` and starting at `start`: no list
// ("、"), no description ("的"), no abstract "在…中/上" ("在氛围中"), a few
// characters to a few dozen.
bool PlausiblePlace(std::string_view doc, size_t start, size_t end) {
  constexpr size_t kMinBytes = 6;   // two characters
  constexpr size_t kMaxBytes = 75;  // 25 characters
  if (end <= start || end - start < kMinBytes || end - start > kMaxBytes) return false;
  std::string_view p = doc.substr(start, end - start);
  if (p.find(kEnumComma) != std::string_view::npos) return false;
  if (p.find("的") != std::string_view::npos) return false;
  if (p.find(kOpenQuote) != std::string_view::npos) return false;
  for (std::string_view tail : {"中", "上", "下", "里", "内", "间"}) {
    if (absl::EndsWith(absl::string_view(p.data(), p.size()),
                       absl::string_view(tail.data(), tail.size()))) {
      return false;
    }
  }
  return true;
}

// Where: the object of 在/赴/来到/走进/于/前往 up to the verb or trigger that
// follows it in its clause ("在北京富国海底世界举办", "赴小米科技有限责任公司
// 调研"), the lead first; else a venue the lead paragraphs name by its
// suffix ("密云桃源仙谷景区内…").
Span FrameLocation(const FrameInput& in) {
  const Vocabulary& v = *in.v;
  // A time or a quantity is no place ("在5月28日举行", "在3个点位开展").
  auto plausible = [&](size_t start, size_t end) {
    if (!PlausiblePlace(in.doc, start, end)) return false;
    const Span place{start, end};
    for (const DateMention& d : *in.dates) {
      if (d.span.Overlaps(place)) return false;
    }
    for (const Count& c : *in.counts) {
      if (c.span.Overlaps(place)) return false;
    }
    return true;
  };
  for (const Span& scope : {in.lead, in.para}) {
    for (size_t i = scope.start; i < scope.end;) {
      if (in.doc.compare(i, kOpenQuote.size(), kOpenQuote) == 0) {
        // A marker inside a quoted name ("爱在运河畔") is part of the name.
        size_t close = in.doc.substr(0, scope.end).find(kCloseQuote, i);
        if (close != std::string_view::npos) {
          i = close + kCloseQuote.size();
          continue;
        }
      }
      const lexicon::Entry* w = v.LongestAt(in.doc, i, scope.end);
      size_t marker = w != nullptr && (v.Of(*w).rules & kPlace) ? w->key.size() : 0;
      if (marker == 0) {
        // Over a word that hides a marker ("关于"), else one character.
        i += w != nullptr && (v.Of(*w).rules & kNone) ? w->key.size()
                                                    : std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
        continue;
      }
      size_t start = i + marker;
      size_t end = ClauseEnd(in.doc, start, scope.end);
      // 在/于 place an event only before its verb ("于…栈道举办"); 赴/来到
      // may end the clause ("前往快手总部,").
      size_t stop = (v.Of(*w).rules & kGoTo) ? end : start;
      for (size_t j = start; j < end;) {
        if (v.RuleAt(in.doc, j, end, kOrganize | kHold) > 0 ||
            (!in.trigger.empty() && in.doc.compare(j, in.trigger.size(), in.trigger) == 0)) {
          stop = j;
          break;
        }
        bool event = false;
        std::string_view rest = in.doc.substr(j, std::min(end - j, v.max_key));
        if (j > start && Vocabulary::May(v.trigger_first, in.doc, j) && v.lex.MayStartAt(rest)) {
          v.lex.ForEachPrefix(rest, [&](const lexicon::Entry& e) {
            event = event || v.Of(e).event;
          });
        }
        if (event) {
          stop = j;
          break;
        }
        j += std::max<size_t>(text::DecodeAt(in.doc, j).len, 1);
      }
      while (stop > start && IsSpace(in.doc[stop - 1])) --stop;
      // "在小米科技园内举办": the place is the park.
      for (std::string_view inside : {std::string_view("内"), std::string_view("里")}) {
        if (stop - start > inside.size() &&
            in.doc.compare(stop - inside.size(), inside.size(), inside) == 0) {
          stop -= inside.size();
        }
      }
      if (plausible(start, stop)) return Span{start, stop};
      i = start;
    }
  }
  for (const Span& scope : {in.para, in.para2}) {
    for (size_t i = scope.start; i < scope.end;) {
      size_t suffix = v.RuleAt(in.doc, i, scope.end, kVenue);
      if (suffix == 0) {
        i += std::max<size_t>(text::DecodeAt(in.doc, i).len, 1);
        continue;
      }
      size_t end = i + suffix;
      size_t start = ClauseStart(in.doc, scope.start, i);
      // The name starts after the last marker or verb before the suffix.
      for (size_t j = start; j < i;) {
        size_t w = v.RuleAt(in.doc, j, i, kPlace | kOrganize | kHold | kObjectBefore);
        if (w > 0) {
          start = j + w;
          j += w;
          continue;
        }
        j += std::max<size_t>(text::DecodeAt(in.doc, j).len, 1);
      }
      while (start < i && IsSpace(in.doc[start])) ++start;
      if (plausible(start, end) && end - start > suffix) return Span{start, end};
      i = end;
    }
  }
  return Span{};
}

}  // namespace

std::vector<Event> EventExtractor::Extract(const text::ArticleText& article,
                                           const std::vector<DateMention>& dates,
                                           const std::vector<Count>& counts,
                                           const std::vector<Person>& persons,
                                           const std::vector<Organization>& orgs) const {
  std::vector<Event> events;
  if (article.doc == nullptr || article.layout == nullptr || vocab_ == nullptr) return events;
  const Vocabulary& v = *vocab_;
  std::string_view doc = article.doc_text();
  const text::ArticleLayout& layout = *article.layout;
  const Span body = Clamp(layout.body, doc.size());
  const Span lead = LeadSentence(doc, body);
  const std::vector<Hit> lead_hits = Scan(v, doc, lead);
  auto no_bonus = [](const Hit&) { return 0.0; };

  // 1. The main headline, else any headline.
  std::vector<Hit> headline_hits;
  const int n_headlines = static_cast<int>(layout.headlines.size());
  const bool has_title = layout.title_index >= 0 && layout.title_index < n_headlines;
  if (has_title) headline_hits = Scan(v, doc, Clamp(layout.headlines[layout.title_index], doc.size()));
  const bool title_hits = !headline_hits.empty();
  if (headline_hits.empty()) {
    for (const Span& h : layout.headlines) {
      std::vector<Hit> more = Scan(v, doc, h);
      headline_hits.insert(headline_hits.end(), more.begin(), more.end());
    }
  }

  Hit main;
  bool found = false;
  bool main_from_title = false;  // the main headline named the event
  if (!headline_hits.empty()) {
    // A headline word the lead repeats is what the item is about.
    std::string_view lead_text = doc.substr(lead.start, lead.size());
    const Hit* best = Best(headline_hits, /*prefer_later=*/true, [&](const Hit& h) {
      return lead_text.find(doc.substr(h.span.start, h.span.size())) != std::string_view::npos ? 0.5 : 0.0;
    });
    main = *best;
    found = true;
    // A headline that sums up ("走进企业宣讲劳模精神") while the lead reports
    // a different happening ("参加…读书分享会"): the lead's event happened.
    bool echoed = false;
    for (const Hit& h : headline_hits) {
      echoed = echoed ||
               lead_text.find(doc.substr(h.span.start, h.span.size())) != std::string_view::npos;
    }
    if (!echoed) {
      const Hit* in_lead = Best(lead_hits, /*prefer_later=*/false, no_bonus);
      if (in_lead != nullptr && in_lead->weight >= main.weight) main = *in_lead;
    }
    main_from_title = title_hits && Within(main.span, layout.headlines[layout.title_index]);
    // The lead may name it more precisely: headline "黑板报", lead "黑板报评比".
    std::string_view key = doc.substr(main.span.start, main.span.size());
    for (const Hit& h : lead_hits) {
      if (!h.modifier.empty() && doc.substr(h.modifier.start, h.modifier.size()) == key) {
        main = h;
        break;
      }
    }
  } else if (const Hit* best = Best(lead_hits, /*prefer_later=*/false, no_bonus)) {
    main = *best;
    found = true;
  } else {
    std::vector<Hit> body_hits = Scan(v, doc, body);
    if (const Hit* b = Best(body_hits, /*prefer_later=*/false, no_bonus)) {
      main = *b;
      found = true;
    }
  }
  if (!found) return events;

  // 2. The frame, from the lead paragraph.
  FrameInput in{&v, doc, &article, body, lead, {}, {}, {}, main.type, &dates, &counts, &persons, &orgs};
  in.para = FirstParagraph(doc, body);
  if (in.para.empty() || !Within(lead, in.para)) in.para = lead;
  in.para2 = NextParagraph(doc, in.para, body);
  in.trigger = doc.substr(main.span.start, main.span.size());
  Event ev;
  ev.type = main.type;
  ev.trigger_span = main.span;
  ev.date = FrameDate(in);
  ev.organizations = FrameOrganizers(in);
  ev.persons = FramePersons(in);
  ev.counts = FrameParticipants(in);
  Span where = FrameLocation(in);
  if (!where.empty()) ev.location = article.doc->Surface(where);
  events.push_back(std::move(ev));

  // 3. Secondary events, at most one per type: what a launch launches
  // ("法律服务专项工作启动"), a happening another headline line reports
  // ("…工作站启用" under "…开展专项法律服务"), and a meeting or training held
  // on its own in the body ("在座谈会上", "召开…培训").
  // They happened with the main event ("在座谈会上", "当天…启用"): its date.
  const std::string main_date = events.front().date;
  auto add = [&events, &main_date](const Hit& h) {
    for (const Event& e : events) {
      if (e.type == h.type) return;
    }
    Event sec;
    sec.type = h.type;
    sec.trigger_span = h.span;
    sec.date = main_date;
    events.push_back(std::move(sec));
  };
  if (main_from_title) {
    if (main.type == EventType::kLaunchCeremony) {
      for (const Hit& h : headline_hits) {
        if (h.weight >= 2) add(h);
      }
    }
    for (int i = 0; i < n_headlines; ++i) {
      if (i == layout.title_index) continue;
      for (const Hit& h : Scan(v, doc, layout.headlines[i])) {
        if (h.weight >= 2) {
          add(h);
          break;
        }
      }
    }
  }
  std::vector<Hit> window;
  if (const Hit* held = FirstHeld(v, doc, body, main.span, &window)) add(*held);
  return events;
}

}  // namespace tiqu::events
