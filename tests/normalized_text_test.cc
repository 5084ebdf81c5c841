// Copyright 2026 The tiqu Authors.

#include "lib/text/normalized_text.h"

#include <cstdint>
#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "lib/text/utf8.h"

namespace tiqu::text {
namespace {

const Normalizer& N() { return Normalizer::Get(); }

TEST(ValidateUtf8Test, AcceptsChineseAndAscii) {
  EXPECT_TRUE(ValidateUtf8("本报讯 (记者 宗晓畅) 5月28日上午").ok());
  EXPECT_TRUE(ValidateUtf8("").ok());
}

TEST(ValidateUtf8Test, NamesTheOffsetOfABadByte) {
  absl::Status st = ValidateUtf8(std::string("5月\xff日", 6));
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message(), "invalid UTF-8 at byte offset 4 (byte 0xff)");
  // A truncated sequence at the very end.
  EXPECT_EQ(ValidateUtf8("记者\xe5\xae").message(), "invalid UTF-8 at byte offset 6 (byte 0xe5)");
  EXPECT_EQ(ValidateUtf8(std::string("a\0b", 3)).message(), "NUL byte at byte offset 1");
}

TEST(NormalizerTest, FullWidthBecomesAscii) {
  EXPECT_EQ(N().NormalizeString("本报讯（记者　白莹）４月１０日，"), "本报讯(记者 白莹)4月10日,");
}

TEST(NormalizerTest, TraditionalBecomesSimplified) {
  EXPECT_EQ(N().NormalizeString("本報訊（記者 宗曉暢）北京市總工會黨組書記"),
            "本报讯(记者 宗晓畅)北京市总工会党组书记");
}

TEST(NormalizedTextTest, SpansMapBackToTheCallersBytes) {
  const std::string original = "本報訊（記者　白莹）４月１０日，北京市總工會召開會議";
  NormalizedText t = N().Normalize(original);
  EXPECT_EQ(t.text(), "本报讯(记者 白莹)4月10日,北京市总工会召开会议");
  size_t at = t.text().find("4月10日");
  Span norm{at, at + std::string("4月10日").size()};
  EXPECT_EQ(t.OriginalText(norm), "４月１０日");
  size_t org = t.text().find("北京市总工会");
  Span org_span{org, org + std::string("北京市总工会").size()};
  EXPECT_EQ(t.OriginalText(org_span), "北京市總工會");
  EXPECT_EQ(t.Surface(org_span), "北京市總工會");
}

// The seeds split words across lines ("职工之\n\n家"); the normalized text
// joins them and spans still cover the original bytes, break included.
TEST(NormalizedTextTest, LayoutBreakInsideASentenceIsRemoved) {
  const std::string original =
      "张良一行首先来到位于小米科技园北侧的小米工会职工之\n\n家,详细了解职工书屋、职工健身房的运行模式。";
  NormalizedText t = N().Normalize(original);
  EXPECT_EQ(t.text(),
            "张良一行首先来到位于小米科技园北侧的小米工会职工之家,详细了解职工书屋、职工健身房的运行模式。");
  size_t at = t.text().find("职工之家");
  Span norm{at, at + std::string("职工之家").size()};
  EXPECT_EQ(t.OriginalText(norm), "职工之\n\n家");
  EXPECT_EQ(t.Surface(norm), "职工之家");
}

TEST(NormalizedTextTest, HeadlineAndParagraphBreaksStay) {
  const std::string original =
      "## 朝阳卫健系统职工体验艺术减压\n\n本报讯 (记者 刘欣欣 通讯员 阙旭) 近日,由朝阳区医疗卫生工会主办,活动举行。\n\n"
      "此次讲座邀请到首都医科大学研究生院专职心理教师进行授课。\n\n"
      "近日,北京建城城乡集团开发公司组织职工赴百望山森林公园开展主题环保公益登山活动\n\n"
      "本报记者 边磊 摄影报道";
  NormalizedText t = N().Normalize(original);
  EXPECT_EQ(t.text(), original);
}

// A headline followed by a "来源:" line: the colon ends a label, not the
// stub of a cut word, so the lines stay apart.
TEST(NormalizedTextTest, SourceLineAfterALongHeadlineStays) {
  const std::string original = "全国总工会启动2022年“工会加油站”活动\n来源：中工网 2022-06-22 09:44\n";
  EXPECT_EQ(N().Normalize(original).text(), "全国总工会启动2022年“工会加油站”活动\n来源:中工网 2022-06-22 09:44\n");
}

TEST(NormalizedTextTest, CrLfBecomesLf) {
  NormalizedText t = N().Normalize("标题\r\n正文");
  EXPECT_EQ(t.text(), "标题\n正文");
  EXPECT_EQ(t.OriginalText({6, 7}), "\r\n");
}

TEST(NormalizedTextTest, EmptyText) {
  NormalizedText t = N().Normalize("");
  EXPECT_EQ(t.text(), "");
  EXPECT_EQ(t.ToOriginal({0, 0}), (Span{0, 0}));
  EXPECT_EQ(t.Surface({0, 5}), "");
}

// NFKC may expand one character into several: the whole expansion maps to it.
TEST(NormalizedTextTest, ExpansionMapsToItsSourceCharacter) {
  const std::string original = "第①项";
  NormalizedText t = N().Normalize(original);
  EXPECT_EQ(t.text(), "第1项");
  EXPECT_EQ(t.OriginalText({3, 4}), "①");
}


// --- lib/text/utf8.h --------------------------------------------------------

// A decoded code point as (code point, bytes), for comparison and printing.
using Cp = std::pair<uint32_t, size_t>;
Cp P(CodePoint cp) { return {cp.c, cp.len}; }

TEST(Utf8Test, StepsOverWellFormedText) {
  const std::string s = "5月\xF0\xA0\x80\x80日";  // 5, 月, U+20000, 日
  EXPECT_EQ(P(DecodeAt(s, 0)), (Cp{U'5', 1}));
  EXPECT_EQ(P(DecodeAt(s, 1)), (Cp{U'月', 3}));
  EXPECT_EQ(P(DecodeAt(s, 4)), (Cp{0x20000, 4}));
  EXPECT_EQ(P(DecodeBefore(s, 8)), (Cp{0x20000, 4}));
  EXPECT_EQ(P(DecodeBefore(s, 11)), (Cp{U'日', 3}));
  EXPECT_EQ(PrevStart(s, 8), 4u);
  EXPECT_EQ(P(DecodeAt("86\xC2\xB7" "7", 2)), (Cp{0xB7, 2}));  // 86·7
  EXPECT_EQ(P(DecodeBefore("86\xC2\xB7" "7", 4)), (Cp{0xB7, 2}));
  size_t i = 1;
  EXPECT_EQ(NextCodePoint(s, &i), U'月');
  EXPECT_EQ(i, 4u);
  // The ends: nothing, and no step.
  EXPECT_EQ(P(DecodeAt(s, 11)), (Cp{0, 0}));
  EXPECT_EQ(P(DecodeBefore(s, 0)), (Cp{0, 0}));
  EXPECT_EQ(P(DecodeBefore(s, 12)), (Cp{0, 0}));
  EXPECT_EQ(PrevStart(s, 0), 0u);
  i = 11;
  EXPECT_EQ(NextCodePoint(s, &i), 0u);
  EXPECT_EQ(i, 11u);
}

// Ill-formed bytes read as U+FFFD over their maximal ill-formed subpart, as
// ICU (and ValidateUtf8) read them; never a zero-length step.
TEST(Utf8Test, IllFormedBytesAreReplacementCharacters) {
  EXPECT_EQ(P(DecodeAt("\xE6\x9C", 0)), (Cp{0xFFFD, 2}));     // 月 cut short
  EXPECT_EQ(P(DecodeAt("\xE6\x9C" "a", 0)), (Cp{0xFFFD, 2}));
  EXPECT_EQ(P(DecodeAt("\x9C", 0)), (Cp{0xFFFD, 1}));          // stray trail byte
  EXPECT_EQ(P(DecodeAt("\xC0\x80", 0)), (Cp{0xFFFD, 1}));     // overlong NUL
  EXPECT_EQ(P(DecodeAt("\xED\xA0\x80", 0)), (Cp{0xFFFD, 1}));  // surrogate
  EXPECT_EQ(P(DecodeAt("\xFF", 0)), (Cp{0xFFFD, 1}));
  EXPECT_EQ(P(DecodeBefore("\xE6\x9C", 2)), (Cp{0xFFFD, 2}));
  EXPECT_EQ(P(DecodeBefore("a\x9C", 2)), (Cp{0xFFFD, 1}));
  EXPECT_EQ(P(DecodeBefore("\x80\x80\x80\x80\x80", 5)), (Cp{0xFFFD, 1}));
  EXPECT_TRUE(IsTrailByte('\x9C'));
  EXPECT_FALSE(IsTrailByte('\xE6'));
  EXPECT_FALSE(IsTrailByte('a'));
}

// The stages' Han classes differ on purpose; each boundary is pinned here.
TEST(Utf8Test, HanClasses) {
  EXPECT_TRUE(IsHanBmp(U'一') && IsHanBmp(0x9FFF) && IsHanBmp(0x3400) && IsHanBmp(0x4DBF));
  EXPECT_FALSE(IsHanBmp(U'〇') || IsHanBmp(0xFA0E) || IsHanBmp(0x20000) || IsHanBmp(U'a'));
  EXPECT_TRUE(IsHanBmpOrZero(U'〇') && IsHanBmpOrZero(U'年'));
  EXPECT_FALSE(IsHanBmpOrZero(0xFA0E) || IsHanBmpOrZero(0x20000));
  EXPECT_TRUE(IsHanWithPlane2(0xFA0E) && IsHanWithPlane2(0x2FA20) && IsHanWithPlane2(0x2FFFF));
  EXPECT_FALSE(IsHanWithPlane2(U'〇') || IsHanWithPlane2(0x30000) || IsHanWithPlane2(0xF8FF));
  EXPECT_TRUE(IsHanToCompatSupplement(0xFA0E) && IsHanToCompatSupplement(0x2FA1F));
  EXPECT_FALSE(IsHanToCompatSupplement(0x2FA20) || IsHanToCompatSupplement(U'〇'));
}

}  // namespace
}  // namespace tiqu::text
