#pragma once
// The fast path of the JSON roster reader, for inputs that can be read twice (regular files): the
// file in bounded blocks, a structural split of the contacts array (read/roster_split.*), each
// contact parsed by simdjson (read/roster_ondemand.*). It takes only rosters about which the
// reference reader would say nothing at all; at the first anomaly it stops, and the reference
// reader reads the input again from byte 0 to say what is wrong (read/roster_json.cpp).

#include <netgap/model/roster.hpp>

#include <cstddef>

namespace netgap {
class ByteSource;
struct ReadOptions;
struct Taxonomy;
}  // namespace netgap

namespace netgap::detail::json_roster {

/// What the fast path did before it finished or gave up.
struct FastRead {
  bool done = false;             ///< the whole roster was read and visited
  bool owner_announced = false;  ///< the visitor's on_owner() was called
  std::size_t visited = 0;       ///< contacts given to the visitor, all valid and in order
};

/// Bytes the fast path reads at a time; a contact or owner larger than this is an anomaly.
inline constexpr std::size_t fast_block_size = std::size_t{1} << 18;

/// Reads the roster in `source`, which must be rewindable, from byte 0 (rewinding it, twice when
/// the owner is not known before the contacts). Visits the owner and contacts exactly as the
/// reference reader would; when it gives up, those it visited are the reference reader's first.
FastRead read_roster_fast(ByteSource& source, const Taxonomy& taxonomy, RosterVisitor& visitor,
                          const ReadOptions& options);

}  // namespace netgap::detail::json_roster
