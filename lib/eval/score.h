// Copyright 2026 The tiqu Authors.
//
// Scoring tiqu's output against gold annotations (eval/ANNOTATION.md, "File
// format" and "Scoring").
//
//   absl::StatusOr<GoldDocument> gold = tiqu::eval::LoadGold(path);
//   tiqu::Options opt;
//   opt.reference_date = gold->reference_date;   // score recognition, not inference
//   ... doc = extractor->Extract(text) ...
//   tiqu::eval::Totals totals;
//   totals.Add(tiqu::eval::Score(*gold, *doc));
//   std::cout << tiqu::eval::FormatReport(totals);
//
// What is compared, per document:
//   articles       system titles against gold `headlines` (equal, contains or
//                  contained, all white space removed), each gold article once;
//   persons        distinct names of the document; roles per matched name;
//   organizations  distinct system names (then aliases) against gold surface
//                  forms: a gold org's name, or an alias no other gold org of
//                  the document has; each gold org once; one org per name;
//                  another form of an already matched gold org is ignored
//                  when it is reported in other articles only (and a false
//                  positive when reported beside it in the same article);
//   dates, counts  the sets of distinct `text`s (white space removed), then
//                  value / mod / unit / approx accuracy over matched texts;
//   events         the main event type of each matched article.
// Totals add the counts of many documents (micro-average).

#ifndef TIQU_LIB_EVAL_SCORE_H_
#define TIQU_LIB_EVAL_SCORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "tiqu/document.h"

namespace tiqu::eval {

// ---------------------------------------------------------------------------
// Gold annotations.  Strings are exactly as in the file; JSON null is "".

struct GoldPerson {
  std::string name;
  std::vector<std::string> roles;
  std::string org;
};

struct GoldOrganization {
  std::string name;
  std::vector<std::string> aliases;
  std::string type;
};

struct GoldDate {
  std::string text;
  std::string value;
  std::string kind;
  std::string mod;
};

struct GoldCount {
  std::string text;
  double value = 0;
  std::string approx;
  std::string unit;
  std::string of;
  std::string category;
};

struct GoldEvent {
  std::string type;
  std::string trigger;
};

struct GoldArticle {
  int index = 0;
  std::string title;
  std::vector<std::string> headlines;
  std::optional<absl::CivilDay> reference_date;  // only where it differs from the document's
  std::vector<GoldPerson> persons;
  std::vector<GoldOrganization> organizations;
  std::vector<GoldDate> dates;
  std::vector<GoldCount> counts;
  std::vector<GoldEvent> events;  // main event first

  // events[0].type, or "other" when there is none.
  std::string_view main_event_type() const;
};

struct GoldDocument {
  std::string doc;  // source file name, e.g. "000_839ec5b0349401bf.txt"
  std::optional<absl::CivilDay> reference_date;
  std::string note;
  std::vector<GoldArticle> articles;
};

// Parses one gold file's contents; `name` is used in error messages.
// kInvalidArgument (naming the line) for a line that is not a JSON object or
// a field of the wrong type; a missing header line is an error too.
absl::StatusOr<GoldDocument> ParseGold(std::string_view jsonl, std::string_view name);

// Reads and parses a gold file.  kNotFound if it cannot be opened.
absl::StatusOr<GoldDocument> LoadGold(const std::string& path);

// ---------------------------------------------------------------------------
// Scores.

// Matches of one kind: true positives, false positives, false negatives.
struct Prf {
  int64_t tp = 0;
  int64_t fp = 0;
  int64_t fn = 0;

  double precision() const;  // 0 when nothing was predicted
  double recall() const;     // 0 when there is nothing to find
  double f1() const;
  void Add(const Prf& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

// An attribute compared over matched items.
struct Accuracy {
  int64_t correct = 0;
  int64_t total = 0;

  double value() const;  // 0 when total is 0
  void Add(const Accuracy& o) {
    correct += o.correct;
    total += o.total;
  }
};

struct DocumentScore {
  Prf articles;       // system titles vs gold articles
  Prf persons;        // distinct names
  Prf person_roles;   // roles of matched persons
  Prf organizations;  // surface forms, one per gold org
  Prf dates;          // distinct texts
  Prf counts;         // distinct texts
  // (article, main event type) pairs: tp = matched article with the gold
  // type; fp = system articles with an event that is not such a tp; fn =
  // gold articles without such a tp.
  Prf events;

  Accuracy event_type;     // over matched articles
  Accuracy org_type;       // over matched organizations
  Accuracy date_value;     // over matched date texts
  Accuracy date_mod;
  Accuracy count_value;    // over matched count texts
  Accuracy count_unit;
  Accuracy count_approx;

  // One line per error, for reading: "persons fn 张良", "dates value
  // 5月28日上午: 2024-05-28 (gold 2024-05-28TMO)".
  std::vector<std::string> errors;
};

// Sums of many documents.
struct Totals : DocumentScore {
  int64_t documents = 0;
  void Add(const DocumentScore& s);
};

// Scores `system` (the Extractor's output for the text of gold.doc) against
// `gold`.
DocumentScore Score(const GoldDocument& gold, const Document& system);

// A table: kind, tp, fp, fn, P, R, F1, then the attribute accuracies.
std::string FormatReport(const Totals& totals);

// All whitespace (ASCII and U+3000) removed: how texts and titles are compared.
std::string StripSpaces(std::string_view s);

}  // namespace tiqu::eval

#endif  // TIQU_LIB_EVAL_SCORE_H_
