// netgap init [FILE]: a starter roster with one example contact per category.
#include <netgap/util/date.hpp>
#include <netgap/util/output.hpp>
#include <netgap/write/roster_writer.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

struct InitOptions {
  std::string path;
  bool force = false;
};

/// The starter roster: an owner to fill in, and one example per category of the taxonomy.
std::string starter_roster(const Taxonomy& taxonomy) {
  Owner owner;
  owner.name = "Your Name";
  owner.organization = "Your Organization";
  owner.department = "Your Department";
  owner.role = "Your Role";
  owner.industry = "your industry";
  owner.schools = {"Your University"};
  std::ostringstream out;
  RosterWriter writer(out, &owner);
  Contact contact;
  for (const auto& category : taxonomy.categories) {
    contact.clear();
    contact.name = "Example: " + category.name;
    contact.categories = {category.id};
    contact.how_met = std::string(init_example_how_met);
    contact.strength = 3;
    contact.notes = category.description;
    writer.add(contact);
    ++contact.index;
  }
  writer.finish();
  return out.str();
}

ExitCode run_init(const InitOptions& options, Context& context) {
  const std::string text = starter_roster(context.taxonomy());
  if (options.path.empty() || options.path == "-") {
    if (options.force) throw Error("--force applies to FILE; standard output is never overwritten");
    context.print(text);
    return ExitCode::ok;
  }
  AtomicFile file(options.path, options.force);
  file.stream() << text;
  file.commit();
  context.note("wrote " + options.path + "; fill in the owner and replace the examples");
  return ExitCode::ok;
}

}  // namespace

Command add_init_command(CLI::App& app) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* sub = app.add_subcommand("init", "Write a starter roster to FILE (or standard output)");
  sub->add_option("file", options->path, "Where to write it; never overwritten without --force")
      ->check(file_name())
      ->type_name("FILE");
  sub->add_flag("--force", options->force, "Overwrite FILE if it exists");
  return {sub, [options](Context& context) { return run_init(*options, context); }};
}

}  // namespace netgap::cli
