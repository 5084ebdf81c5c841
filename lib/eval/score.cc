// Copyright 2026 The tiqu Authors.

#include "lib/eval/score.h"

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "nlohmann/json.hpp"

namespace tiqu::eval {
namespace {

using nlohmann::json;

// Reads an optional string field: absent or null gives "".
absl::Status GetString(const json& j, const char* key, std::string* out) {
  out->clear();
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return absl::OkStatus();
  if (!it->is_string()) return absl::InvalidArgumentError(absl::StrCat("'", key, "' is not a string"));
  *out = it->get<std::string>();
  return absl::OkStatus();
}

absl::Status GetStrings(const json& j, const char* key, std::vector<std::string>* out) {
  out->clear();
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return absl::OkStatus();
  if (!it->is_array()) return absl::InvalidArgumentError(absl::StrCat("'", key, "' is not a list"));
  for (const json& e : *it) {
    if (!e.is_string()) {
      return absl::InvalidArgumentError(absl::StrCat("'", key, "' holds a non-string"));
    }
    out->push_back(e.get<std::string>());
  }
  return absl::OkStatus();
}

// The objects of list field `key` (absent or null: none).
absl::Status GetObjects(const json& j, const char* key, std::vector<const json*>* out) {
  out->clear();
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return absl::OkStatus();
  if (!it->is_array()) return absl::InvalidArgumentError(absl::StrCat("'", key, "' is not a list"));
  for (const json& e : *it) {
    if (!e.is_object()) {
      return absl::InvalidArgumentError(absl::StrCat("'", key, "' holds a non-object"));
    }
    out->push_back(&e);
  }
  return absl::OkStatus();
}

absl::Status GetDay(const json& j, const char* key, std::optional<absl::CivilDay>* out) {
  out->reset();
  std::string s;
  if (absl::Status st = GetString(j, key, &s); !st.ok()) return st;
  if (s.empty()) return absl::OkStatus();
  absl::CivilDay day;
  if (!absl::ParseCivilTime(absl::string_view(s.data(), s.size()), &day)) {
    return absl::InvalidArgumentError(absl::StrCat("'", key, "' is not a YYYY-MM-DD date: ", s));
  }
  *out = day;
  return absl::OkStatus();
}

#define TIQU_RETURN_IF_ERROR(expr)             \
  do {                                         \
    if (absl::Status _st = (expr); !_st.ok()) return _st; \
  } while (0)

absl::Status ParseArticle(const json& j, GoldArticle* a) {
  auto idx = j.find("article");
  if (idx == j.end() || !idx->is_number_integer()) {
    return absl::InvalidArgumentError("'article' is missing or not an integer");
  }
  a->index = idx->get<int>();
  TIQU_RETURN_IF_ERROR(GetString(j, "title", &a->title));
  TIQU_RETURN_IF_ERROR(GetStrings(j, "headlines", &a->headlines));
  TIQU_RETURN_IF_ERROR(GetDay(j, "reference_date", &a->reference_date));
  std::vector<const json*> objs;
  TIQU_RETURN_IF_ERROR(GetObjects(j, "persons", &objs));
  for (const json* o : objs) {
    GoldPerson p;
    TIQU_RETURN_IF_ERROR(GetString(*o, "name", &p.name));
    TIQU_RETURN_IF_ERROR(GetStrings(*o, "roles", &p.roles));
    TIQU_RETURN_IF_ERROR(GetString(*o, "org", &p.org));
    a->persons.push_back(std::move(p));
  }
  TIQU_RETURN_IF_ERROR(GetObjects(j, "organizations", &objs));
  for (const json* o : objs) {
    GoldOrganization g;
    TIQU_RETURN_IF_ERROR(GetString(*o, "name", &g.name));
    TIQU_RETURN_IF_ERROR(GetStrings(*o, "aliases", &g.aliases));
    TIQU_RETURN_IF_ERROR(GetString(*o, "type", &g.type));
    a->organizations.push_back(std::move(g));
  }
  TIQU_RETURN_IF_ERROR(GetObjects(j, "dates", &objs));
  for (const json* o : objs) {
    GoldDate d;
    TIQU_RETURN_IF_ERROR(GetString(*o, "text", &d.text));
    TIQU_RETURN_IF_ERROR(GetString(*o, "value", &d.value));
    TIQU_RETURN_IF_ERROR(GetString(*o, "kind", &d.kind));
    TIQU_RETURN_IF_ERROR(GetString(*o, "mod", &d.mod));
    a->dates.push_back(std::move(d));
  }
  TIQU_RETURN_IF_ERROR(GetObjects(j, "counts", &objs));
  for (const json* o : objs) {
    GoldCount c;
    TIQU_RETURN_IF_ERROR(GetString(*o, "text", &c.text));
    auto v = o->find("value");
    if (v != o->end() && !v->is_null()) {
      if (!v->is_number()) return absl::InvalidArgumentError("count 'value' is not a number");
      c.value = v->get<double>();
    }
    TIQU_RETURN_IF_ERROR(GetString(*o, "approx", &c.approx));
    TIQU_RETURN_IF_ERROR(GetString(*o, "unit", &c.unit));
    TIQU_RETURN_IF_ERROR(GetString(*o, "of", &c.of));
    TIQU_RETURN_IF_ERROR(GetString(*o, "category", &c.category));
    a->counts.push_back(std::move(c));
  }
  TIQU_RETURN_IF_ERROR(GetObjects(j, "events", &objs));
  for (const json* o : objs) {
    GoldEvent e;
    TIQU_RETURN_IF_ERROR(GetString(*o, "type", &e.type));
    TIQU_RETURN_IF_ERROR(GetString(*o, "trigger", &e.trigger));
    a->events.push_back(std::move(e));
  }
  return absl::OkStatus();
}

double Ratio(int64_t a, int64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) {  // U+3000 ideographic space
    *len = 3;
    return true;
  }
  return false;
}

// Appends the entries of `add` not yet in `list`, keeping order.
void AppendNew(std::vector<std::string>* list, const std::vector<std::string>& add) {
  for (const std::string& s : add) {
    bool seen = false;
    for (const std::string& t : *list) seen = seen || t == s;
    if (!seen) list->push_back(s);
  }
}

bool Contains(const std::string& hay, const std::string& needle) {
  return !needle.empty() && hay.find(needle) != std::string::npos;
}

// ---------------------------------------------------------------------------

void ScoreArticles(const GoldDocument& gold, const Document& sys, DocumentScore* s) {
  const size_t ng = gold.articles.size();
  const size_t ns = sys.articles.size();
  std::vector<std::vector<std::string>> gold_heads(ng);
  for (size_t g = 0; g < ng; ++g) {
    for (const std::string& h : gold.articles[g].headlines) gold_heads[g].push_back(StripSpaces(h));
    gold_heads[g].push_back(StripSpaces(gold.articles[g].title));
  }
  std::vector<std::string> titles(ns);
  for (size_t i = 0; i < ns; ++i) titles[i] = StripSpaces(sys.articles[i].title);

  std::vector<int> match(ns, -1);
  std::vector<bool> used(ng, false);
  // Exact matches first, so a containing headline cannot take another's gold.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < ns; ++i) {
      if (match[i] >= 0 || titles[i].empty()) continue;
      for (size_t g = 0; g < ng && match[i] < 0; ++g) {
        if (used[g]) continue;
        for (const std::string& h : gold_heads[g]) {
          bool ok = pass == 0 ? (!h.empty() && h == titles[i])
                              : (Contains(h, titles[i]) || Contains(titles[i], h));
          if (ok) {
            match[i] = static_cast<int>(g);
            used[g] = true;
            break;
          }
        }
      }
    }
  }

  int64_t matched = 0;
  for (size_t i = 0; i < ns; ++i) {
    const std::string sys_type(ToString(sys.articles[i].event_type()));
    if (match[i] < 0) {
      s->errors.push_back(absl::StrCat("articles fp \"", sys.articles[i].title, "\""));
      continue;
    }
    ++matched;
    const GoldArticle& ga = gold.articles[match[i]];
    s->event_type.total++;
    if (sys_type == ga.main_event_type()) {
      s->event_type.correct++;
      s->events.tp++;
    } else {
      s->errors.push_back(absl::StrCat("events type \"", ga.title, "\": ", sys_type, " (gold ",
                                       std::string(ga.main_event_type()), ")"));
    }
  }
  for (size_t g = 0; g < ng; ++g) {
    if (!used[g]) s->errors.push_back(absl::StrCat("articles fn \"", gold.articles[g].title, "\""));
  }
  s->articles.tp = matched;
  s->articles.fp = static_cast<int64_t>(ns) - matched;
  s->articles.fn = static_cast<int64_t>(ng) - matched;
  s->events.fp = static_cast<int64_t>(ns) - s->events.tp;
  s->events.fn = static_cast<int64_t>(ng) - s->events.tp;
}

