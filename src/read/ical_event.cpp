#include "read/ical_event.hpp"

#include <libical/ical.h>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <netgap/util/text.hpp>
#include <utility>

namespace netgap::detail {

struct TimeZones::Impl {
  std::map<std::string, icaltimezone*, std::less<>> zones;
};

namespace {

void init_libical() {
  static std::once_flag once;
  std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

/// A component freed however the scope ends.
class Component {
 public:
  explicit Component(icalcomponent* component) : component_(component) {}
  Component(const Component&) = delete;
  Component& operator=(const Component&) = delete;
  ~Component() {
    if (component_ != nullptr) icalcomponent_free(component_);
  }
  icalcomponent* get() const { return component_; }
  icalcomponent* release() { return std::exchange(component_, nullptr); }

 private:
  icalcomponent* component_;
};

icaltimezone* find_zone(const TimeZones::Impl& zones, const char* tzid) {
  if (tzid == nullptr) return nullptr;
  const auto found = zones.zones.find(std::string_view(tzid));
  if (found != zones.zones.end()) return found->second;
  return icaltimezone_get_builtin_timezone(tzid);  // a system zone by name, or nullptr
}

const char* tzid_of(icalproperty* property) {
  icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
  return parameter != nullptr ? icalparameter_get_tzid(parameter) : nullptr;
}

/// The time libical read, or nullopt when the date written is no real day (20260230, year 0000),
/// the time no real time (25:00, 10:61), or the instant outside the days a roster can write.
std::optional<CalendarTime> to_time(icaltimetype time, icaltimezone* zone) {
  const auto written = make_date(time.year, time.month, time.day);
  if (!written) return std::nullopt;
  if (!time.is_date && (time.hour > 23 || time.minute > 59 || time.second > 60))
    return std::nullopt;  // 60: a leap second
  CalendarTime out;
  out.day = *written;
  if (time.is_date) {
    out.key = to_instant(out.day, 0, 0, 0);
    return out;
  }
  if (icaltime_is_utc(time)) zone = icaltimezone_get_utc_timezone();
  if (zone == nullptr) {  // floating: the wall clock wherever the reader is
    out.key = to_instant(out.day, time.hour, time.minute, time.second);
    return out;
  }
  const std::int64_t instant = icaltime_as_timet_with_zone(time, zone);
  if (!is_writable(utc_day(instant))) return std::nullopt;
  int daylight = 0;
  out.instant = instant;
  out.utc_offset_minutes = icaltimezone_get_utc_offset(zone, &time, &daylight) / 60;
  out.day = utc_day(instant);
  out.key = instant;
  return out;
}

/// A time property of the event: nullopt when absent; `malformed` set when present but unreadable.
std::optional<CalendarTime> property_time(icalcomponent* event, icalproperty_kind kind, const TimeZones::Impl& zones,
                                          bool& malformed) {
  icalproperty* property = icalcomponent_get_first_property(event, kind);
  if (property == nullptr) return std::nullopt;
  const icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
  std::optional<CalendarTime> out;
  if (!icaltime_is_null_time(time) && icaltime_is_valid_time(time))
    out = to_time(time, find_zone(zones, tzid_of(property)));
  if (!out) malformed = true;
  return out;
}

std::string without_mailto(const char* value) {
  std::string_view text = value != nullptr ? trim(value) : std::string_view();
  if (text.size() >= 7 && strncasecmp(text.data(), "mailto:", 7) == 0) text.remove_prefix(7);
  return std::string(text);
}

std::string cn_of(icalproperty* property) {
  icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER);
  const char* cn = parameter != nullptr ? icalparameter_get_cn(parameter) : nullptr;
  return cn != nullptr ? cn : "";
}

/// Attendees and the organiser, each address once (an organiser who is also an attendee has the
/// attendee's answer).
std::vector<CalendarPerson> people_of(icalcomponent* event) {
  std::vector<CalendarPerson> people;
  const auto add = [&](icalproperty* property, const char* value, bool declined) {
    std::string address = without_mailto(value);
    if (address.empty()) return;
    for (auto& person : people) {
      if (strcasecmp(person.address.c_str(), address.c_str()) == 0) {
        person.declined = person.declined || declined;
        return;
      }
    }
    people.push_back({cn_of(property), std::move(address), declined});
  };
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
    icalparameter* status = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
    add(p, icalproperty_get_attendee(p),
        status != nullptr && icalparameter_get_partstat(status) == ICAL_PARTSTAT_DECLINED);
  }
  if (icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY)) {
    add(organizer, icalproperty_get_organizer(organizer), false);
  }
  return people;
}

