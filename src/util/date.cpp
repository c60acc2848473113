#include <netgap/util/date.hpp>

#include <fmt/format.h>
#include <ctime>

namespace netgap {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms).
std::int32_t days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

}  // namespace

std::optional<Date> make_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return Date{days_from_civil(year, month, day)};
}

std::optional<int> month_from_name(std::string_view name) {
  static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return std::nullopt;
  char lower[3];
  for (std::size_t i = 0; i < 3; ++i) {
    const char c = name[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (std::size_t i = 0; i < 12; ++i) {
    if (std::string_view(lower, 3) == months[i]) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::optional<int> parse_small_number(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool is_writable(Date date) {
  return date.days >= days_from_civil(1, 1, 1) && date.days <= days_from_civil(9999, 12, 31);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t k = 0; k < lengths[p]; ++k) {
      const char c = text[starts[p] + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  return make_date(parts[0], parts[1], parts[2]);
}

YearMonthDay to_ymd(Date date) {
  const int z = date.days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp + (mp < 10 ? 3 : -9);
  const int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

std::string format_iso(Date date) {
  // By hand rather than with fmt: imports write a date for every record.
  const YearMonthDay ymd = to_ymd(date);
  if (ymd.year < 0 || ymd.year > 9999) return fmt::format("{:04}-{:02}-{:02}", ymd.year, ymd.month, ymd.day);
  const auto digit = [](int value) { return static_cast<char>('0' + value % 10); };
  const char text[10] = {digit(ymd.year / 1000),
                         digit(ymd.year / 100),
                         digit(ymd.year / 10),
                         digit(ymd.year),
                         '-',
                         digit(ymd.month / 10),
                         digit(ymd.month),
                         '-',
                         digit(ymd.day / 10),
                         digit(ymd.day)};
  return std::string(text, sizeof text);
}

Date today_local() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (::localtime_r(&now, &local) == nullptr) return Date{static_cast<std::int32_t>(now / 86400)};
  return make_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(Date{0});
}

std::int64_t to_instant(Date day, int hour, int minute, int second) {
  return std::int64_t{day.days} * 86400 + hour * 3600 + minute * 60 + second;
}

Date utc_day(std::int64_t instant) {
  const std::int64_t days = instant / 86400 - (instant % 86400 < 0 ? 1 : 0);
  return Date{static_cast<std::int32_t>(days)};
}

}  // namespace netgap
