#include "read/vcard_property.hpp"

#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap::detail::vcard {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return out;
}

}  // namespace

std::string Property::param(std::string_view key) const {
  for (const auto& [k, v] : params) {
    if (k == key) return v;
  }
  return {};
}

bool Property::flag(std::string_view word) const {
  for (const auto& [k, v] : params) {
    if ((v.empty() && to_lower(k) == to_lower(word)) || to_lower(v) == to_lower(word)) return true;
  }
  return false;
}

// A ':' inside a quoted parameter value is kept.
std::optional<Property> parse_property(std::string_view line) {
  Property p;
  bool quoted = false;
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon == std::string_view::npos) return std::nullopt;
  p.value = std::string(line.substr(colon + 1));
  std::string_view head = line.substr(0, colon);
  std::vector<std::string_view> parts;
  quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= head.size(); ++i) {
    if (i < head.size() && head[i] == '"') quoted = !quoted;
    if (i == head.size() || (head[i] == ';' && !quoted)) {
      parts.push_back(head.substr(start, i - start));
      start = i + 1;
    }
  }
  std::string_view name = parts.front();
  if (const auto dot = name.find('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);  // item1.EMAIL
  p.name = upper(trim(name));
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const auto eq = parts[i].find('=');
    if (eq == std::string_view::npos) {
      p.params.emplace_back(upper(trim(parts[i])), "");
    } else {
      std::string value(trim(parts[i].substr(eq + 1)));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
      p.params.emplace_back(upper(trim(parts[i].substr(0, eq))), value);
    }
  }
  return p;
}

std::string decode_quoted_printable(std::string_view text) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '=' && i + 2 < text.size() + 0 && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else if (text[i] == '=' && i + 1 == text.size()) {
      // a trailing soft break
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string> split_unescaped(std::string_view value, char separator) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      parts.back() += value[i];
      parts.back() += value[++i];
    } else if (value[i] == separator) {
      parts.emplace_back();
    } else {
      parts.back() += value[i];
    }
  }
  return parts;
}

std::string unescape(std::string_view value, bool version_21) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    const char next = value[i + 1];
    if (version_21) {  // 2.1 escapes only ';' (and a backslash before it is ambiguous)
      if (next == ';') {
        out += ';';
        ++i;
      } else {
        out += '\\';
      }
      continue;
    }
    ++i;
    if (next == 'n' || next == 'N') {
      out += '\n';
    } else {
      out += next;
    }
  }
  return std::string(trim(out));
}

}  // namespace netgap::detail::vcard
