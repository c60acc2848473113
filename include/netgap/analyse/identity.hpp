#pragma once
// Who is who: the one definition of "the same person" that merge, diff and duplicate detection
// share (docs/identity.md).

#include <netgap/model/roster.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// One key under which a contact is known: two contacts that share a key are the same person.
struct IdentityKey {
  enum class Kind { profile_url, email, name_and_organization };
  Kind kind = Kind::email;
  std::string value;  ///< normalised, prefixed by its kind so that kinds never collide
};

/// The keys of `contact`, strongest first: its profile URL, its e-mail, its normalised name with
/// its normalised organisation (legal suffixes from `organization_suffixes` dropped). A contact
/// without a name has no name key.
std::vector<IdentityKey> identity_keys(const Contact& contact, const std::vector<std::string>& organization_suffixes);

}  // namespace netgap
