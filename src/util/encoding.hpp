#pragma once
// Character sets of real address books: converted to UTF-8 with glibc's iconv.

#include <optional>
#include <string>
#include <string_view>

namespace netgap::detail {

/// Converts `bytes` from `charset` (any name iconv knows: "SHIFT_JIS", "windows-1252", ...) to
/// UTF-8; nullopt when the charset is unknown or the bytes are invalid in it.
std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset);

/// Windows-1252 (what spreadsheets write on Windows) to UTF-8; never fails.
std::string windows_1252_to_utf8(std::string_view bytes);

/// "UTF-16LE" or "UTF-16BE" when the text looks like UTF-16 (a byte-order mark, or NUL bytes
/// in every other position of the first bytes), else nullopt.
std::optional<std::string_view> detect_utf16(std::string_view head);

/// Converts a stream from one charset to UTF-8 a piece at a time: the bytes of a character split
/// between two pieces are held back and converted with the next one.
class Utf8Converter {
 public:
  /// Converts from `charset` (any name iconv knows); throws std::invalid_argument when it is unknown.
  explicit Utf8Converter(std::string_view charset);
  ~Utf8Converter();
  Utf8Converter(const Utf8Converter&) = delete;
  Utf8Converter& operator=(const Utf8Converter&) = delete;

  /// Appends the UTF-8 of `bytes` to `out`, holding back an incomplete last character; false
  /// when the bytes are invalid in the charset (`out` then holds what came before them).
  bool convert(std::string_view bytes, std::string& out);
  /// Bytes of an incomplete character held back by the last convert().
  [[nodiscard]] std::size_t held_back() const { return pending_.size(); }

 private:
  void* cd_;             // an iconv_t, whose header stays out of this one
  std::string pending_;  // the held-back bytes, then the piece being converted
};

}  // namespace netgap::detail