/// Every start of a recurring event up to `until`, from its rules and RDATEs, less its EXDATEs.
void expand(icalcomponent* event, const TimeZones::Impl& zones, Date until, CalendarEvent& out) {
  icalproperty* start_property = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  icaltimezone* zone = find_zone(zones, tzid_of(start_property));
  icaltimetype start = icalproperty_get_dtstart(start_property);
  if (zone != nullptr && !icaltime_is_utc(start) && !start.is_date) start = icaltime_set_timezone(&start, zone);
  std::vector<CalendarTime> found;
  const auto keep = [&](const CalendarTime& time) {
    if (time.day > until) {
      out.later_occurrences = true;
      return false;
    }
    found.push_back(time);
    return true;
  };
  if (const auto first = to_time(start, zone)) keep(*first);  // DTSTART is always an occurrence (RFC 5545)
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
    const icalrecurrencetype rule = icalproperty_get_rrule(p);
    if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
        rule.freq == ICAL_HOURLY_RECURRENCE) {
      // No meeting with people recurs by the hour, and libical can search for hours for an
      // occurrence of such a rule that never comes (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30).
      out.more_than_daily = true;
      return;
    }
    icalrecur_iterator* it = icalrecur_iterator_new(rule, start);
    if (it == nullptr) continue;
    std::size_t count = 0;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it), ++count) {
      if (count == max_occurrences) {
        out.too_many_occurrences = true;
        break;
      }
      const auto time = to_time(t, zone);
      if (time && !keep(*time)) break;
    }
    icalrecur_iterator_free(it);
  }
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
    const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
    const icaltimetype t = icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time;
    if (icaltime_is_null_time(t)) continue;
    if (const auto time = to_time(t, tzid_of(p) != nullptr ? find_zone(zones, tzid_of(p)) : zone)) keep(*time);
  }
  std::vector<std::int64_t> excluded;
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
    if (const auto time = to_time(icalproperty_get_exdate(p), find_zone(zones, tzid_of(p))))
      excluded.push_back(time->key);
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i > 0 && found[i].key == found[i - 1].key) continue;
    if (std::find(excluded.begin(), excluded.end(), found[i].key) == excluded.end())
      out.occurrences.push_back(found[i]);
  }
}

}  // namespace

TimeZones::TimeZones() : impl_(std::make_unique<Impl>()) { init_libical(); }

TimeZones::~TimeZones() {
  for (auto& [tzid, zone] : impl_->zones) icaltimezone_free(zone, 1);
}

bool TimeZones::add(std::string_view text) {
  const std::string copy(text);
  Component component(icalparser_parse_string(copy.c_str()));
  if (component.get() == nullptr || icalcomponent_isa(component.get()) != ICAL_VTIMEZONE_COMPONENT) return false;
  icalproperty* tzid = icalcomponent_get_first_property(component.get(), ICAL_TZID_PROPERTY);
  if (tzid == nullptr || impl_->zones.count(icalproperty_get_tzid(tzid)) > 0) return false;
  const std::string name = icalproperty_get_tzid(tzid);
  icaltimezone* zone = icaltimezone_new();
  if (icaltimezone_set_component(zone, component.get()) == 0) {
    icaltimezone_free(zone, 1);
    return false;
  }
  component.release();  // the zone owns it now
  impl_->zones.emplace(name, zone);
  return true;
}

std::optional<CalendarEvent> parse_event(std::string_view text, const TimeZones& zones, Date until) {
  init_libical();
  const std::string copy(text);
  Component component(icalparser_parse_string(copy.c_str()));
  icalcomponent* event = component.get();
  if (event == nullptr || icalcomponent_isa(event) != ICAL_VEVENT_COMPONENT) return std::nullopt;
  CalendarEvent out;
  if (const char* uid = icalcomponent_get_uid(event)) out.uid = uid;
  out.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
  out.start = property_time(event, ICAL_DTSTART_PROPERTY, *zones.impl_, out.malformed_date);
  out.recurrence_id = property_time(event, ICAL_RECURRENCEID_PROPERTY, *zones.impl_, out.malformed_date);
  out.people = people_of(event);
  out.recurring = !out.recurrence_id && (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) != nullptr ||
                                         icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY) != nullptr);
  if (out.recurring && out.start) expand(event, *zones.impl_, until, out);
  return out;
}

}  // namespace netgap::detail
