#pragma once
// Text for people: trimming, quoting, suggestions, lists, numbers, wrapping and fitting columns.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// True when `text` starts with `prefix`.
bool starts_with(std::string_view text, std::string_view prefix);

/// Edit distance in bytes, a swap of two neighbours counting as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word`, if it is near enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// ` (did you mean "near"?)` for the nearest candidate, or "" when none is near. Values from
/// files are quoted with '"', words of the command line with '\''.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, char quote_mark = '"');

/// Appends `text` to `out` as a JSON string (quotes and escapes); terminal controls beyond ASCII
/// (C1, bidirectional overrides) are escaped too, so that the JSON is safe on a terminal.
void append_quoted(std::string& out, std::string_view text);

/// `"text"` with JSON-style escapes, for messages that quote user input.
std::string quote(std::string_view text);

/// `text` for a terminal: every terminal control (is_terminal_control) becomes a visible escape
/// (`\n`, `\t`, `\r`, `\u001b`, `\u202e`) and every byte that is not UTF-8 one like `\xff`, so
/// that user data can neither move the cursor, retitle the window, plant a link nor reorder a line.
std::string printable(std::string_view text);

/// The items with `separator` between them.
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

/// At most `limit` items joined by ", ", then ", and N more".
std::string join_some(const std::vector<std::string>& items, std::size_t limit = 10);

/// `value` rounded to `digits` decimals.
double rounded(double value, int digits);

/// A fraction as a whole percentage: 0.467 -> "47%".
std::string percent(double fraction);

/// Word-wraps `text` to `width` columns; every line starts with `indent`, the first with
/// `first_indent` when given. Ends with a newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent = std::nullopt);

/// Pads or cuts `text` to exactly `columns` terminal columns, never splitting a character; a cut
/// ends in "…".
std::string fit(std::string_view text, std::size_t columns);

}  // namespace netgap
