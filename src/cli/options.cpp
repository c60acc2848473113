#include "cli/options.hpp"
#include <fmt/format.h>

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
      ->check(file_name())
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

CLI::Validator whole_number(unsigned minimum) {
  return CLI::Validator(
      [minimum](std::string& text) -> std::string {
        const bool digits =
            !text.empty() && text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoul(text) >= minimum) return std::string();
        return fmt::format("expected a whole number, {} or more, got {}", minimum, quote(text));
      },
      "N");
}

CLI::Validator file_name() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        return text.empty() ? "an empty file name (use - for standard output or input)" : std::string();
      },
      "FILE");
}

Date parse_as_of(const std::string& text, std::string_view option) {
  if (text.empty()) return today_local();
  const auto date = parse_iso_date(text);
  if (!date) throw Error(fmt::format("{}: expected a date YYYY-MM-DD, got {}", option, quote(text)));
  return *date;
}

}  // namespace netgap::cli
