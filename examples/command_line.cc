// Copyright 2026 The tiqu Authors.

#include "command_line.h"

#include <cstdlib>
#include <iostream>

#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"

namespace tiqu::cli {

void UsageError(std::string_view program, std::string_view usage, std::string_view message) {
  std::cerr << program << ": " << message << "\n" << usage << "\n";
  std::exit(2);
}

std::vector<std::string> ParseFlags(int argc, char** argv, std::string_view program,
                                    std::string_view usage) {
  absl::SetProgramUsageMessage(std::string(usage));
  std::vector<std::string> spelled(argv, argv + argc);
  std::vector<char*> args;
  bool flags_done = false;
  for (std::string& a : spelled) {
    if (!flags_done && a == "--") flags_done = true;
    if (!flags_done && a.size() > 1 && a[0] == '-' && a != "-") {
      // absl spells flags with '_': accept "--out-dir" as "--out_dir".
      size_t start = a[1] == '-' ? 2 : 1;
      size_t eq = a.find('=');
      for (size_t i = start; i < a.size() && i < eq; ++i) {
        if (a[i] == '-') a[i] = '_';
      }
      std::string name = a.substr(start, eq == std::string::npos ? std::string::npos : eq - start);
      bool known = absl::FindCommandLineFlag(name) != nullptr ||
                   (name.rfind("no", 0) == 0 && absl::FindCommandLineFlag(name.substr(2)) != nullptr) ||
                   name == "help" || name == "helpfull" || name == "helpshort" ||
                   name == "version";
      if (!known) UsageError(program, usage, "unknown flag '" + a + "'");
    }
    args.push_back(a.data());
  }
  std::vector<char*> positional = absl::ParseCommandLine(argc, args.data());
  return std::vector<std::string>(positional.begin() + 1, positional.end());
}

}  // namespace tiqu::cli
