#pragma once
// Calendars as evidence, a row of the table in src/read/evidence.cpp.

#include <string_view>

namespace netgap {
struct EvidenceFile;
struct EvidenceOptions;
class EvidenceSink;
}  // namespace netgap

namespace netgap::detail {

/// An iCalendar file: it starts with BEGIN:VCALENDAR.
bool detect_ics(std::string_view base_name, std::string_view head);
/// Each meeting the owner attended with at most a few others, once per occurrence up to the
/// as-of day; cancelled, declined and large meetings ignored. Throws OwnerUnknown when the
/// owner's addresses are neither given nor the calendar's name.
void read_ics(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

}  // namespace netgap::detail
