#pragma once
// Merging an export into a roster, person by person (docs/identity.md).

#include <cstddef>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <string>
#include <vector>

namespace netgap {

/// An added contact that may be one person with another contact: reported, not merged.
struct ProbableMatch {
  std::size_t contact = 0;  ///< the added contact
  std::size_t other = 0;    ///< the contact it may be (of the roster, or added before it)
  MatchReason reason = MatchReason::probable_no_organization;
};

/// What merging an export into a roster did.
struct MergeResult {
  std::vector<Contact> contacts;  ///< the roster's contacts, in order, then the new ones
  std::size_t added = 0;
  std::size_t updated = 0;
  std::vector<std::size_t> updated_indexes;  ///< the roster's contacts that changed, in order
  std::size_t unchanged = 0;                 ///< matched, and nothing to refresh
  std::size_t combined = 0;                  ///< incoming records of a person already added, folded into it
  std::vector<ProbableMatch> probable;       ///< added, though they may be another contact
};

/// Merges `incoming` (an export) into `existing` (a roster). A record matches the contact it shares
/// the strongest identity key with (identity.hpp) and updates it (update_from_export); records of
/// one person within `incoming` are combined (combine_records); a record that only has the name
/// of a contact is added and reported in `probable`. No contact is dropped.
MergeResult merge_contacts(std::vector<Contact> existing, const std::vector<Contact>& incoming,
                           const std::vector<std::string>& organization_suffixes);

}  // namespace netgap
