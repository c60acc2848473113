#pragma once
// The one definition of how a contact and an owner are written: which fields, in which order,
// left out when empty. A template over the sink, so that the streaming writer pays nothing for
// sharing it with the roster editor.

#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>
#include <string>

namespace netgap::detail {

/// A contact's activity as one JSON object on one line, sources in the order given, empty dates
/// left out: `{"mail": {"first_seen": "2025-09-15", "last_inbound": "2025-09-15", "days": 1}}`.
std::string activity_json(const std::vector<SourceActivity>& activity);

// A Sink has: field(key, std::string_view value, bool always), field(key, const
// std::vector<std::string>&) and raw(key, std::string_view json). Empty values are the sink's to
// leave out (always = written even when empty).

/// `previous`: a contact's former organisations, written next to the current one.
template <typename Sink>
void write_profile_fields(Sink& sink, const Profile& p, bool name_always,
                          const std::vector<std::string>* previous = nullptr) {
  sink.field("name", p.name, name_always);
  sink.field("organization", p.organization, false);
  if (previous != nullptr) sink.field("previous_organizations", *previous);
  sink.field("department", p.department, false);
  sink.field("role", p.role, false);
  sink.field("industry", p.industry, false);
  sink.field("schools", p.schools);
}

template <typename Sink>
void write_contact_fields(Sink& sink, const Contact& c) {
  write_profile_fields(sink, c, true, &c.previous_organizations);
  sink.field("categories", c.categories);
  sink.field("lenses", c.lenses);
  sink.field("tags", c.tags);
  sink.field("how_met", c.how_met, false);
  if (c.strength != 0) sink.raw("strength", std::to_string(c.strength));
  if (c.last_contact) sink.field("last_contact", format_iso(*c.last_contact), false);
  if (c.connected_on) sink.field("connected_on", format_iso(*c.connected_on), false);
  sink.field("email", c.email, false);
  sink.field("emails", c.emails);
  sink.field("url", c.url, false);
  sink.field("urls", c.urls);
  sink.field("notes", c.notes, false);
  if (!c.activity.empty()) sink.raw("activity", activity_json(c.activity));
}

}  // namespace netgap::detail
