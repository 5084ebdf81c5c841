// Copyright 2026 The tiqu Authors.
//
// Splitting a normalized page into news items (articles), as the annotation
// guideline (Articles) defines them: headline lines (with or without
// markdown '#'), kicker and subtitle lines, "本报讯（记者 …）" leads, photo
// items closed by a credit ("本报记者 边磊 摄影报道", "通讯员 张海伦 摄"),
// and page banners repeated at the top of a page, which are skipped.
//
// All spans here are in normalized coordinates (NormalizedText::text()).

#ifndef TIQU_LIB_TEXT_ARTICLES_H_
#define TIQU_LIB_TEXT_ARTICLES_H_

#include <string>
#include <vector>

#include "lib/text/normalized_text.h"
#include "tiqu/span.h"

namespace tiqu::text {

// A name printed in a byline or credit, with the credit label it carries.
struct Credit {
  Span name;         // the person's name: "宗晓畅"
  std::string role;  // normalized label: "记者", "通讯员" or "摄影"
  Span role_span;    // where the label is printed ("记者", "摄影", "摄"); empty if implied
};

// One news item found on the page.
struct ArticleLayout {
  Span span;                   // the whole item, headlines included
  std::vector<Span> headlines; // each headline line, '#' marks and edge spaces excluded
  int title_index = -1;        // which of `headlines` is the title; -1 if none
  Span body;                   // the text after the headlines
  std::vector<Credit> credits; // byline and credit names, in text order
};

// Splits `doc` into articles, in text order.  Text before the first
// headline that has a body of its own is an article without title; page
// banners are not articles.  Never fails: text without any headline is one
// article.
std::vector<ArticleLayout> SplitArticles(const NormalizedText& doc);

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_ARTICLES_H_
