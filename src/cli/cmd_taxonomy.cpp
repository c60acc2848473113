// netgap taxonomy [ID] [--format text|json|markdown]
#include <algorithm>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct TaxonomyOptions {
  std::string id;
  std::string format = "text";
  std::string output;
};

ExitCode run_taxonomy(const TaxonomyOptions& options, Context& context) {
  const Taxonomy& taxonomy = context.taxonomy();
  const NetworkType* one = nullptr;
  if (!options.id.empty()) {
    one = taxonomy.find(options.id);
    for (const auto* list : {&taxonomy.categories, &taxonomy.lenses}) {  // "mentor" is an alias of mentors
      for (const auto& type : *list) {
        if (one == nullptr && std::find(type.aliases.begin(), type.aliases.end(), options.id) != type.aliases.end())
          one = &type;
      }
    }
    if (one == nullptr)
      throw Error("unknown category or lens " + quote(options.id) + did_you_mean(options.id, taxonomy.ids()));
  }
  print_or_write(context, options.output, output_format(options.format).taxonomy(taxonomy, one, RenderOptions{}));
  return ExitCode::ok;
}

}  // namespace

Command add_taxonomy_command(CLI::App& app) {
  auto options = std::make_shared<TaxonomyOptions>();
  CLI::App* sub = app.add_subcommand("taxonomy", "Show the network types netgap audits, with how to build each");
  sub->add_option("id", options->id, "Show one category or lens in full");
  add_format_option(*sub, options->format, Subject::taxonomy);
  add_output_option(*sub, options->output);
  return {sub, [options](Context& context) { return run_taxonomy(*options, context); }};
}

}  // namespace netgap::cli
