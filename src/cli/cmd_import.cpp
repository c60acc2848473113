// netgap import FILE... [-o OUT] [--merge ROSTER]: exports (LinkedIn, Google, Outlook, vCard)
// to a roster, accounting for every record read.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/analyse/merge.hpp>
#include <netgap/read/evidence.hpp>
#include <netgap/util/output.hpp>
#include <netgap/util/spool.hpp>
#include <netgap/util/text.hpp>
#include <netgap/write/roster_edit.hpp>
#include <netgap/write/roster_writer.hpp>
#include <ostream>

#include "cli/activity_input.hpp"
#include "cli/commands.hpp"
#include "cli/import_once.hpp"
#include "cli/options.hpp"
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
  EvidenceOwner owner;  // for the evidence files among `files`
  std::string as_of;
  std::vector<std::string> evidence;  // the files that are evidence, not contacts (found at run time)
};

/// Moves the evidence files (a LinkedIn export, an mbox, an .ics) out of `files` into `evidence`;
/// an export that also lists contacts (its Connections.csv) stays in `files` too.
void split_evidence(ImportOptions& options) {
  std::vector<std::string> contacts;
  for (auto& file : options.files) {
    const bool evidence = is_evidence(file);
    if (!evidence || export_has_contacts(file)) contacts.push_back(file);
    if (evidence) options.evidence.push_back(std::move(file));
  }
  options.files = std::move(contacts);
}

/// Reads every file into `visitor`, printing each file's summary and warnings.
void read_files(Context& context, const ImportOptions& options, RosterVisitor& visitor) {
  for (const auto& file : options.files) {
    RosterInput input = options.input;
    input.path = file;
    read_input(context, input, visitor);
  }
}

/// Applies the evidence files of `options` to `contacts`; returns the positions of the contacts
/// whose activity changed (none without evidence).
std::vector<std::size_t> apply_evidence_files(const ImportOptions& options, Context& context,
                                              std::vector<Contact>& contacts) {
  if (options.evidence.empty()) return {};
  return apply_evidence(context, options.evidence, options.owner, parse_as_of(options.as_of), options.input.verbose,
                        contacts);
}

/// "added 2, updated 1, left alone 3, merged 1 duplicate, activity of 4 extended".
std::string merge_counts(const ImportOptions& options, const MergeResult& merged, std::size_t active) {
  std::string counts =
      fmt::format("added {}, updated {}, left alone {}", merged.added, merged.updated, merged.unchanged);
  if (merged.combined > 0) {
    counts += fmt::format(", merged {} duplicate{}", merged.combined, merged.combined == 1 ? "" : "s");
  }
  if (!options.evidence.empty()) counts += fmt::format(", activity of {} extended", active);
  return counts;
}

