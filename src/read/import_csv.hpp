#pragma once
// The CSV importers, registered in the format table of src/read/reader.cpp.

#include <netgap/read/import_report.hpp>
#include <netgap/read/read_options.hpp>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {
class BufferedInput;
class Diagnostics;
}  // namespace netgap

namespace netgap::detail {

/// The CSV exports netgap recognises by their header.
enum class Dialect { linkedin, google, outlook, generic };

/// True when `head` holds a CSV header of this dialect among its first records.
bool detect_csv_dialect(std::string_view head, Dialect dialect);

/// "linkedin", "google", "outlook", "csv".
std::string_view dialect_name(Dialect dialect);

/// Streams the contacts of a CSV export; every record is imported or skipped with a reason.
void read_csv_contacts(BufferedInput& input, Dialect dialect, RosterVisitor& visitor, Diagnostics& diagnostics,
                       const ReadOptions& options, ImportReport& report);

/// The trimmed, non-empty values of a cell that holds several ("a ::: b" in Google's exports,
/// "url1,url2" in LinkedIn's).
std::vector<std::string> split_values(std::string_view text, std::string_view separator);

/// "09 Oct 2024", "1/8/18, 6:14 PM", "6-Feb-26" or "2024-10-09".
std::optional<Date> parse_export_date(std::string_view text);

}  // namespace netgap::detail
