// Copyright 2026 The tiqu Authors.
//
// Corpus scale: whole-pipeline throughput on >= 100 MB built from the seed
// pages at 1 and 2 threads (one Extractor shared by the threads, documents
// handed out in order as tiqu-csv --threads does), and linear scaling of one
// text from 1 MB to 64 MB, for news text and for degenerate inputs (walls of
// 万 or 第, a million-digit run, mixed scripts).  The scaling benchmarks
// report a fitted O(N) coefficient and its RMS: a small RMS (a few percent)
// means time grows linearly with the input.
//
// These take minutes, so CI skips them (.ci/run filters out BM_Scale).
// Run them with
//   build/bench/tiqu_bench --benchmark_filter=BM_Scale
// TIQU_SCALE_MB (default 100) sets the size of the throughput corpus.

#include <sys/resource.h>

#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "tiqu/tiqu.h"

namespace {

using tiqu::bench::Seeds;

constexpr size_t kMb = 1000 * 1000;

// The seed pages, copied over and over until the corpus holds
// TIQU_SCALE_MB megabytes: one document per page, as an archive holds them.
const std::vector<std::string>& Corpus() {
  static const auto* corpus = [] {
    size_t mb = 100;
    if (const char* e = std::getenv("TIQU_SCALE_MB"); e != nullptr && std::atoi(e) > 0) {
      mb = static_cast<size_t>(std::atoi(e));
    }
    auto* v = new std::vector<std::string>();
    size_t bytes = 0;
    for (size_t i = 0; bytes < mb * kMb; ++i) {
      v->push_back(Seeds()[i % Seeds().size()]);
      bytes += v->back().size();
    }
    return v;
  }();
  return *corpus;
}

double ProcessCpuSeconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

const tiqu::Extractor& SharedExtractor() {
  static const tiqu::Extractor* ex = [] {
    auto e = tiqu::Extractor::Create(tiqu::Options());
    if (!e.ok()) std::abort();
    return e->release();
  }();
  return *ex;
}

// Corpus MB/s with range(0) threads on one Extractor.
void BM_ScaleThroughput(benchmark::State& state) {
  const auto& corpus = Corpus();
  const tiqu::Extractor& ex = SharedExtractor();
  const int threads = static_cast<int>(state.range(0));
  int64_t bytes = 0;
  for (const auto& d : corpus) bytes += d.size();
  const double cpu_start = ProcessCpuSeconds();
  for (auto _ : state) {
    std::atomic<size_t> next{0};
    std::atomic<size_t> articles{0};
    auto work = [&] {
      size_t n = 0;
      for (size_t i; (i = next.fetch_add(1)) < corpus.size();) {
        auto doc = ex.Extract(corpus[i]);
        if (doc.ok()) n += doc->articles.size();
      }
      articles += n;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    benchmark::DoNotOptimize(articles.load());
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  // CPU seconds of all threads: equal at 1 and 2 threads means threads add
  // no work of their own, whatever else runs on the machine.
  state.counters["process_cpu_s"] = ProcessCpuSeconds() - cpu_start;
  state.counters["MB"] = static_cast<double>(bytes) / kMb;
  state.counters["docs"] = static_cast<double>(corpus.size());
}
BENCHMARK(BM_ScaleThroughput)->Arg(1)->Arg(2)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

// `unit` repeated to `mb` megabytes, whole units only.
std::string Wall(const std::string& unit, size_t mb) {
  std::string s;
  s.reserve(mb * kMb + unit.size());
  while (s.size() + unit.size() <= mb * kMb) s += unit;
  return s;
}

// One text of range(0) MB made of `unit`, extracted as a whole.
void ScaleOneText(benchmark::State& state, const std::string& unit) {
  const std::string text = Wall(unit, static_cast<size_t>(state.range(0)));
  const tiqu::Extractor& ex = SharedExtractor();
  for (auto _ : state) {
    auto doc = ex.Extract(text);
    if (!doc.ok()) state.SkipWithError(std::string(doc.status().message()).c_str());
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.SetComplexityN(static_cast<int64_t>(text.size()));
}

std::string AllSeeds() {
  std::string s;
  for (const auto& p : Seeds()) s += p + "\n\n";
  return s;
}

void BM_ScaleSeedText(benchmark::State& state) { ScaleOneText(state, AllSeeds()); }
void BM_ScaleWan(benchmark::State& state) { ScaleOneText(state, "万"); }
void BM_ScaleDi(benchmark::State& state) { ScaleOneText(state, "第"); }
void BM_ScaleDigits(benchmark::State& state) { ScaleOneText(state, "1234567890"); }
void BM_ScaleMixedScripts(benchmark::State& state) {
  ScaleOneText(state, "Beijing北京 Москва Ελλάδα العربية 한국어 日本語 😀 ５月２８日 ");
}

#define TIQU_SCALING(bm)                                                                       \
  BENCHMARK(bm)->RangeMultiplier(4)->Range(1, 64)->Iterations(1)->Unit(benchmark::kSecond)->   \
      Complexity(benchmark::oN)
TIQU_SCALING(BM_ScaleSeedText);
TIQU_SCALING(BM_ScaleWan);
TIQU_SCALING(BM_ScaleDi);
TIQU_SCALING(BM_ScaleDigits);
TIQU_SCALING(BM_ScaleMixedScripts);

}  // namespace
