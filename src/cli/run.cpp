// The one place where errors become exit codes.
#include <fmt/format.h>
#include <netgap/util/output.hpp>
#include <netgap/util/text.hpp>
#include <netgap/version.hpp>
#include <sstream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "cli/config_check.hpp"
#include "cli/context.hpp"
#include "cli/options.hpp"

namespace netgap::cli {
namespace {

constexpr const char* exit_codes_help =
    "Exit codes: 0 ok, 1 the audit fell below a bar you set, 2 usage or input error, 3 internal error.";

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* a = &app; a != nullptr; a = a->get_parent()) {
    for (const CLI::Option* option : a->get_options()) {
      for (const auto& name : option->get_lnames()) names.push_back("--" + name);
      for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

/// CLI11 says "The following arguments were not expected"; we name the nearest real one.
std::string explain_extras(const CLI::App& app, const std::vector<std::string>& extras) {
  const CLI::App* active = &app;
  for (const CLI::App* sub : app.get_subcommands()) active = sub;
  std::string message;
  for (const auto& extra : extras) {
    if (!message.empty()) message += '\n';
    if (starts_with(extra, "-")) {
      const std::string name = extra.substr(0, extra.find('='));
      message += "unknown option " + name + did_you_mean(name, option_names(*active), '\'');
    } else if (active == &app) {
      // An unknown command: the words after it are its arguments, not more mistakes.
      return "unknown command " + quote(extra) + did_you_mean(extra, subcommand_names(app), '\'');
    } else {
      message += fmt::format("unexpected argument {} for '{}'", quote(extra), active->get_name());
    }
  }
  return message;
}

void print_error_lines(std::ostream& err, std::string_view text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!line.empty()) err << "netgap: error: " << printable(line) << '\n';
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

std::string short_help(const CLI::App& app) {
  std::string out =
      fmt::format("netgap {}: {}\n\nUsage: netgap COMMAND [OPTIONS]\n\nCommands:\n", version, app.get_description());
  for (const CLI::App* sub : app.get_subcommands({})) {
    out += fmt::format("  {:<10} {}\n", sub->get_name(), sub->get_description());
  }
  out += "\nRun 'netgap COMMAND --help' for a command's options, 'netgap --help' for all.\n";
  return out;
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::istream& in,
        Terminals terminals) {
  try {
    CLI::App app{"audit your network for the groups missing from it", "netgap"};
    app.footer(exit_codes_help);
    app.set_version_flag("--version", fmt::format("netgap {}", version));
    app.require_subcommand(0, 1);
    app.fallthrough();

    Context context(in, out, err, terminals);
    app.add_option("--taxonomy", context.global.taxonomy_path, "Use another taxonomy file of the same schema")
        ->check(file_name())
        ->type_name("FILE");
    app.add_option("--color", context.global.color, "Colour the report: auto|always|never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("-q,--quiet", context.global.quiet, "Print no warnings");
    app.add_option("--threads", context.global.threads,
                   "Use at most N threads (netgap uses two at most: reading, and classifying a large roster; "
                   "default: two when this process may run on two cores)")
        ->type_name("N")
        ->check(whole_number(1).description(""));  // the help says "N", not "N:N"
    app.set_config("--config", "netgap.toml", "Read options from a TOML file (default: ./netgap.toml if present)")
        ->option_text("FILE");  // not "--config=netgap.toml", as if it were always read

    const std::vector<Command> commands = {
        add_audit_command(app),    add_validate_command(app), add_explain_command(app), add_import_command(app),
        add_diff_command(app),     add_trend_command(app),    add_init_command(app),    add_taxonomy_command(app),
        add_evidence_command(app), add_label_command(app),    add_dedupe_command(app),  add_log_command(app),
    };

    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& e) {  // --help, --help-all, --version
      app.exit(e, out, err);
      check_written(out, "<stdout>");
      return to_int(ExitCode::ok);
    } catch (const CLI::ExtrasError& e) {
      print_error_lines(err, explain_extras(app, app.remaining()));
      err << "Run with --help for more information.\n";
      return to_int(ExitCode::bad_input);
    } catch (const CLI::ParseError& e) {
      std::ostringstream message;
      std::ostringstream ignored;
      const int code = app.exit(e, ignored, message);
      print_error_lines(err, message.str().substr(0, message.str().find("Run with --help")));
      err << "Run with --help for more information.\n";
      return code == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::bad_input);
    }

    check_config(app);
    for (const auto& command : commands) {
      if (command.app->parsed()) return to_int(command.run(context));
    }
    context.print(short_help(app));
    return to_int(ExitCode::ok);
  } catch (const Error& e) {
    print_error_lines(err, e.what());
    return to_int(ExitCode::bad_input);
  } catch (const std::bad_alloc&) {
    err << "netgap: error: out of memory\n";
    return to_int(ExitCode::internal);
  } catch (const std::exception& e) {
    err << "netgap: internal error: " << e.what() << "\nPlease report this at the netgap issue tracker.\n";
    return to_int(ExitCode::internal);
  }
}

}  // namespace netgap::cli
