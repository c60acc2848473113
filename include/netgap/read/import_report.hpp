#pragma once
// The account of an import: every record read is imported or skipped with a reason.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace netgap {

class Diagnostics;

/// What an importer did with the records of a file: nothing a user gave is lost silently.
struct ImportReport {
  bool is_import = false;  ///< false for a netgap roster (nothing to account for)
  std::string format;      ///< the format read ("linkedin", ...)
  std::size_t read = 0;    ///< data records read (blank lines are not records)
  std::size_t imported = 0;
  std::map<std::string, std::size_t> skipped;  ///< reason -> records
  std::vector<std::string> skipped_records;    ///< "file:12: no name", for --verbose

  /// Counts a record skipped at `source:line` for `reason`; with `strict` it is also an error.
  void skip(const std::string& source, std::size_t line, const std::string& reason, bool strict,
            Diagnostics& diagnostics);
  /// Records skipped for any reason; imported + skipped() == read.
  [[nodiscard]] std::size_t skipped_count() const;
  /// `Connections.csv: read 1370 records, imported 1351, skipped 19 (no name: 19)`.
  [[nodiscard]] std::string summary(const std::string& source) const;
};

}  // namespace netgap
