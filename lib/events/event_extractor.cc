// Copyright 2026 The tiqu Authors.
//
// Events from trigger words.  The main event is what the main headline
// reports, so triggers are looked for in the main headline first, then in
// the other headlines, then in the lead sentence, then in the body; the
// frame (date, organizers, persons, participant counts) comes from the lead
// sentence, where Chinese news states who did what when.

#include "lib/events/event_extractor.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/text/utf8.h"

namespace tiqu::events {
namespace {

// What a lexicon entry's type field says.  The rule types never make events.
enum class Kind { kEvent, kNone, kBlockSuffix, kHold, kUnknown };

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

Kind KindOf(const lexicon::Entry& e, EventType* type) {
  std::string_view t = e.field(0);
  for (const TypeName& n : kTypeNames) {
    if (t == n.name) {
      if (type != nullptr) *type = n.type;
      return Kind::kEvent;
    }
  }
  if (t == "none") return Kind::kNone;
  if (t == "block_suffix") return Kind::kBlockSuffix;
  if (t == "hold") return Kind::kHold;
  return Kind::kUnknown;
}

int WeightOf(const lexicon::Entry& e) {
  std::string_view w = e.field(1);
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

absl::StatusOr<EventExtractor> EventExtractor::Create(const lexicon::LexiconSet& lexicons) {
  absl::StatusOr<lexicon::Lexicon> lex = lexicons.Load("event_triggers");
  if (!lex.ok()) return lex.status();
  for (const lexicon::Entry& e : lex->entries()) {
    if (KindOf(e, nullptr) == Kind::kUnknown) {
      return absl::InvalidArgumentError(absl::StrCat(
          "event_triggers: unknown type '", std::string(e.field(0)), "' for '", e.key, "'"));
    }
  }
  return EventExtractor(*std::move(lex));
}

namespace {

// Scans `span` of `doc` left to right, longest match first.  A trigger
// followed by a name suffix ("培训中心") is part of a name; a "none" entry
// hides the triggers inside it; a competition word right after another
// trigger is the head of a compound ("黑板报评比") and replaces it.
std::vector<Hit> Scan(const lexicon::Lexicon& lex, std::string_view doc, Span span) {
  std::vector<Hit> hits;
  span = Clamp(span, doc.size());
  const size_t max_key = std::max<size_t>(lex.max_key_bytes(), 1);
  size_t i = span.start;
  while (i < span.end) {
    std::string_view rest = doc.substr(i, std::min(span.end - i, max_key));
    const lexicon::Entry* best = nullptr;
    lex.ForEachPrefix(rest, [&](const lexicon::Entry& e) {
      Kind k = KindOf(e, nullptr);
      if (k == Kind::kEvent || k == Kind::kNone) best = &e;  // shortest first
    });
    if (best == nullptr) {
      i += text::DecodeAt(doc, i).len;
      continue;
    }
    size_t end = i + best->key.size();
    EventType type = EventType::kOther;
    if (KindOf(*best, &type) == Kind::kNone) {
      i = end;
      continue;
    }
    bool blocked = false;
    lex.ForEachPrefix(doc.substr(end, std::min(span.end - end, max_key)),
                      [&](const lexicon::Entry& e) {
                        if (KindOf(e, nullptr) == Kind::kBlockSuffix) blocked = true;
                      });
    if (!blocked) {
      Hit h;
      h.span = Span{i, end};
      h.type = type;
      h.weight = WeightOf(*best);
      if (type == EventType::kCompetitionAward && !hits.empty() &&
          hits.back().span.end == i && hits.back().type != EventType::kCompetitionAward) {
        h.modifier = hits.back().span;
        hits.pop_back();
      }
      hits.push_back(h);
    }
    i = end;
  }
  return hits;
}

// True if a "hold" verb ("召开", "举行", "在") ends at most a few characters
// before `pos` within `from`..pos.
bool HeldBefore(const lexicon::Lexicon& lex, std::string_view doc, size_t from, size_t pos) {
  constexpr size_t kWindow = 15;  // five CJK characters
  size_t start = pos > from + kWindow ? pos - kWindow : from;
  while (start < pos && text::IsTrailByte(doc[start])) ++start;
  const size_t max_key = std::max<size_t>(lex.max_key_bytes(), 1);
  for (size_t i = start; i < pos;) {
    bool hold = false;
    lex.ForEachPrefix(doc.substr(i, std::min(pos - i, max_key)), [&](const lexicon::Entry& e) {
      if (KindOf(e, nullptr) == Kind::kHold) hold = true;
    });
    if (hold) return true;
    i += text::DecodeAt(doc, i).len;
  }
  return false;
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

}  // namespace

std::vector<Event> EventExtractor::Extract(const text::ArticleText& article,
                                           const std::vector<DateMention>& dates,
                                           const std::vector<Count>& counts,
                                           const std::vector<Person>& persons,
                                           const std::vector<Organization>& orgs) const {
  std::vector<Event> events;
  if (article.doc == nullptr || article.layout == nullptr) return events;
  std::string_view doc = article.doc_text();
  const text::ArticleLayout& layout = *article.layout;
  const Span body = Clamp(layout.body, doc.size());
  const Span lead = LeadSentence(doc, body);
  const std::vector<Hit> lead_hits = Scan(triggers_, doc, lead);
  auto no_bonus = [](const Hit&) { return 0.0; };

  // 1. The main headline, else any headline.
  std::vector<Hit> headline_hits;
  const int n_headlines = static_cast<int>(layout.headlines.size());
  if (layout.title_index >= 0 && layout.title_index < n_headlines) {
    headline_hits = Scan(triggers_, doc, layout.headlines[layout.title_index]);
  }
  const bool title_hits = !headline_hits.empty();
  if (headline_hits.empty()) {
    for (const Span& h : layout.headlines) {
      std::vector<Hit> more = Scan(triggers_, doc, h);
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
    std::vector<Hit> body_hits = Scan(triggers_, doc, body);
    if (const Hit* b = Best(body_hits, /*prefer_later=*/false, no_bonus)) {
      main = *b;
      found = true;
    }
  }
  if (!found) return events;

  // 2. The frame, from the lead sentence.
  Event ev;
  ev.type = main.type;
  ev.trigger_span = main.span;
  // When it happened: a calendar date of the lead, else a vague one ("近日");
  // durations and sets ("一年来", "每年") say no when.
  const DateMention* when = nullptr;
  for (const DateMention& d : dates) {
    if (!Within(d.span, lead)) continue;
    if (d.kind == DateKind::kDate) {
      when = &d;
      break;
    }
    if (d.kind == DateKind::kRelative && when == nullptr) when = &d;
  }
  for (size_t i = 0; when == nullptr && i < dates.size(); ++i) {
    if (dates[i].kind == DateKind::kDate) when = &dates[i];
  }
  if (when != nullptr) ev.date = when->value;
  // Organizers come before the event word: where the trigger is in a
  // headline, its repetition in the lead is the cut-off.
  size_t cutoff = lead.end;
  if (Within(main.span, lead)) {
    cutoff = main.span.start;
  } else if (size_t at = doc.substr(lead.start, lead.size())
                             .find(doc.substr(main.span.start, main.span.size()));
             at != std::string_view::npos) {
    cutoff = lead.start + at;
  }
  // Names in the order the lead gives them.
  std::vector<std::pair<size_t, const std::string*>> named;
  for (const Organization& o : orgs) {
    for (const Span& m : o.mentions) {
      if (Within(m, lead) && m.end <= cutoff) {
        named.emplace_back(m.start, &o.name);
        break;
      }
    }
  }
  std::stable_sort(named.begin(), named.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& n : named) ev.organizations.push_back(*n.second);
  named.clear();
  for (const Person& p : persons) {
    for (const Span& m : p.mentions) {
      if (!Within(m, lead)) continue;
      bool credit = false;  // reporters in "本报讯(记者 …)" take no part
      for (const text::Credit& c : layout.credits) credit = credit || c.name.Overlaps(m);
      if (!credit) {
        named.emplace_back(m.start, &p.name);
        break;
      }
    }
  }
  std::stable_sort(named.begin(), named.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& n : named) ev.persons.push_back(*n.second);
  for (const Count& c : counts) {
    if (c.category == CountCategory::kPeople && Within(c.span, lead)) ev.counts.push_back(c);
  }
  events.push_back(std::move(ev));

  // 3. Secondary events, at most one per type: what a launch launches
  // ("法律服务专项工作启动"), a happening another headline line reports
  // ("…工作站启用" under "…开展专项法律服务"), and a meeting or training held
  // on its own in the body ("在座谈会上", "召开…培训").
  auto add = [&events](const Hit& h) {
    for (const Event& e : events) {
      if (e.type == h.type) return;
    }
    Event sec;
    sec.type = h.type;
    sec.trigger_span = h.span;
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
      for (const Hit& h : Scan(triggers_, doc, layout.headlines[i])) {
        if (h.weight >= 2) {
          add(h);
          break;
        }
      }
    }
  }
  for (const Hit& h : Scan(triggers_, doc, body)) {
    if (h.type != EventType::kMeeting && h.type != EventType::kTrainingLecture) continue;
    if (h.weight < 2 || h.span == main.span) continue;
    if (!HeldBefore(triggers_, doc, body.start, h.span.start)) continue;
    add(h);
    break;
  }
  return events;
}

}  // namespace tiqu::events
