#pragma once
// Mailboxes as evidence, a row of the table in src/read/evidence.cpp.

#include <string_view>

namespace netgap {
struct EvidenceFile;
struct EvidenceOptions;
class EvidenceSink;
}  // namespace netgap

namespace netgap::detail {

/// An mbox: the first line is a "From " separator.
bool detect_mbox(std::string_view base_name, std::string_view head);
/// Each message from the owner (to every recipient) or to her (from its sender); lists, bulk
/// mail, automatic replies and messages to many people ignored. Throws OwnerUnknown without the
/// owner's addresses.
void read_mbox(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

}  // namespace netgap::detail
