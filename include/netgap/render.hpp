#pragma once

#include <cstddef>
#include <netgap/report.hpp>
#include <string>

namespace netgap {

/// How a report is shown.
struct RenderOptions {
  bool color = false;   ///< ANSI colours (text only)
  std::size_t top = 3;  ///< recommendations shown in full (text and markdown)
};

/// For a terminal: tables per group, bars, the score and what to do next; fits 80 columns.
std::string render_text(const Report& report, const RenderOptions& options);
/// One stable, versioned JSON document (docs/report.schema.json).
std::string render_json(const Report& report);
/// A coverage table and the recommendations, for $GITHUB_STEP_SUMMARY and reports.
std::string render_markdown(const Report& report, const RenderOptions& options);
/// A header, then one row per category and per lens, for cut, awk and sort.
std::string render_tsv(const Report& report);

}  // namespace netgap
