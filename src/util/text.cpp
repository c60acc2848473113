#include <netgap/util/text.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cmath>
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

void append_quoted(std::string& out, std::string_view text) {
  // Bytes that need an escape: control characters, '"', '\\' and DEL; one table look-up a byte.
  static constexpr auto needs_escape = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
    table[std::size_t{'"'}] = table[std::size_t{'\\'}] = table[0x7F] = true;
    return table;
  }();
  out.reserve(out.size() + text.size() + 2);
  out += '"';
  std::size_t plain = 0;  // the start of a run of bytes that need no escape, appended at once
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape[c]) continue;
    out.append(text.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
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
        out += fmt::format("\\u{:04x}", c);
    }
  }
  out.append(text.substr(plain));
  out += '"';
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
      out.pop_back();
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    }
    out += "\u2026";
  }
  out += std::string(columns - std::min(columns, display_width(out)), ' ');
  return out;
}

}  // namespace netgap
