// netgap audit ROSTER: which network types are missing, and what to do about each.
#include <fmt/format.h>
#include <netgap/input.hpp>
#include <netgap/output.hpp>
#include <netgap/render.hpp>
#include <netgap/report.hpp>
#include <netgap/text.hpp>
#include <ostream>

#include "common.hpp"

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
  double fail_under = -1;
  std::string fail_on;
  bool exit_zero = false;
};

/// "mentors=3" -> {"mentors", 3}.
void parse_assignments(const std::vector<std::string>& items, std::string_view option,
                       std::map<std::string, double>& out) {
  for (const auto& item : items) {
    const auto eq = item.find('=');
    double value = 0;
    bool ok = eq != std::string::npos && eq > 0;
    if (ok) {
      try {
        std::size_t used = 0;
        value = std::stod(item.substr(eq + 1), &used);
        ok = used == item.size() - eq - 1;
      } catch (const std::exception&) {
        ok = false;
      }
    }
    if (!ok) throw Error(fmt::format("{}: expected ID=NUMBER, got {}", option, quote(item)));
    out[item.substr(0, eq)] = value;
  }
}

AuditSettings settings_from(const AuditOptions& options) {
  AuditSettings settings;
  settings.as_of = today_utc();
  if (!options.as_of.empty()) {
    const auto date = parse_iso_date(options.as_of);
    if (!date) throw Error(fmt::format("--as-of: expected a date YYYY-MM-DD, got {}", quote(options.as_of)));
    settings.as_of = *date;
  }
  settings.window_days = options.window_days;
  parse_assignments(options.targets, "--target", settings.targets);
  parse_assignments(options.weights, "--weight", settings.weights);
  return settings;
}

/// The gates of a CI-style self-review: exit 1 when the report is below a bar the user set.
ExitCode apply_gates(const AuditOptions& options, const Report& report, Context& context) {
  bool failed = false;
  if (options.fail_under >= 0 && report.score < options.fail_under) {
    context.err << fmt::format("netgap: audit: score {:.1f} is below --fail-under {:g}\n", report.score,
                               options.fail_under);
    failed = true;
  }
  if (!options.fail_on.empty()) {
    const Status bar = *parse_status(options.fail_on);
    for (const auto& c : report.categories) {
      if (c.status <= bar) {
        context.err << fmt::format("netgap: audit: {} is {} (--fail-on {})\n", c.id, status_name(c.status),
                                   options.fail_on);
        failed = true;
      }
    }
  }
  return failed && !options.exit_zero ? ExitCode::below_bar : ExitCode::ok;
}

ExitCode run_audit(const AuditOptions& options, Context& context) {
  const AuditSettings settings = settings_from(options);
  const auto source = open_input(context, options.input.path);
  const std::optional<Owner> owner = load_owner(context, options.input);
  Diagnostics diagnostics;
  ReadOptions read;
  read.strict = options.input.strict;
  read.owner = owner ? &*owner : nullptr;
  ImportReport imported;
  const Report report = audit(*source, options.input.from, context.taxonomy(), settings, diagnostics, read, &imported);
  context.print_warnings(diagnostics);
  print_import_report(context, options.input, source->name(), imported);
  diagnostics.checkpoint();

  RenderOptions render;
  render.color = context.use_color();
  render.top = options.top;
  if (options.format == "json") {
    context.out << render_json(report);
  } else if (options.format == "markdown") {
    context.out << render_markdown(report, render);
  } else if (options.format == "tsv") {
    context.out << render_tsv(report);
  } else {
    context.out << render_text(report, render);
  }
  check_written(context.out, "<stdout>");
  return apply_gates(options, report, context);
}

}  // namespace

Command add_audit_command(CLI::App& app) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* sub = app.add_subcommand("audit", "Score each network type and say what to do about the gaps");
  add_roster_options(*sub, options->input);
  add_format_option(*sub, options->format, {"text", "json", "markdown", "tsv"});
  sub->add_option("--as-of", options->as_of, "The date the audit is for, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  sub->add_option("--window", options->window_days, "Days since last contact that still count as active")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_option("--target", options->targets, "Override a target: ID=N (repeatable)")->type_name("ID=N");
  sub->add_option("--weight", options->weights, "Override a category's weight in the score: ID=N (repeatable)")
      ->type_name("ID=N");
  sub->add_option("--top", options->top, "Recommendations shown in full")->capture_default_str();
  sub->add_option("--fail-under", options->fail_under, "Exit 1 when the score is below N (0-100)")
      ->type_name("N")
      ->check(CLI::Range(0.0, 100.0));
  sub->add_option("--fail-on", options->fail_on, "Exit 1 when any category is at or below: missing|weak|developing")
      ->check(CLI::IsMember({"missing", "weak", "developing"}));
  sub->add_flag("--exit-zero", options->exit_zero, "Exit 0 even when a gate fails (still report it)");
  return {sub, [options](Context& context) { return run_audit(*options, context); }};
}

}  // namespace netgap::cli
