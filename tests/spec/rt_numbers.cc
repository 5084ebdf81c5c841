// Copyright 2026 The tiqu Authors.
//
// Microsoft Recognizers-Text's Chinese Number and NumberWithUnit cases run
// through tiqu.  Usage: rt_numbers SPEC_DIR SOURCE_DIR [-v]
//
// How RT's models map onto tiqu (docs/counts.md says the same):
//   * NumberModel reports bare numbers, which tiqu's counts never do (a count
//     needs a unit).  It is run through the shared numeral parser
//     (numbers::ParseNumberPrefix with every form on) at each position of
//     the text, as RT's model does: numbers glued to a currency unit or a
//     discount (折, 成) are left to the unit models, as RT does; the percent
//     markers 百分之/千分之 are skipped so that the figure after them is the
//     number; words that begin with a numeral character but are no number
//     (一切, 四川; kind "notnum" in data/classifiers.tsv) are skipped.
//   * PercentModel, CurrencyModel, DimensionModel are run through the counts
//     extractor (lib/counts): the counts of category percent, money, and
//     length or a measure unit of category other.  RT's spans hold no
//     qualifier, so tiqu's count span less a leading qualifier ("近一吨" ->
//     "一吨") and a trailing one ("95%以上") is compared.
//   * NumberRangeModel is run through numbers::ParseRangePrefix; its
//     ExperimentalMode file reads "X到Y" as [X, Y] (Range::from_to closed).
//   * RT tests numbers typed with spaces between their characters ("十 余
//     万"), an input-method artefact that news text does not have; tiqu does
//     not read across spaces, so every run of spaces next to a non-ASCII
//     character is removed before extraction and spans are mapped back.
// Span pass: the multiset of expected (start, end) equals tiqu's.  Value
// pass: span pass and each result's value equals RT's (relative 1e-9).
// Cases listed in tests/spec/rt_numbers_exceptions.tsv (file, case index,
// reason) are reported apart: rates are printed over all cases and over the
// cases not listed; the floors apply to the latter.

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "lib/counts/count_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/numbers/numeral.h"
#include "lib/numbers/range.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"
#include "lib/text/utf8.h"
#include "tests/spec/rt_spec.h"

