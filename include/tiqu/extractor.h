// Copyright 2026 The tiqu Authors.
//
// tiqu::Extractor: structured data out of Chinese news text.
//
// Build one Extractor per process (it loads and compiles every lexicon and
// pattern once), then call Extract() on as many texts as you like, from as
// many threads as you like:
//
//   absl::StatusOr<std::unique_ptr<tiqu::Extractor>> ex =
//       tiqu::Extractor::Create(tiqu::Options());
//   if (!ex.ok()) { ... ex.status() ... }
//   absl::StatusOr<tiqu::Document> doc = (*ex)->Extract(text);
//   if (!doc.ok()) { ... }
//   for (const tiqu::Article& a : doc->articles)
//     for (const tiqu::DateMention& d : a.dates)
//       std::cout << d.text << " -> " << d.value << "\n";
//
// The text is UTF-8 in Simplified or Traditional script, with full-width or
// ASCII digits and punctuation, as printed pages converted to text usually
// are.  Internally tiqu normalizes it (Unicode NFKC, Traditional to
// Simplified, layout line breaks that split a sentence removed); every span
// it reports still points into the caller's original bytes.
//
// Errors never come as exceptions: Create() and Extract() return
// absl::Status codes as documented below.

#ifndef TIQU_EXTRACTOR_H_
#define TIQU_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tiqu/document.h"

namespace tiqu {

// A user lexicon: a text file that adds entries to one of the built-in
// lexicons.  Its format is that of the files under data/ (UTF-8; a first
// line "# source: ..." naming where the entries come from; then one entry a
// line, fields separated by TAB; lines starting with '#' are comments).
// Keys may be written in Traditional or full-width forms: they are
// normalized like the text.
struct UserLexicon {
  // Which built-in lexicon the file extends: the stem of a file in data/,
  // e.g. "known_orgs", "surnames", "titles", "classifiers", "event_triggers".
  std::string name;
  std::string path;  // file to read when the Extractor is created
};

// What an Extractor does.  The defaults run everything.
struct Options {
  // Date that relative and year-less expressions ("今年", "5月28日", "近日")
  // resolve against, usually the publication date.  When absent, tiqu infers
  // one per article from the article's own explicit dates and years.
  std::optional<absl::CivilDay> reference_date;

  // Which extractors run.  Events use what the others find, so turning one
  // off leaves event frames without that part.
  bool extract_dates = true;
  bool extract_counts = true;
  bool extract_persons = true;
  bool extract_organizations = true;
  bool extract_events = true;

  // Extra lexicon entries, read once by Create().
  std::vector<UserLexicon> user_lexicons;

  // Texts longer than this are refused by Extract() with
  // kResourceExhausted, so one bad record cannot exhaust memory.
  size_t max_text_bytes = size_t{256} << 20;  // 256 MiB
};

class Extractor {
 public:
  // Builds an Extractor.  Returns
  //   kNotFound          if a user lexicon file cannot be opened (names the path),
  //   kInvalidArgument   if a user lexicon names no built-in lexicon, or a
  //                      lexicon file is not valid UTF-8 or lacks its
  //                      "# source:" header (names file and line),
  //   kInternal          if ICU data needed for normalization is missing.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(const Options& options = Options());

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts everything from one text (a page, a file, one article).
  //
  // Returns
  //   an empty Document      for empty text (or text of white space only),
  //   kInvalidArgument       if `utf8` is not valid UTF-8 (the message names
  //                          the byte offset) or contains a NUL byte,
  //   kResourceExhausted     if it is longer than Options::max_text_bytes,
  //                          or memory runs out while extracting it,
  //   kInternal              if a defect inside tiqu was hit (the message
  //                          names the article; please report the text).
  // No exception escapes.
  //
  // Const and safe to call concurrently from any number of threads.
  absl::StatusOr<Document> Extract(std::string_view utf8) const;

  const Options& options() const;

  // Implementation detail, public only so the implementation files can name it.
  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<const Impl> impl);
  // Extract() without the exception guard; *article is the article being read.
  absl::StatusOr<Document> ExtractOrThrow(std::string_view utf8, size_t* article) const;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace tiqu

#endif  // TIQU_EXTRACTOR_H_