void ScorePersons(const GoldDocument& gold, const Document& sys, DocumentScore* s) {
  std::map<std::string, std::vector<std::string>> g_roles, s_roles;
  for (const GoldArticle& a : gold.articles) {
    for (const GoldPerson& p : a.persons) AppendNew(&g_roles[StripSpaces(p.name)], p.roles);
  }
  for (const Article& a : sys.articles) {
    for (const Person& p : a.persons) {
      std::string name = StripSpaces(p.name);
      if (!name.empty()) AppendNew(&s_roles[name], p.roles);
    }
  }
  for (const auto& [name, roles] : s_roles) {
    auto it = g_roles.find(name);
    if (it == g_roles.end()) {
      s->persons.fp++;
      s->errors.push_back(absl::StrCat("persons fp ", name));
      continue;
    }
    s->persons.tp++;
    std::set<std::string> gs(it->second.begin(), it->second.end());
    std::set<std::string> ss(roles.begin(), roles.end());
    for (const std::string& r : ss) {
      if (gs.count(r)) {
        s->person_roles.tp++;
      } else {
        s->person_roles.fp++;
        s->errors.push_back(absl::StrCat("person_roles fp ", name, " ", r));
      }
    }
    for (const std::string& r : gs) {
      if (!ss.count(r)) {
        s->person_roles.fn++;
        s->errors.push_back(absl::StrCat("person_roles fn ", name, " ", r));
      }
    }
  }
  for (const auto& [name, roles] : g_roles) {
    if (!s_roles.count(name)) {
      s->persons.fn++;
      s->errors.push_back(absl::StrCat("persons fn ", name));
      // The roles of a missed person are missed too.
      s->person_roles.fn += static_cast<int64_t>(std::set<std::string>(roles.begin(), roles.end()).size());
    }
  }
}

