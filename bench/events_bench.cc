// Copyright 2026 The tiqu Authors.
//
// What event framing costs: the whole pipeline on the seed pages with and
// without events, and the share events add, measured in one loop that
// alternates the two so that a busy machine slows both alike.
//
//   build/bench/tiqu_bench --benchmark_filter=Events --benchmark_min_time=2
//
// BM_EventsOverhead reports `events_added` = (with - without) / without in
// thread CPU time; the budget is < 0.20.

#include <time.h>
#include <string>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "tiqu/tiqu.h"

namespace {

using tiqu::bench::RunExtractor;
using tiqu::bench::SeedBytes;
using tiqu::bench::Seeds;

tiqu::Options WithoutEvents() {
  tiqu::Options o;
  o.extract_events = false;
  return o;
}

void BM_PipelineWithEvents(benchmark::State& state) { RunExtractor(state, tiqu::Options()); }
BENCHMARK(BM_PipelineWithEvents);

void BM_PipelineWithoutEvents(benchmark::State& state) { RunExtractor(state, WithoutEvents()); }
BENCHMARK(BM_PipelineWithoutEvents);

// CPU seconds of this thread: other sessions on a shared machine stretch the
// wall clock, not this.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// CPU seconds to extract every seed page once.
double SecondsPerPass(const tiqu::Extractor& ex) {
  double start = ThreadCpuSeconds();
  for (const std::string& text : Seeds()) {
    auto doc = ex.Extract(text);
    benchmark::DoNotOptimize(doc);
  }
  return ThreadCpuSeconds() - start;
}

void BM_EventsOverhead(benchmark::State& state) {
  auto with = tiqu::Extractor::Create(tiqu::Options());
  auto without = tiqu::Extractor::Create(WithoutEvents());
  if (!with.ok() || !without.ok()) {
    state.SkipWithError("Extractor::Create failed");
    return;
  }
  double t_with = 0;
  double t_without = 0;
  for (auto _ : state) {
    t_without += SecondsPerPass(**without);
    t_with += SecondsPerPass(**with);
  }
  state.SetBytesProcessed(state.iterations() * 2 * SeedBytes());
  state.counters["events_added"] = t_without > 0 ? (t_with - t_without) / t_without : 0;
  state.counters["with_ms"] = state.iterations() ? 1e3 * t_with / state.iterations() : 0;
  state.counters["without_ms"] = state.iterations() ? 1e3 * t_without / state.iterations() : 0;
}
BENCHMARK(BM_EventsOverhead)->Unit(benchmark::kMillisecond);

}  // namespace
