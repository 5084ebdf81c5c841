// Copyright 2026 The tiqu Authors.
//
// Throughput of the whole pipeline and of each extractor on the seed pages,
// in bytes/s.  Each per-extractor benchmark runs normalization and article
// splitting plus that one extractor, so its cost is the difference to
// BM_NormalizeAndSplit.
//
//   build/bench/tiqu_bench --benchmark_min_time=2

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"
#include "tiqu/tiqu.h"

namespace {

const std::vector<std::string>& Seeds() {
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

int64_t SeedBytes() {
  int64_t n = 0;
  for (const auto& s : Seeds()) n += s.size();
  return n;
}

void RunExtractor(benchmark::State& state, const tiqu::Options& options) {
  auto extractor = tiqu::Extractor::Create(options);
  if (!extractor.ok()) {
    state.SkipWithError(std::string(extractor.status().message()).c_str());
    return;
  }
  for (auto _ : state) {
    for (const std::string& text : Seeds()) {
      auto doc = (*extractor)->Extract(text);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(state.iterations() * SeedBytes());
}

tiqu::Options Only(bool tiqu::Options::*stage) {
  tiqu::Options o;
  o.extract_dates = o.extract_counts = o.extract_persons = o.extract_organizations =
      o.extract_events = false;
  if (stage != nullptr) o.*stage = true;
  return o;
}

void BM_Pipeline(benchmark::State& state) { RunExtractor(state, tiqu::Options()); }
BENCHMARK(BM_Pipeline);

void BM_NormalizeAndSplit(benchmark::State& state) { RunExtractor(state, Only(nullptr)); }
BENCHMARK(BM_NormalizeAndSplit);

void BM_Dates(benchmark::State& state) { RunExtractor(state, Only(&tiqu::Options::extract_dates)); }
BENCHMARK(BM_Dates);

void BM_Counts(benchmark::State& state) { RunExtractor(state, Only(&tiqu::Options::extract_counts)); }
BENCHMARK(BM_Counts);

void BM_Organizations(benchmark::State& state) {
  RunExtractor(state, Only(&tiqu::Options::extract_organizations));
}
BENCHMARK(BM_Organizations);

void BM_Persons(benchmark::State& state) {
  RunExtractor(state, Only(&tiqu::Options::extract_persons));
}
BENCHMARK(BM_Persons);

void BM_Events(benchmark::State& state) { RunExtractor(state, Only(&tiqu::Options::extract_events)); }
BENCHMARK(BM_Events);

// The text layer alone: NFKC, Traditional->Simplified, layout breaks.
void BM_Normalize(benchmark::State& state) {
  const auto& normalizer = tiqu::text::Normalizer::Get();
  for (auto _ : state) {
    for (const std::string& text : Seeds()) {
      auto n = normalizer.Normalize(text);
      benchmark::DoNotOptimize(n);
    }
  }
  state.SetBytesProcessed(state.iterations() * SeedBytes());
}
BENCHMARK(BM_Normalize);

}  // namespace

BENCHMARK_MAIN();
