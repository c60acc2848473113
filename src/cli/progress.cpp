#include "progress.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap::cli {
namespace {

/// `text`, or "…" and as much of its end as fits in `columns`.
std::string ending(const std::string& text, std::size_t columns) {
  if (display_width(text) <= columns) return text;
  std::size_t from = text.size();
  while (from > 0) {
    std::size_t start = from - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;  // a whole character
    if (display_width(std::string_view(text).substr(start)) + 1 > columns) break;
    from = start;
  }
  return "\u2026" + text.substr(from);
}

}  // namespace

ProgressSource::ProgressSource(std::unique_ptr<ByteSource> inner, std::ostream& err, std::uint64_t total_bytes,
                               std::size_t columns)
    : inner_(std::move(inner)),
      err_(err),
      total_(total_bytes),
      columns_(columns == 0 ? 80 : std::max<std::size_t>(columns, 2)) {}

ProgressSource::~ProgressSource() { clear(); }

void ProgressSource::clear() {
  if (shown_) err_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

bool ProgressSource::rewind() {
  if (!inner_->rewind()) return false;
  bytes_ = 0;  // the line then counts the second reading from the start, and its rate too
  rate_start_ = Clock::now();
  return true;
}

std::size_t ProgressSource::read(char* buffer, std::size_t size) {
  const std::size_t n = inner_->read(buffer, size);
  bytes_ += n;
  const auto now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_shown_ < std::chrono::milliseconds(250)) return n;
  last_shown_ = now;
  shown_ = true;
  const double seconds = std::max(std::chrono::duration<double>(now - rate_start_).count(), 0.001);
  const double mb = static_cast<double>(bytes_) / 1e6;
  const std::string of = total_ > 0 ? fmt::format(" of {:.0f}", static_cast<double>(total_) / 1e6) : "";
  const std::string numbers = fmt::format(": {:.0f}{} MB, {:.0f} MB/s", mb, of, mb / seconds);
  // One column less than the terminal's width: the file name gives way first (its end, which
  // names the file, stays), then the numbers.
  const std::size_t room = columns_ - 1;
  const std::size_t fixed = display_width(numbers) + std::string_view("netgap: reading ").size();
  std::string line = "netgap: reading " + ending(printable(name()), room > fixed ? room - fixed : 0) + numbers;
  if (display_width(line) > room) line = fit(line, room);
  err_ << "\r\x1b[K" << line << std::flush;
  return n;
}

}  // namespace netgap::cli
