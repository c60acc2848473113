#pragma once
// UTF-8 at the level netgap needs: code points, case, words, validity and terminal width.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Decodes one UTF-8 code point at `i`, advancing `i`; a byte that starts no valid sequence
/// decodes as U+FFFD and advances by one.
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Decodes one well-formed UTF-8 code point at `i`, advancing `i`; -1 for a byte that starts no
/// well-formed sequence (cut short, overlong, a surrogate, beyond U+10FFFF), advancing by one.
long decode_utf8(std::string_view s, std::size_t& i);

/// True for a code point that can steer a terminal or reorder what it shows: C0 and C1 controls,
/// DEL, the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and
/// the line and paragraph separators (U+2028, U+2029). The marks U+200E and U+200F are not: they
/// only set the direction of the characters beside them, and right-to-left names use them.
bool is_terminal_control(char32_t cp);

/// The length in bytes of the terminal control (is_terminal_control) encoded at `i`, or 0.
std::size_t terminal_control_at(std::string_view s, std::size_t i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Lower-cases ASCII and the common Latin, Greek and Cyrillic capitals of UTF-8 text.
std::string to_lower(std::string_view text);

/// Lower-cases `text` and takes the accents off Latin, Greek and Cyrillic letters: "José Müller"
/// -> "jose muller", "Łódź" -> "lodz", "ß" -> "ss"; combining marks are dropped, full-width ASCII
/// becomes ASCII. Other characters are kept as they are (docs/identity.md says why).
std::string fold_case_and_accents(std::string_view text);

/// Appends the lower-cased word tokens of `text` to `out` (cleared first). Letters and digits
/// of any script form words; each CJK ideograph, kana or hangul syllable is a word of its own,
/// so that "高级研究员" contains the phrase "研究员".
void tokenize(std::string_view text, std::vector<std::string>& out);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// Number of terminal columns `text` takes (code points; CJK and emoji count two).
std::size_t display_width(std::string_view text);

}  // namespace netgap
