#pragma once

#include <cstddef>
#include <netgap/model/roster.hpp>
#include <string>
#include <vector>

namespace netgap {

/// What merging an export into a roster did.
struct MergeResult {
  std::vector<Contact> contacts;  ///< the roster's contacts, in order, then the new ones
  std::size_t added = 0;
  std::size_t updated = 0;
  std::vector<std::size_t> updated_indexes;  ///< the roster's contacts that changed, in order
  std::size_t unchanged = 0;                 ///< matched, and nothing to refresh
};

/// Merges `incoming` (an export) into `existing` (a roster). A contact matches by e-mail, URL, or
/// normalised name and organisation. A match gets the export's organisation, department, role,
/// connected_on, and any e-mail or URL it lacked; what the user wrote by hand (categories,
/// lenses, tags, notes, strength, last_contact) is never overwritten. No contact is dropped.
MergeResult merge_contacts(std::vector<Contact> existing, const std::vector<Contact>& incoming,
                           const std::vector<std::string>& organization_suffixes);

}  // namespace netgap
