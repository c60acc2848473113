// netgap audit ROSTER: which network types are missing, and what to do about each.
#include <fmt/format.h>
#include <sys/stat.h>
#include <cerrno>
#include <cstring>
#include <netgap/analyse/anonymize.hpp>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/diff.hpp>
#include <netgap/analyse/gates.hpp>
#include <netgap/model/report_json.hpp>
#include <netgap/read/evidence.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/output.hpp>
#include <netgap/util/text.hpp>

#include "cli/activity_input.hpp"
#include "cli/commands.hpp"
#include "cli/history.hpp"
#include "cli/options.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct AuditOptions {
  RosterInput input;
  std::string format = "text";
  std::string as_of;
  int window_days = 365;
  std::vector<std::string> targets;
  std::vector<std::string> weights;
  std::size_t top = 3;
  std::string fail_under;
  std::string fail_on;
  bool exit_zero = false;
  std::string baseline;
  std::string save_dir;
  bool force = false;
  std::string output;
  std::string history_dir;
  bool anonymize = false;
  std::vector<std::string> activity;  // --activity FILE...: evidence applied on the fly
  EvidenceOwner owner;
};

/// The whole of `text` as a number (which may be infinite or NaN), if it is one.
std::optional<double> parse_number(const std::string& text) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

/// "mentors=3" -> {"mentors", 3}; the values are checked against the taxonomy by check_settings().
void parse_assignments(const std::vector<std::string>& items, std::string_view option,
                       std::map<std::string, double>& out) {
  for (const auto& item : items) {
    const auto eq = item.find('=');
    const auto value = eq != std::string::npos && eq > 0 ? parse_number(item.substr(eq + 1)) : std::nullopt;
    if (!value) throw Error(fmt::format("{}: expected ID=NUMBER, got {}", option, quote(item)));
    out[item.substr(0, eq)] = *value;
  }
}

/// --fail-under N: a finite number from 0 to 100 (NaN would never fail, and 1e999 always).
std::optional<double> parse_fail_under(const std::string& text) {
  if (text.empty() || text == "off") return std::nullopt;  // "off": a gate set in the config file is not wanted
  const auto value = parse_number(text);
  if (!value || !(*value >= 0 && *value <= 100)) {
    throw Error("--fail-under: expected a number from 0 to 100, got " + quote(text));
  }
  return value;
}

AuditSettings settings_from(const AuditOptions& options) {
  AuditSettings settings;
  settings.as_of = parse_as_of(options.as_of);
  settings.window_days = options.window_days;
  parse_assignments(options.targets, "--target", settings.targets);
  parse_assignments(options.weights, "--weight", settings.weights);
  settings.egogram = options.format == "html";  // only the page draws it
  return settings;
}

/// The option a setting came from, for messages about it.
std::string_view option_of(SettingError::Setting setting) {
  switch (setting) {
    case SettingError::Setting::targets:
      return "--target";
    case SettingError::Setting::weights:
      return "--weight";
    case SettingError::Setting::window:
      return "--window";
  }
  return "?";
}

/// "score 46.9 is below --fail-under 60", "recruiters is missing (--fail-on missing)".
std::string describe(const GateFailure& failure, const Gates& gates) {
  if (failure.gate == GateFailure::Gate::fail_under) {
    return fmt::format("score {:.1f} is below --fail-under {:g}", failure.score, *gates.fail_under);
  }
  return fmt::format("{} is {} (--fail-on {})", failure.id, status_name(failure.status), status_name(*gates.fail_on));
}

/// --save DIR: the JSON report as DIR/YYYY-MM-DD.json (the as-of date), for diff and trend.
void save_report(const AuditOptions& options, const Report& report, Context& context) {
  for (std::size_t end = 0; end != std::string::npos;) {  // mkdir -p
    end = options.save_dir.find('/', end + 1);
    const std::string parent = options.save_dir.substr(0, end);
    if (::mkdir(parent.c_str(), 0755) != 0 && errno != EEXIST) {
      throw Error(fmt::format("--save: cannot create {}: {}", parent, std::strerror(errno)));
    }
  }
  const std::string path = options.save_dir + "/" + format_iso(report.as_of) + ".json";
  AtomicFile file(path, options.force);
  file.stream() << report_to_json(report);
  file.commit();
  context.note("saved " + path);
}

/// Counts the example contacts of `netgap init` left in a roster.
struct InitExamples final : RosterVisitor {
  std::size_t count = 0;
  void on_owner(const Owner*) override {}
  void on_contact(const Contact& contact) override {
    if (contact.how_met == init_example_how_met) ++count;
  }
};

