#pragma once
// The differential check of the JSON roster reader's two paths: the same bytes read by the
// reference reader alone and by read_json_roster()'s fast path (with its fall-back), everything
// each hands to the visitor and the diagnostics written down as text, to compare whole.

#include <netgap/model/roster.hpp>

#include <cstddef>
#include <string>

namespace netgap::test {

/// What one path made of a roster: every visitor call and every diagnostic, as text.
struct PathTrace {
  std::string events;
  std::string diagnostics;
  bool fast_done = false;        ///< the fast path read it all (no fall-back)
  std::size_t fast_visited = 0;  ///< contacts the fast path visited before it gave up
};

/// Reads `text` with the reference reader alone.
PathTrace read_reference(const std::string& text, const Owner* owner = nullptr);
/// Reads `text` as read_json_roster() does, fast path first; with `second_thread`, the contacts
/// are visited on a second thread (ReadOptions::second_thread).
PathTrace read_fast(const std::string& text, const Owner* owner = nullptr, bool second_thread = false);

}  // namespace netgap::test
