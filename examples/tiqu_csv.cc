// Copyright 2026 The tiqu Authors.
//
// tiqu-csv: runs tiqu over text files or JSON Lines and writes what it
// finds as CSV or JSON Lines.  A streaming filter: it reads one document at
// a time, so memory stays bounded by the largest document (times a small
// window of documents in flight), never by the corpus.
//
//   tiqu-csv [--reference-date=YYYY-MM-DD] [--out-dir=DIR | --table=NAME]
//            [--input-format=text|jsonl] [--text-field=text] [--id-field=id]
//            [--format=csv|jsonl] [--threads=N] [--no-header] [--quiet]
//            [--skip-bad-records] [--lexicon=NAME=PATH,...] FILE...
//
// FILE "-" reads standard input.  --input-format=text (default) reads each
// FILE as one document, its path the `source`; --input-format=jsonl reads
// each line of each FILE as a JSON object whose --text-field is the
// document and whose --id-field (string or number) becomes `source`
// ("FILE:LINE" when it has none).  --out-dir writes articles.csv,
// persons.csv, organizations.csv, dates.csv, counts.csv and events.csv
// (with --format=jsonl: articles.jsonl); otherwise one table (default
// "mentions") or, with --format=jsonl, one object per article goes to
// standard output.  --threads=N (default: all cores) extracts N documents
// at a time; output stays in input order.  A progress line goes to stderr
// when stderr is a terminal, unless --quiet.
// Exit status: 0 all documents processed; 1 some file or record could not
// be read or processed (named on stderr, the others are still processed;
// with --skip-bad-records only unreadable files count); 2 bad usage.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "command_line.h"
#include "csv_tables.h"
#include "json_document.h"
#include "nlohmann/json.hpp"
#include "tiqu/tiqu.h"

ABSL_FLAG(std::string, reference_date, "",
          "Date that relative dates resolve against, YYYY-MM-DD (default: inferred per article)");
ABSL_FLAG(std::string, out_dir, "",
          "Write the six tables as CSV files (or articles.jsonl) into this directory");
ABSL_FLAG(std::string, table, "mentions",
          "Table to write to stdout: mentions, articles, persons, organizations, dates, counts, "
          "events");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "User lexicons NAME=PATH (comma-separated), NAME a file stem of data/");
ABSL_FLAG(std::string, input_format, "text",
          "text: each FILE is one document; jsonl: each line of each FILE is a JSON object");
ABSL_FLAG(std::string, text_field, "text", "JSON Lines input: field holding the document text");
ABSL_FLAG(std::string, id_field, "id", "JSON Lines input: field that becomes `source`");
ABSL_FLAG(std::string, format, "csv", "Output: csv (tables) or jsonl (one object per article)");
ABSL_FLAG(int, threads, 0, "Documents extracted in parallel (0: all cores)");
ABSL_FLAG(bool, no_header, false, "Write no CSV header row");
ABSL_FLAG(bool, quiet, false, "No progress line on stderr");
ABSL_FLAG(bool, skip_bad_records, false,
          "A record that is not JSON, lacks its text or is refused by the extractor is named on "
          "stderr but does not make the exit status 1 (for cluster tasks, where status 1 fails "
          "the task); unreadable files still do");

namespace {

constexpr char kUsage[] =
    "Extracts dates, counts, persons, organizations and events from Chinese news text.\n"
    "Usage: tiqu-csv [--reference-date=YYYY-MM-DD] [--out-dir=DIR | --table=NAME]\n"
    "                [--input-format=text|jsonl] [--text-field=F] [--id-field=F]\n"
    "                [--format=csv|jsonl] [--threads=N] [--no-header] [--quiet]\n"
    "                [--skip-bad-records]\n"
    "                [--lexicon=NAME=PATH,...] FILE...   (FILE '-' reads stdin)";

[[noreturn]] void UsageError(const std::string& message) {
  tiqu::cli::UsageError("tiqu-csv", kUsage, message);
}

// One unit of work: a whole file (text input) or one line (JSON Lines).
struct Record {
  std::string source;  // file path; for JSON Lines "path:line" until the id is read
  std::string data;    // file contents or the JSON line
  std::string error;   // set if the file could not be read: data is then empty
};

// Reads FILEs one record at a time.  Not thread-safe; the caller locks.
class Reader {
 public:
  Reader(std::vector<std::string> files, bool jsonl) : files_(std::move(files)), jsonl_(jsonl) {}
  ~Reader() {
    Close();
    std::free(line_);
  }

  // The next record; false when every file is read.
  bool Next(Record* r) {
    while (true) {
      if (jsonl_ && in_ != nullptr) {
        if (NextLine(r)) return true;
        continue;
      }
      if (next_file_ >= files_.size()) return false;
      const std::string& path = files_[next_file_++];
      std::string error = Open(path);
      if (!error.empty()) {
        *r = Record{path, "", std::move(error)};
        return true;
      }
      if (jsonl_) {
        path_ = path;
        line_no_ = 0;
        continue;
      }
      *r = Record{path, "", ""};
      if (!ReadAll(&r->data)) r->error = absl::StrCat("cannot read '", path, "': ", std::strerror(errno));
      Close();
      return true;
    }
  }

