#pragma once
// The vCard importer, registered in the format table of src/read/reader.cpp.

#include <netgap/read/import_report.hpp>
#include <netgap/read/read_options.hpp>
#include <string_view>

namespace netgap {
class BufferedInput;
class Diagnostics;
}  // namespace netgap

namespace netgap::detail {

/// True when `head` starts a vCard file (UTF-8, or UTF-16 with or without a byte-order mark).
bool detect_vcard(std::string_view head);

/// Reads every card of a vCard file (2.1, 3.0, 4.0); a broken card is skipped and counted, and
/// the cards around it are read.
void read_vcards(BufferedInput& input, RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options,
                 ImportReport& report);

}  // namespace netgap::detail
