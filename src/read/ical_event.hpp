#pragma once
// One iCalendar event (a VEVENT's text) decoded by libical: its times in UTC, its people, its
// status and, for a recurring one, its occurrences up to a day. libical stays in the .cpp.

#include <cstdint>
#include <map>
#include <memory>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap::detail {

/// A start time: an instant when the zone is known, else the date as written.
struct CalendarTime {
  Date day;                               ///< the UTC day of `instant`, else the date as written
  std::optional<std::int64_t> instant;    ///< seconds since 1970 UTC
  std::optional<int> utc_offset_minutes;  ///< the zone's offset at that time (TZID or UTC times)
  std::int64_t key = 0;                   ///< compares occurrences of one event (instant, else wall clock)
};

/// An attendee or the organiser, once per address.
struct CalendarPerson {
  std::string name;
  std::string address;  ///< without "mailto:", as written
  bool declined = false;
};

/// What netgap reads of an event: never its summary, description or location.
struct CalendarEvent {
  std::string uid;
  bool cancelled = false;
  std::optional<CalendarTime> start;
  std::optional<CalendarTime> recurrence_id;  ///< set on an override of one occurrence
  bool malformed_date = false;                ///< DTSTART or RECURRENCE-ID written but no real time
  std::vector<CalendarPerson> people;
  bool recurring = false;                 ///< has RRULE or RDATE (and is not an override)
  std::vector<CalendarTime> occurrences;  ///< a recurring event's, up to the day asked for, EXDATEs removed
  bool later_occurrences = false;         ///< a recurring event goes on after that day
  bool too_many_occurrences = false;      ///< its rule gave more than `max_occurrences` up to that day
  bool more_than_daily = false;           ///< a rule by the second, minute or hour: not expanded
};

/// The time zones of one calendar file (its VTIMEZONEs), then the system's by name.
class TimeZones {
 public:
  TimeZones();
  ~TimeZones();
  TimeZones(const TimeZones&) = delete;
  TimeZones& operator=(const TimeZones&) = delete;

  /// Adds a VTIMEZONE component's text; false when libical cannot read it.
  bool add(std::string_view text);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
  friend std::optional<CalendarEvent> parse_event(std::string_view, const TimeZones&, Date);
};

/// How many occurrences of one recurring event are listed at most (a FREQ=SECONDLY rule would
/// otherwise give millions); an event that has more up to the day asked for is not counted.
constexpr std::size_t max_occurrences = 100000;

/// Decodes a VEVENT's text; a recurring event's occurrences are listed up to `until`
/// (inclusive). nullopt when libical cannot read it.
std::optional<CalendarEvent> parse_event(std::string_view text, const TimeZones& zones, Date until);

}  // namespace netgap::detail
