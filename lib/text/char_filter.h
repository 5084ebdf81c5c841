// Copyright 2026 The tiqu Authors.
//
// Sets of code points and of two-code-point prefixes with constant-time
// tests, for skipping text positions where no lexicon key can start or end
// before a trie look-up (lib/lexicon, lib/orgs, lib/people).

#ifndef TIQU_LIB_TEXT_CHAR_FILTER_H_
#define TIQU_LIB_TEXT_CHAR_FILTER_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lib/text/utf8.h"

namespace tiqu::text {

// BMP code points are kept in a bitmap; code points above it always test
// true, so the set only filters: MayHave(c) is false only for code points
// never added.
class CharFilter {
 public:
  CharFilter() : bits_(0x10000 / 64, 0) {}
  void Add(char32_t c) {
    if (c < 0x10000) bits_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  bool MayHave(char32_t c) const {
    return c >= 0x10000 || ((bits_[c >> 6] >> (c & 63)) & 1) != 0;
  }

 private:
  std::vector<uint64_t> bits_;
};

// Whether a key of a set may start (or, built over reversed keys, end) at a
// text position, from its first two code points: a bitmap of the first
// ones, a bitmap of the keys of one code point, and a hashed bitmap of the
// first pairs.  Only filters: MayStart is false only where no key starts.
class PrefixFilter {
 public:
  PrefixFilter() : pairs_(kPairBits / 64, 0) {}

  // Adds a key given by its first code point and the one after it (0 for
  // a key of one code point).
  void Add(char32_t c0, char32_t c1) {
    first_.Add(c0);
    if (c1 == 0) {
      single_.Add(c0);
    } else {
      const uint32_t h = PairHash(c0, c1);
      pairs_[h >> 6] |= uint64_t{1} << (h & 63);
    }
  }
  // `c1` is 0 where the text ends after c0.
  bool MayStart(char32_t c0, char32_t c1) const {
    if (!first_.MayHave(c0)) return false;
    if (single_.MayHave(c0)) return true;
    if (c1 == 0) return false;
    const uint32_t h = PairHash(c0, c1);
    return ((pairs_[h >> 6] >> (h & 63)) & 1) != 0;
  }
  bool MayHaveFirst(char32_t c0) const { return first_.MayHave(c0); }

  // The same, on UTF-8: a key, and the text at byte `p` of `s` read up to `hi`.
  void AddKey(std::string_view key) {
    const CodePoint c0 = DecodeAt(key, 0);
    if (c0.len > 0) Add(c0.c, DecodeAt(key, c0.len).c);
  }
  bool MayStartAt(std::string_view s, size_t p, size_t hi) const {
    const std::string_view t = s.substr(0, std::min(hi, s.size()));
    const CodePoint c0 = DecodeAt(t, p);
    return c0.len > 0 && first_.MayHave(c0.c) && MayStart(c0.c, DecodeAt(t, p + c0.len).c);
  }

 private:
  static constexpr uint32_t kPairBits = 1u << 18;
  static uint32_t PairHash(char32_t a, char32_t b) {
    return static_cast<uint32_t>((uint64_t{a} * 0x9E3779B1u ^ b) * 0x85EBCA77u) >> (32 - 18);
  }
  CharFilter first_, single_;
  std::vector<uint64_t> pairs_;
};

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_CHAR_FILTER_H_
