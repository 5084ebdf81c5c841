// Copyright 2026 The tiqu Authors.

#include "lib/text/normalized_text.h"

#include <algorithm>
#include <memory>

#include "absl/strings/str_cat.h"
#include "lib/text/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/translit.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/utf8.h"

namespace tiqu::text {
namespace {

const icu::Normalizer2* Nfkc(const void* p) { return static_cast<const icu::Normalizer2*>(p); }

// Appends code point `c` to `out` as UTF-8.
void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, c, error);
  if (!error) out->append(buf, len);
}

bool IsLineSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Characters after which a line is complete: a break after them is a real
// paragraph break, never a layout artefact.
bool ClosesLine(char32_t c) {
  switch (c) {
    case 0x3002: case '.': case '!': case 0xFF01: case '?': case 0xFF1F:  // 。.!！?？
    case 0x201D: case '"': case 0x2019: case 0x300D: case 0x300F:       // ”"’」』
    case 0x2026: case ':': case 0xFF1A: case ';': case 0xFF1B:          // …:：;；
    case ')': case 0xFF09: case 0x300B:                                  // )）》
      return true;
    default:
      return false;
  }
}

// Sentence punctuation that marks a line as running body text (not 、,
// which headlines use for lists).
bool IsBodyPunct(char32_t c) {
  return c == ',' || c == 0xFF0C || c == 0x3002 || c == ';' || c == 0xFF1B;
}

// Punctuation that can follow the stub of a word cut by a line break
// ("家,详细"); a colon there follows a label instead ("来源:", "编辑:").
bool EndsStub(char32_t c) { return IsBodyPunct(c) || c == 0x3001; }

// Facts about one line of the original text needed to tell a layout break.
struct LineInfo {
  bool headline = false;     // starts with '#'
  bool punctuated = false;   // has sentence punctuation: running text
  bool long_plain = false;   // long, no punctuation, no inner space
  char32_t last = 0;         // last non-space code point
  int first_punct = -1;      // code-point index of the first EndsStub() mark
};

LineInfo DescribeLine(std::string_view line) {
  LineInfo info;
  size_t i = 0;
  int chars = 0;
  bool first = true, inner_space = false;
  while (i < line.size()) {
    char32_t c = NextCodePoint(line, &i);
    if (IsLineSpace(c)) {
      if (chars > 0) inner_space = true;
      continue;
    }
    if (first && (c == '#' || c == 0xFF03)) info.headline = true;
    first = false;
    if (IsBodyPunct(c)) info.punctuated = true;
    if (info.first_punct < 0 && EndsStub(c)) info.first_punct = chars;
    ++chars;
    info.last = c;
  }
  // Headlines are short and credits carry spaces; a long unpunctuated run
  // is a paragraph cut by the page layout.
  info.long_plain = !info.headline && !info.punctuated && chars >= 20 && !inner_space;
  return info;
}

// True if the line (leading spaces skipped) opens a new item: a headline, a
// "本报讯" lead or a credit line.
bool OpensItem(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    size_t at = i;
    char32_t c = NextCodePoint(line, &i);
    if (IsLineSpace(c)) continue;
    if (c == '#' || c == 0xFF03) return true;
    std::string_view rest = line.substr(at);
    for (std::string_view opener : {"本报", "本報", "记者", "記者", "通讯员", "通訊員"}) {
      if (rest.substr(0, opener.size()) == opener) return true;
    }
    return false;
  }
  return true;  // empty line
}

// Byte ranges [begin, end) of the original text that are layout line breaks.
std::vector<std::pair<size_t, size_t>> FindLayoutBreaks(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> breaks;
  size_t line_start = 0;
  while (line_start < s.size()) {
    size_t nl = s.find_first_of("\r\n", line_start);
    if (nl == std::string_view::npos) break;
    std::string_view line = s.substr(line_start, nl - line_start);
    // The run of breaks and blank space after this line.
    size_t run_end = nl;
    while (run_end < s.size()) {
      size_t next = run_end;
      char32_t c = NextCodePoint(s, &next);
      if (c == '\n' || c == '\r' || IsLineSpace(c)) {
        run_end = next;
      } else {
        break;
      }
    }
    // Back up to the start of the next line's first character.
    size_t next_line_end = s.find_first_of("\r\n", run_end);
    if (next_line_end == std::string_view::npos) next_line_end = s.size();
    std::string_view next_line = s.substr(run_end, next_line_end - run_end);
    LineInfo info = DescribeLine(line);
    // A punctuated body line that stops mid-sentence continues on the next
    // line; a long unpunctuated one only when the next line starts with the
    // stub of a cut word ("职工之\n\n家,详细").
    bool joins = !info.headline && info.last != 0 && !ClosesLine(info.last) &&
                 run_end < s.size() && !OpensItem(next_line);
    if (joins && !info.punctuated) {
      int stub = DescribeLine(next_line).first_punct;
      joins = info.long_plain && stub >= 1 && stub <= 3;
    }
    if (joins) {
      // Spaces ending the line belong to the break too.
      size_t begin = nl;
      while (begin > line_start) {
        const CodePoint c = DecodeBefore(s, begin);
        if (!IsLineSpace(c.c)) break;
        begin -= c.len;
      }
      breaks.emplace_back(begin, run_end);
    }
    line_start = run_end > nl ? run_end : nl + 1;
    // run_end already skipped blank lines; continue from the next line.
  }
  return breaks;
}

}  // namespace

