// Copyright 2026 The tiqu Authors.
//
// Spans: where a mention sits in the caller's text.
//
// Every span tiqu reports is a half-open byte range [start, end) into the
// UTF-8 text the caller passed to Extractor::Extract(), never into an
// internal normalized copy.  So
//
//   std::string_view text = ...;
//   tiqu::Span s = article.dates[0].span;
//   text.substr(s.start, s.size()) == article.dates[0].text   // always true
//
// Python and JavaScript index strings by code point (or UTF-16 unit), not by
// byte.  CodePointIndex converts byte spans for such callers.

#ifndef TIQU_SPAN_H_
#define TIQU_SPAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace tiqu {

// A half-open byte range [start, end) into the caller's UTF-8 text.
struct Span {
  size_t start = 0;  // byte offset of the first byte
  size_t end = 0;    // byte offset one past the last byte

  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }

  friend bool operator==(const Span& a, const Span& b) {
    return a.start == b.start && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  }
};

// Converts byte offsets of one UTF-8 text to code-point offsets.
//
// Build it once per text (O(n)), then each conversion costs O(log n).  The
// text must outlive nothing: the index copies what it needs.  Offsets that
// fall inside a multi-byte sequence round down to the code point holding
// them; offsets past the end clamp to the number of code points.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);

  // Code-point offset of byte offset `byte_offset`.
  size_t ToCodePoint(size_t byte_offset) const;

  // The same span counted in code points: [ToCodePoint(start), ToCodePoint(end)).
  Span ToCodePoints(const Span& byte_span) const;

  // Number of code points in the whole text.
  size_t size() const { return starts_.size(); }

 private:
  std::vector<size_t> starts_;  // byte offset where each code point starts
  size_t bytes_ = 0;
};

}  // namespace tiqu

#endif  // TIQU_SPAN_H_
