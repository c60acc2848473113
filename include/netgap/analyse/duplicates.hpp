#pragma once
// Contacts of one roster that look like the same person.

#include <cstddef>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netgap {

class Diagnostics;

/// Warns about contacts that look like the same person (by identity_keys), naming both.
class DuplicateFinder {
 public:
  /// Checks at most `limit` contacts (a bounded audit), then stops with one warning.
  explicit DuplicateFinder(std::vector<std::string> organization_suffixes,
                           std::size_t limit = static_cast<std::size_t>(-1));
  /// Records `contact`; warns in `diagnostics` when it repeats an earlier one.
  void add(const Contact& contact, std::string_view source, Diagnostics& diagnostics);

 private:
  struct Seen {
    std::size_t index;
    std::string name;
  };
  std::vector<std::string> suffixes_;
  std::size_t limit_;
  std::size_t added_ = 0;
  std::unordered_map<std::string, Seen> seen_;
};

}  // namespace netgap
