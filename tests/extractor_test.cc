// Copyright 2026 The tiqu Authors.
//
// The public API's contract: errors, offsets into the caller's bytes,
// Traditional script, threads.

#include "tiqu/extractor.h"

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace tiqu {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

std::unique_ptr<Extractor> Make(Options options = Options()) {
  auto ex = Extractor::Create(options);
  EXPECT_TRUE(ex.ok()) << ex.status();
  return std::move(ex).value();
}

Options At20240529() {
  Options o;
  o.reference_date = absl::CivilDay(2024, 5, 29);
  return o;
}

TEST(ExtractorTest, EmptyAndBlankTextGiveAnEmptyDocument) {
  auto ex = Make();
  auto doc = ex->Extract("");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->articles.empty());
  doc = ex->Extract(" \n\n\t ");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->articles.empty());
}

TEST(ExtractorTest, InvalidUtf8IsAnErrorNamingTheOffset) {
  auto doc = Make()->Extract("本报讯\xC3(记者");
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("byte offset 9"));
}

TEST(ExtractorTest, NulByteIsAnError) {
  auto doc = Make()->Extract(std::string("近日\0活动", 9));
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(ExtractorTest, TextOverTheLimitIsResourceExhausted) {
  Options o;
  o.max_text_bytes = 10;
  auto doc = Make(o)->Extract("5月28日上午,北京市总工会");
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ExtractorTest, MissingUserLexiconIsNotFound) {
  Options o;
  o.user_lexicons.push_back({"known_orgs", "/nonexistent/orgs.tsv"});
  auto ex = Extractor::Create(o);
  EXPECT_EQ(ex.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(ex.status().message()), HasSubstr("/nonexistent/orgs.tsv"));
}

TEST(ExtractorTest, UserLexiconForAnUnknownNameIsInvalid) {
  Options o;
  o.user_lexicons.push_back({"no_such_lexicon", TIQU_SOURCE_DIR "/data/known_orgs.tsv"});
  EXPECT_EQ(Extractor::Create(o).status().code(), absl::StatusCode::kInvalidArgument);
}

// Every span points into the caller's bytes and `text` is exactly them,
// also where the normalized text differs (full width, layout break).
TEST(ExtractorTest, SpansIndexTheCallersBytes) {
  const std::string text =
      "本报讯（记者 孙艳）５月２８日，北京市总工会法律服务专项工作启动。市总工会建立不少于３０支法律服务团队，"
      "吸引了27家企业的80余名职工参加。";
  auto doc = Make(At20240529())->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_FALSE(doc->articles.empty());
  size_t mentions = 0;
  for (const Article& a : doc->articles) {
    EXPECT_LE(a.span.end, text.size());
    for (const DateMention& d : a.dates) {
      EXPECT_EQ(text.substr(d.span.start, d.span.size()), d.text);
      ++mentions;
    }
    for (const Count& c : a.counts) {
      EXPECT_EQ(text.substr(c.span.start, c.span.size()), c.text);
      ++mentions;
    }
  }
  EXPECT_GT(mentions, 0u);
  std::vector<std::string> date_texts;
  for (const DateMention& d : doc->articles[0].dates) date_texts.push_back(d.text);
  EXPECT_THAT(date_texts, Contains("５月２８日"));
}

TEST(ExtractorTest, TraditionalScriptKeepsItsCharactersInNames) {
  auto doc = Make(At20240529())->Extract("本報訊（記者 宗曉暢）5月28日上午，北京市總工會黨組書記、副主席張良率隊赴企業調研。");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->articles.size(), 1u);
  const Article& a = doc->articles[0];
  std::vector<std::string> orgs, persons;
  for (const auto& o : a.organizations) orgs.push_back(o.name);
  for (const auto& p : a.persons) persons.push_back(p.name);
  EXPECT_THAT(orgs, Contains("北京市總工會"));
  EXPECT_THAT(persons, Contains("張良"));
  ASSERT_FALSE(a.dates.empty());
  EXPECT_EQ(a.dates[0].value, "2024-05-28TMO");
}

// Traditional pages quote with corner brackets and keep their own
// classifiers: 「六一」 is the holiday, 個 stays 個 in the unit, 攝 credits 攝影.
TEST(ExtractorTest, TraditionalQuotesUnitsAndCredits) {
  auto doc = Make(At20240529())->Extract(
      "市總工會和5個生態涵養區總工會分別成立不少於1個法律服務團。「六一」兒童節前後，他們將組織開展活動。\n\n"
      "通訊員 張海倫 攝");
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> counts, units, dates, values, roles;
  for (const Article& a : doc->articles) {
    for (const auto& c : a.counts) {
      counts.push_back(c.text);
      units.push_back(c.unit);
    }
    for (const auto& d : a.dates) {
      dates.push_back(d.text);
      values.push_back(d.value + "/" + d.mod);
    }
    for (const auto& p : a.persons) {
      for (const auto& r : p.roles) roles.push_back(p.name + ":" + r);
    }
  }
  EXPECT_THAT(counts, ::testing::ElementsAre("5個", "不少於1個"));
  EXPECT_THAT(units, ::testing::ElementsAre("個", "個"));
  EXPECT_THAT(dates, ::testing::ElementsAre("「六一」兒童節前後"));
  EXPECT_THAT(values, ::testing::ElementsAre("2024-06-01/APPROX"));
  EXPECT_THAT(roles, ::testing::ElementsAre("張海倫:通訊員", "張海倫:攝影"));
}

