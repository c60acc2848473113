#include <netgap/util/unicode.hpp>

#include <cstdint>
#include <cstring>

namespace netgap {
namespace {

char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0xC0) return cp;
  if (cp <= 0xDE && cp != 0xD7) return cp + 0x20;                      // Latin-1
  if (cp >= 0x100 && cp <= 0x137) return (cp % 2 == 0) ? cp + 1 : cp;  // Latin Ext-A
  if (cp >= 0x139 && cp <= 0x148) return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp >= 0x14A && cp <= 0x177) return (cp % 2 == 0) ? cp + 1 : cp;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x179 && cp <= 0x17E) return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp == 0x386) return 0x3AC;  // Greek
  if (cp >= 0x388 && cp <= 0x38A) return cp + 37;
  if (cp == 0x38C) return 0x3CC;
  if (cp == 0x38E || cp == 0x38F) return cp + 63;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;  // Cyrillic
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  return cp;
}

/// Scripts written without spaces: every character is a word of its own.
bool is_ideographic(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // Latin-1 punctuation and symbols
  if (cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // full-width punctuation
  if (cp >= 0x1F000) return false;                 // emoji and pictographs
  return true;
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// The letters U+00C0..U+017F without their accents: one base letter each, '*' for the letters
// that fold to two ("ae", "th", "ss", "ij", "oe"), '-' for the two signs among them (x and ÷).
constexpr std::string_view latin1_bases = "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";
constexpr std::string_view latin_a_bases =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(latin1_bases.size() == 0x40 && latin_a_bases.size() == 0x80, "one letter per code point");

/// The two-letter folds of the table above.
std::string_view double_letter(char32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    case 0x132:
    case 0x133:
      return "ij";
    default:
      return "oe";  // U+0152, U+0153
  }
}

/// The unaccented base of a lower-case letter of Latin Extended-B and Additional, Greek or
/// Cyrillic; 0 when it has none.
char32_t base_letter(char32_t cp) {
  if (cp == 0x218 || cp == 0x219) return 's';  // Romanian comma below
  if (cp == 0x21A || cp == 0x21B) return 't';
  if (cp == 0x1A0 || cp == 0x1A1) return 'o';  // Vietnamese horned letters
  if (cp == 0x1AF || cp == 0x1B0) return 'u';
  if (cp >= 0x1CD && cp <= 0x1DC) return cp <= 0x1CE ? 'a' : cp <= 0x1D0 ? 'i' : cp <= 0x1D2 ? 'o' : 'u';  // pinyin
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {  // Vietnamese, in alphabetical blocks
    if (cp <= 0x1EB7) return 'a';
    if (cp <= 0x1EC7) return 'e';
    if (cp <= 0x1ECB) return 'i';
    if (cp <= 0x1EE3) return 'o';
    if (cp <= 0x1EF1) return 'u';
    return 'y';
  }
  switch (cp) {  // Greek tonos and final sigma, Cyrillic yo
    case 0x3AC:
      return 0x3B1;
    case 0x3AD:
      return 0x3B5;
    case 0x3AE:
      return 0x3B7;
    case 0x3AF:
    case 0x3CA:
    case 0x390:
      return 0x3B9;
    case 0x3CC:
      return 0x3BF;
    case 0x3CD:
    case 0x3CB:
    case 0x3B0:
      return 0x3C5;
    case 0x3CE:
      return 0x3C9;
    case 0x3C2:
      return 0x3C3;
    case 0x451:
      return 0x435;
    default:
      return 0;
  }
}

/// Appends the folded form of one code point.
void append_folded(std::string& out, char32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return;          // combining accents
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (cp >= 0xC0 && cp <= 0x17F) {
    const char base = cp < 0x100 ? latin1_bases[cp - 0xC0] : latin_a_bases[cp - 0x100];
    if (base == '*') {
      out += double_letter(cp);
    } else if (base != '-') {
      out += base;
    } else {
      append_utf8(out, cp);
    }
    return;
  }
  if (cp == 0x130) cp = 'i';  // Turkish dotted capital I
  const char32_t low = lower(cp);
  const char32_t base = base_letter(low);
  append_utf8(out, base != 0 ? base : low);
}

}  // namespace

/// Decodes one UTF-8 code point at `i`, advancing `i`; a byte that starts no valid sequence
/// decodes as U+FFFD and advances by one.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07u;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  i += len;
  return cp;
}

long decode_utf8(std::string_view s, std::size_t& i) {
  const std::size_t start = i;
  const char32_t cp = next_code_point(s, i);
  const std::size_t len = i - start;
  const bool ill_formed = (cp == 0xFFFD && len == 1) || (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                          (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
  if (!ill_formed) return static_cast<long>(cp);
  i = start + 1;
  return -1;
}

bool is_terminal_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::size_t terminal_control_at(std::string_view s, std::size_t i) {
  // Byte patterns rather than decoding: this runs on every string a roster writer quotes.
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0U; };
  const unsigned c = byte(i);
  if (c < 0x20 || c == 0x7F) return i < s.size() ? 1 : 0;
  if (c == 0xC2) return byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F ? 2 : 0;  // C1: U+0080-U+009F
  if (c != 0xE2) return 0;
  const unsigned b1 = byte(i + 1);
  const unsigned b2 = byte(i + 2);
  if (b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE) return 3;  // U+2028-U+202E
  if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;  // U+2066-U+2069
  return 0;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

/// `text` lower-cased in ASCII and with `append(out, cp)` for every other code point; bytes that
/// decode to nothing are kept as they are.
template <typename Append>
std::string map_code_points(std::string_view text, Append append) {
  // The ASCII prefix (most often the whole text) copied at once and lower-cased in place: a byte
  // at a time through `out +=` cost more than the rest of the work.
  std::size_t ascii = 0;
  while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
  std::string out(text.substr(0, ascii));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (ascii == text.size()) return out;
  out.reserve(text.size());
  for (std::size_t i = ascii; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp == 0xFFFD && i == start + 1) {
      out += text[start];
    } else {
      append(out, cp);
    }
  }
  return out;
}

}  // namespace

std::string to_lower(std::string_view text) {
  return map_code_points(text, [](std::string& out, char32_t cp) { append_utf8(out, lower(cp)); });
}

std::string fold_case_and_accents(std::string_view text) { return map_code_points(text, append_folded); }

void tokenize(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // the common case, kept cheap
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word += static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        word += static_cast<char>(c + 32);
      } else {
        flush();
      }
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(text, i);
    if (is_ideographic(cp)) {
      flush();
      append_utf8(word, cp);
      flush();
    } else if (is_word_char(cp)) {
      append_utf8(word, lower(cp));
    } else {
      flush();
    }
  }
  flush();
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // ASCII eight bytes at a time: most text is, and the importers check every field.
    std::uint64_t word = 0;
    while (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), (word & 0x8080808080808080U) == 0)) i += 8;
    if (i == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
    } else if (decode_utf8(text, i) < 0) {
      return false;
    }
  }
  return true;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) continue;
    width += is_wide(cp) ? 2U : 1U;
  }
  return width;
}

}  // namespace netgap
