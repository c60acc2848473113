// netgap taxonomy [ID] [--format text|json|markdown]
#include <netgap/util/text.hpp>
#include <ostream>

#include "common.hpp"

namespace netgap::cli {
namespace {

struct TaxonomyOptions {
  std::string id;
  std::string format = "text";
};

ExitCode run_taxonomy(const TaxonomyOptions& options, Context& context) {
  const Taxonomy& taxonomy = context.taxonomy();
  if (!options.id.empty()) {
    const NetworkType* type = taxonomy.find(options.id);
    if (type == nullptr) {
      std::string message = "unknown category or lens " + quote(options.id);
      if (const auto near = closest_match(options.id, taxonomy.ids())) message += " (did you mean \"" + *near + "\"?)";
      throw Error(message);
    }
    if (options.format == "json") {
      context.out << render_network_type_json(*type);
    } else {
      context.out << render_network_type_text(taxonomy, *type);
    }
    return ExitCode::ok;
  }
  if (options.format == "json") {
    context.out << render_taxonomy_json(taxonomy);
  } else if (options.format == "markdown") {
    context.out << render_taxonomy_markdown(taxonomy);
  } else {
    context.out << render_taxonomy_text(taxonomy);
  }
  return ExitCode::ok;
}

}  // namespace

Command add_taxonomy_command(CLI::App& app) {
  auto options = std::make_shared<TaxonomyOptions>();
  CLI::App* sub = app.add_subcommand("taxonomy", "Show the network types netgap audits, with how to build each");
  sub->add_option("id", options->id, "Show one category or lens in full");
  add_format_option(*sub, options->format, {"text", "json", "markdown"});
  return {sub, [options](Context& context) { return run_taxonomy(*options, context); }};
}

}  // namespace netgap::cli
