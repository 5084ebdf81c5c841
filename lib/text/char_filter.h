// Copyright 2026 The tiqu Authors.
//
// A set of code points with a constant-time test, for skipping text
// positions where no lexicon key can start or end before a trie look-up
// (lib/orgs, lib/people).

#ifndef TIQU_LIB_TEXT_CHAR_FILTER_H_
#define TIQU_LIB_TEXT_CHAR_FILTER_H_

#include <cstdint>
#include <vector>

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

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_CHAR_FILTER_H_
