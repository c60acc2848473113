#pragma once
// Options that several subcommands share, parsed the same way everywhere.

#include <CLI/CLI.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/date.hpp>
#include <string>

#include "cli/context.hpp"

namespace netgap::cli {

/// Adds `-f, --format` with the formats that render `subject` as its choices.
CLI::Option* add_format_option(CLI::App& app, std::string& format, Subject subject);

/// Adds `-o, --output FILE`: the report goes to FILE instead of standard output.
CLI::Option* add_output_option(CLI::App& app, std::string& path);

/// Prints `text` to standard output when `path` is empty or "-"; otherwise writes it to `path`
/// atomically (replacing it whole, or leaving it as it was). Throws Error.
void print_or_write(Context& context, const std::string& path, const std::string& text);

/// True when a report that goes to `path` (see print_or_write) should be coloured.
bool use_color_for(const Context& context, const std::string& path);

/// Accepts only a whole number of `minimum` or more (at most 9 digits): CLI11 reads "-1" into an
/// unsigned option as 2^64-1.
CLI::Validator whole_number(unsigned minimum = 0);

/// Refuses an empty file name, which the commands would otherwise take for standard output.
CLI::Validator file_name();

/// The date of --as-of, or today when it is empty; throws Error for anything but YYYY-MM-DD.
Date parse_as_of(const std::string& text, std::string_view option = "--as-of");

}  // namespace netgap::cli
