// Copyright 2026 The tiqu Authors.
//
// tiqu-eval: runs the Extractor on text files and scores the output against
// gold annotations (eval/ANNOTATION.md).
//
//   tiqu-eval --gold=tests/data/gold --reference-date-from-gold seeds/*.txt
//
// For each FILE it reads GOLD/<basename of FILE>.jsonl, prints one report for
// all files (micro-averaged) and, with --errors, every mismatch.
//
// Exit status: 0 on success, 1 if a file or its gold cannot be read or the
// extractor fails, 2 on bad usage.

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "lib/eval/score.h"
#include "command_line.h"
#include "tiqu/tiqu.h"

ABSL_FLAG(std::string, gold, "", "directory holding <file name>.jsonl gold files");
ABSL_FLAG(bool, reference_date_from_gold, false,
          "run with Options.reference_date = the gold header's reference_date, so that dates "
          "are scored on recognition, not on inference of the publication date");
ABSL_FLAG(bool, errors, false, "print every mismatch, per document");

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

std::string Basename(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
  constexpr char kUsage[] =
      "Scores tiqu's output against gold annotations.\n"
      "usage: tiqu-eval --gold=DIR [--reference-date-from-gold] [--errors] FILE...";
  std::vector<std::string> files = tiqu::cli::ParseFlags(argc, argv, "tiqu-eval", kUsage);
  const std::string gold_dir = absl::GetFlag(FLAGS_gold);
  if (gold_dir.empty() || files.empty()) {
    std::cerr << "usage: tiqu-eval --gold=DIR [--reference-date-from-gold] [--errors] FILE...\n";
    return 2;
  }

  auto base = tiqu::Extractor::Create(tiqu::Options());
  if (!base.ok()) {
    std::cerr << "tiqu-eval: " << base.status() << "\n";
    return 1;
  }

  tiqu::eval::Totals totals;
  int status = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string path = files[i];
    std::string text;
    if (!ReadFile(path, &text)) {
      std::cerr << "tiqu-eval: cannot read " << path << "\n";
      status = 1;
      continue;
    }
    auto gold = tiqu::eval::LoadGold(gold_dir + "/" + Basename(path) + ".jsonl");
    if (!gold.ok()) {
      std::cerr << "tiqu-eval: " << gold.status() << "\n";
      status = 1;
      continue;
    }
    // The reference date is an Options field, so a run with the gold's date
    // needs its own Extractor.
    const tiqu::Extractor* ex = base->get();
    std::unique_ptr<tiqu::Extractor> own;
    if (absl::GetFlag(FLAGS_reference_date_from_gold) && gold->reference_date.has_value()) {
      tiqu::Options opt;
      opt.reference_date = gold->reference_date;
      auto made = tiqu::Extractor::Create(opt);
      if (!made.ok()) {
        std::cerr << "tiqu-eval: " << made.status() << "\n";
        return 1;
      }
      own = *std::move(made);
      ex = own.get();
    }
    auto doc = ex->Extract(text);
    if (!doc.ok()) {
      std::cerr << "tiqu-eval: " << path << ": " << doc.status() << "\n";
      status = 1;
      continue;
    }
    tiqu::eval::DocumentScore score = tiqu::eval::Score(*gold, *doc);
    if (absl::GetFlag(FLAGS_errors)) {
      std::cout << "== " << path << "\n";
      for (const std::string& e : score.errors) std::cout << "  " << e << "\n";
    }
    totals.Add(score);
  }
  std::cout << tiqu::eval::FormatReport(totals);
  return status;
}
