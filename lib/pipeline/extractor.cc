// Copyright 2026 The tiqu Authors.
//
// The pipeline: validate -> normalize -> split into articles -> per article
// dates, counts, organizations, persons (which use organizations), events
// (which use all of them) -> map spans back to the caller's bytes.

#include "tiqu/extractor.h"

#include <algorithm>
#include <exception>
#include <new>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "lib/counts/count_extractor.h"
#include "lib/dates/date_extractor.h"
#include "lib/events/event_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/orgs/org_extractor.h"
#include "lib/people/person_extractor.h"
#include "lib/pipeline/localize.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"

namespace tiqu {

struct Extractor::Impl {
  Options options;
  dates::DateExtractor dates;
  counts::CountExtractor counts;
  orgs::OrgExtractor orgs;
  people::PersonExtractor persons;
  events::EventExtractor events;

  Article ExtractArticle(const text::NormalizedText& doc, const text::ArticleLayout& layout,
                         std::optional<absl::CivilDay> reference, bool inferred) const;
};

namespace {

// Fills the title, headlines and byline of `article` from the layout.
void DescribeArticle(const text::NormalizedText& doc, const text::ArticleLayout& layout,
                     Article* article) {
  article->span = doc.ToOriginal(layout.span);
  for (const Span& h : layout.headlines) article->headlines.push_back(doc.Surface(h));
  if (layout.title_index >= 0 &&
      static_cast<size_t>(layout.title_index) < article->headlines.size()) {
    article->title = article->headlines[layout.title_index];
  }
  for (const text::Credit& c : layout.credits) {
    std::vector<std::string>* list = c.role == "记者"     ? &article->byline.reporters
                                     : c.role == "通讯员" ? &article->byline.correspondents
                                     : c.role == "摄影"   ? &article->byline.photographers
                                                          : nullptr;
    std::string name = doc.Surface(c.name);
    if (list != nullptr && std::find(list->begin(), list->end(), name) == list->end()) {
      list->push_back(std::move(name));
    }
  }
}

template <typename T>
void SortBySpan(std::vector<T>* v) {
  std::stable_sort(v->begin(), v->end(), [](const T& a, const T& b) { return a.span < b.span; });
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return absl::ascii_isspace(c); });
}

}  // namespace

Article Extractor::Impl::ExtractArticle(const text::NormalizedText& doc,
                                        const text::ArticleLayout& layout,
                                        std::optional<absl::CivilDay> reference,
                                        bool inferred) const {
  Article article;
  DescribeArticle(doc, layout, &article);

  text::ArticleText art{&doc, &layout, reference};
  article.reference_date = reference;
  article.reference_date_inferred = inferred && reference.has_value();

  if (options.extract_dates) article.dates = dates.Extract(art);
  if (options.extract_counts) article.counts = counts.Extract(art, article.dates);
  if (options.extract_organizations) article.organizations = orgs.Extract(art);
  if (options.extract_persons) article.persons = persons.Extract(art, article.organizations);
  if (options.extract_events) {
    article.events = events.Extract(art, article.dates, article.counts, article.persons,
                                    article.organizations);
  }
  SortBySpan(&article.dates);
  SortBySpan(&article.counts);
  pipeline::Localize(doc, &article);
  return article;
}

Extractor::Extractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

const Options& Extractor::options() const { return impl_->options; }

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const Options& options) {
  if (absl::Status st = text::Normalizer::Get().status(); !st.ok()) return st;
  std::vector<std::pair<std::string, std::string>> user_files;
  for (const UserLexicon& u : options.user_lexicons) user_files.emplace_back(u.name, u.path);
  absl::StatusOr<lexicon::LexiconSet> lexicons = lexicon::LexiconSet::Create(user_files);
  if (!lexicons.ok()) return lexicons.status();

  absl::StatusOr<dates::DateExtractor> d = dates::DateExtractor::Create(*lexicons);
  if (!d.ok()) return d.status();
  absl::StatusOr<counts::CountExtractor> c = counts::CountExtractor::Create(*lexicons);
  if (!c.ok()) return c.status();
  absl::StatusOr<orgs::OrgExtractor> o = orgs::OrgExtractor::Create(*lexicons);
  if (!o.ok()) return o.status();
  absl::StatusOr<people::PersonExtractor> p = people::PersonExtractor::Create(*lexicons);
  if (!p.ok()) return p.status();
  absl::StatusOr<events::EventExtractor> e = events::EventExtractor::Create(*lexicons);
  if (!e.ok()) return e.status();

  auto impl = std::unique_ptr<Impl>(new Impl{options, *std::move(d), *std::move(c),
                                             *std::move(o), *std::move(p), *std::move(e)});
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

absl::StatusOr<Document> Extractor::Extract(std::string_view utf8) const {
  // Nothing may cross the API as an exception: a defect inside a stage (an
  // out-of-range position, memory running out) becomes a status naming it,
  // and the caller's other documents go on.
  size_t article = 0;
  try {
    return ExtractOrThrow(utf8, &article);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError(
        absl::StrCat("out of memory extracting article ", article, " of a text of ", utf8.size(),
                     " bytes"));
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat("internal error extracting article ", article,
                                            ": ", e.what(), " (please report it with the text)"));
  }
}

absl::StatusOr<Document> Extractor::ExtractOrThrow(std::string_view utf8, size_t* article) const {
  if (utf8.size() > impl_->options.max_text_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("text of ", utf8.size(), " bytes exceeds Options::max_text_bytes (",
                     impl_->options.max_text_bytes, ")"));
  }
  if (absl::Status st = text::ValidateUtf8(utf8); !st.ok()) return st;
  Document document;
  if (IsBlank(utf8)) return document;

  text::NormalizedText doc = text::Normalizer::Get().Normalize(utf8);
  std::vector<text::ArticleLayout> layouts = text::SplitArticles(doc);
  // Each article's reference date comes from its own dates; an article
  // without any takes the page's, the latest of its articles' (the date a
  // page is printed on follows every item on it).
  std::vector<std::optional<absl::CivilDay>> references(layouts.size(),
                                                         impl_->options.reference_date);
  std::optional<absl::CivilDay> page_reference;
  if (!impl_->options.reference_date.has_value()) {
    for (size_t i = 0; i < layouts.size(); ++i) {
      *article = i;
      references[i] = impl_->dates.InferReferenceDate(doc, layouts[i].span);
      if (references[i].has_value() && (!page_reference || *references[i] > *page_reference)) {
        page_reference = references[i];
      }
    }
  }
  document.articles.reserve(layouts.size());
  for (size_t i = 0; i < layouts.size(); ++i) {
    *article = i;
    const bool inferred = !impl_->options.reference_date.has_value();
    document.articles.push_back(impl_->ExtractArticle(
        doc, layouts[i], references[i].has_value() ? references[i] : page_reference, inferred));
  }
  return document;
}

}  // namespace tiqu
