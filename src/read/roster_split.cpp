#include "read/roster_split.hpp"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace netgap::detail::json_roster {
namespace {

constexpr std::size_t deepest = 8;  // the splitter's own limit on max_depth

bool is_whitespace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

const char* skip_string(const char* at, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (end - at >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const auto found = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash))));
    if (found == 0) {
      at += 16;
      continue;
    }
    at += __builtin_ctz(found);
    if (*at == '"') return at + 1;
    at += 2;  // a backslash and the byte it escapes, whatever that is
  }
#endif
  while (at < end) {
    if (*at == '"') return at + 1;
    at += *at == '\\' ? 2 : 1;
  }
  return nullptr;
}

Split split_container(const char* at, const char* end, std::size_t max_depth) {
  char open[deepest];  // the closing bracket each open level waits for
  std::size_t depth = 0;
  if (max_depth > deepest) max_depth = deepest;
  while (at < end) {
    const char c = *at++;
    switch (c) {
      case '"':
        at = skip_string(at, end);
        if (at == nullptr) return {SplitStatus::incomplete, nullptr};
        break;
      case '{':
      case '[':
        if (depth == max_depth) return {SplitStatus::anomaly, nullptr};
        open[depth++] = c == '{' ? '}' : ']';
        break;
      case '}':
      case ']':
        if (depth == 0 || open[depth - 1] != c) return {SplitStatus::anomaly, nullptr};
        if (--depth == 0) return {SplitStatus::complete, at};
        break;
      default:
        break;
    }
  }
  return {SplitStatus::incomplete, nullptr};
}

const char* skip_whitespace(const char* at, const char* end) {
  while (at < end && is_whitespace(*at)) ++at;
  return at;
}

}  // namespace netgap::detail::json_roster
