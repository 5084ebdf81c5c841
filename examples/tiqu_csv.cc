// Copyright 2026 The tiqu Authors.
//
// tiqu-csv: runs tiqu over text files and writes what it finds as CSV.
//
//   tiqu-csv [--reference-date=YYYY-MM-DD] [--out-dir=DIR | --table=NAME]
//            [--lexicon=NAME=PATH,...] FILE...
//
// FILE "-" reads standard input.  --out-dir writes articles.csv,
// persons.csv, organizations.csv, dates.csv, counts.csv and events.csv;
// otherwise one table (default "mentions") goes to standard output.
// Exit status: 0 all files processed; 1 some file could not be read or
// processed (named on stderr, the others are still processed); 2 bad usage.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "command_line.h"
#include "csv_tables.h"
#include "tiqu/tiqu.h"

ABSL_FLAG(std::string, reference_date, "",
          "Date that relative dates resolve against, YYYY-MM-DD (default: inferred per article)");
ABSL_FLAG(std::string, out_dir, "", "Write the six tables as CSV files into this directory");
ABSL_FLAG(std::string, table, "mentions",
          "Table to write to stdout: mentions, articles, persons, organizations, dates, counts, "
          "events");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "User lexicons NAME=PATH (comma-separated), NAME a file stem of data/");

namespace {

constexpr char kUsage[] =
    "Extracts dates, counts, persons, organizations and events from Chinese news text.\n"
    "Usage: tiqu-csv [--reference-date=YYYY-MM-DD] [--out-dir=DIR | --table=NAME]\n"
    "                [--lexicon=NAME=PATH,...] FILE...   (FILE '-' reads stdin)";

[[noreturn]] void UsageError(const std::string& message) {
  tiqu::cli::UsageError("tiqu-csv", kUsage, message);
}

// Reads a whole file ("-": stdin).  Errors name the file.
absl::StatusOr<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return absl::InvalidArgumentError(absl::StrCat("'", path, "' is a directory"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot open '", path, "': ", std::strerror(errno)));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat("cannot read '", path, "'"));
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files = tiqu::cli::ParseFlags(argc, argv, "tiqu-csv", kUsage);
  if (files.empty()) UsageError("no input FILE given");

  tiqu::Options options;
  if (std::string d = absl::GetFlag(FLAGS_reference_date); !d.empty()) {
    absl::CivilDay day;
    if (!absl::ParseCivilTime(d, &day)) {
      UsageError(absl::StrCat("--reference-date='", d, "' is not a date YYYY-MM-DD"));
    }
    options.reference_date = day;
  }
  for (const std::string& spec : absl::GetFlag(FLAGS_lexicon)) {
    std::vector<std::string> kv = absl::StrSplit(spec, absl::MaxSplits('=', 1));
    if (kv.size() != 2 || kv[0].empty() || kv[1].empty()) {
      UsageError(absl::StrCat("--lexicon='", spec, "' is not NAME=PATH"));
    }
    options.user_lexicons.push_back({kv[0], kv[1]});
  }
  const std::string out_dir = absl::GetFlag(FLAGS_out_dir);
  const std::string table = absl::GetFlag(FLAGS_table);
  if (!tiqu::csv::IsTable(table)) UsageError(absl::StrCat("--table='", table, "' is no table"));

  absl::StatusOr<std::unique_ptr<tiqu::Extractor>> extractor = tiqu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "tiqu-csv: " << extractor.status().message() << "\n";
    return extractor.status().code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
  }

  // One writer per table: the six files of --out-dir, or stdout.
  std::vector<std::pair<std::unique_ptr<tiqu::csv::TableWriter>, std::FILE*>> writers;
  if (!out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    for (const std::string& name : tiqu::csv::TableNames()) {
      std::string path = (std::filesystem::path(out_dir) / (name + ".csv")).string();
      std::FILE* f = std::fopen(path.c_str(), "wb");
      if (f == nullptr) {
        std::cerr << "tiqu-csv: cannot write '" << path << "': " << std::strerror(errno) << "\n";
        return 1;
      }
      writers.emplace_back(std::make_unique<tiqu::csv::TableWriter>(name, f), f);
    }
  } else {
    writers.emplace_back(std::make_unique<tiqu::csv::TableWriter>(table, stdout), nullptr);
  }
  for (auto& w : writers) w.first->WriteHeader();

  int status = 0;
  for (const std::string& path : files) {
    absl::StatusOr<std::string> text = ReadInput(path);
    if (!text.ok()) {
      std::cerr << "tiqu-csv: " << text.status().message() << "\n";
      status = 1;
      continue;
    }
    absl::StatusOr<tiqu::Document> doc = (*extractor)->Extract(*text);
    if (!doc.ok()) {
      std::cerr << "tiqu-csv: " << path << ": " << doc.status().message() << "\n";
      status = 1;
      continue;
    }
    for (auto& w : writers) w.first->WriteDocument(path, *text, *doc);
  }
  for (auto& w : writers) {
    if (w.second != nullptr && std::fclose(w.second) != 0) status = 1;
  }
  if (std::fflush(stdout) != 0) status = 1;
  return status;
}
