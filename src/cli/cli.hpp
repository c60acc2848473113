#pragma once

#include <iostream>

namespace netgap::cli {

/// What the process's standard streams are connected to.
struct Terminals {
  bool out = false;             ///< standard output is a terminal (colour, bars)
  bool err = false;             ///< standard error is a terminal (progress line)
  bool in = false;              ///< standard input is a terminal (netgap label asks questions)
  std::size_t err_columns = 0;  ///< the width of standard error's terminal; 0 when unknown
};

/// The terminals of this process (isatty on stdin, stdout and stderr).
Terminals process_terminals();

/// Runs netgap with the given arguments, writing the result to `out` and messages to `err`;
/// returns the exit code (src/cli/exit_codes.hpp). Never throws. `terminals` says which of the
/// streams are terminals: none, unless the caller knows better.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::istream& in = std::cin,
        Terminals terminals = {});

}  // namespace netgap::cli
