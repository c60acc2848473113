#include "common.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <netgap/util/input.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/text.hpp>
#include <ostream>

#include "progress.hpp"

namespace netgap::cli {

const Taxonomy& Context::taxonomy() {
  if (!loaded_) {
    loaded_ = global.taxonomy_path.empty() ? builtin_taxonomy() : load_taxonomy(global.taxonomy_path);
  }
  return *loaded_;
}

bool Context::use_color() const {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && *force != '\0' && std::string(force) != "0") return true;
  return out_is_terminal;
}

void Context::warn(const std::string& message) {
  if (!global.quiet) err << "netgap: warning: " << message << '\n';
}

void Context::print_warnings(const Diagnostics& diagnostics) {
  for (const auto& w : diagnostics.warnings()) warn(w);
  if (diagnostics.warning_count() > diagnostics.warnings().size()) {
    warn(std::to_string(diagnostics.warning_count() - diagnostics.warnings().size()) + " more warnings not shown");
  }
}

void add_input_options(CLI::App& app, RosterInput& input) {
  std::string formats;
  for (const auto& f : input_formats()) formats += (formats.empty() ? "" : "|") + std::string(f.name);
  app.add_option("--from", input.from, "Input format: auto|" + formats)->capture_default_str();
  app.add_flag("--strict", input.strict, "Treat unknown fields and skipped records as errors");
  app.add_flag("--verbose", input.verbose, "Name every record an import skipped");
  app.add_option("--owner", input.owner_path, "Take the owner from this roster (for exports, which have none)")
      ->type_name("FILE");
}

void add_roster_options(CLI::App& app, RosterInput& input) {
  app.add_option("roster", input.path, "Roster (JSON) or export (LinkedIn, Google, Outlook CSV, vCard), or - for stdin")
      ->required()
      ->type_name("ROSTER");
  add_input_options(app, input);
}

std::unique_ptr<ByteSource> open_input(Context& context, const std::string& path) {
  auto source = path == "-" ? stream_source(context.in, "<stdin>") : open_source(path);
  // Progress only for a person watching: stderr a terminal, never in pipes or with --quiet.
  if (context.global.quiet || &context.err != &std::cerr || ::isatty(STDERR_FILENO) != 1) return source;
  struct stat info {};
  const std::uint64_t size = path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)
                                 ? static_cast<std::uint64_t>(info.st_size)
                                 : 0;
  return std::make_unique<ProgressSource>(std::move(source), context.err, size);
}

namespace {

/// Keeps only the owner of a roster.
struct OwnerOnly final : RosterVisitor {
  std::optional<Owner> owner;
  void on_owner(const Owner* o) override {
    if (o != nullptr) owner = *o;
  }
  void on_contact(const Contact&) override {}
};

}  // namespace

std::optional<Owner> load_owner(Context& context, const RosterInput& input) {
  if (input.owner_path.empty()) return std::nullopt;
  const auto source = open_input(context, input.owner_path);
  OwnerOnly reader;
  Diagnostics diagnostics;
  read_contacts(*source, "json", context.taxonomy(), reader, diagnostics);
  diagnostics.checkpoint();
  if (!reader.owner) throw Error(input.owner_path + ": --owner: this roster has no \"owner\"");
  return reader.owner;
}

void print_import_report(Context& context, const RosterInput& input, const std::string& source,
                         const ImportReport& report) {
  if (!report.is_import || context.global.quiet) return;
  context.err << "netgap: " << report.summary(source) << '\n';
  if (input.verbose) {
    for (const auto& skipped : report.skipped_records) context.err << "netgap:   skipped " << skipped << '\n';
  }
}

std::size_t read_roster(Context& context, const RosterInput& input, RosterVisitor& visitor) {
  const auto source = open_input(context, input.path);
  const std::optional<Owner> owner = load_owner(context, input);
  Diagnostics diagnostics;
  ReadOptions options;
  options.strict = input.strict;
  options.owner = owner ? &*owner : nullptr;
  const ImportReport report = read_contacts(*source, input.from, context.taxonomy(), visitor, diagnostics, options);
  context.print_warnings(diagnostics);
  print_import_report(context, input, source->name(), report);
  diagnostics.checkpoint();
  return diagnostics.warning_count();
}

Date parse_as_of(const std::string& text) {
  if (text.empty()) return today_utc();
  const auto date = parse_iso_date(text);
  if (!date) throw Error("--as-of: expected a date YYYY-MM-DD, got " + quote(text));
  return *date;
}

CLI::Option* add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : "|") + c;
  return app.add_option("-f,--format", format, "Output format: " + list)
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

}  // namespace netgap::cli
