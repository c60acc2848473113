#include "read/linkedin_csv.hpp"

#include <fmt/format.h>
#include <netgap/read/evidence.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "read/csv.hpp"

namespace netgap::detail {
namespace {

std::string key_of(std::string_view name) {
  if (starts_with(name, "\xEF\xBB\xBF")) name.remove_prefix(3);
  std::string key;
  for (const char c : to_lower(trim(name))) {
    if (c != ' ' && c != '_' && c != '\t') key += c;
  }
  return key;
}

/// Parses exactly `width` digits at `at`.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t width) {
  if (at + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool is_blank(const std::vector<std::string>& record) { return record.size() == 1 && trim(record[0]).empty(); }

}  // namespace

Columns::Columns(const std::vector<std::string>& header) {
  for (const auto& name : header) keys_.push_back(key_of(name));
}

bool Columns::has_all(std::initializer_list<std::string_view> names) const {
  for (const auto name : names) {
    if (!find(name)) return false;
  }
  return true;
}

std::optional<std::size_t> Columns::find(std::string_view name) const {
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == name) return i;
  }
  return std::nullopt;
}

std::string_view Columns::get(const std::vector<std::string>& record, std::string_view name) const {
  const auto at = find(name);
  return at && *at < record.size() ? trim(record[*at]) : std::string_view();
}

std::optional<Columns> head_columns(std::string_view head) {
  if (head.empty() || head.find('\0') != std::string_view::npos) return std::nullopt;
  const auto records = parse_csv_text(head.substr(0, head.find('\n')));
  if (records.empty()) return std::nullopt;
  return Columns(records.front());
}

std::string file_stem(std::string_view base_name) {
  std::string stem = to_lower(base_name);
  if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) stem.erase(stem.size() - 4);
  std::size_t end = stem.size();
  while (end > 0 && stem[end - 1] >= '0' && stem[end - 1] <= '9') --end;
  if (end < stem.size() && end > 0 && (stem[end - 1] == '_' || stem[end - 1] == '-' || stem[end - 1] == ' ')) {
    stem.erase(end - 1);
  }
  return stem;
}

std::optional<std::int64_t> parse_utc_timestamp(std::string_view text) {
  text = trim(text);
  if (text.size() > 4 && to_lower(text.substr(text.size() - 4)) == " utc") text.remove_suffix(4);
  if (!text.empty() && text.back() == 'Z') text.remove_suffix(1);
  if (text.size() != 19 || (text[4] != '-' && text[4] != '/') || text[7] != text[4] ||
      (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  const auto hour = digits(text, 11, 2);
  const auto minute = digits(text, 14, 2);
  const auto second = digits(text, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) {
    return std::nullopt;
  }
  const auto date = make_date(*year, *month, *day);
  if (!date) return std::nullopt;
  return to_instant(*date, *hour, *minute, *second);
}

void for_each_row(EvidenceFile& file, EvidenceSink* sink,
                  const std::function<void(const Columns&, const std::vector<std::string>&, std::size_t)>& row) {
  file.input.skip_utf8_bom();
  CsvReader reader(file.input);
  std::vector<std::string> record;
  if (!reader.next(record)) return;  // an empty file has nothing to account for
  const Columns columns(record);
  const auto ignore = [&](std::string_view reason) {
    if (sink == nullptr) return;
    sink->record();
    sink->ignore(reader.line(), reason);
  };
  while (reader.next(record)) {
    if (reader.cut()) {
      ignore(fmt::format("record over {} MB", CsvReader::max_record_bytes >> 20));
    } else if (is_blank(record)) {
      continue;
    } else if (record.size() != columns.size()) {
      ignore(fmt::format("{} fields where the header has {}", record.size(), columns.size()));
    } else {
      row(columns, record, reader.line());
    }
  }
}

void ignore_all_rows(EvidenceFile& file, EvidenceSink& sink, std::string_view reason) {
  for_each_row(file, &sink, [&](const Columns&, const std::vector<std::string>&, std::size_t line) {
    sink.record();
    sink.ignore(line, reason);
  });
}

}  // namespace netgap::detail
