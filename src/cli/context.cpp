#include "cli/context.hpp"

#include <fmt/format.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <cctype>
#include <cstdlib>
#include <netgap/util/output.hpp>
#include <netgap/util/text.hpp>
#include <ostream>
#include <string>

namespace netgap::cli {

Terminals process_terminals() {
  Terminals terminals{::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1, ::isatty(STDIN_FILENO) == 1};
  winsize size{};
  if (terminals.err && ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0) terminals.err_columns = size.ws_col;
  return terminals;
}

const Taxonomy& Context::taxonomy() {
  if (!loaded_) {
    loaded_ = global.taxonomy_path.empty() ? builtin_taxonomy() : load_taxonomy(global.taxonomy_path);
  }
  return *loaded_;
}

bool Context::second_thread() const {
  if (global.threads > 0) return global.threads >= 2;
  cpu_set_t cores;
  CPU_ZERO(&cores);
  return ::sched_getaffinity(0, sizeof cores, &cores) == 0 && CPU_COUNT(&cores) >= 2;
}

bool Context::use_color() const {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && *force != '\0' && std::string(force) != "0") return true;
  return terminals.out;
}

bool Context::utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    std::string locale;
    for (const char* c = value; *c != '\0'; ++c) {
      if (*c != '-') locale += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    }
    return locale.find("utf8") != std::string::npos;
  }
  return true;
}

void Context::warn(const std::string& message) {
  if (!global.quiet) err << "netgap: warning: " << printable(message) << '\n';
}

void Context::note(const std::string& message) {
  if (!global.quiet) say(message);
}

std::function<void()> Context::waiting_for(const std::string& path) {
  return [this, path] {
    note(fmt::format("waiting for {}: another netgap process is changing it (a label session?)", path));
  };
}

void Context::say(const std::string& message) { err << "netgap: " << printable(message) << '\n'; }

void Context::print_warnings(const Diagnostics& diagnostics) {
  for (const auto& w : diagnostics.warnings()) warn(w);
  if (diagnostics.warning_count() > diagnostics.warnings().size()) {
    warn(std::to_string(diagnostics.warning_count() - diagnostics.warnings().size()) + " more warnings not shown");
  }
}

void Context::print(const std::string& text) {
  out << text;
  check_written(out, "<stdout>");
}

}  // namespace netgap::cli
