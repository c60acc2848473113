// netgap evidence FILE...: the interactions a LinkedIn export, an mbox or a calendar holds,
// before anything is matched to a contact; with an account of every record ignored.
#include <fmt/format.h>
#include <netgap/read/evidence.hpp>
#include <netgap/util/text.hpp>

#include "cli/activity_input.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct EvidenceCommandOptions {
  std::vector<std::string> files;
  EvidenceOwner owner;
  std::string as_of;
  std::string format = "text";
  bool verbose = false;
};

std::string person_text(const Participant& person) {
  std::string where = person.emails.empty() ? person.profile_url : join(person.emails, ", ");
  if (person.name.empty()) return printable(where);
  return printable(where.empty() ? person.name : fmt::format("{} <{}>", person.name, where));
}

std::string text_line(const Interaction& interaction) {
  std::vector<std::string> people;
  for (const auto& person : interaction.people) people.push_back(person_text(person));
  return fmt::format("{}  {:<8}  {:<19}  [{}]  {}\n", format_iso(interaction.day),
                     direction_name(interaction.direction), source_name(interaction.source), interaction.participants,
                     join(people, "; "));
}

std::string json_line(const Interaction& interaction) {
  std::string out = "    {\"day\": ";
  append_quoted(out, format_iso(interaction.day));
  if (interaction.instant) out += fmt::format(", \"instant\": {}", *interaction.instant);
  if (interaction.utc_offset_minutes)
    out += fmt::format(", \"utc_offset_minutes\": {}", *interaction.utc_offset_minutes);
  out += fmt::format(", \"source\": \"{}\", \"direction\": \"{}\", \"participants\": {}, \"people\": [",
                     source_name(interaction.source), direction_name(interaction.direction), interaction.participants);
  for (std::size_t i = 0; i < interaction.people.size(); ++i) {
    const Participant& person = interaction.people[i];
    out += i == 0 ? "{\"name\": " : ", {\"name\": ";
    append_quoted(out, person.name);
    out += ", \"emails\": [";
    for (std::size_t k = 0; k < person.emails.size(); ++k) {
      if (k > 0) out += ", ";
      append_quoted(out, person.emails[k]);
    }
    out += "], \"profile_url\": ";
    append_quoted(out, person.profile_url);
    out += ", \"organization\": ";
    append_quoted(out, person.organization);
    out += '}';
  }
  out += "], \"id\": ";
  append_quoted(out, interaction.id);
  out += ", \"file\": ";
  append_quoted(out, interaction.file);
  out += fmt::format(", \"line\": {}}}", interaction.line);
  return out;
}

/// Prints each interaction as it is read: a mailbox of any size lists in flat memory.
class Printer final : public InteractionVisitor {
 public:
  Printer(Context& context, const EvidenceCommandOptions& options) : context_(context), options_(options) {}
  void on_interaction(const Interaction& interaction) override {
    if (options_.format == "json") {
      context_.print((count_ == 0 ? "{\n  \"interactions\": [\n" : ",\n") + json_line(interaction));
    } else {
      context_.print(text_line(interaction));
    }
    ++count_;
  }
  void on_ignored(std::string_view file, std::size_t line, std::string_view reason) override {
    if (options_.verbose) context_.note(printable(fmt::format("{}:{}: ignored: {}", file, line, reason)));
  }
  /// Closes the JSON document with each file's account.
  void finish(const EvidenceResult& result) {
    if (options_.format != "json") return;
    std::string out = count_ == 0 ? "{\n  \"interactions\": [],\n  \"files\": [" : "\n  ],\n  \"files\": [";
    for (std::size_t i = 0; i < result.files.size(); ++i) {
      const EvidenceReport& report = result.files[i];
      out += i == 0 ? "\n    {\"file\": " : ",\n    {\"file\": ";
      append_quoted(out, report.file);
      out += fmt::format(", \"source\": \"{}\", \"read\": {}, \"interactions\": {}, \"ignored\": {{", report.source,
                         report.read, report.produced);
      std::size_t k = 0;
      for (const auto& [reason, n] : report.ignored) {
        out += k++ == 0 ? "" : ", ";
        append_quoted(out, reason);
        out += fmt::format(": {}", n);
      }
      out += "}}";
    }
    out += "\n  ],\n  \"skipped\": [";
    for (std::size_t i = 0; i < result.skipped.size(); ++i) {
      out += i == 0 ? "\n    {\"file\": " : ",\n    {\"file\": ";
      append_quoted(out, result.skipped[i].file);
      out += ", \"reason\": ";
      append_quoted(out, result.skipped[i].reason);
      out += '}';
    }
    context_.print(out + "\n  ]\n}\n");
  }

 private:
  Context& context_;
  const EvidenceCommandOptions& options_;
  std::size_t count_ = 0;
};

ExitCode run_evidence(const EvidenceCommandOptions& options, Context& context) {
  EvidenceOptions read_options;
  read_options.owner_emails = options.owner.emails;
  read_options.owner_profile_url = options.owner.profile_url;
  read_options.as_of = parse_as_of(options.as_of);
  read_options.standard_input = &context.in;
  Printer printer(context, options);
  const EvidenceResult result = read_evidence_for(context, options.files, read_options, printer);
  printer.finish(result);
  for (const auto& skipped : result.skipped) context.note(printable(skipped.file + ": skipped: " + skipped.reason));
  for (const auto& report : result.files) context.note(printable(report.summary()));
  return ExitCode::ok;
}

}  // namespace

Command add_evidence_command(CLI::App& app) {
  auto options = std::make_shared<EvidenceCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "evidence", "List the interactions in a LinkedIn export, an mbox or an .ics (dates, direction, people)");
  sub->add_option("files", options->files,
                  "LinkedIn export (.zip or folder), mbox (.gz too), .ics; - for standard input")
      ->required()
      ->type_name("FILE");
  add_evidence_owner_options(*sub, options->owner);
  sub->add_option("--as-of", options->as_of, "Meetings after this day have not happened (default: today)")
      ->type_name("DATE");
  sub->add_option("-f,--format", options->format, "Output format: text|json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_flag("--verbose", options->verbose, "Name every record that was ignored, and why");
  return {sub, [options](Context& context) { return run_evidence(*options, context); }};
}

}  // namespace netgap::cli
