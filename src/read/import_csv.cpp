// Contact exports in CSV: LinkedIn's Connections.csv, Google Contacts, Outlook, and any address
// book CSV with recognisable headers. One reader; the dialects differ only in data.
#include "read/import_csv.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include "read/csv.hpp"

#include "read/csv.hpp"
#include "util/encoding.hpp"

namespace netgap::detail {
namespace {

constexpr std::size_t header_search_records = 12;

enum class Column {
  full_name,
  given,
  middle,
  family,
  prefix,
  suffix,
  organization,
  role,
  department,
  email,
  url,
  notes,
  tags,
  connected_on,
  count
};

/// Header names (lower case) that feed each column, the most specific first.
struct ColumnNames {
  Column column;
  std::vector<std::string_view> headers;
};

const std::vector<ColumnNames>& column_names() {
  static const std::vector<ColumnNames> table = {
      {Column::full_name, {"display name", "name", "full name"}},
      {Column::given, {"first name", "given name"}},
      {Column::middle, {"middle name", "additional name"}},
      {Column::family, {"last name", "family name", "surname"}},
      {Column::prefix, {"name prefix", "title"}},  // Outlook's "Title" is the honorific
      {Column::suffix, {"name suffix", "suffix"}},
      {Column::organization, {"company", "organization", "organization name", "organization 1 - name", "organisation"}},
      {Column::role, {"position", "job title", "organization title", "organization 1 - title"}},
      {Column::department, {"department", "organization department", "organization 1 - department"}},
      {Column::email,
       {"email address", "e-mail address", "e-mail 1 - value", "primary email", "email", "email home", "email work",
        "e-mail 2 address", "e-mail 2 - value", "secondary email", "email other", "e-mail 3 address"}},
      {Column::url, {"url", "profile url", "web page", "web page 1", "website 1 - value", "web page 2"}},
      {Column::notes, {"notes"}},
      {Column::tags, {"labels", "group membership", "categories"}},
      {Column::connected_on, {"connected on"}},
  };
  return table;
}

/// Where each column's candidates sit in a header record.
struct HeaderMap {
  std::array<std::vector<std::size_t>, static_cast<std::size_t>(Column::count)> positions;
  std::vector<std::string> names;  // the header, lower-cased

