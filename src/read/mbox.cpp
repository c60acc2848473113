#include "read/mbox.hpp"

#include <algorithm>
#include <cstring>
#include <netgap/util/input.hpp>
#include <string_view>

namespace netgap::detail {
namespace {

constexpr std::string_view separator = "From ";
constexpr std::size_t max_separator_bytes = 1024;  // the part of a "From " line looked at

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Whether the rest of a "From " line reads "sender date", the date with a time (hh:mm) and a
/// four-digit year, as every mbox writer puts it ("From a@b Mon Jan  1 09:00:00 2024"), so that
/// an unquoted body line such as "From the desk of ..." after an empty line is no separator.
bool looks_like_separator(std::string_view rest) {
  if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
  const std::size_t space = rest.find(' ');
  if (space == 0 || space == std::string_view::npos) return false;  // no sender, or no date
  const std::string_view date = rest.substr(space + 1);
  bool time = false;
  bool year = false;
  for (std::size_t i = 0; i < date.size(); ++i) {
    if (i + 2 < date.size() && is_digit(date[i]) && date[i + 1] == ':' && is_digit(date[i + 2])) time = true;
    const bool starts = i == 0 || !is_digit(date[i - 1]);
    if (starts && i + 4 <= date.size() && is_digit(date[i]) && is_digit(date[i + 1]) && is_digit(date[i + 2]) &&
        is_digit(date[i + 3]) && (i + 4 == date.size() || !is_digit(date[i + 4]))) {
      year = true;
    }
  }
  return time && year;
}

}  // namespace

bool MboxReader::next(std::string& headers) {
  headers.clear();
  cut_ = false;
  std::string rest;
  while (find_separator()) {
    message_line_ = line_;
    read_rest_of_line(rest);                                 // "sender date"
    if (message_line_ == 1 || looks_like_separator(rest)) {  // the first line: detection chose it
      read_headers(headers);
      previous_blank_ = true;  // the header block ended with an empty line (or the file did)
      return true;
    }
    previous_blank_ = false;  // a body line that starts with "From "
  }
  return false;
}

/// Moves past the next "From " that starts a line after an empty one, counting lines; false at
/// the end. Each line is looked at for its first bytes only, the rest skipped with memchr.
bool MboxReader::find_separator() {
  std::size_t matched = 0;  // bytes of "From " seen at the start of the current line
  std::size_t length = 0;   // bytes of the current line seen so far
  bool carriage_return = false;
  while (!input_.at_end()) {
    const std::string_view chunk = input_.available();
    std::size_t i = 0;
    while (length < separator.size() && i < chunk.size() && chunk[i] != '\n') {
      if (matched == length && chunk[i] == separator[length]) ++matched;
      carriage_return = length == 0 && chunk[i] == '\r';
      ++length;
      ++i;
    }
    if (matched == separator.size() && previous_blank_) {
      input_.consume(i);
      return true;
    }
    if (i == chunk.size()) {
      input_.consume(i);
      continue;
    }
    const void* end = std::memchr(chunk.data() + i, '\n', chunk.size() - i);
    if (end == nullptr) {
      length += chunk.size() - i;
      input_.consume(chunk.size());
      continue;
    }
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(end) - chunk.data());
    length += at - i;
    previous_blank_ = length == 0 || (length == 1 && carriage_return);
    input_.consume(at + 1);
    ++line_;
    matched = 0;
    length = 0;
    carriage_return = false;
  }
  return false;
}

void MboxReader::read_rest_of_line(std::string& rest) {
  rest.clear();
  while (!input_.at_end()) {
    const std::string_view chunk = input_.available();
    const void* end = std::memchr(chunk.data(), '\n', chunk.size());
    const std::size_t length =
        end == nullptr ? chunk.size() : static_cast<std::size_t>(static_cast<const char*>(end) - chunk.data());
    if (rest.size() < max_separator_bytes)
      rest.append(chunk.data(), std::min(length, max_separator_bytes - rest.size()));
    if (end == nullptr) {
      input_.consume(chunk.size());
      continue;
    }
    input_.consume(length + 1);
    ++line_;
    return;
  }
}

/// Appends lines up to the empty line that ends the header block (which is consumed too).
void MboxReader::read_headers(std::string& headers) {
  std::size_t line_start = 0;
  while (!input_.at_end()) {
    const std::string_view chunk = input_.available();
    const void* end = std::memchr(chunk.data(), '\n', chunk.size());
    const std::size_t take =
        end == nullptr ? chunk.size() : static_cast<std::size_t>(static_cast<const char*>(end) - chunk.data()) + 1;
    if (headers.size() + take <= max_header_bytes) {
      headers.append(chunk.data(), take);
    } else {
      cut_ = true;
    }
    input_.consume(take);
    if (end == nullptr) continue;
    ++line_;
    const std::string_view line =
        cut_ ? std::string_view(chunk.data(), take) : std::string_view(headers).substr(line_start);
    if (line == "\n" || line == "\r\n") {
      if (!cut_) headers.resize(line_start);
      return;
    }
    line_start = headers.size();
  }
}

}  // namespace netgap::detail
