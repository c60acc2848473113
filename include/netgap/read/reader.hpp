#pragma once

#include <map>
#include <netgap/model/roster.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class ByteSource;
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

/// An input format netgap reads: detected from the first bytes, read as a stream of contacts.
struct InputFormat {
  std::string_view name;  ///< "json", "linkedin", ...
  std::string_view description;
  /// True when `head` (the first bytes, BOM skipped) looks like this format.
  bool (*detect)(std::string_view head);
  /// Streams the contacts of `input` to `visitor`.
  void (*read)(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
               const ReadOptions& options, ImportReport& report);
};

/// Every format, in the order detection tries them.
const std::vector<InputFormat>& input_formats();

/// Reads `source` in the format `format` ("auto": detected by content), streaming contacts to
/// `visitor`; problems go to `diagnostics`; returns what an importer did with the records.
/// Throws Error for an unknown format name.
ImportReport read_contacts(ByteSource& source, std::string_view format, const Taxonomy& taxonomy,
                           RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options = {});

}  // namespace netgap
