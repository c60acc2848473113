#include "read/csv.hpp"

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

namespace netgap {

CsvReader::CsvReader(BufferedInput& input) : input_(input) {}

/// Appends to a field while the record is under the cap; past it, the rest is read and dropped.
void CsvReader::keep(std::string& field, std::string_view text) {
  if (cut_) return;
  if (bytes_ + text.size() > max_record_bytes) {
    cut_ = true;
    return;
  }
  bytes_ += text.size();
  field.append(text);
}

/// Starts the next field, unless the record is past the cap (a line of a billion commas).
void CsvReader::next_field(std::vector<std::string>& fields) {
  if (cut_ || ++bytes_ > max_record_bytes) {
    cut_ = true;
    return;
  }
  open_field(fields);
}

/// The next field, empty: a string of an earlier record, cleared (its memory kept), or a new one.
void CsvReader::open_field(std::vector<std::string>& fields) {
  if (count_ < fields.size()) {
    fields[count_].clear();
  } else {
    fields.emplace_back();
  }
  ++count_;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  cut_ = false;
  bytes_ = 0;
  count_ = 0;
  if (input_.at_end()) {
    fields.clear();
    return false;
  }
  record_line_ = line_;
  open_field(fields);
  for (;;) {
    if (input_.at_end()) {  // the last record, without a newline
      fields.resize(count_);
      return true;
    }
    // Here a field starts (the record's first, or one after a comma): a quote opens a quoted
    // field, also in a record past the cap, whose fields are read through without being kept.
    std::string& field = fields[count_ - 1];
    if (input_.peek() == '"') {
      input_.consume(1);
      const std::size_t quote_line = line_;
      for (;;) {  // inside quotes
        if (input_.at_end()) {
          fields.resize(count_);
          throw Error(fmt::format("{}:{}: a quoted field starts here and never ends", input_.name(), quote_line));
        }
        const std::string_view chunk = input_.available();
        const std::size_t quote = chunk.find('"');
        const std::string_view text = chunk.substr(0, quote);
        for (const char c : text) line_ += c == '\n' ? 1 : 0;
        keep(field, text);
        if (quote == std::string_view::npos) {
          input_.consume(chunk.size());
          continue;
        }
        input_.consume(quote + 1);
        if (!input_.at_end() && input_.peek() == '"') {  // "" is one quote
          keep(field, "\"");
          input_.consume(1);
          continue;
        }
        break;
      }
      // After the closing quote, anything up to the separator is kept (lenient, like spreadsheets).
    }
    while (!input_.at_end()) {
      const std::string_view chunk = input_.available();
      // A plain loop: string_view::find_first_of calls memchr once per byte.
      std::size_t stop = 0;
      while (stop < chunk.size() && chunk[stop] != ',' && chunk[stop] != '\n' && chunk[stop] != '\r') ++stop;
      if (stop == chunk.size()) stop = std::string_view::npos;
      keep(fields[count_ - 1], chunk.substr(0, stop));
      if (stop == std::string_view::npos) {
        input_.consume(chunk.size());
        continue;
      }
      input_.consume(stop);
      const char c = input_.peek();
      if (c == ',') {
        input_.consume(1);
        next_field(fields);
        break;
      }
      if (c == '\n' || c == '\r') {
        input_.consume(1);
        if (c == '\r' && !input_.at_end() && input_.peek() == '\n') input_.consume(1);
        ++line_;
        fields.resize(count_);
        return true;
      }
    }
  }
}

std::vector<std::vector<std::string>> parse_csv_text(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  auto source = memory_source(text, "csv");
  BufferedInput input(*source);
  CsvReader reader(input);
  std::vector<std::string> fields;
  try {
    while (reader.next(fields)) records.push_back(fields);
  } catch (const Error&) {
    if (!fields.empty()) records.push_back(fields);
  }
  return records;
}

}  // namespace netgap