void ScoreOrganizations(const GoldDocument& gold, const Document& sys, DocumentScore* s) {
  // Gold orgs of the document, one per name.
  struct G {
    std::string name;
    std::vector<std::string> aliases;
    std::string type;
  };
  std::vector<G> golds;
  std::map<std::string, size_t> by_name;
  for (const GoldArticle& a : gold.articles) {
    for (const GoldOrganization& o : a.organizations) {
      std::string name = StripSpaces(o.name);
      std::vector<std::string> aliases;
      for (const std::string& al : o.aliases) aliases.push_back(StripSpaces(al));
      auto [it, inserted] = by_name.emplace(name, golds.size());
      if (inserted) golds.push_back(G{name, {}, o.type});
      AppendNew(&golds[it->second].aliases, aliases);
    }
  }
  // Surface form -> gold org: names always, aliases only if one org has them.
  std::map<std::string, std::set<size_t>> owners;
  for (size_t g = 0; g < golds.size(); ++g) {
    for (const std::string& al : golds[g].aliases) owners[al].insert(g);
  }
  std::map<std::string, size_t> surface;
  for (const auto& [form, set] : owners) {
    if (set.size() == 1 && !by_name.count(form)) surface[form] = *set.begin();
  }
  for (const auto& [name, g] : by_name) surface[name] = g;

  // System orgs of the document, one per name.
  struct S {
    std::string name;
    std::vector<std::string> aliases;
    OrgType type;
    std::set<size_t> articles;  // where the system reports it
  };
  std::vector<S> syss;
  std::map<std::string, size_t> sys_by_name;
  for (size_t ai = 0; ai < sys.articles.size(); ++ai) {
    for (const Organization& o : sys.articles[ai].organizations) {
      std::string name = StripSpaces(o.name);
      if (name.empty()) continue;
      std::vector<std::string> aliases;
      for (const std::string& al : o.aliases) aliases.push_back(StripSpaces(al));
      auto [it, inserted] = sys_by_name.emplace(name, syss.size());
      if (inserted) syss.push_back(S{name, {}, o.type, {}});
      AppendNew(&syss[it->second].aliases, aliases);
      syss[it->second].articles.insert(ai);
    }
  }

  std::vector<int> match(syss.size(), -1);
  std::vector<bool> used(golds.size(), false);
  // Articles where the system already reported each gold org.
  std::vector<std::set<size_t>> seen_in(golds.size());
  // System orgs that are another surface form, in other articles, of a gold
  // org already matched ("市总工会" in one item, "北京市总工会" in another):
  // neither a second hit nor an error.
  std::vector<bool> same_org(syss.size(), false);
  auto take = [&](size_t i, size_t g) {
    match[i] = static_cast<int>(g);
    used[g] = true;
    seen_in[g].insert(syss[i].articles.begin(), syss[i].articles.end());
  };
  // Pass 1: equal names; pass 2: the system's name, then its aliases, as any
  // surface form of a gold org.
  for (size_t i = 0; i < syss.size(); ++i) {
    auto it = by_name.find(syss[i].name);
    if (it != by_name.end() && !used[it->second]) take(i, it->second);
  }
  for (size_t i = 0; i < syss.size(); ++i) {
    if (match[i] >= 0) continue;
    std::vector<std::string> forms = {syss[i].name};
    forms.insert(forms.end(), syss[i].aliases.begin(), syss[i].aliases.end());
    for (const std::string& f : forms) {
      auto it = surface.find(f);
      if (it == surface.end()) continue;
      const size_t g = it->second;
      if (!used[g]) {
        take(i, g);
        break;
      }
      // Reported twice within one article is a split, so an error.
      bool split = false;
      for (size_t a : syss[i].articles) split = split || seen_in[g].count(a) > 0;
      if (!split) {
        same_org[i] = true;
        seen_in[g].insert(syss[i].articles.begin(), syss[i].articles.end());
        break;
      }
    }
  }
  for (size_t i = 0; i < syss.size(); ++i) {
    if (same_org[i]) continue;
    if (match[i] < 0) {
      s->organizations.fp++;
      s->errors.push_back(absl::StrCat("organizations fp ", syss[i].name));
      continue;
    }
    s->organizations.tp++;
    const G& g = golds[match[i]];
    s->org_type.total++;
    if (ToString(syss[i].type) == g.type) {
      s->org_type.correct++;
    } else {
      s->errors.push_back(absl::StrCat("organizations type ", syss[i].name, ": ",
                                       std::string(ToString(syss[i].type)), " (gold ", g.type, ")"));
    }
  }
  for (size_t g = 0; g < golds.size(); ++g) {
    if (!used[g]) {
      s->organizations.fn++;
      s->errors.push_back(absl::StrCat("organizations fn ", golds[g].name));
    }
  }
}

