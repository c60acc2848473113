// netgap log ROSTER NAME [--date D] [--kind K] [--note TEXT]: an interaction recorded by hand, as
// the contact's "manual" activity, under the roster's lock and atomic write.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/analyse/activity.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <netgap/write/roster_edit.hpp>
#include <optional>
#include <string_view>

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
  CLI::Option* date_option = nullptr;  // to tell --date "" from no --date
};

/// A call or a meeting is two-way; a message, an invitation or a recommendation is yours.
Direction direction_of(const std::string& kind) {
  return kind == "call" || kind == "meeting" ? Direction::two_way : Direction::outbound;
}

/// "contacts[3]" -> 3, for a contact that shares its whole name with another.
std::optional<std::size_t> position_of(std::string_view name, std::size_t count) {
  constexpr std::string_view prefix = "contacts[";
  if (name.size() <= prefix.size() + 1 || name.compare(0, prefix.size(), prefix) != 0 || name.back() != ']') {
    return std::nullopt;
  }
  const std::string digits(name.substr(prefix.size(), name.size() - prefix.size() - 1));
  if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const std::size_t position = std::stoul(digits);
  if (position >= count) return std::nullopt;
  return position;
}

/// The one contact `name` names: its position (contacts[3]), its whole name, or a part of one
/// name (as explain matches); Error listing the candidates when none or several.
std::size_t find_contact(const RosterEdit& edit, const std::string& name) {
  if (const auto position = position_of(trim(name), edit.contacts().size())) return *position;
  const std::string wanted = to_lower(trim(name));
  std::vector<std::size_t> exact;
  std::vector<std::size_t> found;
  for (const Contact& c : edit.contacts()) {
    const std::string lower = to_lower(c.name);
    if (lower == wanted) exact.push_back(c.index);  // a whole name wins over names that contain it
    if (!wanted.empty() && lower.find(wanted) != std::string::npos) found.push_back(c.index);
  }
  if (!exact.empty()) found = exact;
  if (found.size() == 1) return found.front();
  if (found.empty()) throw Error(fmt::format("{}: no contact named {}", edit.path(), printable(quote(name))));
  std::vector<std::string> names;
  for (const std::size_t i : found) {
    const Contact& c = edit.contacts()[i];
    names.push_back(printable(c.organization.empty() ? contact_label(c)
                                                     : fmt::format("{} at {}", contact_label(c), c.organization)));
  }
  throw Error(fmt::format("{}: {} names {} contacts: {}; give more of the name, or the position (contacts[N])",
                          edit.path(), printable(quote(name)), found.size(), join(names, ", ")));
}

/// --date: a real day, not after today (an interaction that has not happened is not contact).
Date logged_day(const LogOptions& options) {
  if (options.date_option != nullptr && options.date_option->count() > 0 && trim(options.date).empty()) {
    throw Error("--date: expected a date YYYY-MM-DD, got \"\"");
  }
  const Date day = parse_as_of(options.date, "--date");
  if (today_local() < day) {
    throw Error(fmt::format("--date: {} is after today; record an interaction once it has happened", format_iso(day)));
  }
  return day;
}

/// The contact's activity logged by hand, if any.
SourceActivity* manual_record(std::vector<SourceActivity>& activity) {
  const auto name = source_name(InteractionSource::manual);
  const auto found =
      std::find_if(activity.begin(), activity.end(), [&](const SourceActivity& r) { return r.source == name; });
  return found == activity.end() ? nullptr : &*found;
}

/// Whether `day` falls strictly inside the span of days logged by hand without being one of the
/// days the roster names (the first, or a last of a direction). extend_activity takes a day inside
/// a source's span as one read before (files are read in order); a day logged by hand out of
/// order is not, and must be counted.
bool inside_logged_span(std::vector<SourceActivity>& activity, Date day) {
  const SourceActivity* record = manual_record(activity);
  if (record == nullptr || !record->first_seen || !record->last_seen()) return false;
  if (day <= *record->first_seen || *record->last_seen() <= day) return false;
  return record->last_inbound != day && record->last_outbound != day && record->last_two_way != day;
}

/// --note: one line of UTF-8 text; the notes stay free of controls, as `validate --strict` wants them.
void check_note(const std::string& note) {
  if (!is_valid_utf8(note)) throw Error("--note: not UTF-8 text; give the note in UTF-8");
  for (std::size_t i = 0; i < note.size(); ++i) {
    if (terminal_control_at(note, i) != 0) {
      throw Error("--note: a control character (a line break, a tab, an escape...); give one line of text");
    }
  }
}

ExitCode run_log(const LogOptions& options, Context& context) {
  const Date day = logged_day(options);
  check_note(options.note);
  Diagnostics diagnostics;
  RosterEdit edit(options.roster, context.taxonomy(), false, diagnostics, false, context.waiting_for(options.roster));
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::size_t index = find_contact(edit, options.name);
  Contact contact = edit.contacts()[index];
  ContactEvidence evidence;
  const Direction direction = direction_of(options.kind);
  evidence[InteractionSource::manual][day] = direction == Direction::two_way ? DayFlags::two_way : DayFlags::outbound;
  const bool between = inside_logged_span(contact.activity, day);
  extend_activity(contact.activity, evidence);
  if (between) {  // a day between two logged ones: not yet counted
    int& days = manual_record(contact.activity)->days;
    days = std::min(days + 1, SourceActivity::max_days);
  }
  if (!options.note.empty()) {
    const std::string line = fmt::format("{} {}: {}", format_iso(day), options.kind, options.note);
    if (contact.notes.find(line) == std::string::npos) contact.notes += (contact.notes.empty() ? "" : "; ") + line;
  }
  edit.update(index, contact);
  const bool wrote = edit.save(".bak");
  context.note(printable(fmt::format(
      "{}: {}: {} {} on {}{}", options.roster, contact_label(contact), options.kind, direction_name(direction),
      format_iso(day),
      !wrote    ? " was already recorded; nothing was written"
      : between ? " (a day between days logged before: the roster keeps a count of days, so log each day once)"
                : "")));
  return ExitCode::ok;
}

}  // namespace

Command add_log_command(CLI::App& app) {
  auto options = std::make_shared<LogOptions>();
  CLI::App* sub = app.add_subcommand("log", "Record an interaction with a contact by hand (a call, a meeting, ...)");
  sub->add_option("roster", options->roster, "The roster to update (locked, written atomically, old file kept as .bak)")
      ->required()
      ->type_name("ROSTER");
  sub->add_option("name", options->name, "The contact: the name, enough of it to name one contact, or contacts[N]")
      ->required()
      ->type_name("NAME");
  options->date_option =
      sub->add_option("--date", options->date, "The day, YYYY-MM-DD (default: today)")->type_name("DATE");
  sub->add_option("--kind", options->kind, "call|meeting (two-way) or message|mail|invitation (from you)")
      ->check(CLI::IsMember({"call", "meeting", "message", "mail", "invitation"}))
      ->capture_default_str();
  sub->add_option("--note", options->note, "A line for the contact's notes (kept in the roster)")->type_name("TEXT");
  return {sub, [options](Context& context) { return run_log(*options, context); }};
}

}  // namespace netgap::cli
