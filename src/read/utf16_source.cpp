#include "read/utf16_source.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstring>

namespace netgap::detail {

Utf16Source::Utf16Source(BufferedInput& input, std::string_view utf16)
    : input_(input), utf16_(utf16), converter_(utf16) {}

std::size_t Utf16Source::read(char* buffer, std::size_t size) {
  while (taken_ == converted_.size() && !done_) convert_next();
  const std::size_t n = std::min(size, converted_.size() - taken_);
  std::memcpy(buffer, converted_.data() + taken_, n);
  taken_ += n;
  return n;
}

void Utf16Source::convert_next() {
  converted_.clear();
  taken_ = 0;
  if (input_.at_end()) {
    done_ = true;
    // An odd last byte is dropped; anything else held back is a character cut short.
    if (converter_.held_back() > bytes_in_ % 2) fail();
    return;
  }
  const std::string_view chunk = input_.available();
  bytes_in_ += chunk.size();
  if (!converter_.convert(chunk, converted_)) fail();
  input_.consume(chunk.size());
}

void Utf16Source::fail() const {
  throw ConversionError(fmt::format("{}: looks like {} but does not convert; save it as UTF-8", input_.name(), utf16_));
}

}  // namespace netgap::detail
