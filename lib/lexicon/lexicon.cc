// Copyright 2026 The tiqu Authors.

#include "lib/lexicon/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "lib/text/normalized_text.h"
#include "lib/text/char_filter.h"
#include "lib/text/utf8.h"
#include "marisa.h"

namespace tiqu::lexicon {

namespace generated {
const std::vector<std::pair<std::string_view, std::string_view>>& Files();
}  // namespace generated

namespace {

absl::string_view AbslView(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// `s` with its code points in reverse order (suffix look-ups run a trie of
// reversed keys over the reversed text).
void ReverseCodePointsInto(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  size_t end = s.size();
  while (end > 0) {
    const size_t start = text::PrevStart(s, end);
    out->append(s.data() + start, end - start);
    end = start;
  }
}

std::string ReverseCodePoints(std::string_view s) {
  std::string out;
  ReverseCodePointsInto(s, &out);
  return out;
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open lexicon file '", path, "'"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat("cannot read lexicon file '", path, "'"));
  return ss.str();
}

}  // namespace

struct Lexicon::Rep {
  std::vector<Entry> entries;
  marisa::Trie forward;
  marisa::Trie backward;
  std::vector<uint32_t> forward_entry;   // trie key id -> entry index
  std::vector<uint32_t> backward_entry;  // reversed-trie key id -> entry index
  size_t max_key_bytes = 0;
  // The first (last) two code points of every key.  Most text positions
  // start (end) no key; these answer them with two bit tests instead of a
  // trie walk.
  text::PrefixFilter starts, ends;

  bool MayStartKey(std::string_view text) const { return starts.MayStartAt(text, 0, text.size()); }
  bool MayEndKey(std::string_view text) const {
    const text::CodePoint c0 = text::DecodeBefore(text, text.size());
    if (c0.len == 0 || !ends.MayHaveFirst(c0.c)) return false;
    return ends.MayStart(c0.c, text::DecodeBefore(text, text.size() - c0.len).c);
  }
};

namespace {

// marisa Agents allocate their search state on first use.  Each thread keeps
// a stack of them, reused across calls; a look-up made from inside a
// ForEachPrefix callback takes the next one down.
class PooledAgent {
 public:
  PooledAgent() {
    Pool& pool = GetPool();
    if (pool.depth == pool.agents.size()) pool.agents.push_back(std::make_unique<marisa::Agent>());
    agent_ = pool.agents[pool.depth++].get();
  }
  ~PooledAgent() { --GetPool().depth; }
  PooledAgent(const PooledAgent&) = delete;
  PooledAgent& operator=(const PooledAgent&) = delete;
  marisa::Agent& operator*() { return *agent_; }

 private:
  struct Pool {
    std::vector<std::unique_ptr<marisa::Agent>> agents;
    size_t depth = 0;
  };
  static Pool& GetPool() {
    thread_local Pool pool;
    return pool;
  }
  marisa::Agent* agent_;
};

}  // namespace

Lexicon::Lexicon() : rep_(std::make_shared<Rep>()) {}

absl::StatusOr<Lexicon> Lexicon::Parse(const std::vector<std::string>& names,
                                       const std::vector<std::string_view>& contents) {
  const text::Normalizer& normalizer = text::Normalizer::Get();
  if (!normalizer.status().ok()) return normalizer.status();
  auto rep = std::make_shared<Rep>();
  absl::flat_hash_map<std::string, size_t> index;
  for (size_t f = 0; f < contents.size(); ++f) {
    const std::string& name = f < names.size() ? names[f] : "lexicon";
    std::string_view data = contents[f];
    if (absl::Status st = text::ValidateUtf8(data); !st.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(name, ": ", st.message()));
    }
    int line_no = 0;
    for (absl::string_view line : absl::StrSplit(AbslView(data), '\n')) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line_no == 1) {
        if (!absl::StartsWith(line, "# source:")) {
          return absl::InvalidArgumentError(absl::StrCat(
              name, ":1: a lexicon file must start with a '# source: ...' line"));
        }
        continue;
      }
      if (absl::StripAsciiWhitespace(line).empty() || line[0] == '#') continue;
      std::vector<absl::string_view> parts = absl::StrSplit(line, '\t');
      absl::string_view raw_key = absl::StripAsciiWhitespace(parts[0]);
      std::string key = normalizer.NormalizeString(std::string_view(raw_key.data(), raw_key.size()));
      if (key.empty()) {
        return absl::InvalidArgumentError(absl::StrCat(name, ":", line_no, ": empty key"));
      }
      Entry entry;
      entry.key = key;
      for (size_t k = 1; k < parts.size(); ++k) {
        entry.fields.emplace_back(absl::StripAsciiWhitespace(parts[k]));
      }
      auto [it, inserted] = index.emplace(key, rep->entries.size());
      if (inserted) {
        rep->entries.push_back(std::move(entry));
      } else {
        rep->entries[it->second] = std::move(entry);  // a later file overrides
      }
    }
  }
  try {
    marisa::Keyset fwd, bwd;
    std::vector<std::string> reversed(rep->entries.size());
    for (size_t k = 0; k < rep->entries.size(); ++k) {
      const std::string& key = rep->entries[k].key;
      rep->max_key_bytes = std::max(rep->max_key_bytes, key.size());
      rep->starts.AddKey(key);
      const text::CodePoint z0 = text::DecodeBefore(key, key.size());
      rep->ends.Add(z0.c, text::DecodeBefore(key, key.size() - z0.len).c);
      fwd.push_back(key.data(), key.size());
      reversed[k] = ReverseCodePoints(key);
      bwd.push_back(reversed[k].data(), reversed[k].size());
    }
    rep->forward.build(fwd);
    rep->backward.build(bwd);
    rep->forward_entry.assign(rep->forward.size(), 0);
    rep->backward_entry.assign(rep->backward.size(), 0);
    marisa::Agent agent;
    for (size_t k = 0; k < rep->entries.size(); ++k) {
      agent.set_query(rep->entries[k].key.data(), rep->entries[k].key.size());
      if (rep->forward.lookup(agent)) rep->forward_entry[agent.key().id()] = k;
      agent.set_query(reversed[k].data(), reversed[k].size());
      if (rep->backward.lookup(agent)) rep->backward_entry[agent.key().id()] = k;
    }
  } catch (const marisa::Exception& e) {
    return absl::InternalError(absl::StrCat("building lexicon trie: ", e.what()));
  }
  Lexicon lex;
  lex.rep_ = std::move(rep);
  return lex;
}

