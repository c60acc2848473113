#include "progress.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/util/text.hpp>

namespace netgap::cli {

ProgressSource::ProgressSource(std::unique_ptr<ByteSource> inner, std::ostream& err, std::uint64_t total_bytes)
    : inner_(std::move(inner)), err_(err), total_(total_bytes) {}

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
  err_ << fmt::format("\r\x1b[Knetgap: reading {}: {:.0f}{} MB, {:.0f} MB/s", printable(name()), mb, of, mb / seconds)
       << std::flush;
  return n;
}

}  // namespace netgap::cli
