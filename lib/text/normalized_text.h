// Copyright 2026 The tiqu Authors.
//
// The normalized view of a caller's text that every extractor reads.
//
// Extractors match lexicons and patterns against one canonical form of the
// text, so that "１９９８年", "1998年" and "壹玖玖捌" style variants, Traditional
// and Simplified script, and words split by a layout line break all look the
// same.  NormalizedText holds that form plus the map back to the caller's
// bytes:
//
//   * Unicode NFKC (ICU Normalizer2): full-width digits, letters and
//     punctuation ("，（）：") and the ideographic space become ASCII.
//   * Traditional -> Simplified, one code point to one code point (ICU's
//     "Traditional-Simplified" transliterator, applied per character so the
//     map stays exact), and corner-bracket quotes 「」『』 -> “”‘’.
//   * "\r\n" and "\r" become "\n".
//   * Layout line breaks are removed: a run of line breaks (and spaces)
//     between a body line that stops mid-sentence and its continuation
//     ("职工之\n\n家" -> "职工之家").  A break is a layout break when the line
//     before it reads as body text (it has sentence punctuation and is not a
//     '#' headline) and ends in neither closing punctuation nor a quote, and
//     the line after it is not a headline, a "本报讯" lead or a credit.
//
// Spans in normalized coordinates ("norm spans") are what extractors work
// with; ToOriginal() turns them into the caller's byte spans.

#ifndef TIQU_LIB_TEXT_NORMALIZED_TEXT_H_
#define TIQU_LIB_TEXT_NORMALIZED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tiqu/span.h"

namespace tiqu::text {

// Returns OK if `s` is well-formed UTF-8 without NUL bytes; otherwise
// kInvalidArgument naming the byte offset of the first bad sequence.
absl::Status ValidateUtf8(std::string_view s);

class NormalizedText;

// Character-level normalization (NFKC + Traditional->Simplified).  One
// process-wide instance, built on first use; immutable and thread-safe.
class Normalizer {
 public:
  // The shared instance.  Check status() once (Extractor::Create does).
  static const Normalizer& Get();

  // OK, or kInternal if ICU's normalization or transliteration data is missing.
  const absl::Status& status() const { return status_; }

  // Normalizes a short string with no offset map and no layout handling:
  // lexicon keys, user input to look up.  `s` must be valid UTF-8.
  std::string NormalizeString(std::string_view s) const;

  // Normalizes a whole text with its offset map.  `original` must be valid
  // UTF-8 (see ValidateUtf8) and must outlive the result.
  NormalizedText Normalize(std::string_view original) const;

  // Simplified form of code point `c` (itself if it has none).
  char32_t ToSimplified(char32_t c) const;

 private:
  Normalizer();
  absl::Status status_;
  const void* nfkc_ = nullptr;  // const icu::Normalizer2*, owned by ICU
  absl::flat_hash_map<char32_t, char32_t> t2s_;
};

class NormalizedText {
 public:
  NormalizedText() = default;

  // The caller's text, as given.
  std::string_view original() const { return original_; }
  // The normalized text.
  const std::string& text() const { return text_; }
  std::string_view text(const Span& norm) const {
    return std::string_view(text_).substr(norm.start, norm.size());
  }

  // The caller's byte span covering normalized span `norm`.  An empty span
  // maps to an empty span at the corresponding position.
  Span ToOriginal(const Span& norm) const;

  // The caller's exact bytes at ToOriginal(norm): what a mention's `text` is.
  std::string_view OriginalText(const Span& norm) const;

  // The caller's characters for `norm` with layout line breaks left out:
  // what names, titles and roles are ("職工之\n\n家" -> "職工之家").
  std::string Surface(const Span& norm) const;

 private:
  friend class Normalizer;

  // A run of normalized bytes and the original bytes it came from.  Either
  // an identity run (the bytes are equal, any length) or one normalization
  // unit (a character or NFKC segment that changed).
  struct Piece {
    size_t norm_begin;
    size_t orig_begin;
    uint32_t norm_len;  // identity runs may be long: they are split at 4 GiB
    uint32_t orig_len;
    bool identity;
  };
  size_t PieceAt(size_t norm_offset) const;  // index of the piece holding it

  std::string_view original_;
  std::string text_;
  std::vector<Piece> pieces_;  // ordered by norm_begin, covering text_ exactly
};

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_NORMALIZED_TEXT_H_
