// Copyright 2026 The tiqu Authors.
//
// The date extractor alone: DateExtractor::InferReferenceDate + Extract on
// pre-normalized, pre-split seed articles (what the pipeline calls per
// article), in bytes of normalized article text per second; and the same on
// ~10 MB of concatenated articles as one article, to show the scan stays
// linear (bytes/s of the 10 MB run ~ bytes/s of the seeds).
//
//   build/bench/tiqu_bench --benchmark_filter=DateExtractor

#include <optional>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "lib/dates/date_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"

namespace {

using tiqu::bench::Articles;
using tiqu::bench::Prepared;

void Run(benchmark::State& state, size_t min_bytes) {
  auto lex = tiqu::lexicon::LexiconSet::Create({});
  if (!lex.ok()) {
    state.SkipWithError("lexicons");
    return;
  }
  auto ex = tiqu::dates::DateExtractor::Create(*lex);
  if (!ex.ok()) {
    state.SkipWithError("date extractor");
    return;
  }
  const Prepared& p = Articles(min_bytes);
  for (auto _ : state) {
    for (size_t d = 0; d < p.docs.size(); ++d) {
      for (const auto& layout : p.layouts[d]) {
        const std::optional<absl::CivilDay> ref = ex->InferReferenceDate(p.docs[d], layout.span);
        tiqu::text::ArticleText art{&p.docs[d], &layout, ref};
        auto ms = ex->Extract(art);
        benchmark::DoNotOptimize(ms);
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * p.bytes);
}

void BM_DateExtractorSeeds(benchmark::State& state) { Run(state, 0); }
BENCHMARK(BM_DateExtractorSeeds);

void BM_DateExtractor10MB(benchmark::State& state) { Run(state, 10 << 20); }
BENCHMARK(BM_DateExtractor10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
