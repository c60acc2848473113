#pragma once
// The input formats netgap reads, as one table, and what an import did with the records.

#include <netgap/model/roster.hpp>
#include <netgap/read/import_report.hpp>
#include <netgap/read/read_options.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class BufferedInput;
class ByteSource;
class Diagnostics;
struct Taxonomy;

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
