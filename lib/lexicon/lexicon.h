// Copyright 2026 The tiqu Authors.
//
// Lexicons: the word lists and rule tables under data/, compiled into the
// library, extended by the user's files (Options::user_lexicons).
//
// File format (the same for built-in and user files):
//   line 1        "# source: <where the entries come from>"   (required)
//   "# ..." lines comments
//   other lines   key[TAB field]...     (empty lines ignored)
// Keys are normalized like the text (NFKC, Traditional -> Simplified), so a
// user may write them in either script.  A key listed twice keeps the
// fields of its last line: a user file can override a built-in entry.
//
// Look-ups go through marisa-trie (Debian's libmarisa): an exact look-up, all
// entries that are prefixes of a text position (the way to scan text with
// many words), and entries that are suffixes of a text (organization
// suffixes, reverse matching).

#ifndef TIQU_LIB_LEXICON_LEXICON_H_
#define TIQU_LIB_LEXICON_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"

namespace tiqu::lexicon {

struct Entry {
  std::string key;                  // normalized
  std::vector<std::string> fields;  // the TAB-separated fields after the key

  // fields[i], or "" if the line has fewer fields.
  std::string_view field(size_t i) const {
    return i < fields.size() ? std::string_view(fields[i]) : std::string_view();
  }
};

class Lexicon {
 public:
  Lexicon();  // empty

  // Parses files (their contents) into one lexicon; `names[i]` names
  // `contents[i]` in error messages.  kInvalidArgument if a file lacks the
  // "# source:" header or is not valid UTF-8 (names file and line).
  static absl::StatusOr<Lexicon> Parse(const std::vector<std::string>& names,
                                       const std::vector<std::string_view>& contents);

  // The entry whose key is exactly `key` (normalized), or nullptr.
  const Entry* Find(std::string_view key) const;

  // Calls fn(entry) for every entry whose key is a prefix of `text`,
  // shortest first.  Scan a text by calling it at every position.
  void ForEachPrefix(std::string_view text, absl::FunctionRef<void(const Entry&)> fn) const;

  // False if no key can start at the beginning of `text` (no key starts with
  // its first code point): a cheap test to skip text positions.
  bool MayStartAt(std::string_view text) const;

  // The longest entry whose key is a prefix of `text`, or nullptr.
  const Entry* LongestPrefix(std::string_view text) const;

  // The longest entry whose key is a suffix of `text`, or nullptr.
  const Entry* LongestSuffix(std::string_view text) const;

  const std::vector<Entry>& entries() const;
  size_t size() const { return entries().size(); }
  // Byte length of the longest key.
  size_t max_key_bytes() const;

  struct Rep;

 private:
  std::shared_ptr<const Rep> rep_;  // immutable, shared by copies
};

// The built-in lexicons plus user files.  Built once by Extractor::Create.
class LexiconSet {
 public:
  // Reads the user files.  kNotFound for an unreadable path;
  // kInvalidArgument for a name that has no built-in lexicon.
  static absl::StatusOr<LexiconSet> Create(
      const std::vector<std::pair<std::string, std::string>>& user_files /* name, path */);

  // The lexicon data/<name>.tsv with the user's additions.  kNotFound if
  // there is no such built-in lexicon; kInvalidArgument for a bad file.
  absl::StatusOr<Lexicon> Load(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> user_;  // name, file contents
  std::vector<std::string> user_paths_;
};

// The bytes of data/<name>.tsv as compiled into the library, or nullptr
// size 0 if there is none.  Names are file stems ("surnames").
std::string_view EmbeddedData(std::string_view name);
// Stems of all embedded data files.
std::vector<std::string_view> EmbeddedDataNames();

}  // namespace tiqu::lexicon

#endif  // TIQU_LIB_LEXICON_LEXICON_H_