absl::Status ValidateUtf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  if (s.size() > static_cast<size_t>(INT32_MAX)) {
    return absl::InvalidArgumentError(
        absl::StrCat("text of ", s.size(), " bytes is too long (limit 2 GiB)"));
  }
  while (i < n) {
    const int32_t at = i;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (s[i] == '\0') {
        return absl::InvalidArgumentError(absl::StrCat("NUL byte at byte offset ", at));
      }
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte offset ", at, " (byte 0x",
                       absl::Hex(static_cast<unsigned char>(s[at]), absl::kZeroPad2), ")"));
    }
  }
  return absl::OkStatus();
}

const Normalizer& Normalizer::Get() {
  static const Normalizer* instance = new Normalizer();
  return *instance;
}

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_ = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {
    status_ = absl::InternalError(
        absl::StrCat("ICU NFKC normalizer unavailable: ", u_errorName(status)));
    return;
  }
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || t2s == nullptr) {
    status_ = absl::InternalError(absl::StrCat(
        "ICU Traditional-Simplified transliterator unavailable: ", u_errorName(status)));
    return;
  }
  // The transliterator is applied per character, once, into a table: a 1:1
  // character map keeps the offset map exact and costs nothing per text.
  auto add_range = [&](UChar32 lo, UChar32 hi) {
    for (UChar32 c = lo; c <= hi; ++c) {
      icu::UnicodeString s(c);
      t2s->transliterate(s);
      if (s.countChar32() == 1 && s.char32At(0) != c) {
        t2s_[static_cast<char32_t>(c)] = static_cast<char32_t>(s.char32At(0));
      }
    }
  };
  add_range(0x3400, 0x4DBF);  // CJK Extension A
  add_range(0x4E00, 0x9FFF);  // CJK Unified Ideographs
  add_range(0xF900, 0xFAFF);  // CJK Compatibility Ideographs
}

char32_t Normalizer::ToSimplified(char32_t c) const {
  // Traditional-script texts quote with corner brackets where Simplified
  // uses curly quotes: 「六一」 reads as “六一”.
  switch (c) {
    case 0x300C: return 0x201C;  // 「
    case 0x300D: return 0x201D;  // 」
    case 0x300E: return 0x2018;  // 『
    case 0x300F: return 0x2019;  // 』
    default: break;
  }
  if (c < 0x3400) return c;
  auto it = t2s_.find(c);
  return it == t2s_.end() ? c : it->second;
}

std::string Normalizer::NormalizeString(std::string_view s) const {
  NormalizedText t = Normalize(s);
  return std::move(t.text_);
}

