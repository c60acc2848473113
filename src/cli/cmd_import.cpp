// netgap import FILE... [-o OUT] [--merge ROSTER]: exports (LinkedIn, Google, Outlook, vCard)
// to a roster, accounting for every record read.
#include <fmt/format.h>
#include <netgap/analyse/merge.hpp>
#include <netgap/util/output.hpp>
#include <netgap/write/roster_writer.hpp>
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> files;
  RosterInput input;  // the format, --strict, --verbose, --owner for every file
  std::string output;
  std::string merge;
  bool force = false;
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

/// The contacts of the roster being merged into, read as netgap's own format.
Keep read_roster(Context& context, const ImportOptions& options) {
  RosterInput input;
  input.path = options.merge;
  input.from = "json";
  input.strict = options.input.strict;
  Keep roster;
  read_input(context, input, roster);
  return roster;
}

std::string render_roster(const Owner* owner, const std::vector<Contact>& contacts) {
  std::ostringstream out;
  RosterWriter writer(out, owner);
  for (const auto& c : contacts) writer.add(c);
  writer.finish();
  return out.str();
}

ExitCode run_import(const ImportOptions& options, Context& context) {
  const std::optional<Owner> owner = load_owner(context, options.input);
  if (!options.merge.empty()) {
    Keep incoming;
    read_files(context, options, incoming);
    Keep roster = read_roster(context, options);
    const Owner* merged_owner = roster.owner ? &*roster.owner : (incoming.owner ? &*incoming.owner : nullptr);
    MergeResult merged =
        merge_contacts(std::move(roster.contacts), incoming.contacts, context.taxonomy().organization_suffixes);
    AtomicFile file(options.merge, true);
    file.keep_backup(".bak");
    file.stream() << render_roster(merged_owner, merged.contacts);
    file.commit();
    context.err << fmt::format("netgap: {}: added {}, updated {}, left alone {}; the previous version is {}.bak\n",
                               options.merge, merged.added, merged.updated, merged.unchanged, options.merge);
    return ExitCode::ok;
  }
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
  sub->add_option("files", options->files, "Export files, or - for standard input")->required()->type_name("FILE");
  add_input_options(*sub, options->input);
  sub->add_option("-o,--output", options->output, "Write the roster here (atomically) instead of standard output")
      ->type_name("OUT");
  sub->add_flag("--force", options->force, "Overwrite OUT if it exists");
  sub->add_option("--merge", options->merge,
                  "Update this roster in place: add new contacts, refresh organisation, role and dates, keep "
                  "everything written by hand, and keep the old file as ROSTER.bak")
      ->type_name("ROSTER");
  return {sub, [options](Context& context) { return run_import(*options, context); }};
}

}  // namespace netgap::cli
