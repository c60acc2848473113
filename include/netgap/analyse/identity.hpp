#pragma once
// Who is who: the one definition of "the same person" that import, merge, diff, dedupe, validate
// and the audit share (docs/identity.md says exactly when two records are one person).

#include <cstddef>
#include <cstdint>
#include <netgap/model/roster.hpp>
#include <netgap/util/key_index.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Why two records are one person (the certain reasons) or may be (the probable ones), strongest
/// first.
enum class MatchReason {
  linkedin_profile,             ///< the same LinkedIn profile
  profile_url,                  ///< the same profile URL, not LinkedIn
  email,                        ///< an e-mail address in common
  name_and_organization,        ///< the same name at the same organisation (or a previous one)
  probable_other_organization,  ///< the same name at different organisations: asked, never assumed
  probable_no_organization,     ///< the same name, and one of them has no organisation
};

/// "same LinkedIn profile", "same e-mail", "same name, different organisation: probable"...
std::string_view reason_text(MatchReason reason);

/// True for the reasons that make two records one person without asking the user.
bool is_certain(MatchReason reason);

/// One key under which a contact is known: two contacts that share a key are one person.
struct IdentityKey {
  MatchReason reason = MatchReason::email;  ///< what sharing it means (a certain reason)
  std::string value;                        ///< normalised, prefixed by its kind: kinds never collide
};

/// The certain keys of `contact`, strongest first: each profile URL (`url`, then `urls`), each
/// e-mail address (`email`, then `emails`), then its normalised name with its organisation and
/// with each previous organisation (legal suffixes from `organization_suffixes` dropped).
std::vector<IdentityKey> identity_keys(const Contact& contact, const std::vector<std::string>& organization_suffixes);

/// The strongest reason `a` and `b` are one person or may be; nullopt when nothing says so.
std::optional<MatchReason> match_contacts(const Contact& a, const Contact& b,
                                          const std::vector<std::string>& organization_suffixes);

/// Finds, for each contact in turn, the earlier contacts it is one person with (or may be), in
/// memory that grows by a few hashes per contact, never by the contacts themselves.
class IdentityIndex {
 public:
  /// An earlier contact, by the position it was added under, and why it matches.
  struct Earlier {
    std::uint32_t position = 0;
    MatchReason reason = MatchReason::email;
  };

  /// `probable`: also look for probable matches (same name); `positions`: remember where each key
  /// came from (else only whether it was seen: 8 bytes a key instead of 12).
  IdentityIndex(std::vector<std::string> organization_suffixes, bool probable, bool positions = true);

  /// The earlier contacts `contact` is one person with, each once, strongest first; when there is
  /// none, the one it may be (a probable reason), if any. Then remembers its keys under the
  /// position of the first earlier contact, or under `position` when it has none (a group is
  /// known by its first member). Without positions, Earlier::position is 0. The result is valid
  /// until the next call.
  const std::vector<Earlier>& add(const Contact& contact, std::uint32_t position);

  /// Bytes of memory the index holds.
  [[nodiscard]] std::size_t bytes() const { return certain_.bytes() + probable_.bytes(); }

 private:
  /// A certain key of the contact being added, as its hash.
  struct HashedKey {
    MatchReason reason = MatchReason::email;
    std::uint64_t hash = 0;
  };

  std::vector<std::string> suffixes_;
  bool probable_enabled_;
  bool positions_;
  KeyIndex certain_;
  KeyIndex probable_;
  std::vector<Earlier> found_;
  std::vector<HashedKey> keys_;  // reused from contact to contact, like buffer_
  std::string buffer_;           // the key being hashed
};

}  // namespace netgap
