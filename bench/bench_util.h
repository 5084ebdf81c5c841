// Copyright 2026 The tiqu Authors.
//
// What every benchmark file shares: the seed pages, a runner for an
// Extractor over them, and the pre-normalized, pre-split articles the
// single-stage benchmarks feed their extractor.  bench/*.cc all link into
// one tiqu_bench.

#ifndef TIQU_BENCH_BENCH_UTIL_H_
#define TIQU_BENCH_BENCH_UTIL_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"
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

// Normalized documents and their article layouts, for benchmarks of one
// stage called per article as the pipeline calls it.
struct Prepared {
  // The concatenated text of the large document.  It lives here, with the
  // documents: a NormalizedText's original() views the bytes it was made
  // from.
  std::string big;
  std::vector<text::NormalizedText> docs;
  std::vector<std::vector<text::ArticleLayout>> layouts;
  int64_t bytes = 0;  // of normalized article text
};

// min_bytes == 0: the seed pages, each normalized and split into articles.
// Otherwise: seed pages concatenated ("\n" after each) to at least
// `min_bytes`, normalized as one document that is one article.  Built once
// per `min_bytes` and kept for the whole run.
inline const Prepared& Articles(size_t min_bytes) {
  static std::map<size_t, Prepared>* cache = new std::map<size_t, Prepared>();
  auto it = cache->find(min_bytes);
  if (it != cache->end()) return it->second;
  Prepared& p = (*cache)[min_bytes];
  const auto& norm = text::Normalizer::Get();
  if (min_bytes == 0) {
    for (const std::string& s : Seeds()) {
      p.docs.push_back(norm.Normalize(s));
      p.layouts.push_back(text::SplitArticles(p.docs.back()));
      for (const auto& l : p.layouts.back()) p.bytes += l.span.size();
    }
  } else {
    std::string& big = p.big;
    while (big.size() < min_bytes) {
      for (const std::string& s : Seeds()) big += s + "\n";
    }
    p.docs.push_back(norm.Normalize(big));
    text::ArticleLayout l;
    l.span = {0, p.docs.back().text().size()};
    l.body = l.span;
    p.layouts.push_back({l});
    p.bytes = l.span.size();
  }
  return p;
}

}  // namespace tiqu::bench

#endif  // TIQU_BENCH_BENCH_UTIL_H_
