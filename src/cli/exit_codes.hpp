#pragma once

namespace netgap {

/// The process exit codes, the same in every subcommand (README "Exit codes").
enum class ExitCode : int {
  ok = 0,         ///< the command did its job and no bar the user set was missed
  below_bar = 1,  ///< an audit fell below a bar the user set (--fail-under, --fail-on, --fail-on-regression)
  bad_input = 2,  ///< usage error or bad input: a message names the file, line or field
  internal = 3,   ///< a bug in netgap: please report it
};

/// The integer to return from main().
constexpr int to_int(ExitCode code) { return static_cast<int>(code); }

}  // namespace netgap