  [[nodiscard]] bool has(std::string_view name) const {
    return std::find(names.begin(), names.end(), name) != names.end();
  }
  [[nodiscard]] bool has(Column c) const { return !positions[static_cast<std::size_t>(c)].empty(); }
};

/// True when `name` is `before`, a number and `after`: "e-mail 7 - value".
bool is_numbered(std::string_view name, std::string_view before, std::string_view after) {
  if (name.size() <= before.size() + after.size() || !starts_with(name, before) ||
      name.substr(name.size() - after.size()) != after) {
    return false;
  }
  const std::string_view number = name.substr(before.size(), name.size() - before.size() - after.size());
  return std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The further columns of addresses and URLs that no list can name in full: Google's "E-mail 3 -
/// Value", "Website 2 - Value" and on, Thunderbird's "Web Page 3", Roundcube's "Website Blog",
/// "Website Work", ... (every address and URL of a record is kept: docs/importing.md).
std::optional<Column> numbered_column(std::string_view name) {
  if (is_numbered(name, "e-mail ", " - value") || is_numbered(name, "e-mail ", " address") ||
      is_numbered(name, "email ", "")) {
    return Column::email;
  }
  // Roundcube's websites by kind; other "Website ..." columns (a type, a label) are no URLs.
  constexpr std::string_view website_kinds[] = {"website blog",     "website home page", "website other",
                                                "website profile",  "website work",      "website home",
                                                "website personal", "website business"};
  if (is_numbered(name, "website ", " - value") || is_numbered(name, "web page ", "") ||
      std::find(std::begin(website_kinds), std::end(website_kinds), name) != std::end(website_kinds)) {
    return Column::url;
  }
  return std::nullopt;
}

HeaderMap map_header(const std::vector<std::string>& header) {
  HeaderMap map;
  for (const auto& h : header) map.names.push_back(to_lower(trim(h)));
  if (!map.names.empty() && starts_with(map.names[0], "\xEF\xBB\xBF")) map.names[0].erase(0, 3);
  for (const auto& entry : column_names()) {
    for (const auto name : entry.headers) {
      for (std::size_t i = 0; i < map.names.size(); ++i) {
        if (map.names[i] == name) map.positions[static_cast<std::size_t>(entry.column)].push_back(i);
      }
    }
  }
  for (std::size_t i = 0; i < map.names.size(); ++i) {
    const auto column = numbered_column(map.names[i]);
    if (!column) continue;
    auto& positions = map.positions[static_cast<std::size_t>(*column)];
    if (std::find(positions.begin(), positions.end(), i) == positions.end()) positions.push_back(i);
  }
  return map;
}

bool is_header(const HeaderMap& map) {
  return map.has(Column::full_name) || map.has(Column::given) || map.has(Column::family) || map.has(Column::email);
}

bool is_linkedin(const HeaderMap& m) { return m.has("first name") && m.has("last name") && m.has("connected on"); }
bool is_google(const HeaderMap& m) {
  return m.has("given name") || m.has("organization 1 - name") || m.has("organization name") ||
         m.has("e-mail 1 - value") || m.has("group membership") || m.has("labels");
}
bool is_outlook(const HeaderMap& m) { return m.has("e-mail address") || (m.has("job title") && m.has("categories")); }

Dialect dialect_of(const HeaderMap& m) {
  if (is_linkedin(m)) return Dialect::linkedin;
  if (is_google(m)) return Dialect::google;
  if (is_outlook(m)) return Dialect::outlook;
  return Dialect::generic;
}

/// The header among the first records, as detection sees it in the first bytes.
std::optional<HeaderMap> find_header(std::string_view head) {
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.empty() || head.find('\0') != std::string_view::npos) return std::nullopt;
  const auto records = parse_csv_text(head);
  for (std::size_t i = 0; i < records.size() && i < header_search_records; ++i) {
    HeaderMap map = map_header(records[i]);
    if (is_header(map)) return map;
  }
  return std::nullopt;
}

std::string_view cell(const std::vector<std::string>& record, const HeaderMap& map, Column column) {
  for (const std::size_t at : map.positions[static_cast<std::size_t>(column)]) {
    if (at < record.size() && !trim(record[at]).empty()) return trim(record[at]);
  }
  return {};
}

/// Sets `first` to the first value of `column` in `record` and `rest` to the others, each once:
/// every non-empty candidate cell, split where Google joins several values of one cell. Without
/// allocating in the common case, one value in one cell.
void assign_values(const std::vector<std::string>& record, const HeaderMap& map, Column column, std::string& first,
                   std::vector<std::string>& rest) {
  const auto& positions = map.positions[static_cast<std::size_t>(column)];
  std::string_view only;
  std::size_t filled = 0;
  for (const std::size_t at : positions) {
    if (at < record.size() && !trim(record[at]).empty()) {
      only = trim(record[at]);
      ++filled;
    }
  }
  if (filled <= 1 && only.find(":::") == std::string_view::npos) {
    first.assign(only);
    return;
  }
  std::vector<std::string> values;
  for (const std::size_t at : positions) {
    if (at >= record.size()) continue;
    for (auto& value : split_values(record[at], ":::")) {
      if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
    }
  }
  if (values.empty()) return;
  first = std::move(values.front());
  rest.assign(std::make_move_iterator(values.begin() + 1), std::make_move_iterator(values.end()));
}

int full_year(int year) { return year < 100 ? 2000 + year : year; }

/// The header among the first records, which are consumed; nullopt when none of them is one.
std::optional<HeaderMap> read_header(CsvReader& reader) {
  std::vector<std::string> record;
  for (std::size_t records_seen = 0; reader.next(record);) {
    HeaderMap map = map_header(record);
    if (is_header(map)) return map;
    if (++records_seen >= header_search_records) break;
  }
  return std::nullopt;
}

/// Sets `name` to the full-name column, else the parts of the name; empty when the record names
/// no one (a prefix or suffix alone is no name). Reuses the string's memory.
void record_name(const std::vector<std::string>& record, const HeaderMap& header, std::string& name) {
  name.assign(cell(record, header, Column::full_name));
  if (!name.empty()) return;
  if (cell(record, header, Column::given).empty() && cell(record, header, Column::family).empty()) return;
  for (const Column part : {Column::prefix, Column::given, Column::middle, Column::family, Column::suffix}) {
    const std::string_view text = cell(record, header, part);
    if (text.empty()) continue;
    if (!name.empty()) name += ' ';
    name += text;
  }
}

/// The labels of a tags cell; Google's "* myContacts" is every contact's, so it is no tag.
void add_tags(std::string_view text, Dialect dialect, std::vector<std::string>& tags) {
  for (auto& tag : split_values(text, dialect == Dialect::outlook ? ";" : ":::")) {
    if (to_lower(tag) == "* mycontacts" || to_lower(tag) == "* my contacts") continue;
    if (starts_with(tag, "* ")) tag.erase(0, 2);
    tags.push_back(tag);
  }
}

bool is_empty_record(const std::vector<std::string>& record) {
  return std::all_of(record.begin(), record.end(), [](const std::string& f) { return trim(f).empty(); });
}

/// Turns the records after the header into contacts: each one is imported or skipped with a
/// reason, and each kind of warning is given once per file.
class RecordImporter {
 public:
  RecordImporter(const HeaderMap& header, Dialect dialect, const std::string& source, RosterVisitor& visitor,
                 Diagnostics& diagnostics, const ReadOptions& options, ImportReport& report)
      : header_(header),
        dialect_(dialect),
        source_(source),
        visitor_(visitor),
        diagnostics_(diagnostics),
        options_(options),
        report_(report) {}

