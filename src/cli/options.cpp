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

CLI::Validator whole_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const bool digits =
            !text.empty() && text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
        return digits ? std::string() : "expected a whole number, 0 or more, got " + quote(text);
      },
      "N");
}

Date parse_as_of(const std::string& text) {
  if (text.empty()) return today_local();
  const auto date = parse_iso_date(text);
  if (!date) throw Error("--as-of: expected a date YYYY-MM-DD, got " + quote(text));
  return *date;
}

}  // namespace netgap::cli
