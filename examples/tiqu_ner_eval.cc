// Copyright 2026 The tiqu Authors.
//
// tiqu-ner-eval: scores tiqu's person and organization mentions against
// third-party NER data in JSON Lines ({"text": ..., "entities": [{"type":
// "PER"|"ORG"|..., "start": s, "end": e}]}, code-point offsets, end
// exclusive), by exact (start, end, type) match, the convention of such
// corpora.  Each record is extracted on its own, or with --by_article the
// paragraphs of one article together, as tiqu reads real articles.
//
//   tiqu-ner-eval [--by_article] [--errors] FILE.jsonl...

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_format.h"
#include "command_line.h"
#include "nlohmann/json.hpp"
#include "tiqu/tiqu.h"

ABSL_FLAG(int, max_records, 0, "Score at most this many records per file (0: all)");
ABSL_FLAG(bool, by_article, false,
          "Extract the paragraphs of one article together (records whose ids differ only in "
          "their last '-' part, as PFR's YYYYMMDD-PP-AAA-NNN), joined by line breaks, as tiqu "
          "reads an article; scores stay per record");
ABSL_FLAG(bool, errors, false,
          "Print each false positive (FP) and false negative (FN) with its context");

namespace {

constexpr char kUsage[] =
    "Scores tiqu's persons (PER) and organizations (ORG) against NER JSON Lines.\n"
    "usage: tiqu-ner-eval [--by_article] [--errors] [--max_records=N] FILE.jsonl...";

struct Prf {
  int tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double r() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

using Mention = std::tuple<size_t, size_t, std::string>;  // code-point start, end, type

struct Record {
  std::string id;
  std::string text;
  std::set<Mention> gold;
};

// The article of a record id: PFR's "19980101-01-001-004" belongs to
// "19980101-01-001"; an id of fewer parts stands alone.
std::string ArticleKey(const std::string& id) {
  if (std::count(id.begin(), id.end(), '-') < 3) return id;
  return id.substr(0, id.rfind('-'));
}

std::set<Mention> SystemMentions(const std::string& text, const tiqu::Document& doc) {
  tiqu::CodePointIndex index(text);
  std::set<Mention> out;
  for (const tiqu::Article& a : doc.articles) {
    for (const tiqu::Person& p : a.persons) {
      for (const tiqu::Span& s : p.mentions) {
        tiqu::Span cp = index.ToCodePoints(s);
        out.emplace(cp.start, cp.end, "PER");
      }
    }
    for (const tiqu::Organization& o : a.organizations) {
      for (const tiqu::Span& s : o.mentions) {
        tiqu::Span cp = index.ToCodePoints(s);
        out.emplace(cp.start, cp.end, "ORG");
      }
    }
  }
  return out;
}

// Code point offsets of `text`, and one more for its end.
std::vector<size_t> CodePointOffsets(const std::string& text) {
  std::vector<size_t> at;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(text.size());
  return at;
}

// "FP PER 张三\t...left[张三]right..." lines, for reading errors by phenomenon.
void PrintErrors(const std::string& text, const std::set<Mention>& gold,
                 const std::set<Mention>& sys) {
  const std::vector<size_t> at = CodePointOffsets(text);
  const size_t n = at.size() - 1;
  auto show = [&](const char* kind, const Mention& m) {
    auto [s, e, type] = m;
    if (s > e || e > n) return;
    const size_t l = s > 12 ? s - 12 : 0, r = std::min(n, e + 12);
    std::cout << kind << " " << type << " " << text.substr(at[s], at[e] - at[s]) << "\t"
              << text.substr(at[l], at[s] - at[l]) << "[" << text.substr(at[s], at[e] - at[s])
              << "]" << text.substr(at[e], at[r] - at[e]) << "\n";
  };
  for (const Mention& m : sys) {
    if (!gold.count(m)) show("FP", m);
  }
  for (const Mention& m : gold) {
    if (!sys.count(m)) show("FN", m);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files = tiqu::cli::ParseFlags(argc, argv, "tiqu-ner-eval", kUsage);
  if (files.empty()) tiqu::cli::UsageError("tiqu-ner-eval", kUsage, "no FILE given");
  tiqu::Options options;
  options.extract_dates = options.extract_counts = options.extract_events = false;
  auto extractor = tiqu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "tiqu-ner-eval: " << extractor.status() << "\n";
    return 1;
  }
  int status = 0;
  const bool by_article = absl::GetFlag(FLAGS_by_article);
  for (const std::string& path : files) {
    std::ifstream in(path);
    if (!in) {
      std::cerr << "tiqu-ner-eval: cannot open '" << path << "'\n";
      status = 1;
      continue;
    }
    std::vector<Record> records;
    std::string line;
    int line_no = 0;
    const int max_records = absl::GetFlag(FLAGS_max_records);
    while (std::getline(in, line) &&
           (max_records == 0 || static_cast<int>(records.size()) < max_records)) {
      ++line_no;
      nlohmann::json rec = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (rec.is_discarded() || !rec.contains("text") || !rec["text"].is_string()) {
        std::cerr << "tiqu-ner-eval: " << path << ":" << line_no << ": not a record\n";
        status = 1;
        continue;
      }
      Record r;
      r.id = rec.value("id", "");
      r.text = rec["text"].get<std::string>();
      for (const auto& e : rec.value("entities", nlohmann::json::array())) {
        std::string type = e.value("type", "");
        if (type == "PER" || type == "ORG") {
          r.gold.emplace(e.value("start", size_t{0}), e.value("end", size_t{0}), type);
        }
      }
      records.push_back(std::move(r));
    }
    std::map<std::string, Prf> prf;
    for (size_t first = 0; first < records.size();) {
      // The records extracted together: one, or the paragraphs of one article.
      size_t last = first + 1;
      if (by_article) {
        const std::string key = ArticleKey(records[first].id);
        while (last < records.size() && ArticleKey(records[last].id) == key) ++last;
      }
      std::string text;
      std::vector<size_t> offsets;  // code point offset of each record in `text`
      size_t cps = 0;
      for (size_t i = first; i < last; ++i) {
        if (i > first) {
          text += "\n";
          ++cps;
        }
        offsets.push_back(cps);
        text += records[i].text;
        cps += CodePointOffsets(records[i].text).size() - 1;
      }
      std::vector<std::set<Mention>> sys(last - first);
      auto doc = (*extractor)->Extract(text);
      if (doc.ok()) {
        for (const Mention& m : SystemMentions(text, *doc)) {
          auto [s, e, type] = m;
          // The record the mention starts in.
          size_t k = std::upper_bound(offsets.begin(), offsets.end(), s) - offsets.begin() - 1;
          sys[k].emplace(s - offsets[k], e - offsets[k], type);
        }
      }
      for (size_t i = first; i < last; ++i) {
        const Record& r = records[i];
        const std::set<Mention>& found = sys[i - first];
        for (const Mention& m : found) ++(r.gold.count(m) ? prf[std::get<2>(m)].tp : prf[std::get<2>(m)].fp);
        for (const Mention& m : r.gold) {
          if (!found.count(m)) ++prf[std::get<2>(m)].fn;
        }
        if (absl::GetFlag(FLAGS_errors)) PrintErrors(r.text, r.gold, found);
      }
      first = last;
    }
    std::cout << path << " (" << records.size() << " records"
              << (by_article ? ", extracted by article" : "") << ")\n";
    std::cout << absl::StrFormat("%-6s %7s %7s %7s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P",
                                 "R", "F1");
    for (const auto& [type, s] : prf) {
      std::cout << absl::StrFormat("%-6s %7d %7d %7d %7.3f %7.3f %7.3f\n", type, s.tp, s.fp, s.fn,
                                   s.p(), s.r(), s.f1());
    }
  }
  return status;
}
