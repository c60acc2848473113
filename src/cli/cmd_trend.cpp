// netgap trend DIR: the score and each category's coverage over the audits saved with --save.
#include <fmt/format.h>
#include <algorithm>
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
  std::vector<std::string> fingerprints;
  for (const auto& r : reports) {
    if (!r.taxonomy.empty() && std::find(fingerprints.begin(), fingerprints.end(), r.taxonomy) == fingerprints.end())
      fingerprints.push_back(r.taxonomy);
  }
  if (fingerprints.size() > 1) {
    context.warn(
        fmt::format("the audits in {} were made with {} different taxonomies; a type is shown only for "
                    "the audits whose taxonomy had it",
                    options.dir, fingerprints.size()));
  }
  if (reports.empty() && options.format == "text") {
    print_or_write(context, options.output,
                   "No saved audits yet: run 'netgap audit ROSTER --save " + options.dir + "'.\n");
    return ExitCode::ok;
  }
  RenderOptions render;
  render.ascii = !Context::utf8_locale();
  print_or_write(context, options.output, output_format(options.format).trend(reports, render));
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
