// Copyright 2026 The tiqu Authors.
//
// The JSON Lines form of what tiqu-csv finds: one object per article with
// all its typed fields nested (dates, counts, persons, organizations,
// events), written with nlohmann::json so escaping is the library's.
//
//   {"source":"seeds/000.txt","article":0,"title":"...","span":[0,812],
//    "reference_date":"2024-05-29","reference_date_inferred":true,
//    "event_type":"inspection_visit","headlines":[...],
//    "byline":{"reporters":[...],"correspondents":[...],"photographers":[...]},
//    "dates":[{"text":"5月28日上午","span":[40,55],"kind":"date",
//              "value":"2024-05-28TMO","mod":"","range":["2024-05-28","2024-05-29"]}],
//    "counts":[{"text":"80余名","span":[..],"value":80,"value_max":null,
//               "approx":"more_than","unit":"名","counted":"职工","category":"people"}],
//    "persons":[{"name":..,"roles":[..],"organization":..,"mentions":[[s,e],..]}],
//    "organizations":[{"name":..,"type":..,"aliases":[..],"mentions":[[s,e],..]}],
//    "events":[{"type":..,"trigger":..,"span":[s,e],"date":..,"organizations":[..],
//               "persons":[..],"counts":[<count>..],"location":..}]}
//
// Spans are byte offsets into the document's text (for JSON Lines input:
// the decoded value of the text field).

#ifndef TIQU_EXAMPLES_JSON_DOCUMENT_H_
#define TIQU_EXAMPLES_JSON_DOCUMENT_H_

#include <string>
#include <string_view>

#include "tiqu/document.h"

namespace tiqu::json {

// Appends one JSON line ("...}\n") per article of `doc`, read from `source`.
// Strings that are not valid UTF-8 (a file name, say) get U+FFFD in place
// of the bad bytes rather than breaking the line.
void AppendDocument(std::string_view source, const Document& doc, std::string* out);

}  // namespace tiqu::json

#endif  // TIQU_EXAMPLES_JSON_DOCUMENT_H_
