#pragma once
// The text of vCard properties: one content line split into name, parameters and value, and the
// value decoded (quoted-printable, backslash escapes, structured components). Used by
// src/read/import_vcard.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netgap::detail::vcard {

/// One content line: `NAME;PARAM=VALUE;BARE:value`.
struct Property {
  std::string name;                                         ///< upper case, group removed
  std::vector<std::pair<std::string, std::string>> params;  ///< names upper case; bare 2.1 params have an empty value
  std::string value;

  /// The value of parameter `key` (upper case), or "" when absent.
  [[nodiscard]] std::string param(std::string_view key) const;
  /// True for ENCODING=QUOTED-PRINTABLE or a bare QUOTED-PRINTABLE (case-insensitive).
  [[nodiscard]] bool flag(std::string_view word) const;
};

/// Splits a logical line into a Property; nullopt when it has no ':' outside quotes.
std::optional<Property> parse_property(std::string_view line);

/// Decodes `=XX` escapes; a '=' at the very end (a soft line break) is dropped, any other '=' kept.
std::string decode_quoted_printable(std::string_view text);

/// Splits a structured value (N, ORG) on unescaped ';', or a list (CATEGORIES) on ','; the
/// escapes are kept for unescape().
std::vector<std::string> split_unescaped(std::string_view value, char separator);

/// Resolves backslash escapes (in 2.1 only "\;") and trims the result.
std::string unescape(std::string_view value, bool version_21);

}  // namespace netgap::detail::vcard
