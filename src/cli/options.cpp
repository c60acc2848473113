#include "cli/options.hpp"

#include <netgap/util/error.hpp>
#include <netgap/util/output.hpp>
#include <netgap/util/text.hpp>

namespace netgap::cli {

CLI::Option* add_format_option(CLI::App& app, std::string& format, Subject subject) {
  const std::vector<std::string> choices = output_format_names(subject);
  return app.add_option("-f,--format", format, "Output format: " + join(choices, "|"))
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

CLI::Option* add_output_option(CLI::App& app, std::string& path) {
  return app.add_option("-o,--output", path, "Write the report to FILE (atomically) instead of standard output")
      ->type_name("FILE");
}

void print_or_write(Context& context, const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    context.print(text);
    return;
  }
  // A report is made again from its input, so an earlier one of the same name is replaced.
  AtomicFile file(path, true);
  file.stream() << text;
  file.commit();
}

bool use_color_for(const Context& context, const std::string& path) {
  if (path.empty() || path == "-") return context.use_color();
  return context.global.color == "always";
}

Date parse_as_of(const std::string& text) {
  if (text.empty()) return today_utc();
  const auto date = parse_iso_date(text);
  if (!date) throw Error("--as-of: expected a date YYYY-MM-DD, got " + quote(text));
  return *date;
}

}  // namespace netgap::cli
