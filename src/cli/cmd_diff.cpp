// netgap diff OLD NEW: what changed between two audits (reports or rosters).
#include <fmt/format.h>
#include <netgap/analyse/anonymize.hpp>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/diff.hpp>
#include <netgap/model/report_json.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::string format = "text";
  std::string as_of;
  int window_days = 365;
  bool fail_on_regression = false;
  bool anonymize = false;
  std::string output;
  bool fail_on_decay = false;
  std::string tolerance;
  RosterInput input;  // --from, --owner, --strict for rosters
};

struct Side {
  Report report;
  std::optional<std::vector<ContactState>> contacts;  // for rosters only
};

/// A saved report is read back; a roster (or export) is audited on the fly, in the same read that
/// records its contacts.
Side load_side(Context& context, const DiffOptions& options, const std::string& path, const AuditSettings& settings) {
  const std::string text = read_file(path);
  if (looks_like_report(std::string_view(text).substr(0, 4096))) return {parse_report_json(text, path), std::nullopt};
  RosterInput input = options.input;
  input.path = path;
  Diagnostics diagnostics;
  Auditor auditor(context.taxonomy(), settings, input_name(path), diagnostics);
  ContactStates states(settings.as_of, settings.window_days, context.taxonomy().organization_suffixes);
  FanOut both({&auditor, &states});
  const auto source = memory_source(text, input_name(path));
  read_input(context, input, *source, both, diagnostics);
  return {auditor.report(), std::move(states.states)};
}

/// Reports made with different taxonomies are compared type by type, by id; the user is told.
void warn_taxonomies(Context& context, const DiffOptions& options, const ReportDiff& diff) {
  const auto added = diff.ids_where("new");
  const auto removed = diff.ids_where("removed");
  context.warn(
      fmt::format("{} and {} were audited with different taxonomies ({} and {}); types are matched by id: "
                  "new {}, removed {}",
                  options.old_path, options.new_path, diff.old_taxonomy, diff.new_taxonomy,
                  added.empty() ? "none" : join_some(added), removed.empty() ? "none" : join_some(removed)));
}

/// --tolerance POINTS: a finite number of score points, 0 or more, and only with a gate.
double parse_tolerance(const DiffOptions& options) {
  if (options.tolerance.empty()) return 0;
  if (!options.fail_on_regression && !options.fail_on_decay) {
    throw Error("--tolerance applies to --fail-on-regression or --fail-on-decay; give one of them");
  }
  try {
    std::size_t used = 0;
    const double points = std::stod(options.tolerance, &used);
    if (used == options.tolerance.size() && points >= 0 && points <= 100) return points;
  } catch (const std::exception&) {
  }
  throw Error("--tolerance: expected a number of score points from 0 to 100, got " + quote(options.tolerance));
}

ExitCode run_diff(const DiffOptions& options, Context& context) {
  if (options.old_path == "-" && options.new_path == "-") {
    throw Error("diff: only one of OLD and NEW can be standard input (-)");
  }
  if (options.window_days < 1)
    throw Error(fmt::format("--window: expected at least 1 day, got {}", options.window_days));
  const double tolerance = parse_tolerance(options);
  AuditSettings settings;
  settings.as_of = parse_as_of(options.as_of);
  settings.window_days = options.window_days;
  const Side before = load_side(context, options, options.old_path, settings);
  const Side after = load_side(context, options, options.new_path, settings);
  ReportDiff diff = diff_reports(before.report, after.report);
  if (before.contacts && after.contacts) compare_contacts(diff, *before.contacts, *after.contacts);
  if (diff.taxonomies_differ()) warn_taxonomies(context, options, diff);
  diff.tolerance = tolerance;
  diff.decay_regresses = options.fail_on_decay;
  const bool gate = options.fail_on_regression || options.fail_on_decay;
  RenderOptions render;
  render.color = use_color_for(context, options.output);
  render.regression_gate = gate;
  ReportDiff shown = diff;
  if (options.anonymize) anonymize(shown);
  print_or_write(context, options.output, output_format(options.format).diff(shown, render));
  if (gate && diff.regressed()) {
    context.say(fmt::format("diff: the network regressed (score {:.1f} to {:.1f}): {}", diff.score_before,
                            diff.score_after, join(diff.regressions(), "; ")));
    return ExitCode::below_bar;
  }
  return ExitCode::ok;
}

}  // namespace

Command add_diff_command(CLI::App& app) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand("diff", "Compare two audits: JSON reports, or rosters audited on the fly");
  sub->add_option("old", options->old_path, "The earlier report or roster")->required()->type_name("OLD");
  sub->add_option("new", options->new_path, "The later report or roster")->required()->type_name("NEW");
  add_format_option(*sub, options->format, Subject::diff);
  add_output_option(*sub, options->output);
  sub->add_flag("--anonymize", options->anonymize, "Show contacts' names as initials (for sharing)");
  sub->add_flag("--fail-on-regression,!--no-fail-on-regression", options->fail_on_regression,
                "Exit 1 when the network lost ground apart from decay: the score fell (beyond --tolerance) or a "
                "status worsened as contacts left a type");
  sub->add_flag("--fail-on-decay,!--no-fail-on-decay", options->fail_on_decay,
                "Exit 1 on decay too: ties gone dormant, coverage lost to time (implies --fail-on-regression)");
  sub->add_option("--tolerance", options->tolerance, "Score points the gate lets the network lose (default 0)")
      ->type_name("POINTS");
  sub->add_option("--as-of", options->as_of, "For rosters: the date both are audited on (default: today)")
      ->type_name("DATE");
  sub->add_option("--window", options->window_days, "For rosters: days that still count as active")
      ->capture_default_str();
  add_input_options(*sub, options->input);
  return {sub, [options](Context& context) { return run_diff(*options, context); }};
}

}  // namespace netgap::cli
