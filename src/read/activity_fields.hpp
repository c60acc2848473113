#pragma once
// The `activity` object of a contact: its keys are evidence sources, each an object of dates and
// a day count (docs/roster-format.md, "Activity").

#include <netgap/model/roster.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/roster_fields.hpp"

namespace netgap::detail::json_roster {

/// Every source name an `activity` object may have, for "did you mean".
const std::vector<std::string>& activity_source_names();
/// Every field name of one source's record, for "did you mean".
const std::vector<std::string>& activity_field_names();
/// True when `name` is a field of a source's record.
bool is_activity_field(std::string_view name);
/// Stores `value` as field `name` of `record`; else the problem, worded "expected ..., got ...".
std::optional<std::string> store_activity_field(SourceActivity& record, std::string_view name, const Scalar& value);
/// Puts a contact's records in source order, as netgap writes them.
void sort_activity(std::vector<SourceActivity>& activity);

}  // namespace netgap::detail::json_roster
