// Copyright 2026 The tiqu Authors.
//
// What the tests share: files of the source tree (TIQU_SOURCE_DIR, set by
// tests/CMakeLists.txt), the seed pages and their gold, a text read as one
// article, a stage extractor on the embedded lexicons, and precision /
// recall / F1.  Header-only.

#ifndef TIQU_TESTS_TEST_UTIL_H_
#define TIQU_TESTS_TEST_UTIL_H_

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"

namespace tiqu::test {

// The bytes of `relative`, a path under the source tree; "" if it cannot be
// read (callers assert on emptiness where a file must be there).
inline std::string ReadSourceFile(std::string_view relative) {
  std::ifstream in(std::string(TIQU_SOURCE_DIR) + "/" + std::string(relative), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seed pages, seeds/<file>, in order.  Tests pin expectations to them.
inline constexpr const char* kSeedFiles[] = {
    "000_839ec5b0349401bf.txt", "001_4038e7d540f708d9.txt", "002_bf6422a9aff9c775.txt",
    "003_a1b402f6dd4e2485.txt", "004_cf63c55d78c884c9.txt",
};

// A seed page as printed, by file name ("000_839ec5b0349401bf.txt").
inline std::string ReadSeed(std::string_view file) {
  return ReadSourceFile("seeds/" + std::string(file));
}

// The gold annotations of a seed page (JSON Lines: a header line, then one
// line per article), by the page's file name.
inline std::string ReadGold(std::string_view seed_file) {
  return ReadSourceFile("tests/data/gold/" + std::string(seed_file) + ".jsonl");
}

// A text read as one article: its normalized form and a layout whose span
// and body are all of it (no headlines, no credits; tests may add them).
// It owns the text the normalized text points into, so it stays in place.
struct OneArticle {
  explicit OneArticle(std::string_view source_text,
                      std::optional<absl::CivilDay> reference = absl::CivilDay(2024, 5, 29))
      : source(source_text),
        doc(text::Normalizer::Get().Normalize(source)),
        reference_date(reference) {
    layout.span = {0, doc.text().size()};
    layout.body = layout.span;
  }
  OneArticle(const OneArticle&) = delete;
  OneArticle& operator=(const OneArticle&) = delete;

  text::ArticleText article() const { return text::ArticleText{&doc, &layout, reference_date}; }

  const std::string source;
  text::NormalizedText doc;
  text::ArticleLayout layout;
  std::optional<absl::CivilDay> reference_date;
};

// Stage extractor X (DateExtractor, CountExtractor, ...) built on the
// embedded lexicons; nullopt, with the test failed, if it cannot be built.
template <typename X>
std::optional<X> MakeExtractor() {
  absl::StatusOr<lexicon::LexiconSet> lex = lexicon::LexiconSet::Create({});
  EXPECT_TRUE(lex.ok()) << lex.status();
  if (!lex.ok()) return std::nullopt;
  absl::StatusOr<X> x = X::Create(*lex);
  EXPECT_TRUE(x.ok()) << x.status();
  if (!x.ok()) return std::nullopt;
  return *std::move(x);
}

// Precision, recall and F1 of `matched` items out of `predicted` predictions
// and `gold` gold items; each is 0 where it is undefined.
struct Prf {
  double p = 0;
  double r = 0;
  double f1 = 0;
};
inline Prf Score(int matched, int predicted, int gold) {
  Prf s;
  s.p = predicted ? static_cast<double>(matched) / predicted : 0;
  s.r = gold ? static_cast<double>(matched) / gold : 0;
  s.f1 = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

}  // namespace tiqu::test

#endif  // TIQU_TESTS_TEST_UTIL_H_
