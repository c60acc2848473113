#include <netgap/util/text.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <netgap/util/unicode.hpp>

namespace netgap {

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * width] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best =
          std::min({d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, d[(i - 2) * width + j - 2] + 1);
      }
      d[i * width + j] = best;
    }
  }
  return d[a.size() * width + b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string lowered = to_lower(word);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(lowered, to_lower(candidate));
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  // Close enough to be a typo: at most a third of the word, and never more than 3 edits.
  const std::size_t allowed = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  if (best && best_distance <= allowed) return best;
  return std::nullopt;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, char quote_mark) {
  const auto near = closest_match(word, candidates);
  if (!near) return {};
  return fmt::format(" (did you mean {0}{1}{0}?)", quote_mark, *near);
}

namespace {

/// The escape of a control character inside a JSON string, or a terminal line.
void append_escape(std::string& out, char32_t cp) {
  switch (cp) {
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
  }
}

}  // namespace

void append_quoted(std::string& out, std::string_view text) {
  // Bytes that may need an escape: control characters, '"', '\\', DEL, and the lead bytes of C1
  // controls (0xC2) and of bidi controls (0xE2); one table look-up a byte.
  static constexpr auto needs_escape = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
    table[std::size_t{'"'}] = table[std::size_t{'\\'}] = table[0x7F] = table[0xC2] = table[0xE2] = true;
    return table;
  }();
  out += '"';             // no reserve(): a call for every value, where growth by doubling is already amortised
  std::size_t plain = 0;  // the start of a run of bytes that need no escape, appended at once
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!needs_escape[c]) {
      ++i;
      continue;
    }
    const std::size_t length = c == '"' || c == '\\' ? 1 : terminal_control_at(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    out.append(text.substr(plain, i - plain));
    if (length == 1 && (c == '"' || c == '\\')) {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      std::size_t at = i;
      append_escape(out, next_code_point(text, at));
    }
    i += length;
    plain = i;
  }
  out.append(text.substr(plain));
  out += '"';
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const long cp = c < 0x80 ? (++i, static_cast<long>(c)) : decode_utf8(text, i);
    if (cp < 0) {
      out += fmt::format("\\x{:02x}", c);
    } else if (is_terminal_control(static_cast<char32_t>(cp))) {
      append_escape(out, static_cast<char32_t>(cp));
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string quote(std::string_view text) {
  std::string out;
  append_quoted(out, text);
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string join_some(const std::vector<std::string>& items, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > limit) out += fmt::format(", and {} more", items.size() - limit);
  return out;
}

double rounded(double value, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

std::string percent(double fraction) { return fmt::format("{:.0f}%", fraction * 100); }

std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent) {
  std::string out;
  std::string_view lead = first_indent.value_or(indent);
  std::size_t column = 0;
  bool line_open = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view word = text.substr(i, j - i);
    const std::size_t w = display_width(word);
    if (line_open && column + 1 + w > width) {
      out += '\n';
      line_open = false;
    }
    if (!line_open) {
      out += lead;
      column = display_width(lead);
      lead = indent;
      line_open = true;
    } else {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
    i = j;
  }
  if (!line_open) out += lead;
  out += '\n';
  return out;
}

std::string fit(std::string_view text, std::size_t columns) {
  std::string out(text);
  if (display_width(out) > columns) {
    while (!out.empty() && display_width(out) > columns - 1) {
      // The last character: its continuation bytes, then its first byte (or an ASCII byte).
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty()) out.pop_back();
    }
    out += "\u2026";
  }
  out += std::string(columns - std::min(columns, display_width(out)), ' ');
  return out;
}

}  // namespace netgap