NormalizedText Normalizer::Normalize(std::string_view original) const {
  NormalizedText out;
  out.original_ = original;
  out.text_.reserve(original.size());
  const icu::Normalizer2* nfkc = Nfkc(nfkc_);

  // Appends original[ob, oe) -> normalized bytes just written at nb.
  auto add_piece = [&](size_t nb, size_t ob, size_t oe, bool identity) {
    const size_t nlen = out.text_.size() - nb;
    if (identity && !out.pieces_.empty()) {
      NormalizedText::Piece& last = out.pieces_.back();
      if (last.identity && last.norm_begin + last.norm_len == nb &&
          last.orig_begin + last.orig_len == ob && last.norm_len + nlen < UINT32_MAX) {
        last.norm_len += nlen;
        last.orig_len += nlen;
        return;
      }
    }
    if (nlen == 0 && oe > ob) return;  // deleted: no piece covers it
    out.pieces_.push_back({nb, ob, static_cast<uint32_t>(nlen),
                           static_cast<uint32_t>(oe - ob), identity});
  };

  std::vector<std::pair<size_t, size_t>> breaks = FindLayoutBreaks(original);
  size_t next_break = 0;
  size_t i = 0;
  while (i < original.size()) {
    if (next_break < breaks.size() && i == breaks[next_break].first) {
      i = breaks[next_break].second;  // a layout break: dropped
      ++next_break;
      continue;
    }
    const size_t start = i;
    const unsigned char b = static_cast<unsigned char>(original[i]);
    if (b < 0x80) {
      ++i;
      const size_t nb = out.text_.size();
      if (b == '\r') {
        if (i < original.size() && original[i] == '\n') ++i;
        out.text_.push_back('\n');
        add_piece(nb, start, i, false);
      } else {
        out.text_.push_back(static_cast<char>(b));
        add_piece(nb, start, i, true);
      }
      continue;
    }
    char32_t c = NextCodePoint(original, &i);
    const size_t nb = out.text_.size();
    if (nfkc->isInert(c)) {
      char32_t s = ToSimplified(c);
      AppendUtf8(s, &out.text_);
      add_piece(nb, start, i, s == c);
      continue;
    }
    // An NFKC segment: this character and the following ones up to the next
    // normalization boundary are normalized together (combining marks).
    size_t seg_end = i;
    while (seg_end < original.size()) {
      size_t peek = seg_end;
      char32_t d = NextCodePoint(original, &peek);
      if (nfkc->hasBoundaryBefore(d)) break;
      seg_end = peek;
    }
    // Never swallow a layout break into a segment.
    if (next_break < breaks.size() && seg_end > breaks[next_break].first) {
      seg_end = std::max(i, breaks[next_break].first);
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString seg = icu::UnicodeString::fromUTF8(
        icu::StringPiece(original.data() + start, static_cast<int32_t>(seg_end - start)));
    icu::UnicodeString norm = nfkc->normalize(seg, status);
    if (U_FAILURE(status)) norm = seg;
    std::string utf8;
    for (int32_t k = 0; k < norm.length();) {
      UChar32 d = norm.char32At(k);
      AppendUtf8(ToSimplified(static_cast<char32_t>(d)), &utf8);
      k += U16_LENGTH(d);
    }
    out.text_ += utf8;
    i = seg_end;
    const bool same = utf8 == original.substr(start, seg_end - start);
    add_piece(nb, start, seg_end, same);
  }
  return out;
}

size_t NormalizedText::PieceAt(size_t norm_offset) const {
  // Last piece starting at or before the offset.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), norm_offset,
                             [](size_t off, const Piece& p) { return off < p.norm_begin; });
  return it == pieces_.begin() ? 0 : static_cast<size_t>(it - pieces_.begin()) - 1;
}

Span NormalizedText::ToOriginal(const Span& norm) const {
  if (pieces_.empty()) return Span{0, 0};
  const size_t n = text_.size();
  const size_t start = std::min(norm.start, n);
  const size_t end = std::min(std::max(norm.end, start), n);
  auto map_start = [&](size_t off) -> size_t {
    if (off >= n) return original_.size();
    const Piece& p = pieces_[PieceAt(off)];
    return p.identity ? p.orig_begin + (off - p.norm_begin) : p.orig_begin;
  };
  if (start == end) {
    size_t o = map_start(start);
    return Span{o, o};
  }
  const Piece& last = pieces_[PieceAt(end - 1)];
  size_t oend = last.identity ? last.orig_begin + (end - last.norm_begin)
                              : last.orig_begin + last.orig_len;
  return Span{map_start(start), oend};
}

std::string_view NormalizedText::OriginalText(const Span& norm) const {
  Span o = ToOriginal(norm);
  return original_.substr(o.start, o.size());
}

std::string NormalizedText::Surface(const Span& norm) const {
  std::string out;
  const size_t n = text_.size();
  const size_t start = std::min(norm.start, n);
  const size_t end = std::min(std::max(norm.end, start), n);
  if (start == end || pieces_.empty()) return out;
  // Concatenate the original bytes of every piece in range: the dropped
  // layout breaks belong to no piece, so they fall out.
  for (size_t k = PieceAt(start); k < pieces_.size(); ++k) {
    const Piece& p = pieces_[k];
    if (p.norm_begin >= end) break;
    if (p.identity) {
      size_t b = std::max(start, p.norm_begin), e = std::min(end, p.norm_begin + p.norm_len);
      if (b < e) out.append(original_.substr(p.orig_begin + (b - p.norm_begin), e - b));
    } else {
      out.append(original_.substr(p.orig_begin, p.orig_len));
    }
  }
  return out;
}

}  // namespace tiqu::text
