#include "common.hpp"

#include <cstdlib>
#include <netgap/input.hpp>
#include <netgap/reader.hpp>
#include <ostream>

namespace netgap::cli {

const Taxonomy& Context::taxonomy() {
  if (!loaded_) {
    loaded_ = global.taxonomy_path.empty() ? builtin_taxonomy() : load_taxonomy(global.taxonomy_path);
  }
  return *loaded_;
}

bool Context::use_color() const {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && *force != '\0' && std::string(force) != "0") return true;
  return out_is_terminal;
}

void Context::warn(const std::string& message) {
  if (!global.quiet) err << "netgap: warning: " << message << '\n';
}

void Context::print_warnings(const Diagnostics& diagnostics) {
  for (const auto& w : diagnostics.warnings()) warn(w);
  if (diagnostics.warning_count() > diagnostics.warnings().size()) {
    warn(std::to_string(diagnostics.warning_count() - diagnostics.warnings().size()) + " more warnings not shown");
  }
}

void add_roster_options(CLI::App& app, RosterInput& input) {
  app.add_option("roster", input.path, "Roster file (JSON), or - for standard input")->required()->type_name("ROSTER");
  std::string formats;
  for (const auto& f : input_formats()) formats += (formats.empty() ? "" : "|") + std::string(f.name);
  app.add_option("--from", input.from, "Input format: auto|" + formats)->capture_default_str();
  app.add_flag("--strict", input.strict, "Treat unknown fields and skipped records as errors");
}

std::size_t read_roster(Context& context, const RosterInput& input, RosterVisitor& visitor) {
  const auto source = input.path == "-" ? stream_source(context.in, "<stdin>") : open_source(input.path);
  Diagnostics diagnostics;
  ReadOptions options;
  options.strict = input.strict;
  read_contacts(*source, input.from, context.taxonomy(), visitor, diagnostics, options);
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  return diagnostics.warning_count();
}

CLI::Option* add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : "|") + c;
  return app.add_option("-f,--format", format, "Output format: " + list)
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

}  // namespace netgap::cli
