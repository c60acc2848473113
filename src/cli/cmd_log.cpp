// netgap log ROSTER NAME [--date D] [--kind K] [--note TEXT]: an interaction recorded by hand, as
// the contact's "manual" activity, under the roster's lock and atomic write.
#include <fmt/format.h>
#include <netgap/analyse/activity.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <netgap/write/roster_edit.hpp>

#include "cli/activity_input.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct LogOptions {
  std::string roster;
  std::string name;
  std::string date;
  std::string kind = "message";
  std::string note;
};

/// A call or a meeting is two-way; a message, an invitation or a recommendation is yours.
Direction direction_of(const std::string& kind) {
  return kind == "call" || kind == "meeting" ? Direction::two_way : Direction::outbound;
}

/// The one contact whose name contains `name` (as explain matches); Error when none or several.
std::size_t find_contact(const RosterEdit& edit, const std::string& name) {
  const std::string wanted = to_lower(trim(name));
  std::vector<std::size_t> found;
  for (const Contact& c : edit.contacts()) {
    const std::string lower = to_lower(c.name);
    if (lower == wanted) return c.index;  // an exact name wins over names that contain it
    if (!wanted.empty() && lower.find(wanted) != std::string::npos) found.push_back(c.index);
  }
  if (found.size() == 1) return found.front();
  if (found.empty()) throw Error(fmt::format("{}: no contact named {}", edit.path(), printable(quote(name))));
  std::vector<std::string> names;
  for (const std::size_t i : found) names.push_back(printable(contact_label(edit.contacts()[i])));
  throw Error(fmt::format("{}: {} names {} contacts: {}; give more of the name", edit.path(), printable(quote(name)),
                          found.size(), join(names, ", ")));
}

ExitCode run_log(const LogOptions& options, Context& context) {
  const Date day = parse_as_of(options.date);
  Diagnostics diagnostics;
  RosterEdit edit(options.roster, context.taxonomy(), false, diagnostics);
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::size_t index = find_contact(edit, options.name);
  Contact contact = edit.contacts()[index];
  ContactEvidence evidence;
  const Direction direction = direction_of(options.kind);
  evidence[InteractionSource::manual][day] = direction == Direction::two_way ? DayFlags::two_way : DayFlags::outbound;
  extend_activity(contact.activity, evidence);
  if (!options.note.empty()) {
    const std::string line = fmt::format("{} {}: {}", format_iso(day), options.kind, options.note);
    if (contact.notes.find(line) == std::string::npos) contact.notes += (contact.notes.empty() ? "" : "\n") + line;
  }
  edit.update(index, contact);
  const bool wrote = edit.save(".bak");
  context.note(printable(fmt::format("{}: {}: {} {} on {}{}", options.roster, contact_label(contact), options.kind,
                                     direction_name(direction), format_iso(day),
                                     wrote ? "" : " was already recorded; nothing was written")));
  return ExitCode::ok;
}

}  // namespace

Command add_log_command(CLI::App& app) {
  auto options = std::make_shared<LogOptions>();
  CLI::App* sub = app.add_subcommand("log", "Record an interaction with a contact by hand (a call, a meeting, ...)");
  sub->add_option("roster", options->roster, "The roster to update (locked, written atomically, old file kept as .bak)")
      ->required()
      ->type_name("ROSTER");
  sub->add_option("name", options->name, "The contact: the name, or enough of it to name one contact")
      ->required()
      ->type_name("NAME");
  sub->add_option("--date", options->date, "The day, YYYY-MM-DD (default: today)")->type_name("DATE");
  sub->add_option("--kind", options->kind, "call|meeting (two-way) or message|mail|invitation (from you)")
      ->check(CLI::IsMember({"call", "meeting", "message", "mail", "invitation"}))
      ->capture_default_str();
  sub->add_option("--note", options->note, "A line for the contact's notes (kept in the roster)")->type_name("TEXT");
  return {sub, [options](Context& context) { return run_log(*options, context); }};
}

}  // namespace netgap::cli
