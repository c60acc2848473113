#include "cli/options.hpp"

#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>

namespace netgap::cli {

CLI::Option* add_format_option(CLI::App& app, std::string& format, Subject subject) {
  const std::vector<std::string> choices = output_format_names(subject);
  return app.add_option("-f,--format", format, "Output format: " + join(choices, "|"))
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

Date parse_as_of(const std::string& text) {
  if (text.empty()) return today_local();
  const auto date = parse_iso_date(text);
  if (!date) throw Error("--as-of: expected a date YYYY-MM-DD, got " + quote(text));
  return *date;
}

}  // namespace netgap::cli
