#pragma once
// The subcommands, one file each (src/cli/cmd_<name>.cpp): each registers its options on the
// app and returns what runs it.

#include <CLI/CLI.hpp>
#include <string_view>

#include "cli/context.hpp"

namespace netgap::cli {

/// The how_met of the example contacts `init` writes: `audit` tells when they are still there.
inline constexpr std::string_view init_example_how_met = "Replace this example with a real person";

Command add_audit_command(CLI::App& app);
Command add_dedupe_command(CLI::App& app);
Command add_diff_command(CLI::App& app);
Command add_evidence_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_import_command(CLI::App& app);
Command add_init_command(CLI::App& app);
Command add_label_command(CLI::App& app);
Command add_log_command(CLI::App& app);
Command add_taxonomy_command(CLI::App& app);
Command add_trend_command(CLI::App& app);
Command add_validate_command(CLI::App& app);

}  // namespace netgap::cli
