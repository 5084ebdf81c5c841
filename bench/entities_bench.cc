// Copyright 2026 The tiqu Authors.
//
// Persons and organizations together, as the pipeline calls them per
// article: OrgExtractor::Extract, then PersonExtractor::Extract with those
// organizations, on pre-normalized, pre-split seed articles, in bytes of
// normalized article text per second (the issue asks for >= 20 MB/s on one
// core).  Also each extractor alone, and ~10 MB of concatenated articles as
// one article to show the scans stay linear.
//
//   build/bench/tiqu_bench --benchmark_filter=Entities

#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "lib/lexicon/lexicon.h"
#include "lib/orgs/org_extractor.h"
#include "lib/people/person_extractor.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"

namespace {

using tiqu::bench::Articles;
using tiqu::bench::Prepared;

enum class Which { kBoth, kOrgs, kPersons };

void Run(benchmark::State& state, size_t min_bytes, Which which) {
  auto lex = tiqu::lexicon::LexiconSet::Create({});
  if (!lex.ok()) {
    state.SkipWithError("lexicons");
    return;
  }
  auto orgs = tiqu::orgs::OrgExtractor::Create(*lex);
  auto persons = tiqu::people::PersonExtractor::Create(*lex);
  if (!orgs.ok() || !persons.ok()) {
    state.SkipWithError("extractors");
    return;
  }
  const Prepared& p = Articles(min_bytes);
  // Persons alone still need the organizations of each article.
  std::vector<std::vector<std::vector<tiqu::Organization>>> found(p.docs.size());
  if (which == Which::kPersons) {
    for (size_t d = 0; d < p.docs.size(); ++d) {
      for (const auto& layout : p.layouts[d]) {
        tiqu::text::ArticleText art{&p.docs[d], &layout, std::nullopt};
        found[d].push_back(orgs->Extract(art));
      }
    }
  }
  static const std::vector<tiqu::Organization> kNone;
  for (auto _ : state) {
    for (size_t d = 0; d < p.docs.size(); ++d) {
      for (size_t a = 0; a < p.layouts[d].size(); ++a) {
        tiqu::text::ArticleText art{&p.docs[d], &p.layouts[d][a], std::nullopt};
        if (which == Which::kPersons) {
          auto ps = persons->Extract(art, found[d][a]);
          benchmark::DoNotOptimize(ps);
          continue;
        }
        auto os = orgs->Extract(art);
        benchmark::DoNotOptimize(os);
        if (which == Which::kBoth) {
          auto ps = persons->Extract(art, os);
          benchmark::DoNotOptimize(ps);
        }
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * p.bytes);
}

void BM_EntitiesSeeds(benchmark::State& state) { Run(state, 0, Which::kBoth); }
BENCHMARK(BM_EntitiesSeeds);

void BM_EntitiesOrgsSeeds(benchmark::State& state) { Run(state, 0, Which::kOrgs); }
BENCHMARK(BM_EntitiesOrgsSeeds);

void BM_EntitiesPersonsSeeds(benchmark::State& state) { Run(state, 0, Which::kPersons); }
BENCHMARK(BM_EntitiesPersonsSeeds);

void BM_Entities10MB(benchmark::State& state) { Run(state, 10 << 20, Which::kBoth); }
BENCHMARK(BM_Entities10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
