// netgap validate ROSTER: check a roster and say what is wrong with it, precisely.
#include <fmt/format.h>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/duplicates.hpp>
#include <netgap/analyse/lint.hpp>

#include "cli/commands.hpp"
#include "cli/roster_input.hpp"

namespace netgap::cli {
namespace {

struct ValidateOptions {
  RosterInput input;
};

/// Counts contacts and looks for duplicates; validation itself happens in the reader.
class Checker final : public RosterVisitor {
 public:
  Checker(std::string source, const Taxonomy& taxonomy, Diagnostics& diagnostics)
      : source_(std::move(source)), duplicates_(taxonomy.organization_suffixes), diagnostics_(diagnostics) {}
  void on_owner(const Owner* owner) override { has_owner = owner != nullptr; }
  void on_contact(const Contact& contact) override {
    ++contacts;
    duplicates_.add(contact, source_, diagnostics_);
  }
  std::size_t contacts = 0;
  bool has_owner = false;

 private:
  std::string source_;
  DuplicateFinder duplicates_;
  Diagnostics& diagnostics_;
};

ExitCode run_validate(const ValidateOptions& options, Context& context) {
  const std::string name = input_name(options.input.path);
  Diagnostics found;
  Checker checker(name, context.taxonomy(), found);
  RosterLint lint(name, today_local(), options.input.strict, found);
  FanOut both({&checker, &lint});
  const std::size_t reader_warnings = read_input(context, options.input, both).warnings;
  context.print_warnings(found);
  found.checkpoint();
  const std::size_t warnings = reader_warnings + found.warning_count();
  context.print(
      fmt::format("{}: ok, {} contact{}{}{}\n", name, checker.contacts, checker.contacts == 1 ? "" : "s",
                  checker.has_owner ? "" : ", no owner",
                  warnings == 0 ? std::string() : fmt::format(" ({} warning{})", warnings, warnings == 1 ? "" : "s")));
  return ExitCode::ok;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand("validate", "Check a roster file and point at every problem in it");
  add_roster_options(*sub, options->input);
  return {sub, [options](Context& context) { return run_validate(*options, context); }};
}

}  // namespace netgap::cli
