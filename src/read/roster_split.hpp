#pragma once
// The structural pre-split of the fast roster reader: where a JSON string, object or array that
// starts at a given byte ends, aware of strings and escapes, without validating anything else
// (simdjson validates each piece afterwards). SSE2 skips the insides of strings 16 bytes at a time
// where the CPU has it (every x86-64 does); elsewhere a byte loop does the same.

#include <cstddef>

namespace netgap::detail::json_roster {

/// How far a split got within the bytes it was given.
enum class SplitStatus {
  complete,    ///< the value ends within the bytes
  incomplete,  ///< the bytes end first: read more, or the input is cut short
  anomaly,     ///< not what the fast reader takes (mismatched brackets, nested too deep)
};

/// Where a value ends: `end` points just past it when `status` is complete.
struct Split {
  SplitStatus status = SplitStatus::incomplete;
  const char* end = nullptr;
};

/// Just past the closing quote of the string whose contents start at `at` (after its opening
/// quote), or nullptr when [at, end) has no closing quote.
const char* skip_string(const char* at, const char* end);

/// Where the object or array opening at `at` ('{' or '[') ends, counting brackets outside strings;
/// more than `max_depth` levels open at once is an anomaly. Bytes up to `readable_end` (when
/// given, at or past `end`) may be read, never used: a block can then be read whole near `end`.
Split split_container(const char* at, const char* end, std::size_t max_depth, const char* readable_end = nullptr);

/// The first byte of [at, end) that is not JSON whitespace, or `end`.
const char* skip_whitespace(const char* at, const char* end);

}  // namespace netgap::detail::json_roster
