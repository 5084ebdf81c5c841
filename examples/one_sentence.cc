// Copyright 2026 The tiqu Authors.
//
// The smallest program using tiqu: link tiqu::tiqu (CMake) or `pkg-config
// --libs tiqu`, build one Extractor, extract, print.

#include <iostream>

#include "tiqu/tiqu.h"

int main() {
  const char* sentence =
      "本报讯（记者 宗晓畅）5月28日上午，北京市总工会党组书记、副主席张良率队赴小米科技有限"
      "责任公司调研，27家企业的80余名职工参加。";
  tiqu::Options options;
  options.reference_date = absl::CivilDay(2024, 5, 29);
  auto extractor = tiqu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  auto doc = (*extractor)->Extract(sentence);
  if (!doc.ok()) {
    std::cerr << doc.status() << "\n";
    return 1;
  }
  for (const tiqu::Article& a : doc->articles) {
    for (const auto& d : a.dates) std::cout << "date\t" << d.text << "\t" << d.value << "\n";
    for (const auto& c : a.counts)
      std::cout << "count\t" << c.text << "\t" << c.value << "\t" << c.counted << "\n";
    for (const auto& p : a.persons) std::cout << "person\t" << p.name << "\n";
    for (const auto& o : a.organizations)
      std::cout << "organization\t" << o.name << "\t" << tiqu::ToString(o.type) << "\n";
    for (const auto& e : a.events)
      std::cout << "event\t" << tiqu::ToString(e.type) << "\t" << e.trigger << "\n";
  }
  return 0;
}
