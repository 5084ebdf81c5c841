// Copyright 2026 The tiqu Authors.
//
// The CSV tables tiqu-csv writes: one row per article, person,
// organization, date, count, event, or (table "mentions") per mention of
// any kind.  Columns start exactly as the README lists them; columns added
// later go after those, never before.  RFC 4180, UTF-8, header row, fields
// quoted by libcsv where they need it, multi-valued cells joined with '|'.

#ifndef TIQU_EXAMPLES_CSV_TABLES_H_
#define TIQU_EXAMPLES_CSV_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "tiqu/document.h"

namespace tiqu::csv {

// Names of the tables, in the order --out-dir writes them.
const std::vector<std::string>& TableNames();
// True if `name` is a table ("mentions" or one of TableNames()).
bool IsTable(std::string_view name);

// Formats rows of one table, appending them to a string.  Const: one writer
// serves any number of threads, each with its own output string.
class TableWriter {
 public:
  explicit TableWriter(std::string table) : table_(std::move(table)) {}

  const std::string& table() const { return table_; }
  void WriteHeader(std::string* out) const;
  // Rows of every article of `doc`, extracted from `text`, read from `source`.
  void WriteDocument(std::string_view source, std::string_view text, const Document& doc,
                     std::string* out) const;

 private:
  std::string table_;
};

// A count value as a plain decimal: 68000, 0.5 (never 6.8e+04).
std::string FormatNumber(double v);

}  // namespace tiqu::csv

#endif  // TIQU_EXAMPLES_CSV_TABLES_H_
