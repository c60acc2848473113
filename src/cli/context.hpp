#pragma once
// The world a subcommand runs in: the streams, the global options and the taxonomy.

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/error.hpp>
#include <optional>
#include <string>

#include "cli/cli.hpp"
#include "cli/exit_codes.hpp"

namespace netgap::cli {

/// Options that every subcommand accepts.
struct GlobalOptions {
  std::string taxonomy_path;   ///< --taxonomy FILE; empty for the embedded one
  std::string color = "auto";  ///< --color auto|always|never
  bool quiet = false;          ///< --quiet: no warnings, no progress
  unsigned threads = 0;        ///< --threads N: at most N; 0 for as many as help (two, with two cores free)
};

/// The world a subcommand runs in. Every line it prints to `err` goes through printable(): a
/// message may quote user data, and the terminal belongs to the user.
class Context {
 public:
  Context(std::istream& in_, std::ostream& out_, std::ostream& err_, Terminals terminals_)
      : in(in_), out(out_), err(err_), terminals(terminals_) {}

  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  Terminals terminals;
  GlobalOptions global;

  /// The taxonomy of --taxonomy, or the embedded one; throws Error.
  const Taxonomy& taxonomy();
  /// True when a reader may visit on a second thread: --threads allows it, and without --threads
  /// this process may run on two cores or more.
  [[nodiscard]] bool second_thread() const;
  /// True when the report on `out` should be coloured.
  [[nodiscard]] bool use_color() const;
  /// False when the locale (LC_ALL, LC_CTYPE or LANG, the first set) names a charset other than
  /// UTF-8, as LANG=C does; no locale set at all counts as UTF-8.
  [[nodiscard]] static bool utf8_locale();
  /// Prints `netgap: warning: ...` lines to `err` (unless --quiet).
  void print_warnings(const Diagnostics& diagnostics);
  /// Prints one `netgap: warning: ...` line (unless --quiet).
  void warn(const std::string& message);
  /// Prints one `netgap: ...` line of information to `err` (unless --quiet).
  void note(const std::string& message);
  /// What a command that rewrites `path` does when another netgap holds its lock: says so (unless
  /// --quiet), then waits.
  [[nodiscard]] std::function<void()> waiting_for(const std::string& path);
  /// Prints one `netgap: ...` line to `err` even with --quiet: why a gate failed.
  void say(const std::string& message);
  /// Writes `text` to `out` and throws Error when it could not be written (a full disk, a
  /// closed pipe).
  void print(const std::string& text);

 private:
  std::optional<Taxonomy> loaded_;
};

/// A registered subcommand: its CLI11 app and what runs it.
struct Command {
  CLI::App* app = nullptr;
  std::function<ExitCode(Context&)> run;
};

}  // namespace netgap::cli