// Extract is const and thread-safe: many threads, one Extractor, the same
// results as one thread.
TEST(ExtractorTest, ConcurrentCallsGiveTheSameResults) {
  auto ex = Make(At20240529());
  const std::vector<std::string> texts = {test::ReadSeed("000_839ec5b0349401bf.txt"),
                                          test::ReadSeed("001_4038e7d540f708d9.txt"),
                                          test::ReadSeed("002_bf6422a9aff9c775.txt")};
  auto fingerprint = [&](const std::string& t) {
    auto doc = ex->Extract(t);
    std::string f;
    if (!doc.ok()) return std::string(doc.status().message());
    for (const Article& a : doc->articles) {
      f += a.title + "\n";
      for (const auto& d : a.dates) f += d.text + "=" + d.value + ";";
      for (const auto& c : a.counts) f += c.text + ";";
      for (const auto& p : a.persons) f += p.name + ";";
      for (const auto& o : a.organizations) f += o.name + ";";
    }
    return f;
  };
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(fingerprint(t));
  std::vector<std::string> got(8 * texts.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&, i] { got[i] = fingerprint(texts[i % texts.size()]); });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], expected[i % texts.size()]);
}

// A user lexicon extends a built-in one: an organization without a suffix
// is found once the user names it.
TEST(ExtractorTest, UserLexiconAddsKnownOrganizations) {
  const std::string sentence = "近日,星河远航组织职工开展健步走活动。";
  auto names = [&](const Options& o) {
    std::vector<std::string> out;
    auto doc = Make(o)->Extract(sentence);
    EXPECT_TRUE(doc.ok()) << doc.status();
    for (const Article& a : doc->articles) {
      for (const auto& org : a.organizations) out.push_back(org.name + "/" + std::string(ToString(org.type)));
    }
    return out;
  };
  EXPECT_THAT(names(Options()), ::testing::IsEmpty());
  const std::string path = ::testing::TempDir() + "/user_orgs.tsv";
  {
    std::ofstream f(path);
    f << "# source: test\n星河遠航\tcompany\n";  // Traditional key: normalized like the text
  }
  Options o;
  o.user_lexicons.push_back({"known_orgs", path});
  EXPECT_THAT(names(o), ::testing::ElementsAre("星河远航/company"));
}

// Degenerate inputs finish with plain results: no counts out of a wall of
// multipliers, ordinals or digits, no dates out of a wall of years.
TEST(ExtractorTest, DegenerateInputsGiveNothingSpurious) {
  auto ex = Make(At20240529());
  auto counts_and_dates = [&](const std::string& text) {
    auto doc = ex->Extract(text);
    EXPECT_TRUE(doc.ok()) << doc.status();
    size_t n = 0;
    for (const Article& a : doc->articles) n += a.counts.size() + a.dates.size();
    return n;
  };
  auto repeat = [](std::string_view unit, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.append(unit);
    return s;
  };
  EXPECT_EQ(counts_and_dates(repeat("万", 20000)), 0u);
  EXPECT_EQ(counts_and_dates(repeat("第", 20000)), 0u);
  EXPECT_EQ(counts_and_dates(repeat("1", 100000)), 0u);
  EXPECT_EQ(counts_and_dates(repeat("\n", 100000)), 0u);
  EXPECT_EQ(counts_and_dates(repeat("#\n", 20000)), 0u);
}

// Adversarial input (issue 7): every kind of ill-formed UTF-8 is refused
// with the offset of the first bad byte, wherever it sits.
TEST(AdversarialTest, IllFormedUtf8IsRefusedWithItsOffset) {
  auto ex = Make(At20240529());
  const std::vector<std::pair<std::string, size_t>> cases = {
      {"\xC0\xAF", 0},                  // overlong '/'
      {"5月\xE0\x80\xAF", 4},          // overlong 3-byte form
      {"北京\xED\xA0\x80", 6},         // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},        // past U+10FFFF
      {"\xF8\x88\x80\x80\x80", 0},   // 5-byte form
      {"工会\xE5\xB7", 6},              // truncated at the end
      {"\x80职工", 0},                   // lone continuation byte
      {"职工\xFF\xFE", 6},              // bytes that never occur
  };
  for (const auto& [text, offset] : cases) {
    auto doc = ex->Extract(text);
    EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument) << offset;
    EXPECT_THAT(std::string(doc.status().message()),
                HasSubstr(absl::StrCat("byte offset ", offset)));
  }
}

