// netgap import FILE... [-o OUT] [--merge ROSTER]: exports (LinkedIn, Google, Outlook, vCard)
// to a roster, accounting for every record read.
#include <fmt/format.h>
#include <netgap/analyse/merge.hpp>
#include <netgap/util/output.hpp>
#include <netgap/util/spool.hpp>
#include <netgap/util/text.hpp>
#include <netgap/write/roster_edit.hpp>
#include <netgap/write/roster_writer.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/import_once.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> files;
  RosterInput input;  // the format, --strict, --verbose, --owner for every file
  std::string output;
  std::string merge;
  bool force = false;
  bool dry_run = false;
};

/// Keeps every contact (import's job) and the first owner seen.
struct Keep final : RosterVisitor {
  std::optional<Owner> owner;
  std::vector<Contact> contacts;
  void on_owner(const Owner* o) override {
    if (o != nullptr && !owner) owner = *o;
  }
  void on_contact(const Contact& c) override { contacts.push_back(c); }
};

/// Reads every file into `visitor`, printing each file's summary and warnings.
void read_files(Context& context, const ImportOptions& options, RosterVisitor& visitor) {
  for (const auto& file : options.files) {
    RosterInput input = options.input;
    input.path = file;
    read_input(context, input, visitor);
  }
}

/// --merge ROSTER: the exports are read first, then the roster is locked, merged into and written
/// back only when something changed (what netgap does not know in it is kept).
ExitCode run_merge(const ImportOptions& options, Context& context) {
  Keep incoming;
  read_files(context, options, incoming);
  Diagnostics diagnostics;
  RosterEdit roster(options.merge, context.taxonomy(), options.input.strict, diagnostics);
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::size_t known = roster.contacts().size();
  const MergeResult merged =
      merge_contacts(roster.contacts(), incoming.contacts, context.taxonomy().organization_suffixes);
  for (const std::size_t i : merged.updated_indexes) roster.update(i, merged.contacts[i]);
  for (std::size_t i = known; i < merged.contacts.size(); ++i) roster.append(merged.contacts[i]);
  if (!roster.owner() && incoming.owner) roster.set_owner(*incoming.owner);
  for (const auto& p : merged.probable) {
    context.warn(fmt::format("{}: {} may be the same person as {} ({}); added, not merged", options.merge,
                             contact_label(merged.contacts[p.contact]), contact_label(merged.contacts[p.other]),
                             reason_text(p.reason)));
  }
  const std::string counts = fmt::format(
      "added {}, updated {}, left alone {}{}", merged.added, merged.updated, merged.unchanged,
      merged.combined == 0 ? std::string()
                           : fmt::format(", merged {} duplicate{}", merged.combined, merged.combined == 1 ? "" : "s"));
  if (options.dry_run) {
    std::string listing;
    for (std::size_t i = known; i < merged.contacts.size(); ++i) {
      listing += "add     " + printable(merged.contacts[i].name) + "\n";
    }
    for (const std::size_t i : merged.updated_indexes)
      listing += "update  " + printable(merged.contacts[i].name) + "\n";
    context.print(listing);
    context.say(fmt::format("{}: would have {}; nothing was written (--dry-run)", options.merge, counts));
    return ExitCode::ok;
  }
  if (roster.save(".bak")) {
    context.note(fmt::format("{}: {}; the previous version is {}.bak", options.merge, counts, options.merge));
  } else {
    context.note(fmt::format("{}: {}; nothing changed, the file was not rewritten", options.merge, counts));
  }
  return ExitCode::ok;
}

/// The summary of one import of several records of one person.
void note_people(Context& context, const OncePerPerson& writer) {
  if (writer.merged > 0) {
    context.note(fmt::format("merged {} duplicate{}", writer.merged, writer.merged == 1 ? "" : "s"));
  }
  if (writer.kept_apart > 0) {
    context.note(fmt::format("kept apart {} contact{} that may be the same person as another", writer.kept_apart,
                             writer.kept_apart == 1 ? "" : "s"));
  }
}

/// Options that would otherwise be silently ignored are errors.
void check_combination(const ImportOptions& options) {
  if (!options.merge.empty()) {
    if (options.merge == "-") throw Error("--merge: standard input cannot be rewritten; name the roster file");
    if (!options.output.empty()) throw Error("--merge writes into ROSTER itself; leave out -o/--output");
    if (!options.input.owner_path.empty()) {
      throw Error("--owner is for a new roster; --merge keeps the owner of ROSTER (edit it there)");
    }
    if (options.force) throw Error("--force applies to -o/--output; --merge needs none");
  } else if (options.dry_run) {
    throw Error("--dry-run applies to --merge");
  } else if (options.force && (options.output.empty() || options.output == "-")) {
    throw Error("--force applies to -o/--output; standard output is never overwritten");
  }
}

ExitCode run_import(const ImportOptions& options, Context& context) {
  check_combination(options);
  const std::optional<Owner> owner = load_owner(context, options.input);
  if (!options.merge.empty()) return run_merge(options, context);
  OncePerPerson writer(context.taxonomy(), owner ? &*owner : nullptr);
  if (options.output.empty() || options.output == "-") {
    read_files(context, options, writer);
    // Standard output gets the roster only once every file was read without error; until then it
    // waits in a spool, in memory while small and in an unlinked temporary file beyond that.
    Spool spool;
    writer.finish(spool.stream());
    note_people(context, writer);
    spool.copy_to(context.out);
    check_written(context.out, "<stdout>");
    return ExitCode::ok;
  }
  AtomicFile file(options.output, options.force);  // a failed import leaves no file behind
  read_files(context, options, writer);
  writer.finish(file.stream());
  file.commit();
  note_people(context, writer);
  return ExitCode::ok;
}

}  // namespace

Command add_import_command(CLI::App& app) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand("import", "Turn exports (LinkedIn, Google, Outlook CSV, vCard) into a roster");
  sub->add_option("files", options->files, "Export files, or - for standard input")->required()->type_name("FILE");
  add_input_options(*sub, options->input);
  sub->add_option("-o,--output", options->output, "Write the roster here (atomically) instead of standard output")
      ->type_name("OUT");
  sub->add_flag("--force", options->force, "Overwrite OUT if it exists");
  sub->add_option("--merge", options->merge,
                  "Update this roster in place: add new contacts, refresh organisation, role and dates, keep "
                  "everything written by hand, and keep the old file as ROSTER.bak")
      ->type_name("ROSTER");
  sub->add_flag("--dry-run", options->dry_run, "With --merge: list what would be added and updated, write nothing");
  return {sub, [options](Context& context) { return run_import(*options, context); }};
}

}  // namespace netgap::cli