void ScoreDates(const GoldDocument& gold, const Document& sys, DocumentScore* s) {
  std::map<std::string, const GoldDate*> g;
  for (const GoldArticle& a : gold.articles) {
    for (const GoldDate& d : a.dates) g.emplace(StripSpaces(d.text), &d);
  }
  std::map<std::string, const DateMention*> m;
  for (const Article& a : sys.articles) {
    for (const DateMention& d : a.dates) {
      std::string t = StripSpaces(d.text);
      if (!t.empty()) m.emplace(t, &d);
    }
  }
  for (const auto& [text, d] : m) {
    auto it = g.find(text);
    if (it == g.end()) {
      s->dates.fp++;
      s->errors.push_back(absl::StrCat("dates fp ", text, " ", d->value));
      continue;
    }
    s->dates.tp++;
    s->date_value.total++;
    s->date_mod.total++;
    if (d->value == it->second->value) {
      s->date_value.correct++;
    } else {
      s->errors.push_back(
          absl::StrCat("dates value ", text, ": ", d->value, " (gold ", it->second->value, ")"));
    }
    if (d->mod == it->second->mod) {
      s->date_mod.correct++;
    } else {
      s->errors.push_back(
          absl::StrCat("dates mod ", text, ": '", d->mod, "' (gold '", it->second->mod, "')"));
    }
  }
  for (const auto& [text, d] : g) {
    if (!m.count(text)) {
      s->dates.fn++;
      s->errors.push_back(absl::StrCat("dates fn ", text, " ", d->value));
    }
  }
}

