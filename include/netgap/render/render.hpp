#pragma once
// Output formats as one table: each format is one file in src/render/ and one row here, and says
// which subjects (a report, a diff, a trend, an explanation, the taxonomy) it can render.

#include <cstddef>
#include <netgap/analyse/explain.hpp>
#include <netgap/model/report.hpp>
#include <netgap/model/taxonomy.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// How a subject is shown.
struct RenderOptions {
  bool color = false;                      ///< ANSI colours (text only)
  std::size_t top = 3;                     ///< recommendations shown in full (text and markdown)
  std::string more_hint;                   ///< said after the names of the recommendations not shown
  const ReportDiff* baseline = nullptr;    ///< a report's changes since an earlier one, if asked for
  std::vector<std::string> gate_failures;  ///< bars the report did not clear, in words
  bool regression_gate = false;            ///< a diff: regressing fails the run (CI formats say so)
  bool ascii = false;                      ///< bars and sparklines in ASCII: the locale is not UTF-8 (text)

  /// Saved reports, oldest first, for the trend of a report's page (html).
  const std::vector<Report>* history = nullptr;
};

/// What can be rendered.
enum class Subject { report, diff, trend, explanation, taxonomy };

/// One output format. A null function: the format does not apply to that subject.
struct OutputFormat {
  std::string_view name;
  std::string_view description;
  std::string (*report)(const Report& report, const RenderOptions& options);
  std::string (*diff)(const ReportDiff& diff, const RenderOptions& options);
  /// Saved reports, oldest first.
  std::string (*trend)(const std::vector<Report>& reports, const RenderOptions& options);
  std::string (*explanation)(const Explanation& explanation, const RenderOptions& options);
  /// The whole taxonomy, or only `one` of its types when not null.
  std::string (*taxonomy)(const Taxonomy& taxonomy, const NetworkType* one, const RenderOptions& options);

  /// True when the format renders `subject`.
  [[nodiscard]] bool renders(Subject subject) const;
};

/// Every output format, in the order `--help` lists them.
const std::vector<OutputFormat>& output_formats();

/// The names of the formats that render `subject` (the choices of a command's --format).
std::vector<std::string> output_format_names(Subject subject);

/// The format of that name; throws Error for an unknown one, with a suggestion.
const OutputFormat& output_format(std::string_view name);

// The rows of the table, one file each in src/render/.

/// "2 contacts connected after 2026-10-01 are left out (...)", for a report that left some out.
std::string left_out(const Report& report);
/// What a "?" after a status means and which types it marks, in one unwrapped sentence; empty when
/// no type's status rests on undated ties (text and Markdown).
std::string undated_note(const Report& report);

/// For a terminal: tables per group, bars, the score and what to do next; fits 80 columns.
std::string render_text(const Report& report, const RenderOptions& options);
std::string render_diff_text(const ReportDiff& diff, const RenderOptions& options);
std::string render_trend_text(const std::vector<Report>& reports, const RenderOptions& options);
std::string render_explanation_text(const Explanation& explanation, const RenderOptions& options);
std::string render_taxonomy_text(const Taxonomy& taxonomy, const NetworkType* one, const RenderOptions& options);

/// One stable, versioned JSON document per subject (docs/report.schema.json for reports).
std::string render_json(const Report& report, const RenderOptions& options);
std::string render_diff_json(const ReportDiff& diff, const RenderOptions& options);
std::string render_trend_json(const std::vector<Report>& reports, const RenderOptions& options);
std::string render_explanation_json(const Explanation& explanation, const RenderOptions& options);
std::string render_taxonomy_json(const Taxonomy& taxonomy, const NetworkType* one, const RenderOptions& options);

/// Tables and lists for $GITHUB_STEP_SUMMARY, pull requests and notes.
std::string render_markdown(const Report& report, const RenderOptions& options);
std::string render_diff_markdown(const ReportDiff& diff, const RenderOptions& options);
std::string render_taxonomy_markdown(const Taxonomy& taxonomy, const NetworkType* one, const RenderOptions& options);

/// A header, then one row per category and per lens, for cut, awk and sort.
std::string render_tsv(const Report& report, const RenderOptions& options);
std::string render_diff_tsv(const ReportDiff& diff, const RenderOptions& options);

/// GitHub Actions workflow commands: a ::warning per gap or worsened type, an ::error per failed
/// gate (or on regression, with regression_gate).
std::string render_github(const Report& report, const RenderOptions& options);
std::string render_diff_github(const ReportDiff& diff, const RenderOptions& options);
/// GitHub's escaping of a workflow command's message (%, CR, LF).
std::string github_escape_data(std::string_view text);
/// GitHub's escaping of a workflow command's property (also ':' and ',').
std::string github_escape_property(std::string_view text);

/// One self-contained HTML5 page (inline CSS and SVG, no script, nothing fetched): a gauge, a
/// radar, bars, an egogram (Report::egogram), recommendations, a trend (RenderOptions::history).
std::string render_html(const Report& report, const RenderOptions& options);
std::string render_diff_html(const ReportDiff& diff, const RenderOptions& options);
std::string render_trend_html(const std::vector<Report>& reports, const RenderOptions& options);

/// JUnit XML: one test case per category and lens, a gap (or a worsened status) as a failure.
std::string render_junit(const Report& report, const RenderOptions& options);
std::string render_diff_junit(const ReportDiff& diff, const RenderOptions& options);
/// Text safe in XML attributes and elements (characters XML forbids are dropped).
std::string xml_escape(std::string_view text);

}  // namespace netgap