/// Reads the roster once, folding every contact into the audit.
Report audit_roster(const AuditOptions& options, const AuditSettings& settings, Context& context) {
  Diagnostics diagnostics;
  try {
    Auditor auditor(context.taxonomy(), settings, input_name(options.input.path), diagnostics);
    InitExamples examples;
    std::vector<std::string> activity = options.activity;
    // An export audited on the fly is its own evidence too: its messages, invitations, ...
    if (is_export(options.input.path) && is_evidence(options.input.path)) {
      activity.insert(activity.begin(), options.input.path);
    }
    if (activity.empty()) {
      FanOut both({&auditor, &examples});
      RosterInput input = options.input;
      input.second_thread = context.second_thread();  // the auditor shares nothing with the reader
      read_input(context, input, both, diagnostics);
    } else {
      KeepRoster roster;
      FanOut both({&roster, &examples});
      read_input(context, options.input, both, diagnostics);
      apply_evidence(context, activity, options.owner, settings.as_of, options.input.verbose, roster.contacts);
      auditor.on_owner(roster.owner ? &*roster.owner : nullptr);
      for (const auto& contact : roster.contacts) auditor.on_contact(contact);
    }
    if (examples.count > 0) {
      context.warn(
          fmt::format("{} contacts are still the examples of 'netgap init' (\"Example: ...\"), and are "
                      "counted: replace them with real people",
                      examples.count));
    }
    return auditor.report();
  } catch (const SettingError& e) {
    throw Error(fmt::format("{}: {}", option_of(e.setting()), e.what()));
  }
}

/// --history DIR: the audits saved there, for the page's trend.
std::optional<std::vector<Report>> history_of(const AuditOptions& options) {
  if (options.history_dir.empty()) return std::nullopt;
  if (options.format != "html") {
    throw Error("--history: only --format html draws a trend; use 'netgap trend " + options.history_dir + "'");
  }
  return read_saved_reports(options.history_dir);
}

ExitCode run_audit(const AuditOptions& options, Context& context) {
  const std::optional<std::vector<Report>> history = history_of(options);
  if (options.force && options.save_dir.empty())
    throw Error("--force applies to --save; there is nothing to overwrite");
  const Report report = audit_roster(options, settings_from(options), context);
  Gates gates;
  gates.fail_under = parse_fail_under(options.fail_under);
  if (!options.fail_on.empty() && options.fail_on != "off") gates.fail_on = parse_status(options.fail_on);
  RenderOptions render;
  for (const auto& failure : check_gates(report, gates)) render.gate_failures.push_back(describe(failure, gates));
  std::optional<ReportDiff> baseline;
  if (!options.baseline.empty()) {
    baseline = diff_reports(parse_report_json(read_file(options.baseline), options.baseline), report);
    render.baseline = &*baseline;
  }
  if (history) render.history = &*history;
  render.color = use_color_for(context, options.output);
  render.ascii = !Context::utf8_locale();
  render.top = options.top;
  render.more_hint = fmt::format("Use --top {} to see them all.", report.recommendations.size());
  Report shown = report;  // --save keeps the names; only what is shown is anonymised
  if (options.anonymize) anonymize(shown);
  const std::string text = output_format(options.format).report(shown, render);
  // Shown before saving: a save that fails (a same-day rerun) still shows the report.
  print_or_write(context, options.output, text);
  if (!options.save_dir.empty()) save_report(options, report, context);
  for (const auto& failure : render.gate_failures) context.say("audit: " + failure);
  return !render.gate_failures.empty() && !options.exit_zero ? ExitCode::below_bar : ExitCode::ok;
}

}  // namespace

Command add_audit_command(CLI::App& app) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* sub = app.add_subcommand("audit", "Score each network type and say what to do about the gaps");
  add_roster_options(*sub, options->input);
  add_format_option(*sub, options->format, Subject::report);
  sub->add_option("--as-of", options->as_of, "The date the audit is for, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  sub->add_option("--activity", options->activity,
                  "Evidence of contact (a LinkedIn export, an mbox, an .ics) to audit with, without saving it")
      ->type_name("FILE");
  add_evidence_owner_options(*sub, options->owner);
  sub->add_option("--window", options->window_days, "Days since last contact that still count as active")
      ->capture_default_str();
  sub->add_option("--target", options->targets, "Override a target: ID=N (repeatable)")->type_name("ID=N");
  sub->add_option("--weight", options->weights, "Override a category's weight in the score: ID=N (repeatable)")
      ->type_name("ID=N");
  sub->add_option("--top", options->top, "Recommendations shown in full")->capture_default_str()->check(whole_number());
  sub->add_option("--fail-under", options->fail_under, "Exit 1 when the score is below N (0-100); off: no gate")
      ->type_name("N");
  sub->add_option("--fail-on", options->fail_on,
                  "Exit 1 when any category is at or below: missing|weak|developing; off: no gate")
      ->check(CLI::IsMember({"missing", "weak", "developing", "off"}));
  sub->add_flag("--exit-zero", options->exit_zero, "Exit 0 even when a gate fails (still report it)");
  sub->add_option("--baseline", options->baseline, "Show what changed since this earlier JSON report")
      ->type_name("OLD.json");
  sub->add_option("--save", options->save_dir, "Also write the JSON report to DIR/YYYY-MM-DD.json (the as-of date)")
      ->check(file_name())
      ->type_name("DIR");
  sub->add_flag("--force", options->force, "With --save: overwrite a report of the same date");
  add_output_option(*sub, options->output);
  sub->add_option("--history", options->history_dir,
                  "With --format html: also draw the trend of the audits saved in DIR")
      ->type_name("DIR");
  sub->add_flag("--anonymize", options->anonymize, "Show people's names as initials (for sharing)");
  return {sub, [options](Context& context) { return run_audit(*options, context); }};
}

}  // namespace netgap::cli
