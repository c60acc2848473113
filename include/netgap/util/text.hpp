#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Lower-cases ASCII and the common Latin, Greek and Cyrillic capitals of UTF-8 text.
std::string to_lower(std::string_view text);

/// Appends the lower-cased word tokens of `text` to `out` (cleared first). Letters and digits
/// of any script form words; each CJK ideograph, kana or hangul syllable is a word of its own,
/// so that "高级研究员" contains the phrase "研究员".
void tokenize(std::string_view text, std::vector<std::string>& out);

/// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// Case- and punctuation-insensitive form of a name, without the given trailing words
/// ("Acme Health, Inc." -> "acme health" with suffix "inc").
std::string normalize_name(std::string_view text, const std::vector<std::string>& drop_suffixes = {});

/// A URL without scheme, "www.", trailing slashes or case, for telling two URLs apart.
std::string normalize_url(std::string_view url);

/// Appends `text` to `out` as a JSON string (quotes and escapes).
void append_quoted(std::string& out, std::string_view text);

/// Edit distance in bytes, a swap of two neighbours counting as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word`, if it is near enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// `"text"` with JSON-style escapes, for messages that quote user input.
std::string quote(std::string_view text);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// Number of terminal columns `text` takes (code points; CJK and emoji count two).
std::size_t display_width(std::string_view text);

/// True when `text` starts with `prefix`.
bool starts_with(std::string_view text, std::string_view prefix);

}  // namespace netgap

namespace netgap {

/// Word-wraps `text` to `width` columns; every line starts with `indent`, the first with
/// `first_indent` when given. Ends with a newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent = std::nullopt);

}  // namespace netgap