TEST(AdversarialTest, NulAnywhereIsRefusedWithItsOffset) {
  auto ex = Make(At20240529());
  for (const std::string& text : {std::string("\0", 1), std::string("5月28日\0", 10),
                                  std::string(1000, 'a') + std::string("\0", 1)}) {
    auto doc = ex->Extract(text);
    EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(doc.status().message()),
                HasSubstr(absl::StrCat("NUL byte at byte offset ", text.size() - 1)));
  }
}

// A million digits in a row is no number anyone wrote: no count, no date,
// no crash from a value far beyond double's range, and a few years and a
// count written after it are still found.
TEST(AdversarialTest, AMillionDigitsGiveNoCountButTextAfterItIsRead) {
  auto ex = Make(At20240529());
  std::string text(1000000, '7');
  text += "\n\n5月28日上午，80余名职工参加活动。";
  auto doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> found;
  for (const Article& a : doc->articles) {
    for (const auto& d : a.dates) found.push_back(d.text + "=" + d.value);
    for (const auto& c : a.counts) found.push_back(c.text + "=" + absl::StrCat(c.value));
  }
  EXPECT_THAT(found, ::testing::ElementsAre("5月28日上午=2024-05-28TMO", "80余名=80"));
}

// Walls of one character the number and date grammars loop on (万 as a
// multiplier, 第 as an ordinal prefix, 年 after digits) end in linear time
// with nothing spurious, and a sentence after the wall is read as usual.
TEST(AdversarialTest, RepeatedPatternsThenARealSentence) {
  auto ex = Make(At20240529());
  auto repeat = [](std::string_view unit, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.append(unit);
    return s;
  };
  for (const std::string& wall :
       {repeat("万", 100000), repeat("第", 100000), repeat("2024年", 50000), repeat("余名", 50000),
        repeat("第一", 50000), repeat("百分之", 50000), repeat("（", 100000)}) {
    auto doc = ex->Extract(wall + "\n\n5月28日上午，80余名职工参加活动。");
    ASSERT_TRUE(doc.ok()) << doc.status();
    std::vector<std::string> found;
    for (const Article& a : doc->articles) {
      for (const auto& d : a.dates) {
        if (d.span.start >= wall.size()) found.push_back(d.text);
      }
      for (const auto& c : a.counts) {
        if (c.span.start >= wall.size()) found.push_back(c.text);
      }
    }
    EXPECT_THAT(found, ::testing::ElementsAre("5月28日上午", "80余名")) << wall.substr(0, 9);
  }
}

// Latin, Cyrillic, Arabic, emoji and combining marks around a real
// sentence neither hide its mentions nor shift their spans.
TEST(AdversarialTest, MixedScriptsKeepMentionsAndSpans) {
  const std::string text =
      "Москва العربية 😀👍🏽 e\xCC\x81 ｆｕｌｌ 한국어 ＡＢＣ\n\n"
      "本报讯（记者 孙艳）5月28日上午，北京市总工会组织27家企业的80余名职工参加健步走活动。";
  auto doc = Make(At20240529())->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> found;
  for (const Article& a : doc->articles) {
    for (const auto& d : a.dates) {
      EXPECT_EQ(text.substr(d.span.start, d.span.size()), d.text);
      found.push_back(d.text);
    }
    for (const auto& c : a.counts) {
      EXPECT_EQ(text.substr(c.span.start, c.span.size()), c.text);
      found.push_back(c.text);
    }
    for (const auto& o : a.organizations) found.push_back(o.name);
  }
  EXPECT_THAT(found, ::testing::IsSupersetOf({"5月28日上午", "27家", "80余名", "北京市总工会"}));
}

TEST(EnumStringsTest, RoundTripTheGuidelineStrings) {
  EventType e;
  ASSERT_TRUE(FromString("inspection_visit", &e));
  EXPECT_EQ(e, EventType::kInspectionVisit);
  EXPECT_EQ(ToString(Approx::kMoreThan), "more_than");
  EXPECT_EQ(ToString(CountCategory::kOrganizations), "organizations");
  EXPECT_EQ(ToString(OrgType::kGovernment), "government");
  EXPECT_EQ(ToString(DateKind::kRelative), "relative");
  OrgType t = OrgType::kUnion;
  EXPECT_FALSE(FromString("Union", &t));
  EXPECT_EQ(t, OrgType::kUnion);
}

TEST(CodePointIndexTest, ConvertsByteSpans) {
  const std::string text = "5月28日上午";  // 1 + 3 + 1 + 1 + 3 + 3 + 3 bytes
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 7u);
  EXPECT_EQ(index.ToCodePoints(Span{0, 9}), (Span{0, 5}));    // "5月28日"
  EXPECT_EQ(index.ToCodePoints(Span{9, 15}), (Span{5, 7}));   // "上午"
  EXPECT_EQ(index.ToCodePoints(Span{9, 99}), (Span{5, 7}));   // past the end clamps
  EXPECT_EQ(index.ToCodePoint(2), 1u);  // inside 月 rounds down
}

}  // namespace
}  // namespace tiqu
