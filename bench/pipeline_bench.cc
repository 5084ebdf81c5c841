// Copyright 2026 The tiqu Authors.
//
// Throughput of the whole pipeline and of each extractor on the seed pages,
// in bytes/s.  Each per-extractor benchmark runs normalization and article
// splitting plus that one extractor, so its cost is the difference to
// BM_NormalizeAndSplit.
//
//   build/bench/tiqu_bench --benchmark_min_time=2

#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"
#include "tiqu/tiqu.h"

namespace {

using tiqu::bench::Only;
using tiqu::bench::RunExtractor;
using tiqu::bench::SeedBytes;
using tiqu::bench::Seeds;

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
