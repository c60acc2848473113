// netgap diff OLD NEW: what changed between two audits (reports or rosters).
#include <fmt/format.h>
#include <netgap/analyse/diff.hpp>
#include <netgap/util/output.hpp>
#include <netgap/render/render.hpp>
#include <netgap/model/report.hpp>
#include <netgap/util/text.hpp>
#include <ostream>

#include "common.hpp"

namespace netgap::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::string format = "text";
  std::string as_of;
  int window_days = 365;
  bool fail_on_regression = false;
  RosterInput input;  // --from, --owner, --strict for rosters
};

/// Keeps every contact's identity and activity (a diff of rosters needs both sides).
struct States final : RosterVisitor {
  States(Date as_of, int window) : as_of_(as_of), window_(window) {}
  void on_owner(const Owner*) override {}
  void on_contact(const Contact& c) override { states.push_back(contact_state(c, as_of_, window_)); }
  std::vector<ContactState> states;

 private:
  Date as_of_;
  int window_;
};

struct Side {
  Report report;
  std::optional<std::vector<ContactState>> contacts;  // for rosters only
};

Side load_side(Context& context, const DiffOptions& options, const std::string& path, const AuditSettings& settings) {
  const std::string text = read_file(path);
  if (looks_like_report(std::string_view(text).substr(0, 4096))) return {parse_report_json(text, path), std::nullopt};
  const std::optional<Owner> owner = load_owner(context, options.input);
  ReadOptions read;
  read.strict = options.input.strict;
  read.owner = owner ? &*owner : nullptr;
  Diagnostics diagnostics;
  auto source = memory_source(text, path);
  Side side{audit(*source, options.input.from, context.taxonomy(), settings, diagnostics, read), std::nullopt};
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  States states(settings.as_of, settings.window_days);
  auto again = memory_source(text, path);
  Diagnostics quiet;
  read_contacts(*again, options.input.from, context.taxonomy(), states, quiet, read);
  side.contacts = std::move(states.states);
  return side;
}

ExitCode run_diff(const DiffOptions& options, Context& context) {
  AuditSettings settings;
  settings.as_of = parse_as_of(options.as_of);
  settings.window_days = options.window_days;
  const Side before = load_side(context, options, options.old_path, settings);
  const Side after = load_side(context, options, options.new_path, settings);
  ReportDiff diff = diff_reports(before.report, after.report);
  if (before.contacts && after.contacts) compare_contacts(diff, *before.contacts, *after.contacts);
  if (options.format == "json") {
    context.out << render_diff_json(diff);
  } else if (options.format == "markdown") {
    context.out << render_diff_markdown(diff);
  } else if (options.format == "tsv") {
    context.out << render_diff_tsv(diff);
  } else if (options.format == "github") {
    context.out << render_diff_github(diff, options.fail_on_regression);
  } else if (options.format == "junit") {
    context.out << render_diff_junit(diff);
  } else {
    context.out << render_diff_text(diff);
  }
  check_written(context.out, "<stdout>");
  if (options.fail_on_regression && diff.regressed()) {
    context.err << fmt::format("netgap: diff: the network regressed (score {:.1f} to {:.1f})\n", diff.score_before,
                               diff.score_after);
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
  add_format_option(*sub, options->format, {"text", "json", "markdown", "tsv", "github", "junit"});
  sub->add_flag("--fail-on-regression", options->fail_on_regression,
                "Exit 1 when the score drops or any status worsens");
  sub->add_option("--as-of", options->as_of, "For rosters: the date both are audited on (default: today)")
      ->type_name("DATE");
  sub->add_option("--window", options->window_days, "For rosters: days that still count as active")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  add_input_options(*sub, options->input);
  return {sub, [options](Context& context) { return run_diff(*options, context); }};
}

}  // namespace netgap::cli
