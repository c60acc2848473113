#pragma once
// Contacts of one roster that are the same person (or may be): the warnings of `validate` and the
// groups of `dedupe`, found by one finder.

#include <cstddef>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class Diagnostics;

/// A contact found to be (or maybe be) an earlier one's person.
struct DuplicateFinding {
  std::size_t index = 0;    ///< the contact, by roster index
  std::size_t earlier = 0;  ///< the first contact of its person (its group), by roster index
  MatchReason reason = MatchReason::email;
};

/// Warns about each contact that is (or may be) the same person as an earlier one, naming both.
class DuplicateFinder {
 public:
  /// Checks at most `limit` contacts (a bounded audit), then stops with one warning.
  explicit DuplicateFinder(std::vector<std::string> organization_suffixes,
                           std::size_t limit = static_cast<std::size_t>(-1));
  /// Records `contact`; warns in `diagnostics` when it repeats an earlier one.
  void add(const Contact& contact, std::string_view source, Diagnostics& diagnostics);
  /// Every contact warned about so far, in roster order.
  [[nodiscard]] const std::vector<DuplicateFinding>& findings() const { return findings_; }

 private:
  IdentityIndex index_;
  std::size_t limit_;
  std::size_t added_ = 0;
  std::vector<std::size_t> name_starts_;  // contact i's name is names_[name_starts_[i], name_starts_[i + 1])
  std::string names_;
  std::vector<std::size_t> indexes_;  // contact i's index in the roster
  std::vector<DuplicateFinding> findings_;
};

/// Contacts that are one person (certain) or may be (probable): the first is the one kept.
struct DuplicateGroup {
  bool certain = false;
  std::vector<DuplicateFinding> members;  ///< the first has itself as `earlier`; each other, why it is in
};

/// The duplicate groups of `contacts` (what `validate` warns about, grouped): certain groups
/// first, each kind in roster order of its first contact.
std::vector<DuplicateGroup> duplicate_groups(const std::vector<Contact>& contacts,
                                             const std::vector<std::string>& organization_suffixes);

}  // namespace netgap
