#pragma once
// The two paths of read_json_roster() one by one, for the differential tests and benchmarks.

#include <netgap/read/roster_json.hpp>  // and with it the declarations of what the paths take

#include "read/roster_fast.hpp"

namespace netgap::detail::json_roster {

/// The reference reader alone: nlohmann's SAX parser driving RosterSax, from where `input` is.
void read_json_roster_reference(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor,
                                Diagnostics& diagnostics, const ReadOptions& options);

/// What read_json_roster() does: the fast path when `input` can be rewound, and the reference
/// reader from byte 0 (handing on only what the fast path had not visited) when the fast path
/// gives up or cannot be used. Returns what the fast path did (all false: not tried or gave up at
/// once). Throws std::logic_error if the two readers disagree about what the fast path visited.
FastRead read_json_roster_fast(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor,
                               Diagnostics& diagnostics, const ReadOptions& options);

}  // namespace netgap::detail::json_roster