std::string FormatNumber(double v) { return absl::StrFormat("%.10g", v); }

void ScoreCounts(const GoldDocument& gold, const Document& sys, DocumentScore* s) {
  std::map<std::string, const GoldCount*> g;
  for (const GoldArticle& a : gold.articles) {
    for (const GoldCount& c : a.counts) g.emplace(StripSpaces(c.text), &c);
  }
  std::map<std::string, const Count*> m;
  for (const Article& a : sys.articles) {
    for (const Count& c : a.counts) {
      std::string t = StripSpaces(c.text);
      if (!t.empty()) m.emplace(t, &c);
    }
  }
  for (const auto& [text, c] : m) {
    auto it = g.find(text);
    if (it == g.end()) {
      s->counts.fp++;
      s->errors.push_back(absl::StrCat("counts fp ", text));
      continue;
    }
    const GoldCount& gc = *it->second;
    s->counts.tp++;
    s->count_value.total++;
    s->count_unit.total++;
    s->count_approx.total++;
    if (std::fabs(c->value - gc.value) <= 1e-6 * std::max(1.0, std::fabs(gc.value))) {
      s->count_value.correct++;
    } else {
      s->errors.push_back(absl::StrCat("counts value ", text, ": ", FormatNumber(c->value),
                                       " (gold ", FormatNumber(gc.value), ")"));
    }
    if (c->unit == gc.unit) {
      s->count_unit.correct++;
    } else {
      s->errors.push_back(absl::StrCat("counts unit ", text, ": '", c->unit, "' (gold '", gc.unit, "')"));
    }
    const std::string approx(ToString(c->approx));
    if (approx == gc.approx) {
      s->count_approx.correct++;
    } else {
      s->errors.push_back(absl::StrCat("counts approx ", text, ": ", approx, " (gold ", gc.approx, ")"));
    }
  }
  for (const auto& [text, c] : g) {
    if (!m.count(text)) {
      s->counts.fn++;
      s->errors.push_back(absl::StrCat("counts fn ", text));
    }
  }
}

}  // namespace

std::string_view GoldArticle::main_event_type() const {
  if (events.empty() || events.front().type.empty()) return "other";
  return events.front().type;
}

