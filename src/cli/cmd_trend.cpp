// netgap trend DIR: the score and each category's coverage over the audits saved with --save.
#include <dirent.h>
#include <fmt/format.h>
#include <algorithm>
#include <netgap/model/report_json.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/input.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct TrendOptions {
  std::string dir;
  std::string format = "text";
};

std::vector<std::string> saved_reports(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) throw Error(dir + ": cannot open the directory of saved audits");
  std::vector<std::string> files;
  while (const dirent* entry = ::readdir(d)) {
    const std::string name = entry->d_name;
    if (name.size() == 15 && name.compare(10, 5, ".json") == 0 && parse_iso_date(name.substr(0, 10))) {
      files.push_back(dir + "/" + name);
    }
  }
  ::closedir(d);
  std::sort(files.begin(), files.end());  // YYYY-MM-DD sorts by date
  return files;
}

ExitCode run_trend(const TrendOptions& options, Context& context) {
  std::vector<Report> reports;
  for (const auto& file : saved_reports(options.dir)) reports.push_back(parse_report_json(read_file(file), file));
  std::stable_sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) { return a.as_of < b.as_of; });
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
    context.print("No saved audits yet: run 'netgap audit ROSTER --save " + options.dir + "'.\n");
    return ExitCode::ok;
  }
  RenderOptions render;
  render.ascii = !Context::utf8_locale();
  context.print(output_format(options.format).trend(reports, render));
  return ExitCode::ok;
}

}  // namespace

Command add_trend_command(CLI::App& app) {
  auto options = std::make_shared<TrendOptions>();
  CLI::App* sub = app.add_subcommand("trend", "Show the score and coverage over audits saved with 'audit --save DIR'");
  sub->add_option("dir", options->dir, "The directory of saved audits (YYYY-MM-DD.json)")->required()->type_name("DIR");
  add_format_option(*sub, options->format, Subject::trend);
  return {sub, [options](Context& context) { return run_trend(*options, context); }};
}

}  // namespace netgap::cli
