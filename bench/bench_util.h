// Copyright 2026 The tiqu Authors.
//
// What every benchmark file shares: the seed pages and a runner for an
// Extractor over them.  bench/*.cc all link into one tiqu_bench.

#ifndef TIQU_BENCH_BENCH_UTIL_H_
#define TIQU_BENCH_BENCH_UTIL_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "tiqu/tiqu.h"

namespace tiqu::bench {

// The seed pages (seeds/*.txt), read once.
inline const std::vector<std::string>& Seeds() {
  static const auto* seeds = [] {
    auto* v = new std::vector<std::string>();
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(TIQU_SOURCE_DIR "/seeds")) {
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      v->push_back(ss.str());
    }
    return v;
  }();
  return *seeds;
}

inline int64_t SeedBytes() {
  int64_t n = 0;
  for (const auto& s : Seeds()) n += s.size();
  return n;
}

// Extracts every text of `texts` per iteration with an Extractor built from
// `options`, reporting bytes/s.
inline void RunExtractor(benchmark::State& state, const Options& options,
                         const std::vector<std::string>& texts = Seeds()) {
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    state.SkipWithError(std::string(extractor.status().message()).c_str());
    return;
  }
  int64_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  for (auto _ : state) {
    for (const std::string& text : texts) {
      auto doc = (*extractor)->Extract(text);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

// Options running only the extractor `stage` (nullptr: none), on top of
// normalization and article splitting.
inline Options Only(bool Options::*stage) {
  Options o;
  o.extract_dates = o.extract_counts = o.extract_persons = o.extract_organizations =
      o.extract_events = false;
  if (stage != nullptr) o.*stage = true;
  return o;
}

}  // namespace tiqu::bench

#endif  // TIQU_BENCH_BENCH_UTIL_H_
