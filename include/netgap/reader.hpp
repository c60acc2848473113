#pragma once

#include <netgap/roster.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class ByteSource;

/// An input format netgap reads: detected from the first bytes, read as a stream of contacts.
struct InputFormat {
  std::string_view name;  ///< "json", "linkedin", ...
  std::string_view description;
  /// True when `head` (the first bytes, BOM skipped) looks like this format.
  bool (*detect)(std::string_view head);
  /// Streams the contacts of `input` to `visitor`.
  void (*read)(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
               const ReadOptions& options);
};

/// Every format, in the order detection tries them.
const std::vector<InputFormat>& input_formats();

/// Reads `source` in the format `format` ("auto": detected by content), streaming contacts to
/// `visitor`; problems go to `diagnostics`. Throws Error for an unknown format name.
void read_contacts(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, RosterVisitor& visitor,
                   Diagnostics& diagnostics, const ReadOptions& options = {});

}  // namespace netgap
