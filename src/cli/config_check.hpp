#pragma once
// The config file is checked against the options it may set: CLI11 ignores what it does not know,
// so a typo (`windw`, `fail_under`, `[Audit]`) would silently leave a gate at its default.

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace netgap::cli {

/// Throws Error "FILE:LINE: unknown ..." (with a did-you-mean) for the first key, section or line
/// of the TOML `text` that no option of `app` or of its subcommands would take.
void check_config_text(const CLI::App& app, std::string_view text, const std::string& path);

/// Checks the config file the parsed `app` read, if it read one (--config, or ./netgap.toml).
void check_config(const CLI::App& app);

}  // namespace netgap::cli
