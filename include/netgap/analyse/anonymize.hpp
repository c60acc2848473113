#pragma once
// Reports to share: every person's name replaced by initials, nothing else changed.

#include <netgap/model/report.hpp>
#include <string>
#include <string_view>

namespace netgap {

/// "Ada King-Lovelace" -> "A. K." : the first character of each word, upper-cased when ASCII.
std::string initials(std::string_view name);

/// Replaces the owner's and every contact's name in `report` by initials.
void anonymize(Report& report);

/// Replaces the names of the contacts added, removed and gone dormant by initials.
void anonymize(ReportDiff& diff);

}  // namespace netgap
