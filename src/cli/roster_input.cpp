#include "cli/roster_input.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <netgap/read/evidence.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/archive.hpp>
#include <netgap/util/error.hpp>
#include <ostream>

#include "cli/progress.hpp"

namespace netgap::cli {
namespace {

/// Keeps only the owner of a roster.
struct OwnerOnly final : RosterVisitor {
  std::optional<Owner> owner;
  void on_owner(const Owner* o) override {
    if (o != nullptr) owner = *o;
  }
  void on_contact(const Contact&) override {}
};

void print_import_report(Context& context, const RosterInput& input, const std::string& source,
                         const ImportReport& report) {
  if (!report.is_import || context.global.quiet) return;
  context.note(report.summary(source));
  if (input.verbose) {
    for (const auto& skipped : report.skipped_records) context.note("  skipped " + skipped);
  }
}

}  // namespace

void add_input_options(CLI::App& app, RosterInput& input) {
  std::string formats;
  for (const auto& f : input_formats()) formats += (formats.empty() ? "" : "|") + std::string(f.name);
  app.add_option("--from", input.from, "Input format: auto|" + formats)->capture_default_str();
  app.add_flag("--strict", input.strict, "Treat unknown fields and skipped records as errors");
  app.add_flag("--verbose", input.verbose, "Name every record an import skipped");
  app.add_option("--owner", input.owner_path, "Take the owner from this roster (for exports, which have none)")
      ->type_name("FILE");
}

void add_roster_options(CLI::App& app, RosterInput& input) {
  app.add_option("roster", input.path, "Roster (JSON) or export (LinkedIn, Google, Outlook CSV, vCard), or - for stdin")
      ->required()
      ->type_name("ROSTER");
  add_input_options(app, input);
}

std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::unique_ptr<ByteSource> open_input(Context& context, const std::string& path) {
  auto source = path == "-" ? stream_source(context.in, "<stdin>") : open_source(path);
  // Progress only for a person watching: stderr a terminal, never in pipes or with --quiet.
  if (context.global.quiet || !context.terminals.err) return source;
  struct stat info {};
  const std::uint64_t size = path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)
                                 ? static_cast<std::uint64_t>(info.st_size)
                                 : 0;
  return std::make_unique<ProgressSource>(std::move(source), context.err, size, context.terminals.err_columns);
}

std::optional<Owner> load_owner(Context& context, const RosterInput& input) {
  if (input.owner_path.empty()) return std::nullopt;
  const auto source = open_input(context, input.owner_path);
  OwnerOnly reader;
  Diagnostics diagnostics;
  read_contacts(*source, "json", context.taxonomy(), reader, diagnostics);
  diagnostics.checkpoint();
  if (!reader.owner) throw Error(input.owner_path + ": --owner: this roster has no \"owner\"");
  return reader.owner;
}

bool is_export(const std::string& path) {
  if (path == "-") return false;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return false;  // opening it says why
  if (S_ISDIR(info.st_mode)) return true;
  return S_ISREG(info.st_mode) && !FileSet(path).single();
}

namespace {

/// The members of an export that list contacts: LinkedIn's Connections.csv (or Connections_2.csv).
std::vector<std::size_t> contact_lists(const FileSet& files) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (is_connections_file(files.base_name(i))) found.push_back(i);
  }
  return found;
}

}  // namespace

bool export_has_contacts(const std::string& path) { return is_export(path) && !contact_lists(FileSet(path)).empty(); }

ReadResult read_input(Context& context, const RosterInput& input, RosterVisitor& visitor, Diagnostics& diagnostics) {
  if (!is_export(input.path)) {
    const auto source = open_input(context, input.path);
    return read_input(context, input, *source, visitor, diagnostics);
  }
  const FileSet files(input.path);
  ReadResult all;
  const std::vector<std::size_t> lists = contact_lists(files);
  for (const std::size_t i : lists) {
    const auto source = files.open(i);
    const ReadResult one = read_input(context, input, *source, visitor, diagnostics);
    all.warnings += one.warnings;
    all.imported = one.imported;
  }
  if (lists.empty()) {
    throw Error(
        fmt::format("{}: no contacts in it (a LinkedIn export's Connections.csv); to use it as evidence, "
                    "audit a roster with --activity {}",
                    input.path, input.path));
  }
  return all;
}

ReadResult read_input(Context& context, const RosterInput& input, ByteSource& source, RosterVisitor& visitor,
                      Diagnostics& diagnostics) {
  const std::optional<Owner> owner = load_owner(context, input);
  ReadOptions options;
  options.strict = input.strict;
  options.owner = owner ? &*owner : nullptr;
  options.second_thread = input.second_thread;
  ReadResult result;
  result.imported = read_contacts(source, input.from, context.taxonomy(), visitor, diagnostics, options);
  if (auto* progress = dynamic_cast<ProgressSource*>(&source)) progress->clear();  // warnings on a line of their own
  context.print_warnings(diagnostics);
  print_import_report(context, input, source.name(), result.imported);
  diagnostics.checkpoint();
  result.warnings = diagnostics.warning_count();
  return result;
}

ReadResult read_input(Context& context, const RosterInput& input, RosterVisitor& visitor) {
  Diagnostics diagnostics;
  return read_input(context, input, visitor, diagnostics);
}

}  // namespace netgap::cli
