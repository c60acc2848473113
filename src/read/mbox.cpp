#include "read/mbox.hpp"

#include <cstring>
#include <netgap/util/input.hpp>
#include <string_view>

namespace netgap::detail {
namespace {

constexpr std::string_view separator = "From ";

}  // namespace

bool MboxReader::next(std::string& headers) {
  headers.clear();
  cut_ = false;
  if (!find_separator()) return false;
  message_line_ = line_;
  skip_line();  // the rest of "From sender date"
  read_headers(headers);
  previous_blank_ = true;  // the header block ended with an empty line (or the file did)
  return true;
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

void MboxReader::skip_line() {
  while (!input_.at_end()) {
    const std::string_view chunk = input_.available();
    const void* end = std::memchr(chunk.data(), '\n', chunk.size());
    if (end == nullptr) {
      input_.consume(chunk.size());
      continue;
    }
    input_.consume(static_cast<std::size_t>(static_cast<const char*>(end) - chunk.data()) + 1);
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
