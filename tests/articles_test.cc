// Copyright 2026 The tiqu Authors.

#include "lib/text/articles.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/text/normalized_text.h"
#include "nlohmann/json.hpp"

namespace tiqu::text {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* const kSeeds[] = {
    "000_839ec5b0349401bf.txt", "001_4038e7d540f708d9.txt", "002_bf6422a9aff9c775.txt",
    "003_a1b402f6dd4e2485.txt", "004_cf63c55d78c884c9.txt",
};

// A seed page, normalized and split.  The original must outlive the
// normalized text, so both live here.
struct Page {
  explicit Page(const std::string& name)
      : original(ReadFile(std::string(TIQU_SOURCE_DIR) + "/seeds/" + name)),
        doc(Normalizer::Get().Normalize(original)),
        articles(SplitArticles(doc)) {}
  Page(const Page&) = delete;

  std::string Title(size_t i) const {
    const ArticleLayout& a = articles.at(i);
    if (a.title_index < 0) return "";
    return std::string(doc.text(a.headlines.at(a.title_index)));
  }
  std::vector<std::string> Titles() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < articles.size(); ++i) out.push_back(Title(i));
    return out;
  }
  std::vector<std::string> Headlines(size_t i) const {
    std::vector<std::string> out;
    for (const Span& s : articles.at(i).headlines) out.emplace_back(doc.text(s));
    return out;
  }
  // "name/role/printed label" of each credit of article i.
  std::vector<std::string> Credits(size_t i) const {
    std::vector<std::string> out;
    for (const Credit& c : articles.at(i).credits) {
      out.push_back(std::string(doc.text(c.name)) + "/" + c.role + "/" +
                    std::string(doc.text(c.role_span)));
    }
    return out;
  }

  std::string original;
  NormalizedText doc;
  std::vector<ArticleLayout> articles;
};

void Dump(const Page& p) {
  for (size_t i = 0; i < p.articles.size(); ++i) {
    const ArticleLayout& a = p.articles[i];
    std::cerr << "[" << i << "] span " << a.span.start << "-" << a.span.end << " title "
              << a.title_index << "\n";
    for (const auto& h : p.Headlines(i)) std::cerr << "   H " << h << "\n";
    std::cerr << "   B " << p.doc.text(a.body).substr(0, 60) << "\n";
    for (const auto& c : p.Credits(i)) std::cerr << "   C " << c << "\n";
  }
}

// ---------------------------------------------------------------------------
// Title F1 against the gold headlines, the measure the scorer uses to match
// articles: a title matches a gold article when it equals, contains or is
// contained in one of its headlines; each gold article matches once.

bool TitleMatches(const std::string& title, const std::vector<std::string>& headlines) {
  if (title.empty()) return false;
  for (const std::string& h : headlines) {
    if (h.empty()) continue;
    if (h == title || h.find(title) != std::string::npos || title.find(h) != std::string::npos) {
      return true;
    }
  }
  return false;
}

double TitleF1(const Page& page, const std::string& seed) {
  std::ifstream in(std::string(TIQU_SOURCE_DIR) + "/tests/data/gold/" + seed + ".jsonl");
  std::vector<std::vector<std::string>> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    if (!j.contains("article")) continue;
    std::vector<std::string> hs = j["headlines"].get<std::vector<std::string>>();
    hs.push_back(j["title"].get<std::string>());
    // Gold is in the caller's script; compare in normalized form like ours.
    for (std::string& h : hs) h = Normalizer::Get().NormalizeString(h);
    gold.push_back(hs);
  }
  std::vector<bool> used(gold.size(), false);
  int predicted = 0, matched = 0;
  for (const std::string& t : page.Titles()) {
    if (t.empty()) continue;
    ++predicted;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!used[g] && TitleMatches(t, gold[g])) {
        used[g] = true;
        ++matched;
        break;
      }
    }
  }
  if (predicted == 0 || gold.empty()) return 0;
  double p = static_cast<double>(matched) / predicted;
  double r = static_cast<double>(matched) / gold.size();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

TEST(ArticlesTest, TitleF1OnSeeds) {
  for (const char* seed : kSeeds) {
    Page page(seed);
    if (std::getenv("TIQU_ARTICLES_DUMP") != nullptr) Dump(page);
    double f1 = TitleF1(page, seed);
    std::cerr << seed << " title F1 " << f1 << "\n";
    EXPECT_GE(f1, 0.95) << seed;
  }
}

}  // namespace
}  // namespace tiqu::text
