// Copyright 2026 The tiqu Authors.
//
// The counts extractor alone: CountExtractor::Extract on pre-normalized,
// pre-split seed articles (what the pipeline calls per article, here with
// no date spans), in bytes of normalized article text per second; and the
// same on ~10 MB of concatenated seeds as one article, to show the scan
// stays linear.
//
//   build/bench/tiqu_bench --benchmark_filter=CountExtractor

#include <map>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "lib/counts/count_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"

namespace {

struct CountsPrepared {
  std::string big;  // the text the 10 MB document's views point into
  std::vector<tiqu::text::NormalizedText> docs;
  std::vector<std::vector<tiqu::text::ArticleLayout>> layouts;
  int64_t bytes = 0;
};

const CountsPrepared& CountsArticles(size_t min_bytes) {
  static std::map<size_t, CountsPrepared>* cache = new std::map<size_t, CountsPrepared>();
  auto it = cache->find(min_bytes);
  if (it != cache->end()) return it->second;
  CountsPrepared& p = (*cache)[min_bytes];
  const auto& norm = tiqu::text::Normalizer::Get();
  if (min_bytes == 0) {
    for (const std::string& s : tiqu::bench::Seeds()) {
      p.docs.push_back(norm.Normalize(s));
      p.layouts.push_back(tiqu::text::SplitArticles(p.docs.back()));
      for (const auto& l : p.layouts.back()) p.bytes += l.span.size();
    }
  } else {
    std::string& big = p.big;
    while (big.size() < min_bytes) {
      for (const std::string& s : tiqu::bench::Seeds()) big += s + "\n";
    }
    p.docs.push_back(norm.Normalize(big));
    tiqu::text::ArticleLayout l;
    l.span = {0, p.docs.back().text().size()};
    l.body = l.span;
    p.layouts.push_back({l});
    p.bytes = l.span.size();
  }
  return p;
}

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
  const CountsPrepared& p = CountsArticles(min_bytes);
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
