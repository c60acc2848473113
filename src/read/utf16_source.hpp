#pragma once
// UTF-16 address books read as UTF-8, a buffer at a time. Used by src/read/import_vcard.cpp.

#include <cstdint>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <string>
#include <string_view>

#include "util/encoding.hpp"

namespace netgap::detail {

/// The bytes of a UTF-16 input that are not UTF-16 after all.
class ConversionError : public Error {
 public:
  using Error::Error;
};

/// The UTF-8 of a UTF-16 BufferedInput, as a ByteSource: converted one buffer at a time, so that
/// memory does not grow with the input. A lone last byte is dropped.
class Utf16Source final : public ByteSource {
 public:
  /// Reads `input` as `utf16` ("UTF-16LE" or "UTF-16BE", what detect_utf16 says).
  Utf16Source(BufferedInput& input, std::string_view utf16);

  /// Throws ConversionError, naming the input, when the bytes are not valid UTF-16.
  std::size_t read(char* buffer, std::size_t size) override;
  [[nodiscard]] const std::string& name() const override { return input_.name(); }

 private:
  void convert_next();
  [[noreturn]] void fail() const;

  BufferedInput& input_;
  std::string utf16_;
  Utf8Converter converter_;
  std::string converted_;  // UTF-8 not yet read, from converted_[taken_] on
  std::size_t taken_ = 0;
  std::uint64_t bytes_in_ = 0;
  bool done_ = false;
};

}  // namespace netgap::detail
