#pragma once
// The one way a subcommand reads contacts: from a roster or an export, with the owner of
// --owner, warnings and the import summary printed, every problem reported together.

#include <CLI/CLI.hpp>
#include <cstddef>
#include <memory>
#include <netgap/model/roster.hpp>
#include <netgap/read/import_report.hpp>
#include <netgap/util/input.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace netgap::cli {

/// Where a subcommand's contacts come from and how strictly they are read.
struct RosterInput {
  std::string path;            ///< a file or "-"
  std::string from = "auto";   ///< --from: the input format
  bool strict = false;         ///< --strict
  bool verbose = false;        ///< --verbose: name every skipped record
  std::string owner_path;      ///< --owner FILE: a roster whose owner applies to exports
  bool second_thread = false;  ///< the visitor may run on a second thread (ReadOptions::second_thread)
};

/// Adds --from, --strict, --verbose and --owner (not the positional) to a subcommand.
void add_input_options(CLI::App& app, RosterInput& input);

/// Adds the ROSTER positional and the input options to a subcommand.
void add_roster_options(CLI::App& app, RosterInput& input);

/// The name messages use for a path: the path, or "<stdin>" for "-".
std::string input_name(const std::string& path);

/// Opens a path, or the context's standard input for "-"; with a progress line on a terminal.
std::unique_ptr<ByteSource> open_input(Context& context, const std::string& path);

/// The owner of --owner FILE, or nullopt when none was given; throws Error when FILE has none.
std::optional<Owner> load_owner(Context& context, const RosterInput& input);

/// True when `path` is a folder or an archive (a LinkedIn export, unpacked or zipped), whose
/// contacts are its Connections.csv files; false for one file and for "-".
bool is_export(const std::string& path);

/// True when `path` is an export that holds a Connections.csv.
bool export_has_contacts(const std::string& path);

/// What reading one input did.
struct ReadResult {
  std::size_t warnings = 0;  ///< warnings printed (or suppressed by --quiet)
  ImportReport imported;     ///< what an importer did with the records
};

/// Keeps every contact and the first owner, for commands that need the whole roster at once.
struct KeepRoster final : RosterVisitor {
  std::optional<Owner> owner;
  std::vector<Contact> contacts;
  void on_owner(const Owner* o) override {
    if (o != nullptr && !owner) owner = *o;
  }
  void on_contact(const Contact& c) override { contacts.push_back(c); }
};

/// Streams the contacts of `input` to `visitor`; problems go to `diagnostics` (which the visitor
/// may share), then warnings and the import summary are printed, and Error is thrown listing
/// every problem when there was any. An export (is_export) is read through its Connections.csv
/// files, each with its own summary; Error when it holds none.
ReadResult read_input(Context& context, const RosterInput& input, RosterVisitor& visitor, Diagnostics& diagnostics);

/// The same for a source the caller opened (bytes already read, for one).
ReadResult read_input(Context& context, const RosterInput& input, ByteSource& source, RosterVisitor& visitor,
                      Diagnostics& diagnostics);

/// The same with diagnostics of its own.
ReadResult read_input(Context& context, const RosterInput& input, RosterVisitor& visitor);

}  // namespace netgap::cli
