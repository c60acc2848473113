#pragma once
// The sections of the HTML pages, shared by the audit, diff and trend pages.

#include <netgap/model/report.hpp>
#include <string>
#include <vector>

namespace netgap {

struct RenderOptions;

/// The radar (with the baseline's polygon when given) and a table of bars per group and lenses.
std::string coverage_section(const Report& report, const ReportDiff* baseline);

/// The egogram with its legend and table; empty when the report carries none.
std::string egogram_section(const Report& report);

/// The recommendations: the first `options.top` in full, the others by name.
std::string recommendations_section(const Report& report, const RenderOptions& options);

/// What changed between two audits: the score, a table of every type, the contacts.
std::string changes_body(const ReportDiff& diff);

/// The score over time, a small chart per category and lens, and their numbers.
std::string trend_body(const std::vector<Report>& reports);

/// The unclassified contacts, how the contacts spread over the networks, and diversity.
std::string spread_section(const Report& report);

}  // namespace netgap
