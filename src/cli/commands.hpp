#pragma once
// The subcommands, one file each (src/cli/cmd_<name>.cpp): each registers its options on the
// app and returns what runs it.

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace netgap::cli {

Command add_audit_command(CLI::App& app);
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
