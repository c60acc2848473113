#pragma once
// Contacts of one roster that are the same person (or may be): the warnings of `validate`.

#include <cstddef>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class Diagnostics;

/// Warns about each contact that is (or may be) the same person as an earlier one, naming both.
class DuplicateFinder {
 public:
  /// Checks at most `limit` contacts (a bounded audit), then stops with one warning.
  explicit DuplicateFinder(std::vector<std::string> organization_suffixes,
                           std::size_t limit = static_cast<std::size_t>(-1));
  /// Records `contact`; warns in `diagnostics` when it repeats an earlier one.
  void add(const Contact& contact, std::string_view source, Diagnostics& diagnostics);

 private:
  IdentityIndex index_;
  std::size_t limit_;
  std::size_t added_ = 0;
  std::vector<std::size_t> name_starts_;  // contact i's name is names_[name_starts_[i], name_starts_[i + 1])
  std::string names_;
  std::vector<std::size_t> indexes_;  // contact i's index in the roster
};

}  // namespace netgap
