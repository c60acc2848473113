#pragma once
// What every subcommand shares: the streams, the global options, the taxonomy, the formats.

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <netgap/error.hpp>
#include <netgap/exit_codes.hpp>
#include <netgap/taxonomy.hpp>
#include <optional>
#include <string>
#include <vector>

namespace netgap::cli {

/// Options that every subcommand accepts.
struct GlobalOptions {
  std::string taxonomy_path;   ///< --taxonomy FILE; empty for the embedded one
  std::string color = "auto";  ///< --color auto|always|never
  bool quiet = false;          ///< --quiet: no warnings, no progress
};

/// The world a subcommand runs in.
class Context {
 public:
  Context(std::istream& in_, std::ostream& out_, std::ostream& err_, bool out_is_terminal_)
      : in(in_), out(out_), err(err_), out_is_terminal(out_is_terminal_) {}

  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  GlobalOptions global;

  /// The taxonomy of --taxonomy, or the embedded one; throws Error.
  const Taxonomy& taxonomy();
  /// True when the report on `out` should be coloured.
  [[nodiscard]] bool use_color() const;
  /// Prints `netgap: warning: ...` lines to `err` (unless --quiet).
  void print_warnings(const Diagnostics& diagnostics);
  /// Prints one `netgap: warning: ...` line (unless --quiet).
  void warn(const std::string& message);

 private:
  std::optional<Taxonomy> loaded_;
};

/// A registered subcommand: its CLI11 app and what runs it.
struct Command {
  CLI::App* app = nullptr;
  std::function<ExitCode(Context&)> run;
};

/// Adds `--format` with the given choices to a subcommand.
CLI::Option* add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices);

Command add_taxonomy_command(CLI::App& app);

}  // namespace netgap::cli
