// Copyright 2026 The tiqu Authors.
//
// Word boundaries from ICU's dictionary-based segmentation of Chinese (the
// cjdict word list behind icu::BreakIterator::createWordInstance).  A bare
// name candidate that starts or ends inside a dictionary word is part of
// that word, not a name: "允许继承" holds no 许继承, "金碧辉煌" no 金碧辉.
//
// Segmenting whole articles would cost more than all other person rules
// together, so only a small window around each candidate is segmented.

#ifndef TIQU_LIB_PEOPLE_WORD_BOUNDARIES_H_
#define TIQU_LIB_PEOPLE_WORD_BOUNDARIES_H_

#include <cstddef>
#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "unicode/brkiter.h"
#include "unicode/unistr.h"

namespace tiqu::people {

// Immutable and shareable across threads; each thread segments through its
// own WordBoundaries::Session.
class WordBoundaries {
 public:
  // kInternal if ICU cannot open its Chinese word break rules or dictionary.
  static absl::StatusOr<std::shared_ptr<const WordBoundaries>> Create();

  // One article's worth of look-ups on one thread.  The break iterator is
  // cloned on first use, so articles without bare-name candidates pay nothing.
  class Session {
   public:
    explicit Session(const WordBoundaries& owner) : owner_(owner) {}

    // True if byte offsets `start` and `end` of the UTF-8 `text` both fall
    // on word boundaries of the segmentation of [lo, hi) around them
    // (a window of kWindow code points on each side).  Offsets must lie on
    // code point boundaries with lo <= start < end <= hi <= text.size().
    bool AtBoundaries(std::string_view text, size_t lo, size_t hi, size_t start, size_t end);

    // Like AtBoundaries, and also true only if the segmentation breaks
    // [start, end) itself: the span is no single dictionary word (a place,
    // a common noun), as unknown names are cut into characters ("邱|洪|标").
    bool NotADictionaryWord(std::string_view text, size_t lo, size_t hi, size_t start, size_t end);

   private:
    // Segments the window around [start, end); sets the UTF-16 offsets of
    // start and end in it.  False if no iterator could be made.
    bool Segment(std::string_view text, size_t lo, size_t hi, size_t start, size_t end,
                 int32_t* s16, int32_t* e16);

    const WordBoundaries& owner_;
    std::unique_ptr<icu::BreakIterator> iter_;
    icu::UnicodeString window_;
  };

  // Code points of context segmented on each side of a candidate: enough for
  // the longest dictionary words to be seen whole.
  static constexpr int kWindow = 6;

 private:
  WordBoundaries() = default;
  std::unique_ptr<icu::BreakIterator> prototype_;
};

}  // namespace tiqu::people

#endif  // TIQU_LIB_PEOPLE_WORD_BOUNDARIES_H_
