// netgap import FILE... [-o OUT] [--merge ROSTER]: exports (LinkedIn, Google, Outlook, vCard)
// to a roster, accounting for every record read.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/analyse/merge.hpp>
#include <netgap/read/evidence.hpp>
#include <netgap/util/output.hpp>
#include <netgap/write/roster_edit.hpp>
#include <netgap/write/roster_writer.hpp>
#include <ostream>
#include <sstream>

#include "cli/activity_input.hpp"
#include "cli/commands.hpp"
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

/// Moves the evidence files (a LinkedIn export, an mbox, an .ics) out of `files` into `evidence`.
void split_evidence(ImportOptions& options) {
  std::vector<std::string> contacts;
  for (auto& file : options.files) (is_evidence(file) ? options.evidence : contacts).push_back(std::move(file));
  options.files = std::move(contacts);
}

/// Writes each contact as it arrives: an import of any size runs in flat memory.
class StreamingWriter final : public RosterVisitor {
 public:
  StreamingWriter(std::ostream& out, const Owner* owner) : out_(out), owner_(owner) {}
  void on_owner(const Owner* owner) override {
    if (!writer_) writer_.emplace(out_, owner_ != nullptr ? owner_ : owner);
  }
  void on_contact(const Contact& contact) override {
    copy_ = contact;
    copy_.index = count_++;
    writer_->add(copy_);
  }
  void finish() {
    if (!writer_) writer_.emplace(out_, owner_);
    writer_->finish();
  }

 private:
  std::ostream& out_;
  const Owner* owner_;
  std::optional<RosterWriter> writer_;
  Contact copy_;
  std::size_t count_ = 0;
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
  KeepRoster incoming;
  read_files(context, options, incoming);
  Diagnostics diagnostics;
  RosterEdit roster(options.merge, context.taxonomy(), options.input.strict, diagnostics);
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::size_t known = roster.contacts().size();
  const MergeResult merged =
      merge_contacts(roster.contacts(), incoming.contacts, context.taxonomy().organization_suffixes);
  std::vector<Contact> contacts = merged.contacts;
  std::vector<std::size_t> updated = merged.updated_indexes;
  std::size_t active = 0;
  if (!options.evidence.empty()) {
    const auto changed = apply_evidence(context, options.evidence, options.owner, parse_as_of(options.as_of),
                                        options.input.verbose, contacts);
    active = changed.size();
    for (const std::size_t i : changed) {
      if (i < known) updated.push_back(i);
    }
    std::sort(updated.begin(), updated.end());
    updated.erase(std::unique(updated.begin(), updated.end()), updated.end());
  }
  for (const std::size_t i : updated) roster.update(i, contacts[i]);
  for (std::size_t i = known; i < contacts.size(); ++i) roster.append(contacts[i]);
  if (!roster.owner() && incoming.owner) roster.set_owner(*incoming.owner);
  std::string counts =
      fmt::format("added {}, updated {}, left alone {}", merged.added, merged.updated, merged.unchanged);
  if (!options.evidence.empty()) counts += fmt::format(", activity of {} extended", active);
  if (options.dry_run) {
    std::string listing;
    for (std::size_t i = known; i < contacts.size(); ++i) listing += "add     " + contacts[i].name + "\n";
    for (const std::size_t i : updated) listing += "update  " + contacts[i].name + "\n";
    context.print(listing);
    context.err << fmt::format("netgap: {}: would have {}; nothing was written (--dry-run)\n", options.merge, counts);
    return ExitCode::ok;
  }
  if (roster.save(".bak")) {
    context.err << fmt::format("netgap: {}: {}; the previous version is {}.bak\n", options.merge, counts,
                               options.merge);
  } else {
    context.err << fmt::format("netgap: {}: {}; nothing changed, the file was not rewritten\n", options.merge, counts);
  }
  return ExitCode::ok;
}

/// Contacts and evidence without --merge: the contacts are kept until the evidence is applied.
ExitCode run_with_evidence(const ImportOptions& options, Context& context, const std::optional<Owner>& owner) {
  KeepRoster incoming;
  read_files(context, options, incoming);
  apply_evidence(context, options.evidence, options.owner, parse_as_of(options.as_of), options.input.verbose,
                 incoming.contacts);
  const Owner* chosen = owner ? &*owner : (incoming.owner ? &*incoming.owner : nullptr);
  const auto write = [&](std::ostream& out) {
    RosterWriter writer(out, chosen);
    for (const auto& contact : incoming.contacts) writer.add(contact);
    writer.finish();
  };
  if (options.output.empty() || options.output == "-") {
    std::ostringstream buffer;
    write(buffer);
    context.print(buffer.str());
    return ExitCode::ok;
  }
  AtomicFile file(options.output, options.force);
  write(file.stream());
  file.commit();
  return ExitCode::ok;
}

ExitCode run_import(ImportOptions options, Context& context) {
  const std::optional<Owner> owner = load_owner(context, options.input);
  split_evidence(options);
  if (!options.merge.empty()) return run_merge(options, context);
  if (!options.evidence.empty()) return run_with_evidence(options, context, owner);
  if (options.output.empty() || options.output == "-") {
    // Standard output gets the roster only once every file was read without error.
    std::ostringstream buffer;
    StreamingWriter writer(buffer, owner ? &*owner : nullptr);
    read_files(context, options, writer);
    writer.finish();
    context.print(buffer.str());
    return ExitCode::ok;
  }
  AtomicFile file(options.output, options.force);  // a failed import leaves no file behind
  StreamingWriter writer(file.stream(), owner ? &*owner : nullptr);
  read_files(context, options, writer);
  writer.finish();
  file.commit();
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
      ->type_name("OUT");
  sub->add_flag("--force", options->force, "Overwrite OUT if it exists");
  sub->add_option("--merge", options->merge,
                  "Update this roster in place: add new contacts, refresh organisation, role and dates, keep "
                  "everything written by hand, and keep the old file as ROSTER.bak")
      ->type_name("ROSTER");
  sub->add_flag("--dry-run", options->dry_run, "With --merge: list what would be added and updated, write nothing");
  add_evidence_owner_options(*sub, options->owner);
  sub->add_option("--as-of", options->as_of, "Evidence: meetings after this day have not happened (default: today)")
      ->type_name("DATE");
  return {sub, [options](Context& context) { return run_import(*options, context); }};
}

}  // namespace netgap::cli
