// Copyright 2026 The tiqu Authors.

#include <algorithm>

#include "lib/text/utf8.h"
#include "tiqu/span.h"

namespace tiqu {

CodePointIndex::CodePointIndex(std::string_view utf8) : bytes_(utf8.size()) {
  starts_.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    // Every byte that is not a continuation byte (10xxxxxx) starts a code point.
    if (!text::IsTrailByte(utf8[i])) starts_.push_back(i);
  }
}

size_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  if (byte_offset >= bytes_) return starts_.size();
  // The code point holding the byte: the last start at or before it.
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte_offset);
  return it == starts_.begin() ? 0 : static_cast<size_t>(it - starts_.begin()) - 1;
}

Span CodePointIndex::ToCodePoints(const Span& byte_span) const {
  return Span{ToCodePoint(byte_span.start), ToCodePoint(byte_span.end)};
}

}  // namespace tiqu