  // Bytes read so far.
  uint64_t bytes() const { return bytes_; }

 private:
  // Opens `path` ("-": stdin); an error message, or "" on success.
  std::string Open(const std::string& path) {
    if (path == "-") {
      in_ = stdin;
      return "";
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return absl::StrCat("'", path, "' is a directory");
    in_ = std::fopen(path.c_str(), "rb");
    if (in_ == nullptr) return absl::StrCat("cannot open '", path, "': ", std::strerror(errno));
    return "";
  }

  void Close() {
    if (in_ != nullptr && in_ != stdin) std::fclose(in_);
    in_ = nullptr;
  }

  bool ReadAll(std::string* out) {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, in_)) > 0) {
      out->append(buf, n);
      bytes_ += n;
    }
    return !std::ferror(in_);
  }

  // The next non-blank line of the open file; false (file closed) at its end.
  bool NextLine(Record* r) {
    while (true) {
      ssize_t n = ::getline(&line_, &line_cap_, in_);
      if (n < 0) {
        bool failed = std::ferror(in_);
        int err = errno;
        Close();
        if (failed) {
          *r = Record{path_, "", absl::StrCat("cannot read '", path_, "': ", std::strerror(err))};
          return true;
        }
        return false;
      }
      bytes_ += n;
      ++line_no_;
      size_t len = static_cast<size_t>(n);
      while (len > 0 && (line_[len - 1] == '\n' || line_[len - 1] == '\r')) --len;
      if (std::all_of(line_, line_ + len, [](char c) { return c == ' ' || c == '\t'; })) continue;
      r->source = absl::StrCat(path_, ":", line_no_);
      r->data.assign(line_, len);
      r->error.clear();
      // A very long line leaves a large buffer behind: give it back.
      if (line_cap_ > (size_t{64} << 20)) {
        std::free(line_);
        line_ = nullptr;
        line_cap_ = 0;
      }
      return true;
    }
  }

  std::vector<std::string> files_;
  bool jsonl_;
  size_t next_file_ = 0;
  std::FILE* in_ = nullptr;
  std::string path_;
  size_t line_no_ = 0;
  char* line_ = nullptr;
  size_t line_cap_ = 0;
  uint64_t bytes_ = 0;
};

// What to do with each record.
struct Job {
  const tiqu::Extractor* extractor;
  bool jsonl_in;
  std::string text_field;
  std::string id_field;
  bool jsonl_out;
  std::vector<tiqu::csv::TableWriter> tables;  // CSV: one per output
};

// The output of one record: one string per output stream, or an error.
struct Result {
  std::vector<std::string> out;
  std::string error;
  bool file_error = false;  // the file could not be read, as opposed to one bad record
  uint64_t docs = 0;
};

Result Process(const Job& job, Record& rec) {
  Result res;
  if (!rec.error.empty()) {
    res.error = std::move(rec.error);
    res.file_error = true;
    return res;
  }
  std::string source = std::move(rec.source);
  std::string text_storage;
  std::string_view text = rec.data;
  if (job.jsonl_in) {
    nlohmann::json j = nlohmann::json::parse(rec.data, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      res.error = absl::StrCat(source, ": not a JSON object");
      return res;
    }
    auto t = j.find(job.text_field);
    if (t == j.end() || !t->is_string()) {
      res.error = absl::StrCat(source, ": no string field '", job.text_field, "'");
      return res;
    }
    auto id = j.find(job.id_field);
    if (id != j.end()) {
      if (id->is_string()) {
        source = id->get<std::string>();
      } else if (id->is_number()) {
        source = id->dump();
      }
    }
    text_storage = std::move(t->get_ref<std::string&>());
    text = text_storage;
  }
  absl::StatusOr<tiqu::Document> doc = job.extractor->Extract(text);
  if (!doc.ok()) {
    res.error = absl::StrCat(source, ": ", doc.status().message());
    return res;
  }
  res.docs = 1;
  if (job.jsonl_out) {
    res.out.resize(1);
    tiqu::json::AppendDocument(source, *doc, &res.out[0]);
  } else {
    res.out.resize(job.tables.size());
    for (size_t i = 0; i < job.tables.size(); ++i) {
      job.tables[i].WriteDocument(source, text, *doc, &res.out[i]);
    }
  }
  return res;
}

