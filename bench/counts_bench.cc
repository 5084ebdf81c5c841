// Copyright 2026 The tiqu Authors.
//
// The counts extractor alone: CountExtractor::Extract on pre-normalized,
// pre-split seed articles (what the pipeline calls per article, here with
// no date spans), in bytes of normalized article text per second; and the
// same on ~10 MB of concatenated seeds as one article, to show the scan
// stays linear.
//
//   build/bench/tiqu_bench --benchmark_filter=CountExtractor

#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "lib/counts/count_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"

namespace {

using tiqu::bench::Articles;
using tiqu::bench::Prepared;

void RunCounts(benchmark::State& state, size_t min_bytes) {
  auto lex = tiqu::lexicon::LexiconSet::Create({});
  if (!lex.ok()) {
    state.SkipWithError("lexicons");
    return;
  }
  auto ex = tiqu::counts::CountExtractor::Create(*lex);
  if (!ex.ok()) {
    state.SkipWithError("counts extractor");
    return;
  }
  const Prepared& p = Articles(min_bytes);
  const std::vector<tiqu::DateMention> no_dates;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t d = 0; d < p.docs.size(); ++d) {
      for (const auto& l : p.layouts[d]) {
        tiqu::text::ArticleText art{&p.docs[d], &l, std::nullopt};
        auto counts = ex->Extract(art, no_dates);
        found += counts.size();
        benchmark::DoNotOptimize(counts);
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * p.bytes);
  state.counters["counts"] = static_cast<double>(found) / std::max<int64_t>(1, state.iterations());
}

void BM_CountExtractorSeeds(benchmark::State& state) { RunCounts(state, 0); }
void BM_CountExtractor10MB(benchmark::State& state) { RunCounts(state, 10u << 20); }

BENCHMARK(BM_CountExtractorSeeds)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountExtractor10MB)->Unit(benchmark::kMillisecond);

}  // namespace
