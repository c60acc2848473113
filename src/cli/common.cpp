#include "common.hpp"

#include <cstdlib>
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

CLI::Option* add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : "|") + c;
  return app.add_option("-f,--format", format, "Output format: " + list)
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

}  // namespace netgap::cli
