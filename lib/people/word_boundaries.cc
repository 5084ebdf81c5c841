// Copyright 2026 The tiqu Authors.

#include "lib/people/word_boundaries.h"

#include <string>

#include "absl/status/status.h"
#include "lib/text/utf8.h"
#include "unicode/locid.h"

namespace tiqu::people {

absl::StatusOr<std::shared_ptr<const WordBoundaries>> WordBoundaries::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status) || iter == nullptr) {
    return absl::InternalError(std::string("ICU Chinese word break iterator: ") +
                               u_errorName(status));
  }
  std::shared_ptr<WordBoundaries> out(new WordBoundaries());
  out->prototype_ = std::move(iter);
  return std::shared_ptr<const WordBoundaries>(std::move(out));
}

bool WordBoundaries::Session::Segment(std::string_view text, size_t lo, size_t hi, size_t start,
                                      size_t end, int32_t* s16, int32_t* e16) {
  if (lo > start || start >= end || end > hi || hi > text.size()) return false;
  if (iter_ == nullptr) {
    iter_.reset(owner_.prototype_->clone());
    if (iter_ == nullptr) return false;  // out of memory: no evidence either way
  }
  const std::string_view t = text.substr(0, hi);
  size_t from = start;
  for (int i = 0; i < kWindow && from > lo; ++i) from = text::PrevStart(t, from);
  size_t to = end;
  for (int i = 0; i < kWindow && to < hi; ++i) to += text::DecodeAt(t, to).len;
  auto utf16 = [&](size_t a, size_t b) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data() + a, static_cast<int32_t>(b - a)));
  };
  window_ = utf16(from, start);
  *s16 = window_.length();
  window_.append(utf16(start, end));
  *e16 = window_.length();
  window_.append(utf16(end, to));
  iter_->setText(window_);
  return true;
}

bool WordBoundaries::Session::AtBoundaries(std::string_view text, size_t lo, size_t hi,
                                           size_t start, size_t end) {
  int32_t s16 = 0, e16 = 0;
  if (!Segment(text, lo, hi, start, end, &s16, &e16)) return true;
  return iter_->isBoundary(s16) && iter_->isBoundary(e16);
}

bool WordBoundaries::Session::NotADictionaryWord(std::string_view text, size_t lo, size_t hi,
                                                 size_t start, size_t end) {
  int32_t s16 = 0, e16 = 0;
  if (!Segment(text, lo, hi, start, end, &s16, &e16)) return false;
  if (!iter_->isBoundary(s16) || !iter_->isBoundary(e16)) return false;
  const int32_t next = iter_->following(s16);
  return next != icu::BreakIterator::DONE && next < e16;
}

}  // namespace tiqu::people