absl::StatusOr<GoldDocument> ParseGold(std::string_view jsonl, std::string_view name) {
  GoldDocument doc;
  bool header = false;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string_view::npos) nl = jsonl.size();
    std::string_view line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto where = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(std::string(name), ":", line_no, ": ",
                                                     std::string(what)));
    };
    json j;
    try {  // nlohmann's non-throwing parse; the try only guards the library
      j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
    } catch (...) {
      return where("not valid JSON");
    }
    if (j.is_discarded() || !j.is_object()) return where("not a JSON object");
    absl::Status st;
    try {
      if (!header) {
        if (!j.contains("doc")) return where("the first line must be the header with \"doc\"");
        st = GetString(j, "doc", &doc.doc);
        if (st.ok()) st = GetDay(j, "reference_date", &doc.reference_date);
        if (st.ok()) st = GetString(j, "note", &doc.note);
        header = true;
      } else {
        GoldArticle a;
        st = ParseArticle(j, &a);
        if (st.ok()) doc.articles.push_back(std::move(a));
      }
    } catch (...) {
      return where("unexpected JSON structure");
    }
    if (!st.ok()) return where(std::string(st.message()));
  }
  if (!header) {
    return absl::InvalidArgumentError(absl::StrCat(std::string(name), ": no header line"));
  }
  return doc;
}

absl::StatusOr<GoldDocument> LoadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open gold file '", path, "'"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat("cannot read gold file '", path, "'"));
  return ParseGold(ss.str(), path);
}

double Prf::precision() const { return Ratio(tp, tp + fp); }
double Prf::recall() const { return Ratio(tp, tp + fn); }
double Prf::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
double Accuracy::value() const { return Ratio(correct, total); }

void Totals::Add(const DocumentScore& s) {
  ++documents;
  articles.Add(s.articles);
  persons.Add(s.persons);
  person_roles.Add(s.person_roles);
  organizations.Add(s.organizations);
  dates.Add(s.dates);
  counts.Add(s.counts);
  events.Add(s.events);
  event_type.Add(s.event_type);
  org_type.Add(s.org_type);
  date_value.Add(s.date_value);
  date_mod.Add(s.date_mod);
  count_value.Add(s.count_value);
  count_unit.Add(s.count_unit);
  count_approx.Add(s.count_approx);
}

std::string StripSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    if (IsSpaceAt(s, i, &len)) {
      i += len;
    } else {
      out.push_back(s[i]);
      ++i;
    }
  }
  return out;
}

DocumentScore Score(const GoldDocument& gold, const Document& system) {
  DocumentScore s;
  ScoreArticles(gold, system, &s);
  ScorePersons(gold, system, &s);
  ScoreOrganizations(gold, system, &s);
  ScoreDates(gold, system, &s);
  ScoreCounts(gold, system, &s);
  return s;
}

std::string FormatReport(const Totals& t) {
  std::string out = absl::StrFormat("documents: %d\n%-16s %6s %6s %6s %7s %7s %7s\n", t.documents,
                                    "kind", "tp", "fp", "fn", "P", "R", "F1");
  auto row = [&](const char* kind, const Prf& p) {
    absl::StrAppend(&out, absl::StrFormat("%-16s %6d %6d %6d %7.3f %7.3f %7.3f\n", kind, p.tp, p.fp,
                                          p.fn, p.precision(), p.recall(), p.f1()));
  };
  row("articles", t.articles);
  row("events", t.events);
  row("persons", t.persons);
  row("person_roles", t.person_roles);
  row("organizations", t.organizations);
  row("dates", t.dates);
  row("counts", t.counts);
  absl::StrAppend(&out, absl::StrFormat("%-16s %13s %7s\n", "attribute", "correct/total", "acc"));
  auto acc = [&](const char* name, const Accuracy& a) {
    absl::StrAppend(&out, absl::StrFormat("%-16s %6d/%-6d %7.3f\n", name, a.correct, a.total, a.value()));
  };
  acc("event_type", t.event_type);
  acc("org_type", t.org_type);
  acc("date_value", t.date_value);
  acc("date_mod", t.date_mod);
  acc("count_value", t.count_value);
  acc("count_unit", t.count_unit);
  acc("count_approx", t.count_approx);
  return out;
}

}  // namespace tiqu::eval