  /// Imports or skips the record starting on `line`; its fields may be re-encoded in place.
  /// `cut`: the record was longer than CsvReader's cap and its fields are incomplete.
  void import(std::vector<std::string>& record, std::size_t line, bool cut) {
    if (!cut && record.size() == 1 && trim(record[0]).empty()) return;  // a blank line is no record
    ++report_.read;
    if (cut) {
      skip(line, fmt::format("record over {} MB", CsvReader::max_record_bytes >> 20));
      return;
    }
    repair_encoding(record, line);
    if (is_empty_record(record)) {
      skip(line, "empty record");
      return;
    }
    contact_.clear();
    contact_.index = report_.imported;
    contact_.line = line;
    record_name(record, header_, contact_.name);
    assign_values(record, header_, Column::email, contact_.email, contact_.emails);
    if (contact_.name.empty()) contact_.name = contact_.email;  // as address books do
    if (contact_.name.empty()) {
      skip(line, "no name");
      return;
    }
    fill_details(record, line);
    ++report_.imported;
    visitor_.on_contact(contact_);
  }

 private:
  void skip(std::size_t line, const std::string& reason) {
    report_.skip(source_, line, reason, options_.strict, diagnostics_);
  }

  void repair_encoding(std::vector<std::string>& record, std::size_t line) {
    for (auto& field : record) {
      if (is_valid_utf8(field)) continue;
      field = windows_1252_to_utf8(field);
      if (!warned_encoding_) {
        diagnostics_.warn(fmt::format("{}:{}: not UTF-8; read as Windows-1252", source_, line));
        warned_encoding_ = true;
      }
    }
  }

  /// Everything but the name and the e-mail address.
  void fill_details(const std::vector<std::string>& record, std::size_t line) {
    contact_.organization.assign(cell(record, header_, Column::organization));
    contact_.role.assign(cell(record, header_, Column::role));
    contact_.department.assign(cell(record, header_, Column::department));
    assign_values(record, header_, Column::url, contact_.url, contact_.urls);
    contact_.notes.assign(cell(record, header_, Column::notes));
    if (const std::string_view tags = cell(record, header_, Column::tags); !tags.empty()) {
      add_tags(tags, dialect_, contact_.tags);
    }
    if (const std::string_view date = cell(record, header_, Column::connected_on); !date.empty()) {
      contact_.connected_on = parse_export_date(date);
      if (!contact_.connected_on && !warned_date_) {
        diagnostics_.warn(
            fmt::format("{}:{}: \"Connected On\" {} is not a date netgap knows; left out", source_, line, quote(date)));
        warned_date_ = true;
      }
    }
    if (dialect_ == Dialect::linkedin) contact_.how_met.assign(imported_from_linkedin);
  }

