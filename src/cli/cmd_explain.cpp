// netgap explain ROSTER [NAME...]: each contact's categories and lenses, and why.
#include <fmt/format.h>
#include <netgap/analyse/explain.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct ExplainOptions {
  RosterInput input;
  std::vector<std::string> names;
  std::string format = "text";
  std::string output;
  std::string as_of;
};

ExitCode run_explain(const ExplainOptions& options, Context& context) {
  Diagnostics diagnostics;
  Explainer explainer(context.taxonomy(), options.names, input_name(options.input.path), diagnostics,
                      parse_as_of(options.as_of));
  read_input(context, options.input, explainer, diagnostics);
  // Nothing is printed for a roster with errors. The contacts a name found are printed even when
  // another name found none, which is then an error: `explain roster A B` never passes over B.
  const Explanation& explanation = explainer.explanation();
  const auto missing = explainer.unmatched_names();
  if (!explanation.contacts.empty() || missing.empty()) {
    print_or_write(context, options.output, output_format(options.format).explanation(explanation, RenderOptions{}));
  }
  if (!missing.empty()) {
    std::vector<std::string> quoted;
    for (const auto& name : missing) quoted.push_back(quote(name));
    throw Error(fmt::format("{}: no contact named {}", options.input.path, join(quoted)));
  }
  return ExitCode::ok;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand("explain", "Show each contact's categories and lenses, and why");
  add_roster_options(*sub, options->input);
  sub->add_option("names", options->names, "Only the contacts whose name contains one of these");
  add_format_option(*sub, options->format, Subject::explanation);
  add_output_option(*sub, options->output);
  sub->add_option("--as-of", options->as_of, "The date whose quiet ties are named, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  return {sub, [options](Context& context) { return run_explain(*options, context); }};
}

}  // namespace netgap::cli
