#pragma once
// Import writes each person once: records of one person across files and within a file are folded
// into the first, in flat memory (docs/identity.md, "Within one import").

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/write/roster_writer.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace netgap::cli {

/// Writes each contact, unless it is a person already written: an exact copy is dropped, a record
/// that says more is held and folded in by a second pass over what was written. What was written
/// goes to an unlinked temporary file, so nothing is left behind and memory stays flat.
class OncePerPerson final : public RosterVisitor {
 public:
  /// `owner`, when given, is the roster's owner whatever the files say.
  OncePerPerson(const Taxonomy& taxonomy, const Owner* owner);
  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;
  /// Writes the roster, each person once, to `out`.
  void finish(std::ostream& out);

  std::size_t merged = 0;      ///< records folded into an earlier record of the same person
  std::size_t kept_apart = 0;  ///< records that may be the same person as an earlier one, kept

 private:
  const Taxonomy& taxonomy_;
  const Owner* owner_;
  std::fstream written_;
  std::optional<RosterWriter> writer_;
  IdentityIndex index_;
  std::vector<std::uint64_t> fingerprints_;            // of each record as first written
  std::vector<std::pair<std::size_t, Contact>> held_;  // position written, record to fold in
};

}  // namespace netgap::cli