namespace {

using tiqu::spec::json;

enum class Model { kNumber, kPercent, kCurrency, kDimension, kRange, kRangeInclusive };

struct FileSpec {
  const char* name;
  Model model;
  double span_floor;  // percent, over cases not listed as exceptions
  double value_floor;
};

// Floors: the targets.
constexpr FileSpec kFiles[] = {
    {"NumberModel", Model::kNumber, 99, 99},
    {"PercentModel", Model::kPercent, 99, 99},
    {"CurrencyModel", Model::kCurrency, 95, 95},
    {"DimensionModel", Model::kDimension, 95, 95},
    {"NumberRangeModel", Model::kRange, 90, 90},
    // RT's ExperimentalMode reads "X到Y" inclusively, as counts do.
    {"NumberRangeModelExperimentalMode", Model::kRangeInclusive, 90, 90},
};

struct Got {
  size_t start = 0, end = 0;  // code points of the input
  double value = 0;
  std::optional<double> value_max;
  bool open_lo = false, open_hi = false, has_lo = true, has_hi = false;
  std::string text;
};

using tiqu::spec::CodePoints;
using tiqu::spec::Pct;

// The normalized input with runs of spaces next to a non-ASCII character
// removed, and for each of its bytes the byte of the normalized text.
struct Squeezed {
  std::string text;
  std::vector<size_t> from;  // size text.size() + 1
};

Squeezed Squeeze(const std::string& t) {
  Squeezed s;
  size_t i = 0;
  while (i < t.size()) {
    if (t[i] == ' ') {
      size_t j = i;
      while (j < t.size() && t[j] == ' ') ++j;
      const bool left = i > 0 && (static_cast<unsigned char>(t[i - 1]) & 0x80);
      const bool right = j < t.size() && (static_cast<unsigned char>(t[j]) & 0x80);
      if (i > 0 && j < t.size() && (left || right)) {
        i = j;
        continue;
      }
    }
    s.text.push_back(t[i]);
    s.from.push_back(i);
    ++i;
  }
  s.from.push_back(t.size());
  return s;
}

bool Near(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

std::optional<double> ParseValue(std::string v) {
  if (!v.empty() && v.back() == '%') v.pop_back();
  double d = 0;
  if (!absl::SimpleAtod(v, &d)) return std::nullopt;
  return d;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

struct Tally {
  int cases = 0, span_ok = 0, value_ok = 0;
};

}  // namespace

int main(int argc, char** argv) {
  tiqu::spec::Setup setup;
  const int rc = tiqu::spec::Start(argc, argv, "rt_numbers", "NumberModel.jsonl", &setup);
  if (rc >= 0) return rc;
  auto lex = tiqu::lexicon::LexiconSet::Create({});
  if (!lex.ok()) return 2;
  auto ex = tiqu::counts::CountExtractor::Create(*lex);
  auto vocab = lex->Load("classifiers");
  auto quals = lex->Load("count_qualifiers");
  if (!ex.ok() || !vocab.ok() || !quals.ok()) {
    std::cerr << "cannot build the counts extractor\n";
    return 2;
  }
  const auto& norm = tiqu::text::Normalizer::Get();
  tiqu::numbers::NumberForms all_forms;
  all_forms.sign = all_forms.scientific = all_forms.fraction = all_forms.loose =
      all_forms.dozen = true;

  // The longest vocabulary entry of `kind` at t[i..] (0 if none).
  auto vocab_at = [&](std::string_view t, size_t i, std::string_view kind,
                      std::string_view category = "") -> size_t {
    size_t len = 0;
    vocab->ForEachPrefix(t.substr(i), [&](const tiqu::lexicon::Entry& e) {
      if (e.field(0) == kind && (category.empty() || e.field(1) == category)) len = e.key.size();
    });
    return len;
  };

  std::printf("%-34s %6s %5s | %8s %8s | %8s %8s  (all cases | without listed exceptions)\n",
              "file", "cases", "exc", "span%", "value%", "span%", "value%");
  // One spec file: prints its rates, returns whether it is below its floors.
  auto run_file = [&](const FileSpec& fs, std::istream& in, const tiqu::spec::Reasons& exc) {
    Tally all, kept;
    tiqu::spec::ForEachCase(in, [&](const json& c, int idx, const std::string& input) {
      const tiqu::text::NormalizedText n1 = norm.Normalize(input);
      const Squeezed sq = Squeeze(n1.text());
      const tiqu::text::NormalizedText doc = norm.Normalize(sq.text);
      const std::string& t = doc.text();
      // normalized span of `doc` -> code points of the input
      auto to_input = [&](size_t b, size_t e) {
        const tiqu::Span o = doc.ToOriginal({b, e});
        const size_t s1 = sq.from[std::min(o.start, sq.text.size())];
        const size_t e1 = o.end == o.start ? s1 : sq.from[std::min(o.end - 1, sq.text.size())] + 1;
        const tiqu::Span in_span = n1.ToOriginal({s1, e1});
        return std::make_pair(CodePoints(input, in_span.start), CodePoints(input, in_span.end));
      };
      std::vector<Got> got;
      if (fs.model == Model::kNumber) {
        size_t i = 0;
        int guard = 0;
        while (i < t.size() && ++guard < 10000) {
          const size_t step = std::max<size_t>(1, tiqu::text::DecodeAt(t, i).len);
          const char prev = i > 0 ? t[i - 1] : ' ';
          // Inside a token: a digit, dot or sign after a letter or digit,
          // a dot or sign after a dot or sign ("...9", "--9").
          const bool mid_token =
              (std::isalnum(static_cast<unsigned char>(prev)) &&
               (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.' || t[i] == '-')) ||
              ((prev == '.' || prev == '-') && (t[i] == '.' || t[i] == '-'));
          if (mid_token) {
            i += step;
            continue;
          }
          if (size_t w = std::max(vocab_at(t, i, "notnum"),
                                  StartsWith(std::string_view(t).substr(i), "百")
                                      ? vocab_at(t, i, "classifier", "percent")
                                      : 0);
              w > 0) {
            i += w;
            continue;
          }
          // "五十千": a place character glued to a number is no number of its own.
          if (i > 0 && (StartsWith(std::string_view(t).substr(i), "千") ||
                        StartsWith(std::string_view(t).substr(i), "百") ||
                        StartsWith(std::string_view(t).substr(i), "万")) &&
              !got.empty() && got.back().end == to_input(i, i).first) {
            i += step;
            continue;
          }
          const auto n = tiqu::numbers::ParseNumberPrefix(std::string_view(t).substr(i), all_forms);
          if (!n.has_value()) {
            // a percent marker: the number is the figure after it
            if (StartsWith(std::string_view(t).substr(i), "百") ||
                StartsWith(std::string_view(t).substr(i), "千") ||
                StartsWith(std::string_view(t).substr(i), "万")) {
              while (i < t.size() && !StartsWith(std::string_view(t).substr(i), "之")) i += 3;
              i += 3;
              continue;
            }
            i += step;
            continue;
          }
          const size_t end = i + n->length;
          // A number glued to a currency or a discount belongs to the unit
          // models.
          const bool single = n->length == 3 && n->chinese;
          if ((single && (vocab_at(t, end, "classifier", "money") > 0 ||
                          StartsWith(std::string_view(t).substr(end), "折"))) ||
              StartsWith(std::string_view(t).substr(end), "%")) {
            i = end;
            continue;
          }
          Got g;
          std::tie(g.start, g.end) = to_input(i, end);
          g.value = n->value;
          g.text = t.substr(i, n->length);
          got.push_back(g);
          i = end;
        }
      } else if (fs.model == Model::kRange || fs.model == Model::kRangeInclusive) {
        size_t i = 0;
        int guard = 0;
        while (i < t.size() && ++guard < 10000) {
          const size_t step = std::max<size_t>(1, tiqu::text::DecodeAt(t, i).len);
          const auto r = tiqu::numbers::ParseRangePrefix(std::string_view(t).substr(i));
          if (!r.has_value()) {
            i += step;
            continue;
          }
          Got g;
          std::tie(g.start, g.end) = to_input(i, i + r->length);
          g.has_lo = r->lo.has_value();
          g.has_hi = r->hi.has_value();
          g.value = r->lo.value_or(0);
          g.value_max = r->hi;
          g.open_lo = !r->lo_closed;
          g.open_hi = !r->hi_closed && !(fs.model == Model::kRangeInclusive && r->from_to);
          g.text = t.substr(i, r->length);
          got.push_back(g);
          i += r->length;
        }
      } else {
        tiqu::text::ArticleLayout layout;
        layout.span = {0, t.size()};
        layout.body = layout.span;
        tiqu::text::ArticleText art{&doc, &layout, std::nullopt};
        for (const tiqu::Count& k : ex->Extract(art, {})) {
          bool take = false;
          if (fs.model == Model::kPercent) take = k.category == tiqu::CountCategory::kPercent;
          if (fs.model == Model::kCurrency) take = k.category == tiqu::CountCategory::kMoney;
          if (fs.model == Model::kDimension) {
            const std::string u = tiqu::text::Normalizer::Get().NormalizeString(k.unit);
            const auto* e = vocab->Find(u);
            take = k.category == tiqu::CountCategory::kLength ||
                   (k.category == tiqu::CountCategory::kOther && e != nullptr &&
                    e->field(0) == "classifier");
          }
          if (!take) continue;
          size_t b = k.span.start, e = k.span.end;
          // RT's spans hold no qualifier.
          const std::string_view s = std::string_view(t).substr(b, e - b);
          size_t lead = 0, trail = 0;
          quals->ForEachPrefix(s, [&](const tiqu::lexicon::Entry& q) {
            if (q.field(0) == "before") lead = q.key.size();
          });
          for (const char* w : {"以上", "以下", "以内", "左右", "上下", "以外"}) {
            const std::string_view ws(w);
            if (s.size() > ws.size() && s.substr(s.size() - ws.size()) == ws) trail = ws.size();
          }
          Got g;
          std::tie(g.start, g.end) = to_input(b + lead, e - trail);
          g.value = k.value;
          g.value_max = k.value_max;
          g.text = std::string(s);
          got.push_back(g);
        }
      }

      const json& results = c["results"];
      std::multiset<std::pair<size_t, size_t>> want, have;
      for (const auto& r : results) want.insert({r["start"].get<size_t>(), r["end"].get<size_t>()});
      for (const Got& g : got) have.insert({g.start, g.end});
      const bool span_ok = want == have;
      bool value_ok = span_ok;
      if (span_ok && !c.value("ignore_resolution", false)) {
        for (const auto& r : results) {
          const Got* g = nullptr;
          for (const Got& x : got) {
            if (x.start == r["start"].get<size_t>() && x.end == r["end"].get<size_t>()) g = &x;
          }
          if (g == nullptr || !r.contains("resolution") || !r["resolution"].is_object()) continue;
          const json& res = r["resolution"];
          if (!res.contains("value") || !res["value"].is_string()) {
            value_ok = false;
            continue;
          }
          const std::string v = res["value"].get<std::string>();
          if (fs.model == Model::kRange || fs.model == Model::kRangeInclusive) {
            // "(20,35]", "[30,)", "(,100]"
            if (v.size() < 3) {
              value_ok = false;
              continue;
            }
            const size_t comma = v.find(',');
            const std::string lo = v.substr(1, comma - 1);
            const std::string hi = v.substr(comma + 1, v.size() - comma - 2);
            bool ok = (v[0] == '(') == g->open_lo && (v.back() == ')') == g->open_hi;
            ok = ok && (lo.empty() ? !g->has_lo : (g->has_lo && ParseValue(lo) && Near(*ParseValue(lo), g->value)));
            ok = ok && (hi.empty() ? !g->has_hi
                                   : (g->has_hi && ParseValue(hi) && Near(*ParseValue(hi), *g->value_max)));
            value_ok = value_ok && ok;
          } else {
            const auto want_v = ParseValue(v);
            value_ok = value_ok && want_v.has_value() && Near(*want_v, g->value);
          }
        }
      }
      const bool listed = exc.count(idx) > 0;
      if (listed && span_ok && value_ok) {
        std::printf("%s#%d is listed as an exception but passes: remove it from the list\n",
                    fs.name, idx);
      }
      for (Tally* tl : {&all, listed ? nullptr : &kept}) {
        if (tl == nullptr) continue;
        ++tl->cases;
        tl->span_ok += span_ok;
        tl->value_ok += value_ok;
      }
      if (setup.verbose && (!span_ok || !value_ok)) {
        std::printf("%s#%d%s %s\n  want:", fs.name, idx, listed ? " [listed]" : "", input.c_str());
        for (const auto& r : results) {
          std::string v;
          if (r.contains("resolution") && r["resolution"].is_object() &&
              r["resolution"].contains("value") && r["resolution"]["value"].is_string()) {
            v = r["resolution"]["value"].get<std::string>();
          }
          std::printf(" [%s %zu-%zu %s]", r["text"].get<std::string>().c_str(),
                      r["start"].get<size_t>(), r["end"].get<size_t>(), v.c_str());
        }
        std::printf("\n  got: ");
        for (const Got& g : got) {
          std::printf(" [%s %zu-%zu %.12g", g.text.c_str(), g.start, g.end, g.value);
          if (g.value_max) std::printf("..%.12g", *g.value_max);
          if (fs.model == Model::kRange || fs.model == Model::kRangeInclusive) {
            std::printf(" %c%s,%s%c", g.open_lo ? '(' : '[', g.has_lo ? "lo" : "", g.has_hi ? "hi" : "",
                        g.open_hi ? ')' : ']');
          }
          std::printf("]");
        }
        std::printf("\n");
      }
    });
    const double span_kept = Pct(kept.span_ok, kept.cases);
    const double value_kept = Pct(kept.value_ok, kept.cases);
    const bool fail = span_kept < fs.span_floor || value_kept < fs.value_floor;
    std::printf("%-34s %6d %5zu | %8.1f %8.1f | %8.1f %8.1f%s\n", fs.name, all.cases, exc.size(),
                Pct(all.span_ok, all.cases), Pct(all.value_ok, all.cases), span_kept, value_kept,
                fail ? "  BELOW FLOOR" : "");
    return fail;
  };
  return tiqu::spec::RunFiles(setup, "rt_numbers", kFiles, run_file);
}
