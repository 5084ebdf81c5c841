// Copyright 2026 The tiqu Authors.
//
// UTF-8 stepping for the persons extractor: names are runs of Han
// characters, and everything that is not a Han character (punctuation,
// spaces, Latin letters, digits) ends a name.  Malformed bytes decode as
// one-byte non-Han units, so no loop can stall or split a code point.

#ifndef TIQU_LIB_PEOPLE_HAN_H_
#define TIQU_LIB_PEOPLE_HAN_H_

#include <cstddef>
#include <string_view>

namespace tiqu::people {

struct CodePoint {
  char32_t c = 0;
  size_t len = 0;  // bytes; 0 only at the end of the text
};

// The code point starting at byte `pos` of `s`.
inline CodePoint DecodeAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return {0, 0};
  const auto b0 = static_cast<unsigned char>(s[pos]);
  size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return {0xFFFD, 1};
  char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    c = (c << 6) | (b & 0x3F);
  }
  return {c, len};
}

// The code point that ends at byte `pos` of `s` (len 0 at the start).
inline CodePoint DecodeBefore(std::string_view s, size_t pos) {
  if (pos == 0 || pos > s.size()) return {0, 0};
  size_t start = pos - 1;
  for (int i = 0; i < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++i) {
    --start;
  }
  CodePoint cp = DecodeAt(s, start);
  if (start + cp.len != pos) return {0xFFFD, 1};
  return cp;
}

inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace tiqu::people

#endif  // TIQU_LIB_PEOPLE_HAN_H_
