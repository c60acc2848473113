#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netgap {

/// A calendar date, stored as days since 1970-01-01.
struct Date {
  std::int32_t days = 0;

  friend bool operator==(Date a, Date b) { return a.days == b.days; }
  friend bool operator!=(Date a, Date b) { return a.days != b.days; }
  friend bool operator<(Date a, Date b) { return a.days < b.days; }
  friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
  friend bool operator>(Date a, Date b) { return a.days > b.days; }
};

/// The date of a year, month and day, if that day exists in the Gregorian calendar.
std::optional<Date> make_date(int year, int month, int day);

/// The month (1-12) of an English month name, by its first three letters ("Oct", "october").
std::optional<int> month_from_name(std::string_view name);

/// The value of 1 to 4 ASCII digits ("09" -> 9), as dates write days, months and years.
std::optional<int> parse_small_number(std::string_view text);

/// Whether a date lies within 0001-01-01 .. 9999-12-31, the days `YYYY-MM-DD` can write.
bool is_writable(Date date);

/// Parses a strict `YYYY-MM-DD` that names a real day.
std::optional<Date> parse_iso_date(std::string_view text);

/// Formats as `YYYY-MM-DD`.
std::string format_iso(Date date);

/// A date split into its calendar parts.
struct YearMonthDay {
  int year;
  int month;
  int day;
};

/// The calendar parts of a date.
YearMonthDay to_ymd(Date date);

/// Today's date where the user is: the local date of the time zone TZ names (UTC when it names
/// none), so that an audit run at 00:30 in Auckland is for that day, not for yesterday in UTC.
Date today_local();

/// Seconds since 1970-01-01T00:00:00Z of a UTC day and time of day.
std::int64_t to_instant(Date day, int hour, int minute, int second);

/// The UTC day of an instant (seconds since 1970-01-01T00:00:00Z; earlier instants too).
Date utc_day(std::int64_t instant);

}  // namespace netgap