const std::vector<Entry>& Lexicon::entries() const { return rep_->entries; }
size_t Lexicon::max_key_bytes() const { return rep_->max_key_bytes; }

const Entry* Lexicon::Find(std::string_view key) const {
  if (rep_->entries.empty() || key.empty()) return nullptr;
  PooledAgent pooled;
  marisa::Agent& agent = *pooled;
  agent.set_query(key.data(), key.size());
  if (!rep_->forward.lookup(agent)) return nullptr;
  return &rep_->entries[rep_->forward_entry[agent.key().id()]];
}

void Lexicon::ForEachPrefix(std::string_view text, absl::FunctionRef<void(const Entry&)> fn) const {
  if (rep_->entries.empty() || !rep_->MayStartKey(text)) return;
  text = text.substr(0, rep_->max_key_bytes);
  PooledAgent pooled;
  marisa::Agent& agent = *pooled;
  agent.set_query(text.data(), text.size());
  while (rep_->forward.common_prefix_search(agent)) {
    fn(rep_->entries[rep_->forward_entry[agent.key().id()]]);
  }
}

bool Lexicon::MayStartAt(std::string_view text) const { return rep_->MayStartKey(text); }

const Entry* Lexicon::LongestPrefix(std::string_view text) const {
  const Entry* best = nullptr;
  ForEachPrefix(text, [&](const Entry& e) { best = &e; });  // shortest first
  return best;
}

const Entry* Lexicon::LongestSuffix(std::string_view text) const {
  if (rep_->entries.empty() || !rep_->MayEndKey(text)) return nullptr;
  if (text.size() > rep_->max_key_bytes) {
    size_t cut = text.size() - rep_->max_key_bytes;
    // Move the cut forward to a code point boundary.
    while (cut < text.size() && text::IsTrailByte(text[cut])) ++cut;
    text.remove_prefix(cut);
  }
  // One buffer per thread: suffix look-ups run at many text positions, and
  // none calls back into another.
  thread_local std::string reversed;
  ReverseCodePointsInto(text, &reversed);
  PooledAgent pooled;
  marisa::Agent& agent = *pooled;
  agent.set_query(reversed.data(), reversed.size());
  const Entry* best = nullptr;
  while (rep_->backward.common_prefix_search(agent)) {
    best = &rep_->entries[rep_->backward_entry[agent.key().id()]];
  }
  return best;
}

std::string_view EmbeddedData(std::string_view name) {
  for (const auto& [stem, data] : generated::Files()) {
    if (stem == name) return data;
  }
  return std::string_view();
}

std::vector<std::string_view> EmbeddedDataNames() {
  std::vector<std::string_view> names;
  for (const auto& file : generated::Files()) names.push_back(file.first);
  return names;
}

absl::StatusOr<LexiconSet> LexiconSet::Create(
    const std::vector<std::pair<std::string, std::string>>& user_files) {
  LexiconSet set;
  for (const auto& [name, path] : user_files) {
    if (EmbeddedData(name).empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "user lexicon '", path, "' names '", name, "', which is no built-in lexicon (",
          absl::StrJoin(EmbeddedDataNames(), ", ", [](std::string* out, std::string_view n) { out->append(n); }), ")"));
    }
    absl::StatusOr<std::string> contents = ReadFile(path);
    if (!contents.ok()) return contents.status();
    set.user_.emplace_back(name, *std::move(contents));
    set.user_paths_.push_back(path);
  }
  return set;
}

absl::StatusOr<Lexicon> LexiconSet::Load(std::string_view name) const {
  std::string_view builtin = EmbeddedData(name);
  if (builtin.empty()) {
    return absl::NotFoundError(absl::StrCat("no built-in lexicon data/", AbslView(name), ".tsv"));
  }
  std::vector<std::string> names = {absl::StrCat("data/", AbslView(name), ".tsv")};
  std::vector<std::string_view> contents = {builtin};
  for (size_t k = 0; k < user_.size(); ++k) {
    if (user_[k].first != name) continue;
    names.push_back(user_paths_[k]);
    contents.push_back(user_[k].second);
  }
  return Lexicon::Parse(names, contents);
}

}  // namespace tiqu::lexicon