/// --merge ROSTER: the exports are read first, then the roster is locked, merged into (evidence
/// extends each contact's activity) and written back only when something changed (what netgap
/// does not know in it is kept).
ExitCode run_merge(const ImportOptions& options, Context& context) {
  KeepRoster incoming;
  read_files(context, options, incoming);
  Diagnostics diagnostics;
  RosterEdit roster(options.merge, context.taxonomy(), options.input.strict, diagnostics, false,
                    context.waiting_for(options.merge));
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::size_t known = roster.contacts().size();
  MergeResult merged = merge_contacts(roster.contacts(), incoming.contacts, context.taxonomy().organization_suffixes);
  std::vector<std::size_t> updated = merged.updated_indexes;
  const std::vector<std::size_t> changed = apply_evidence_files(options, context, merged.contacts);
  for (const std::size_t i : changed) {
    if (i < known) updated.push_back(i);
  }
  std::sort(updated.begin(), updated.end());
  updated.erase(std::unique(updated.begin(), updated.end()), updated.end());
  for (const std::size_t i : updated) roster.update(i, merged.contacts[i]);
  for (std::size_t i = known; i < merged.contacts.size(); ++i) roster.append(merged.contacts[i]);
  if (!roster.owner() && incoming.owner) roster.set_owner(*incoming.owner);
  for (const auto& p : merged.probable) {
    context.warn(fmt::format("{}: {} may be the same person as {} ({}); added, not merged", options.merge,
                             contact_label(merged.contacts[p.contact]), contact_label(merged.contacts[p.other]),
                             reason_text(p.reason)));
  }
  const std::string counts = merge_counts(options, merged, changed.size());
  if (options.dry_run) {
    std::string listing;
    for (std::size_t i = known; i < merged.contacts.size(); ++i) {
      listing += "add     " + printable(merged.contacts[i].name) + "\n";
    }
    for (const std::size_t i : updated) listing += "update  " + printable(merged.contacts[i].name) + "\n";
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
void note_people(Context& context, std::size_t merged, std::size_t kept_apart) {
  if (merged > 0) context.note(fmt::format("merged {} duplicate{}", merged, merged == 1 ? "" : "s"));
  if (kept_apart > 0) {
    context.note(fmt::format("kept apart {} contact{} that may be the same person as another", kept_apart,
                             kept_apart == 1 ? "" : "s"));
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

/// Writes the roster with `write` to -o OUT (atomically) or to standard output, which gets it only
/// once every file was read without error: until then it waits in a spool (in memory while small,
/// in an unlinked temporary file beyond that).
template <typename Write>
void write_roster(const ImportOptions& options, Context& context, Write write) {
  if (options.output.empty() || options.output == "-") {
    Spool spool;
    write(spool.stream());
    spool.copy_to(context.out);
    check_written(context.out, "<stdout>");
    return;
  }
  AtomicFile file(options.output, options.force);  // a failed import leaves no file behind
  write(file.stream());
  file.commit();
}

/// Contacts and evidence without --merge: the contacts are kept (each person once) until the
/// evidence is applied.
ExitCode run_with_evidence(const ImportOptions& options, Context& context, const std::optional<Owner>& owner) {
  MergeResult people;
  write_roster(options, context, [&](std::ostream& out) {
    KeepRoster incoming;
    read_files(context, options, incoming);
    people = merge_contacts({}, incoming.contacts, context.taxonomy().organization_suffixes);
    apply_evidence_files(options, context, people.contacts);
    RosterWriter writer(out, owner ? &*owner : (incoming.owner ? &*incoming.owner : nullptr));
    for (std::size_t i = 0; i < people.contacts.size(); ++i) {
      people.contacts[i].index = i;
      writer.add(people.contacts[i]);
    }
    writer.finish();
  });
  note_people(context, people.combined, people.probable.size());
  return ExitCode::ok;
}

ExitCode run_import(ImportOptions options, Context& context) {
  check_combination(options);
  const std::optional<Owner> owner = load_owner(context, options.input);
  split_evidence(options);
  if (!options.merge.empty()) return run_merge(options, context);
  if (options.files.empty()) {  // evidence only: a roster without contacts would be all it could write
    throw Error(
        fmt::format("{}: evidence, and no contacts to import (a LinkedIn export's Connections.csv, an "
                    "address book); add it to a roster with --merge ROSTER, or audit one with --activity",
                    join(options.evidence)));
  }
  if (!options.evidence.empty()) return run_with_evidence(options, context, owner);
  OncePerPerson writer(context.taxonomy(), owner ? &*owner : nullptr);
  write_roster(options, context, [&](std::ostream& out) {
    read_files(context, options, writer);
    writer.finish(out);
  });
  note_people(context, writer.merged, writer.kept_apart);
  return ExitCode::ok;
}

}  // namespace

Command add_import_command(CLI::App& app) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand("import", "Turn exports (LinkedIn, Google, Outlook CSV, vCard) into a roster");
  sub->add_option("files", options->files,
                  "Export files, or - for standard input; evidence (a LinkedIn export, an mbox, an .ics) fills in "
                  "each contact's activity")
      ->required()
      ->type_name("FILE");
  add_input_options(*sub, options->input);
  sub->add_option("-o,--output", options->output, "Write the roster here (atomically) instead of standard output")
      ->check(file_name())
      ->type_name("OUT");
  sub->add_flag("--force", options->force, "Overwrite OUT if it exists");
  sub->add_option("--merge", options->merge,
                  "Update this roster in place: add new contacts, refresh organisation, role and dates, keep "
                  "everything written by hand, and keep the old file as ROSTER.bak")
      ->check(file_name())
      ->type_name("ROSTER");
  sub->add_flag("--dry-run", options->dry_run, "With --merge: list what would be added and updated, write nothing");
  add_evidence_owner_options(*sub, options->owner);
  sub->add_option("--as-of", options->as_of, "Evidence: meetings after this day have not happened (default: today)")
      ->type_name("DATE");
  return {sub, [options](Context& context) { return run_import(*options, context); }};
}

}  // namespace netgap::cli
