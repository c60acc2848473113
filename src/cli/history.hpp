#pragma once
// The audits saved with `audit --save DIR`, read back for a trend.

#include <netgap/model/report.hpp>
#include <string>
#include <vector>

namespace netgap::cli {

/// Every DIR/YYYY-MM-DD.json report, oldest first; throws Error when DIR cannot be read or a
/// report is broken (naming the file).
std::vector<Report> read_saved_reports(const std::string& dir);

}  // namespace netgap::cli
