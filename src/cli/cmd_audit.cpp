// netgap audit ROSTER: which network types are missing, and what to do about each.
#include <fmt/format.h>
#include <sys/stat.h>
#include <cerrno>
#include <cstring>
#include <netgap/analyse/diff.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/output.hpp>
#include <netgap/render/render.hpp>
#include <netgap/model/report.hpp>
#include <netgap/util/text.hpp>
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
  std::string baseline;
  std::string save_dir;
  bool force = false;
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
  settings.as_of = parse_as_of(options.as_of);
  settings.window_days = options.window_days;
  parse_assignments(options.targets, "--target", settings.targets);
  parse_assignments(options.weights, "--weight", settings.weights);
  return settings;
}

/// --save DIR: the JSON report as DIR/YYYY-MM-DD.json (the as-of date), for diff and trend.
void save_report(const AuditOptions& options, const Report& report, Context& context) {
  if (::mkdir(options.save_dir.c_str(), 0755) != 0 && errno != EEXIST) {
    throw Error(fmt::format("--save: cannot create {}: {}", options.save_dir, std::strerror(errno)));
  }
  const std::string path = options.save_dir + "/" + format_iso(report.as_of) + ".json";
  AtomicFile file(path, options.force);
  file.stream() << render_json(report);
  file.commit();
  if (!context.global.quiet) context.err << "netgap: saved " << path << '\n';
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

  Gates gates;
  if (options.fail_under >= 0) gates.fail_under = options.fail_under;
  if (!options.fail_on.empty()) gates.fail_on = parse_status(options.fail_on);
  const std::vector<std::string> failures = check_gates(report, gates);

  std::optional<ReportDiff> baseline;
  if (!options.baseline.empty()) {
    baseline = diff_reports(parse_report_json(read_file(options.baseline), options.baseline), report);
  }
  RenderOptions render;
  render.color = context.use_color();
  render.top = options.top;
  std::string text;
  if (options.format == "json") {
    text = render_json(report, baseline ? &*baseline : nullptr);
  } else if (options.format == "markdown") {
    text = render_markdown(report, render) + (baseline ? "\n" + render_diff_markdown(*baseline) : "");
  } else if (options.format == "tsv") {
    text = render_tsv(report);
  } else if (options.format == "github") {
    text = render_github(report, failures) + (baseline ? render_diff_github(*baseline, false) : "");
  } else if (options.format == "junit") {
    text = render_junit(report, failures);
  } else {
    text = render_text(report, render) + (baseline ? "\n" + render_diff_text(*baseline) : "");
  }
  if (!options.save_dir.empty()) save_report(options, report, context);
  context.out << text;
  check_written(context.out, "<stdout>");
  for (const auto& failure : failures) context.err << "netgap: audit: " << failure << '\n';
  return !failures.empty() && !options.exit_zero ? ExitCode::below_bar : ExitCode::ok;
}

}  // namespace

Command add_audit_command(CLI::App& app) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* sub = app.add_subcommand("audit", "Score each network type and say what to do about the gaps");
  add_roster_options(*sub, options->input);
  add_format_option(*sub, options->format, {"text", "json", "markdown", "tsv", "github", "junit"});
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
  sub->add_option("--baseline", options->baseline, "Show what changed since this earlier JSON report")
      ->type_name("OLD.json");
  sub->add_option("--save", options->save_dir, "Also write the JSON report to DIR/YYYY-MM-DD.json (the as-of date)")
      ->type_name("DIR");
  sub->add_flag("--force", options->force, "With --save: overwrite a report of the same date");
  return {sub, [options](Context& context) { return run_audit(*options, context); }};
}

}  // namespace netgap::cli
