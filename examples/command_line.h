// Copyright 2026 The tiqu Authors.
//
// Command-line parsing shared by tiqu-csv and tiqu-eval: absl flags, with
// the conventions of these programs on top (dashed flag names, exit 2 on
// bad usage).

#ifndef TIQU_EXAMPLES_COMMAND_LINE_H_
#define TIQU_EXAMPLES_COMMAND_LINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace tiqu::cli {

// Parses argv with absl::ParseCommandLine and returns the positional
// arguments (program name excluded).  Flags may be spelled with dashes
// ("--out-dir") as well as absl's underscores.  An unknown flag prints
// `usage` and exits with status 2 (absl alone would exit 1).
std::vector<std::string> ParseFlags(int argc, char** argv, std::string_view program,
                                    std::string_view usage);

// Prints "program: message" and `usage` to stderr and exits with status 2.
[[noreturn]] void UsageError(std::string_view program, std::string_view usage,
                             std::string_view message);

}  // namespace tiqu::cli

#endif  // TIQU_EXAMPLES_COMMAND_LINE_H_
