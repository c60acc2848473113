#pragma once
// What every subcommand shares: the streams, the global options, the taxonomy, the formats.

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <netgap/util/error.hpp>
#include "cli/exit_codes.hpp"
#include <netgap/util/input.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
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

/// Where a subcommand's contacts come from and how strictly they are read.
struct RosterInput {
  std::string path;           ///< a file or "-"
  std::string from = "auto";  ///< --from: the input format
  bool strict = false;        ///< --strict
  bool verbose = false;       ///< --verbose: name every skipped record
  std::string owner_path;     ///< --owner FILE: a roster whose owner applies to exports
};

/// Adds --from, --strict, --verbose and --owner (not the positional) to a subcommand.
void add_input_options(CLI::App& app, RosterInput& input);

/// The owner of --owner FILE, or nullopt when none was given; throws Error when FILE has none.
std::optional<Owner> load_owner(Context& context, const RosterInput& input);

/// Opens a path, or the context's standard input for "-".
std::unique_ptr<ByteSource> open_input(Context& context, const std::string& path);

/// Prints an importer's summary line (and with --verbose every skipped record) to stderr.
void print_import_report(Context& context, const RosterInput& input, const std::string& source,
                         const ImportReport& report);

/// Adds the ROSTER positional and --from, --strict to a subcommand.
void add_roster_options(CLI::App& app, RosterInput& input);

/// Streams the contacts of `input` to `visitor`; prints warnings and returns their number; throws
/// Error listing every problem when there was any.
std::size_t read_roster(Context& context, const RosterInput& input, RosterVisitor& visitor);

/// The date of --as-of, or today when it is empty; throws Error for anything but YYYY-MM-DD.
Date parse_as_of(const std::string& text);

/// Adds `--format` with the given choices to a subcommand.
CLI::Option* add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices);

Command add_audit_command(CLI::App& app);
Command add_diff_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_import_command(CLI::App& app);
Command add_init_command(CLI::App& app);
Command add_taxonomy_command(CLI::App& app);
Command add_trend_command(CLI::App& app);
Command add_validate_command(CLI::App& app);

}  // namespace netgap::cli
