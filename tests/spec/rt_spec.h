// Copyright 2026 The tiqu Authors.
//
// What the Recognizers-Text spec programs (tests/spec/rt_*.cc) share: their
// command line, the exceptions file, the reading of a spec file's cases and
// the rates.  Header-only: tests/CMakeLists.txt makes every tests/spec/*.cc
// a program of its own.

#ifndef TIQU_TESTS_SPEC_RT_SPEC_H_
#define TIQU_TESTS_SPEC_RT_SPEC_H_

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "nlohmann/json.hpp"

namespace tiqu::spec {

using json = nlohmann::json;

// case index -> reason
using Reasons = std::map<int, std::string>;
// file -> its listed cases
using Exceptions = std::map<std::string, Reasons>;

// The code points of the first `bytes` bytes of `s`.
inline size_t CodePoints(std::string_view s, size_t bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Reads an exceptions file (lines "file<TAB>case index<TAB>reason", '#'
// comments; an absent file lists none).  False, having said why, on a bad
// line.
inline bool ReadExceptions(const std::string& path, Exceptions* exceptions) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    int idx = 0;
    if (f.size() < 3 || !absl::SimpleAtoi(f[1], &idx)) {
      std::cerr << "bad exception line: " << line << "\n";
      return false;
    }
    (*exceptions)[f[0]][idx] = f[2];
  }
  return true;
}

// What a spec program starts from.
struct Setup {
  std::string spec_dir;
  std::string src_dir;
  bool verbose = false;
  Exceptions exceptions;  // of SOURCE_DIR/tests/spec/PROGRAM_exceptions.tsv
};

// Reads "PROGRAM SPEC_DIR SOURCE_DIR [-v]" and the program's exceptions
// file.  Returns -1 to go on, or the exit code: 2 on a usage error or a bad
// exceptions line, 77 (skipped) when SPEC_DIR has no `probe_file`.
inline int Start(int argc, char** argv, const char* program, const char* probe_file,
                 Setup* setup) {
  if (argc < 3) {
    std::cerr << "usage: " << program << " SPEC_DIR SOURCE_DIR [-v]\n";
    return 2;
  }
  setup->spec_dir = argv[1];
  setup->src_dir = argv[2];
  setup->verbose = argc > 3 && std::string(argv[3]) == "-v";
  if (!std::ifstream(setup->spec_dir + "/" + probe_file)) {
    std::cerr << "spec dir absent: " << setup->spec_dir << "\n";
    return 77;
  }
  const std::string path = setup->src_dir + "/tests/spec/" + program + "_exceptions.tsv";
  return ReadExceptions(path, &setup->exceptions) ? -1 : 2;
}

// Calls fn(case, case index, input) for every case of a spec file (one JSON
// object a line; empty and unparsable lines are skipped).
template <typename Fn>
void ForEachCase(std::istream& in, Fn fn) {
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json c = json::parse(line, nullptr, false);
    if (c.is_discarded()) continue;
    const int idx = c.value("case_index", -1);
    const std::string input = c.value("input", "");
    fn(c, idx, input);
  }
}

// Calls run_file(file, its cases, its listed exceptions) for every entry of
// `files` (each with a `name`) whose SPEC_DIR/name.jsonl exists; run_file
// prints the file's rates and returns whether they are below its floors.
// Then prints how many exceptions those files list and returns the exit
// code: 1 if a file is below its floors, else 0.
template <typename File, size_t N, typename RunFile>
int RunFiles(const Setup& setup, const char* program, const File (&files)[N], RunFile run_file) {
  static const Reasons kNone;
  bool below = false;
  int total_exc = 0;
  for (const File& fs : files) {
    std::ifstream in(setup.spec_dir + "/" + fs.name + ".jsonl");
    if (!in) continue;
    const auto it = setup.exceptions.find(fs.name);
    const Reasons& exc = it == setup.exceptions.end() ? kNone : it->second;
    const bool fail = run_file(fs, in, exc);
    below = below || fail;
    total_exc += static_cast<int>(exc.size());
  }
  std::printf("listed exceptions: %d (tests/spec/%s_exceptions.tsv)\n", total_exc, program);
  return below ? 1 : 0;
}

// a / b in percent; 100 when there is nothing to count.
inline double Pct(int a, int b) { return b == 0 ? 100.0 : 100.0 * a / b; }

}  // namespace tiqu::spec

#endif  // TIQU_TESTS_SPEC_RT_SPEC_H_
