#include "util/encoding.hpp"

#include <iconv.h>
#include <cerrno>
#include <netgap/util/text.hpp>
#include <stdexcept>
#include <vector>

namespace netgap::detail {

std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset) {
  const iconv_t cd = ::iconv_open("UTF-8", std::string(charset).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out;
  std::vector<char> input(bytes.begin(), bytes.end());
  char* in = input.data();
  std::size_t in_left = input.size();
  char buffer[4096];
  bool ok = true;
  while (in_left > 0) {
    char* out_ptr = buffer;
    std::size_t out_left = sizeof buffer;
    const std::size_t result = ::iconv(cd, &in, &in_left, &out_ptr, &out_left);
    out.append(buffer, sizeof buffer - out_left);
    if (result == static_cast<std::size_t>(-1) && errno != E2BIG) {
      ok = false;
      break;
    }
  }
  ::iconv_close(cd);
  if (!ok) return std::nullopt;
  return out;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  if (auto converted = to_utf8(bytes, "WINDOWS-1252")) return *converted;
  std::string out;  // bytes that 1252 leaves undefined: read as Latin-1
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::optional<std::string_view> detect_utf16(std::string_view head) {
  if (starts_with(head, "\xFF\xFE")) return "UTF-16LE";
  if (starts_with(head, "\xFE\xFF")) return "UTF-16BE";
  if (head.size() < 8) return std::nullopt;
  std::size_t even_nul = 0;
  std::size_t odd_nul = 0;
  const std::size_t n = std::min<std::size_t>(head.size(), 64) & ~std::size_t{1};
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += head[i] == '\0' ? 1U : 0U;
    odd_nul += head[i + 1] == '\0' ? 1U : 0U;
  }
  if (even_nul * 4 >= n / 2 * 3 && odd_nul == 0) return "UTF-16BE";
  if (odd_nul * 4 >= n / 2 * 3 && even_nul == 0) return "UTF-16LE";
  return std::nullopt;
}

Utf8Converter::Utf8Converter(std::string_view charset) : cd_(::iconv_open("UTF-8", std::string(charset).c_str())) {
  if (cd_ == reinterpret_cast<void*>(-1)) throw std::invalid_argument("iconv does not know " + std::string(charset));
}

Utf8Converter::~Utf8Converter() { ::iconv_close(static_cast<iconv_t>(cd_)); }

bool Utf8Converter::convert(std::string_view bytes, std::string& out) {
  pending_.append(bytes);  // iconv wants the held-back bytes and the new ones in one run
  char* in = pending_.data();
  std::size_t in_left = pending_.size();
  char buffer[4096];
  for (;;) {
    char* out_ptr = buffer;
    std::size_t out_left = sizeof buffer;
    const std::size_t result = ::iconv(static_cast<iconv_t>(cd_), &in, &in_left, &out_ptr, &out_left);
    out.append(buffer, sizeof buffer - out_left);
    if (result != static_cast<std::size_t>(-1) || errno == EINVAL) break;  // all converted, or a character cut short
    if (errno != E2BIG) return false;
  }
  pending_.erase(0, pending_.size() - in_left);
  return true;
}

}  // namespace netgap::detail
