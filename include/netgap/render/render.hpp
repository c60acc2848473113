#pragma once

#include <cstddef>
#include <netgap/model/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// How a report is shown.
struct RenderOptions {
  bool color = false;   ///< ANSI colours (text only)
  std::size_t top = 3;  ///< recommendations shown in full (text and markdown)
};

/// For a terminal: tables per group, bars, the score and what to do next; fits 80 columns.
std::string render_text(const Report& report, const RenderOptions& options);
struct ReportDiff;
/// One stable, versioned JSON document (docs/report.schema.json); with `baseline`, its changes
/// since an earlier report under "baseline".
std::string render_json(const Report& report, const ReportDiff* baseline = nullptr);
/// A coverage table and the recommendations, for $GITHUB_STEP_SUMMARY and reports.
std::string render_markdown(const Report& report, const RenderOptions& options);
/// A header, then one row per category and per lens, for cut, awk and sort.
std::string render_tsv(const Report& report);
/// GitHub Actions workflow commands: a ::warning per gap, an ::error per failed gate.
std::string render_github(const Report& report, const std::vector<std::string>& gate_failures);
/// JUnit XML: one test case per category and lens, a gap as a failure; failed gates in the suite.
std::string render_junit(const Report& report, const std::vector<std::string>& gate_failures);

/// GitHub workflow commands for a diff: a ::warning per worsened type, an ::error on regression
/// when `gate` is set.
std::string render_diff_github(const ReportDiff& diff, bool gate);
/// JUnit XML for a diff: one test case per category and lens, a worsened status as a failure.
std::string render_diff_junit(const ReportDiff& diff);

/// GitHub's escaping of a workflow command's message (%, CR, LF).
std::string github_escape_data(std::string_view text);
/// GitHub's escaping of a workflow command's property (also ':' and ',').
std::string github_escape_property(std::string_view text);
/// Text safe in XML attributes and elements (characters XML forbids are dropped).
std::string xml_escape(std::string_view text);

}  // namespace netgap
