#pragma once

#include <iostream>

namespace netgap::cli {

/// Runs netgap with the given arguments, writing the result to `out` and messages to `err`;
/// returns the exit code (include/netgap/exit_codes.hpp). Never throws.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::istream& in = std::cin);

}  // namespace netgap::cli
