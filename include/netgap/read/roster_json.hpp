#pragma once
// The streaming reader of netgap's own roster format (docs/roster-format.md).

#include <netgap/model/roster.hpp>

namespace netgap {

class BufferedInput;
class Diagnostics;
struct ReadOptions;
struct Taxonomy;

/// Streams a JSON roster (format v1 or a bare array of contacts) from `input` to `visitor`.
/// Problems go to `diagnostics` as `source:line:col: ...` (syntax) or `source: contacts[3] "Ada":
/// field: ...` (content); a contact with an error is not visited. Reading stops at a syntax
/// error. Memory stays flat: no contact is kept once visited (unless the owner comes after the
/// contacts in the file, when contacts wait for it).
void read_json_roster(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
                      const ReadOptions& options);

}  // namespace netgap
