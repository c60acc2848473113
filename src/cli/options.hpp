#pragma once
// Options that several subcommands share, parsed the same way everywhere.

#include <CLI/CLI.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/date.hpp>
#include <string>

namespace netgap::cli {

/// Adds `-f, --format` with the formats that render `subject` as its choices.
CLI::Option* add_format_option(CLI::App& app, std::string& format, Subject subject);

/// Accepts only a whole number of 0 or more: CLI11 reads "-1" into an unsigned option as 2^64-1.
CLI::Validator whole_number();

/// The date of --as-of, or today when it is empty; throws Error for anything but YYYY-MM-DD.
Date parse_as_of(const std::string& text);

}  // namespace netgap::cli
