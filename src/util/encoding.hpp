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

}  // namespace netgap::detail
