#pragma once
// Folding two records of one person into one (docs/identity.md, "What happens when records are one
// person"): the rules import, merge and dedupe share.

#include <cstdint>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <string>
#include <vector>

namespace netgap {

/// Folds `later` into `earlier`, two records of one person, `later` taken as the newer: its
/// different organisation becomes the current one, lists are united, the most recent dates and
/// the higher strength kept, different notes joined. True when `earlier` changed.
bool combine_records(Contact& earlier, const Contact& later, const std::vector<std::string>& organization_suffixes);

/// Applies an export's record `fresh` to the roster's contact `known` it matched through `reason`:
/// work, e-mails and URLs refreshed, nothing the user wrote overwritten. True when `known` changed.
bool update_from_export(Contact& known, const Contact& fresh, MatchReason reason,
                        const std::vector<std::string>& organization_suffixes);

/// What `folded` says that `combined` (the record it was folded into by combine_records) does not
/// keep: `name "William H. Gates III"`, `how_met "conf B"`, ... — a different value where the
/// kept record has its own. Empty when nothing was lost.
std::vector<std::string> values_not_kept(const Contact& combined, const Contact& folded);

/// A hash of everything a record says (not where it was read): equal for exact copies.
std::uint64_t record_fingerprint(const Contact& contact);

}  // namespace netgap