  const HeaderMap& header_;
  Dialect dialect_;
  const std::string& source_;
  RosterVisitor& visitor_;
  Diagnostics& diagnostics_;
  const ReadOptions& options_;
  ImportReport& report_;
  Contact contact_;
  bool warned_encoding_ = false;
  bool warned_date_ = false;
};

}  // namespace

std::vector<std::string> split_values(std::string_view text, std::string_view separator) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto at = text.find(separator);
    const std::string_view part = trim(text.substr(0, at));
    if (!part.empty()) out.emplace_back(part);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + separator.size());
  }
  return out;
}

std::optional<Date> parse_export_date(std::string_view text) {
  text = trim(text);
  if (const auto iso = parse_iso_date(text)) return iso;
  // Up to three parts, split at ' ', '-', '/' and cut at ','; views, so nothing is allocated.
  std::array<std::string_view, 3> parts;
  std::size_t count = 0;
  std::size_t start = 0;
  bool cut = false;
  for (std::size_t i = 0; i <= text.size() && !cut; ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (c != ' ' && c != '-' && c != '/' && c != ',') continue;
    cut = c == ',';  // "1/8/18, 6:14 PM": the time does not matter
    // A part that the end of the text (not a separator) closes counts only when no ',' is in the text.
    const bool counts = i < text.size() || text.find(',') == std::string_view::npos;
    if (i > start && counts) {
      if (count == parts.size()) {
        ++count;  // more parts than a date has: only the first three matter
      } else {
        parts[count++] = text.substr(start, i - start);
      }
    }
    start = i + 1;
  }
  if (count < 3) return std::nullopt;
  if (const auto month = month_from_name(parts[1])) {  // "09 Oct 2024", "6-Feb-26"
    const auto day = parse_small_number(parts[0]);
    const auto year = parse_small_number(parts[2]);
    if (day && year) return make_date(full_year(*year), *month, *day);
    return std::nullopt;
  }
  const auto month = parse_small_number(parts[0]);  // "1/8/18": US month/day/year
  const auto day = parse_small_number(parts[1]);
  const auto year = parse_small_number(parts[2]);
  if (month && day && year) return make_date(full_year(*year), *month, *day);
  return std::nullopt;
}

bool detect_csv_dialect(std::string_view head, Dialect dialect) {
  const auto header = find_header(head);
  return header && dialect_of(*header) == dialect;
}

std::string_view dialect_name(Dialect dialect) {
  switch (dialect) {
    case Dialect::linkedin:
      return "linkedin";
    case Dialect::google:
      return "google";
    case Dialect::outlook:
      return "outlook";
    case Dialect::generic:
      return "csv";
  }
  return "csv";
}

void read_csv_contacts(BufferedInput& input, Dialect dialect, RosterVisitor& visitor, Diagnostics& diagnostics,
                       const ReadOptions& options, ImportReport& report) {
  report.is_import = true;
  report.format = std::string(dialect_name(dialect));
  input.skip_utf8_bom();
  CsvReader reader(input);
  const std::optional<HeaderMap> header = read_header(reader);
  if (!header) {
    diagnostics.error(
        fmt::format("{}: no header with a name or e-mail column in the first {} records; is this a "
                    "contacts export?",
                    input.name(), header_search_records));
    return;
  }
  visitor.on_owner(options.owner);
  RecordImporter importer(*header, dialect, input.name(), visitor, diagnostics, options, report);
  std::vector<std::string> record;
  while (reader.next(record)) importer.import(record, reader.line(), reader.cut());
}

}  // namespace netgap::detail
