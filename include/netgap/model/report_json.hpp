#pragma once
// The JSON form of reports and diffs (docs/report.schema.json): written by `audit --format json`
// and `--save`, read back by `diff`, `trend` and `--baseline`. Writer and reader live together so
// that they cannot drift apart.

#include <netgap/model/report.hpp>
#include <string>
#include <string_view>

namespace netgap {

/// The report as one stable, versioned JSON document; with `baseline`, its changes since an
/// earlier report under "baseline". Ends with a newline.
std::string report_to_json(const Report& report, const ReportDiff* baseline = nullptr);

/// The diff as one versioned JSON document. Ends with a newline.
std::string diff_to_json(const ReportDiff& diff);

/// Reads a report written by report_to_json(); throws Error naming `source` and the place.
Report parse_report_json(std::string_view text, std::string_view source);

/// True when the first bytes of a file look like a netgap JSON report (rather than a roster).
bool looks_like_report(std::string_view head);

}  // namespace netgap
