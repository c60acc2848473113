#include "read/activity_fields.hpp"

#include <fmt/format.h>
#include <netgap/model/interaction.hpp>

#include <algorithm>
#include <iterator>

namespace netgap::detail::json_roster {
namespace {

struct DateField {
  std::string_view name;
  std::optional<Date> SourceActivity::*member;
};

constexpr DateField date_fields[] = {
    {"first_seen", &SourceActivity::first_seen},
    {"last_inbound", &SourceActivity::last_inbound},
    {"last_outbound", &SourceActivity::last_outbound},
    {"last_two_way", &SourceActivity::last_two_way},
};

constexpr std::string_view days_field = "days";

std::size_t source_rank(const std::string& name) {
  const auto source = parse_source_name(name);
  return source ? static_cast<std::size_t>(*source) : std::size(interaction_sources);
}

}  // namespace

const std::vector<std::string>& activity_source_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const InteractionSource source : interaction_sources) all.emplace_back(source_name(source));
    return all;
  }();
  return names;
}

const std::vector<std::string>& activity_field_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& field : date_fields) all.emplace_back(field.name);
    all.emplace_back(days_field);
    return all;
  }();
  return names;
}

bool is_activity_field(std::string_view name) {
  const auto& names = activity_field_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::optional<std::string> store_activity_field(SourceActivity& record, std::string_view name, const Scalar& value) {
  if (name == days_field) {
    if (value.kind == Scalar::Kind::integer && value.integer >= 0 && value.integer <= SourceActivity::max_days) {
      record.days = static_cast<int>(value.integer);
      return std::nullopt;
    }
    return fmt::format("expected an integer from 0 to {}, got {}", SourceActivity::max_days, describe(value));
  }
  for (const auto& field : date_fields) {
    if (field.name != name) continue;
    const std::optional<Date> day =
        value.kind == Scalar::Kind::string ? parse_iso_date(value.text) : std::optional<Date>{};
    if (!day) return fmt::format("expected a date YYYY-MM-DD, got {}", describe(value));
    record.*field.member = day;
    return std::nullopt;
  }
  return std::nullopt;  // not a field: the caller reported it
}

void sort_activity(std::vector<SourceActivity>& activity) {
  std::stable_sort(activity.begin(), activity.end(), [](const SourceActivity& a, const SourceActivity& b) {
    return source_rank(a.source) < source_rank(b.source);
  });
}

}  // namespace netgap::detail::json_roster