// "12.3 MB" style figures for the progress line.
double Mb(uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

class Progress {
 public:
  Progress(bool enabled, uint64_t total_bytes)
      : enabled_(enabled), total_(total_bytes), start_(Clock::now()), last_(start_) {}

  void Update(uint64_t docs, uint64_t bytes, bool final) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? Mb(bytes) / secs : 0;
    std::string line = absl::StrFormat("\r%d docs, %.1f MB, %.2f MB/s", docs, Mb(bytes), rate);
    if (total_ > 0 && rate > 0 && !final) {
      double left = std::max(0.0, Mb(total_) - Mb(bytes)) / rate;
      absl::StrAppendFormat(&line, ", ETA %d:%02d", static_cast<int>(left) / 60,
                            static_cast<int>(left) % 60);
    }
    line += "   ";
    if (final) line += "\n";
    std::fputs(line.c_str(), stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  uint64_t total_;
  Clock::time_point start_, last_;
};

// Sum of the sizes of the FILEs if all are regular files, else 0 (unknown).
uint64_t KnownTotalSize(const std::vector<std::string>& files) {
  uint64_t total = 0;
  for (const std::string& f : files) {
    struct stat st;
    if (f == "-" || ::stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
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
  const std::string input_format = absl::GetFlag(FLAGS_input_format);
  if (input_format != "text" && input_format != "jsonl") {
    UsageError(absl::StrCat("--input-format='", input_format, "' is neither text nor jsonl"));
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "csv" && format != "jsonl") {
    UsageError(absl::StrCat("--format='", format, "' is neither csv nor jsonl"));
  }
  int threads = absl::GetFlag(FLAGS_threads);
  if (threads < 0) UsageError("--threads must be 0 (all cores) or more");
  if (threads == 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (absl::GetFlag(FLAGS_text_field).empty()) UsageError("--text-field is empty");

  absl::StatusOr<std::unique_ptr<tiqu::Extractor>> extractor = tiqu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "tiqu-csv: " << extractor.status().message() << "\n";
    return extractor.status().code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
  }

  Job job{extractor->get(), input_format == "jsonl", absl::GetFlag(FLAGS_text_field),
          absl::GetFlag(FLAGS_id_field), format == "jsonl", {}};

  // One output stream per table (or the one JSON Lines stream): the files
  // of --out-dir, or stdout.
  std::vector<std::FILE*> outs;
  std::vector<std::string> names;
  if (job.jsonl_out) {
    names.push_back("articles");
  } else if (!out_dir.empty()) {
    names = tiqu::csv::TableNames();
  } else {
    names.push_back(table);
  }
  if (!out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    for (const std::string& name : names) {
      std::string path =
          (std::filesystem::path(out_dir) / (name + (job.jsonl_out ? ".jsonl" : ".csv"))).string();
      std::FILE* f = std::fopen(path.c_str(), "wb");
      if (f == nullptr) {
        std::cerr << "tiqu-csv: cannot write '" << path << "': " << std::strerror(errno) << "\n";
        return 1;
      }
      outs.push_back(f);
    }
  } else {
    outs.push_back(stdout);
  }
  if (!job.jsonl_out) {
    for (size_t i = 0; i < names.size(); ++i) {
      job.tables.emplace_back(names[i]);
      if (!absl::GetFlag(FLAGS_no_header)) {
        std::string header;
        job.tables.back().WriteHeader(&header);
        std::fwrite(header.data(), 1, header.size(), outs[i]);
      }
    }
  }

  // Workers take records in input order, extract them in parallel and hand
  // their output back by sequence number; whoever completes the record the
  // output is waiting for writes every finished record in order.  At most
  // `window` records are in flight, which bounds memory.
  Reader reader(files, job.jsonl_in);
  Progress progress(!absl::GetFlag(FLAGS_quiet) && ::isatty(STDERR_FILENO) != 0,
                    KnownTotalSize(files));
  const uint64_t window = 4 * static_cast<uint64_t>(threads);
  std::mutex mu;
  std::condition_variable cv;
  uint64_t next_read = 0, next_write = 0, docs = 0;
  bool eof = false;
  int status = 0;
  const bool skip_bad_records = absl::GetFlag(FLAGS_skip_bad_records);
  std::map<uint64_t, Result> done;

  auto worker = [&] {
    Record rec;
    while (true) {
      uint64_t seq;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return eof || next_read - next_write < window; });
        if (eof) return;
        if (!reader.Next(&rec)) {
          eof = true;
          cv.notify_all();
          return;
        }
        seq = next_read++;
      }
      Result res = Process(job, rec);
      std::unique_lock<std::mutex> lock(mu);
      done.emplace(seq, std::move(res));
      for (auto it = done.begin(); it != done.end() && it->first == next_write;
           it = done.erase(it), ++next_write) {
        Result& r = it->second;
        if (!r.error.empty()) {
          std::fprintf(stderr, "tiqu-csv: %s\n", r.error.c_str());
          if (r.file_error || !skip_bad_records) status = 1;
        }
        for (size_t i = 0; i < r.out.size() && i < outs.size(); ++i) {
          std::fwrite(r.out[i].data(), 1, r.out[i].size(), outs[i]);
        }
        docs += r.docs;
      }
      progress.Update(docs, reader.bytes(), false);
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  progress.Update(docs, reader.bytes(), true);

  for (std::FILE* f : outs) {
    if (f != stdout && std::fclose(f) != 0) status = 1;
  }
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) status = 1;
  return status;
}
