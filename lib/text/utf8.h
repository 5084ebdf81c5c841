// Copyright 2026 The tiqu Authors.
//
// UTF-8 stepping and the Han-character classes the stages share.
//
// The stages read NormalizedText, which is valid UTF-8: the pipeline rejects
// input that ValidateUtf8 refuses, and the normalizer writes whole code
// points only.  They step from one code point boundary to the next.  Still,
// every function here accepts any bytes at any offset and never reads
// outside `s`.  An ill-formed sequence (a stray trail byte, a byte that
// never starts a sequence, an overlong form, a surrogate, a sequence cut
// short by a non-trail byte or by the end of `s`) decodes as U+FFFD over its
// maximal ill-formed subpart: one byte or more, never zero, so a loop that
// advances by the decoded length always progresses.  That is how ICU's
// U8_NEXT and U8_PREV read it, and what ValidateUtf8 calls invalid.

#ifndef TIQU_LIB_TEXT_UTF8_H_
#define TIQU_LIB_TEXT_UTF8_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/base/attributes.h"
#include "unicode/utf8.h"

namespace tiqu::text {

// A decoded code point and the bytes it takes.
struct CodePoint {
  char32_t c = 0;
  size_t len = 0;  // bytes; 0 only at the end (or the start) of the text
};

// True for a UTF-8 trail byte (10xxxxxx), which never starts a code point.
inline bool IsTrailByte(char b) { return (static_cast<unsigned char>(b) & 0xC0) == 0x80; }

namespace utf8_internal {

// DecodeAt past its inline case: 2- and 4-byte sequences, ill-formed bytes.
// `p` holds `left` >= 1 bytes.
ABSL_ATTRIBUTE_NOINLINE inline CodePoint DecodeRestAt(const uint8_t* p, size_t left) {
  // A code point has at most 4 bytes: a window of 4 reads the same as the
  // whole text and keeps ICU's int32_t offsets small on any text size.
  const auto length = static_cast<int32_t>(std::min<size_t>(left, 4));
  int32_t n = 0;
  UChar32 c;
  U8_NEXT(p, n, length, c);
  return {c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c), static_cast<size_t>(n)};
}

// DecodeBefore past its inline case.  `p` holds `i` >= 1 bytes.
ABSL_ATTRIBUTE_NOINLINE inline CodePoint DecodeRestBefore(const uint8_t* p, size_t i) {
  // ICU looks back at most four bytes: a window of four reads the same.
  const size_t start = i >= 4 ? i - 4 : 0;
  auto pos = static_cast<int32_t>(i - start);
  UChar32 c;
  U8_PREV(p + start, 0, pos, c);
  return {c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c),
          i - start - static_cast<size_t>(pos)};
}

}  // namespace utf8_internal

// The code point starting at byte `i` of `s`.  {0, 0} if i >= s.size();
// {U+FFFD, n >= 1} if the bytes at `i` are ill-formed (see above).
// Always inlined: it is the innermost step of every scan, and the compiler
// otherwise keeps an out-of-line copy that costs a call per character.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline CodePoint DecodeAt(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, 0};
  const auto* p = reinterpret_cast<const uint8_t*>(s.data() + i);
  const uint8_t b = p[0];
  if (b < 0x80) return {b, 1};
  // Inline: the well-formed three bytes of a Han character (U+0800..U+FFFF).
  if ((b & 0xF0) == 0xE0 && s.size() - i >= 3 && U8_IS_VALID_LEAD3_AND_T1(b, p[1]) &&
      U8_IS_TRAIL(p[2])) {
    return {static_cast<char32_t>((b & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F)), 3};
  }
  return utf8_internal::DecodeRestAt(p, s.size() - i);
}

// The code point ending at byte `i` of `s`; it starts at i - len.  {0, 0} if
// i == 0 or i > s.size(); {U+FFFD, n >= 1} if the bytes before `i` are
// ill-formed (as ICU's U8_PREV reads them).
inline CodePoint DecodeBefore(std::string_view s, size_t i) {
  if (i == 0 || i > s.size()) return {0, 0};
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  if (p[i - 1] < 0x80) return {p[i - 1], 1};
  // Inline: the well-formed three bytes of a Han character.
  if (i >= 3) {
    const uint8_t b = p[i - 3];
    if ((b & 0xF0) == 0xE0 && U8_IS_VALID_LEAD3_AND_T1(b, p[i - 2]) && U8_IS_TRAIL(p[i - 1])) {
      return {static_cast<char32_t>((b & 0x0F) << 12 | (p[i - 2] & 0x3F) << 6 | (p[i - 1] & 0x3F)),
              3};
    }
  }
  return utf8_internal::DecodeRestBefore(p, i);
}

// Decodes the code point at `*i` and advances `*i` past it (by one byte or
// more).  At or past the end: returns 0 and leaves `*i` as it is.
inline char32_t NextCodePoint(std::string_view s, size_t* i) {
  const CodePoint cp = DecodeAt(s, *i);
  *i += cp.len;
  return cp.c;
}

// The start of the code point ending at byte `i`: i - DecodeBefore(s, i).len
// (so `i` itself if i == 0 or i > s.size()).
inline size_t PrevStart(std::string_view s, size_t i) { return i - DecodeBefore(s, i).len; }

// --- Han characters ---------------------------------------------------------
// The stages do not agree on which code points are Han characters, and each
// keeps its own choice (they differ only on rare characters, but a change
// there could change an output).  All include the BMP unified ideographs.

// CJK Unified Ideographs U+4E00..U+9FFF and Extension A U+3400..U+4DBF.
// (Counts: the counted noun is a run of these.)
inline bool IsHanBmp(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// IsHanBmp, and U+3007 〇, the ideographic zero of "二〇二四".  (Dates: a
// date glued to a word.)
inline bool IsHanBmpOrZero(char32_t c) { return IsHanBmp(c) || c == 0x3007; }

// IsHanBmp, the CJK Compatibility Ideographs U+F900..U+FAFF and all of plane
// 2, U+20000..U+2FFFF, assigned or not.  (Articles: bylines and headlines;
// organizations: name characters.)
inline bool IsHanWithPlane2(char32_t c) {
  return IsHanBmp(c) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// IsHanBmp, the CJK Compatibility Ideographs U+F900..U+FAFF and plane 2 up to
// the end of the Compatibility Ideographs Supplement, U+20000..U+2FA1F.
// (Persons: name characters.)
inline bool IsHanToCompatSupplement(char32_t c) {
  return IsHanBmp(c) || (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_UTF8_H_
