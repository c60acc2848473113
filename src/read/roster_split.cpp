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

namespace {

/// The brackets open and the string state of a split, carried from byte to byte and block to block.
class Brackets {
 public:
  explicit Brackets(std::size_t max_depth) : max_depth_(max_depth < deepest ? max_depth : deepest) {}

  /// One bracket outside strings; complete when it closes the outermost level.
  SplitStatus bracket(char c) {
    if (c == '{' || c == '[') {
      if (depth_ == max_depth_) return SplitStatus::anomaly;
      open_[depth_++] = c == '{' ? '}' : ']';
      return SplitStatus::incomplete;
    }
    if (depth_ == 0 || open_[depth_ - 1] != c) return SplitStatus::anomaly;
    return --depth_ == 0 ? SplitStatus::complete : SplitStatus::incomplete;
  }

  /// One byte, whatever it is; the scalar path.
  SplitStatus byte(char c) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      return SplitStatus::incomplete;
    }
    if (c == '"') {
      in_string = true;
      return SplitStatus::incomplete;
    }
    if (c == '{' || c == '[' || c == '}' || c == ']') return bracket(c);
    return SplitStatus::incomplete;
  }

  bool in_string = false;
  bool escaped = false;  // inside a string, just after a backslash

 private:
  std::size_t max_depth_;
  std::size_t depth_ = 0;
  char open_[deepest] = {};  // the closing bracket each open level waits for
};

#if defined(__SSE2__)
/// Where the quotes, backslashes, opening and closing brackets are in 64 bytes, a bit a byte.
struct Block {
  std::uint64_t quotes = 0;
  std::uint64_t backslashes = 0;
  std::uint64_t brackets = 0;

  explicit Block(const char* at) {
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lower = _mm_set1_epi8(0x20);  // '[' | 0x20 is '{', ']' | 0x20 is '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    add(0, _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)), quote, backslash, lower, open, close);
    add(16, _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 16)), quote, backslash, lower, open, close);
    add(32, _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 32)), quote, backslash, lower, open, close);
    add(48, _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 48)), quote, backslash, lower, open, close);
  }

 private:
  static std::uint64_t bits(__m128i equal, int shift) {
    return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(equal))) << shift;
  }
  void add(int shift, __m128i bytes, __m128i quote, __m128i backslash, __m128i lower, __m128i open, __m128i close) {
    quotes |= bits(_mm_cmpeq_epi8(bytes, quote), shift);
    backslashes |= bits(_mm_cmpeq_epi8(bytes, backslash), shift);
    const __m128i folded = _mm_or_si128(bytes, lower);
    brackets |= bits(_mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)), shift);
  }
};

/// Bit i: an odd number of the bits 0..i of `quotes` are set (inside a string, its opening quote included).
std::uint64_t prefix_xor(std::uint64_t quotes) {
  quotes ^= quotes << 1;
  quotes ^= quotes << 2;
  quotes ^= quotes << 4;
  quotes ^= quotes << 8;
  quotes ^= quotes << 16;
  quotes ^= quotes << 32;
  return quotes;
}
#endif

}  // namespace

Split split_container(const char* at, const char* end, std::size_t max_depth, const char* readable_end) {
  Brackets brackets(max_depth);
#if defined(__SSE2__)
  // 64 bytes at a time (the bits past `end` masked off): where strings are follows from the
  // quotes alone when the block has no backslash (a block with one takes the byte loop), and
  // only brackets outside strings count.
  if (readable_end == nullptr) readable_end = end;
  for (; at < end && readable_end - at >= 64; at += 64) {
    const Block block(at);
    const std::uint64_t valid = end - at >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (end - at)) - 1;
    if (brackets.escaped || (block.backslashes & valid) != 0) break;
    const std::uint64_t strings = prefix_xor(block.quotes & valid) ^ (brackets.in_string ? ~std::uint64_t{0} : 0);
    for (std::uint64_t found = block.brackets & valid & ~strings; found != 0; found &= found - 1) {
      const int i = __builtin_ctzll(found);
      const SplitStatus status = brackets.bracket(at[i]);
      if (status == SplitStatus::complete) return {status, at + i + 1};
      if (status == SplitStatus::anomaly) return {status, nullptr};
    }
    brackets.in_string = (strings >> 63) != 0;
  }
#else
  static_cast<void>(readable_end);
#endif
  for (; at < end; ++at) {
    const SplitStatus status = brackets.byte(*at);
    if (status == SplitStatus::complete) return {status, at + 1};
    if (status == SplitStatus::anomaly) return {status, nullptr};
  }
  return {SplitStatus::incomplete, nullptr};
}

const char* skip_whitespace(const char* at, const char* end) {
  while (at < end && is_whitespace(*at)) ++at;
  return at;
}

}  // namespace netgap::detail::json_roster
