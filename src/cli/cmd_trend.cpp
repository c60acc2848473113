// netgap trend DIR: the score and each category's coverage over the audits saved with --save.
#include <netgap/render/render.hpp>

#include "cli/commands.hpp"
#include "cli/history.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct TrendOptions {
  std::string dir;
  std::string format = "text";
  std::string output;
};

ExitCode run_trend(const TrendOptions& options, Context& context) {
  const std::vector<Report> reports = read_saved_reports(options.dir);
  if (reports.empty() && options.format == "text") {
    print_or_write(context, options.output,
                   "No saved audits yet: run 'netgap audit ROSTER --save " + options.dir + "'.\n");
    return ExitCode::ok;
  }
  print_or_write(context, options.output, output_format(options.format).trend(reports, RenderOptions{}));
  return ExitCode::ok;
}

}  // namespace

Command add_trend_command(CLI::App& app) {
  auto options = std::make_shared<TrendOptions>();
  CLI::App* sub = app.add_subcommand("trend", "Show the score and coverage over audits saved with 'audit --save DIR'");
  sub->add_option("dir", options->dir, "The directory of saved audits (YYYY-MM-DD.json)")->required()->type_name("DIR");
  add_format_option(*sub, options->format, Subject::trend);
  add_output_option(*sub, options->output);
  return {sub, [options](Context& context) { return run_trend(*options, context); }};
}

}  // namespace netgap::cli
