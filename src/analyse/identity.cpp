#include <netgap/analyse/identity.hpp>

#include <algorithm>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

/// Set on a probable key's value when the contact stored under it has a LinkedIn profile: two
/// different LinkedIn profiles with one name are two people, not a probable match.
constexpr std::uint32_t linkedin_flag = 0x80000000u;

/// Mailboxes of a team, not of a person: several people of one organisation may share them.
constexpr std::string_view role_mailboxes[] = {"info",     "contact", "hello",     "office",   "admin", "support",
                                               "sales",    "team",    "jobs",      "careers",  "hr",    "noreply",
                                               "no-reply", "mail",    "enquiries", "inquiries"};

/// A URL that names a person: a LinkedIn profile, or any URL with a path. A bare domain is an
/// organisation's site, shared by everyone who works there; other LinkedIn pages are companies
/// and schools.
bool is_profile_url(std::string_view normalized) {
  if (starts_with(normalized, "linkedin.com/")) {
    return is_linkedin_profile(normalized) || starts_with(normalized, "linkedin.com/pub/");
  }
  const std::size_t slash = normalized.find('/');
  return slash != std::string_view::npos && slash + 1 < normalized.size();
}

bool is_personal_email(std::string_view normalized) {
  const std::size_t at = normalized.find('@');
  if (at == 0 || at == std::string_view::npos || at + 1 == normalized.size()) return false;
  const std::string_view local = normalized.substr(0, at);
  return std::find(std::begin(role_mailboxes), std::end(role_mailboxes), local) == std::end(role_mailboxes);
}

void add_key(std::vector<IdentityKey>& keys, MatchReason reason, std::string_view value) {
  for (const auto& key : keys) {
    if (key.value == value) return;
  }
  keys.push_back({reason, std::string(value)});
}

/// Calls `f` with the primary value and then each further one.
template <typename F>
void each_of(const std::string& primary, const std::vector<std::string>& more, F f) {
  if (!trim(primary).empty()) f(primary);
  for (const auto& value : more) {
    if (!trim(value).empty()) f(value);
  }
}

bool has_linkedin_key(const std::vector<IdentityKey>& keys) {
  return std::any_of(keys.begin(), keys.end(),
                     [](const IdentityKey& k) { return k.reason == MatchReason::linkedin_profile; });
}

bool has_organization(const Contact& contact) { return !trim(contact.organization).empty(); }

/// Calls `f(reason, key)` with each certain key of `contact` whose normalised name is `person`,
/// in the order of the fields (identity_keys() then sorts them, strongest first). `key` is built
/// in `buffer` and valid only during the call: the one definition of the keys, for callers that
/// keep them as text and for the index, which keeps only their hashes.
template <typename F>
void for_each_key(const Contact& contact, const std::string& person, const std::vector<std::string>& suffixes,
                  std::string& buffer, F f) {
  each_of(contact.url, contact.urls, [&](const std::string& url) {
    const std::string normalized = normalize_url(url);
    if (!is_profile_url(normalized)) return;
    const MatchReason reason =
        is_linkedin_profile(normalized) ? MatchReason::linkedin_profile : MatchReason::profile_url;
    buffer.assign("u:").append(normalized);
    f(reason, std::string_view(buffer));
  });
  each_of(contact.email, contact.emails, [&](const std::string& email) {
    const std::string normalized = normalize_email(email);
    if (!is_personal_email(normalized)) return;
    buffer.assign("e:").append(normalized);
    f(MatchReason::email, std::string_view(buffer));
  });
  if (person.empty()) return;
  each_of(contact.organization, contact.previous_organizations, [&](const std::string& organization) {
    const std::string normalized = normalize_name(organization, suffixes);
    if (normalized.empty()) return;
    buffer.assign("n:").append(person).append("|").append(normalized);
    f(MatchReason::name_and_organization, std::string_view(buffer));
  });
}

}  // namespace

std::string_view reason_text(MatchReason reason) {
  switch (reason) {
    case MatchReason::linkedin_profile:
      return "same LinkedIn profile";
    case MatchReason::profile_url:
      return "same profile URL";
    case MatchReason::email:
      return "same e-mail";
    case MatchReason::name_and_organization:
      return "same name and organisation";
    case MatchReason::probable_other_organization:
      return "same name, different organisation: probable";
    case MatchReason::probable_no_organization:
      return "same name, no organisation: probable";
  }
  return "?";
}

bool is_certain(MatchReason reason) { return reason <= MatchReason::name_and_organization; }

std::vector<IdentityKey> identity_keys(const Contact& contact, const std::vector<std::string>& organization_suffixes) {
  std::vector<IdentityKey> keys;
  std::string buffer;
  for_each_key(contact, normalize_person_name(contact.name), organization_suffixes, buffer,
               [&](MatchReason reason, std::string_view key) { add_key(keys, reason, key); });
  std::stable_sort(keys.begin(), keys.end(),
                   [](const IdentityKey& a, const IdentityKey& b) { return a.reason < b.reason; });
  return keys;
}

std::optional<MatchReason> match_contacts(const Contact& a, const Contact& b,
                                          const std::vector<std::string>& organization_suffixes) {
  const auto keys_a = identity_keys(a, organization_suffixes);
  const auto keys_b = identity_keys(b, organization_suffixes);
  for (const auto& key : keys_a) {  // strongest first
    const auto shared =
        std::find_if(keys_b.begin(), keys_b.end(), [&](const IdentityKey& k) { return k.value == key.value; });
    if (shared != keys_b.end()) return key.reason;
  }
  const std::string name = normalize_person_name(a.name);
  if (name.empty() || name != normalize_person_name(b.name)) return std::nullopt;
  if (has_linkedin_key(keys_a) && has_linkedin_key(keys_b)) return std::nullopt;
  return has_organization(a) && has_organization(b) ? MatchReason::probable_other_organization
                                                    : MatchReason::probable_no_organization;
}

IdentityIndex::IdentityIndex(std::vector<std::string> organization_suffixes, bool probable, bool positions)
    : suffixes_(std::move(organization_suffixes)),
      probable_enabled_(probable),
      positions_(positions),
      certain_(positions),
      probable_(true) {}

const std::vector<IdentityIndex::Earlier>& IdentityIndex::add(const Contact& contact, std::uint32_t position) {
  found_.clear();
  keys_.clear();
  const std::string person = normalize_person_name(contact.name);
  // The hashes of identity_keys(), without the strings: a key whose hash is already there is one
  // identity_keys() drops as a repeat (or, for a collision, one the table would take as equal).
  for_each_key(contact, person, suffixes_, buffer_, [&](MatchReason reason, std::string_view key) {
    const std::uint64_t hash = hash_text(key);
    const bool repeat = std::any_of(keys_.begin(), keys_.end(), [&](const HashedKey& k) { return k.hash == hash; });
    if (!repeat) keys_.push_back({reason, hash});
  });
  // Strongest first, in their order otherwise: an insertion sort of a few keys, where
  // std::stable_sort would allocate a buffer for every contact.
  for (std::size_t i = 1; i < keys_.size(); ++i) {
    const HashedKey key = keys_[i];
    std::size_t j = i;
    for (; j > 0 && key.reason < keys_[j - 1].reason; --j) keys_[j] = keys_[j - 1];
    keys_[j] = key;
  }
  const std::size_t count = std::min<std::size_t>(keys_.size(), 16);  // beyond 16 keys: matched, not remembered
  for (const HashedKey& key : keys_) {
    const std::uint32_t at = certain_.find(key.hash);
    if (at == KeyIndex::none) continue;
    const std::uint32_t earlier = positions_ ? at : 0;
    const bool known =
        std::any_of(found_.begin(), found_.end(), [&](const Earlier& e) { return e.position == earlier; });
    if (!known) found_.push_back({earlier, key.reason});
  }
  const std::uint32_t home = found_.empty() ? position : found_.front().position;
  for (std::size_t i = 0; i < count; ++i) certain_.insert(keys_[i].hash, home);
  if (!probable_enabled_ || person.empty()) return found_;
  const bool with_organization = has_organization(contact);
  const bool linkedin = std::any_of(keys_.begin(), keys_.end(),
                                    [](const HashedKey& k) { return k.reason == MatchReason::linkedin_profile; });
  buffer_.assign(with_organization ? "p:" : "q:").append(person);
  const std::uint64_t mine = hash_text(buffer_);
  buffer_[0] = with_organization ? 'q' : 'p';
  const std::uint64_t other = hash_text(buffer_);
  if (found_.empty()) {
    for (const std::uint64_t hash : {mine, other}) {
      const std::uint32_t at = probable_.find(hash);
      if (at == KeyIndex::none || (linkedin && (at & linkedin_flag) != 0)) continue;
      const bool both = with_organization && hash == mine;
      found_.push_back({at & ~linkedin_flag,
                        both ? MatchReason::probable_other_organization : MatchReason::probable_no_organization});
      break;
    }
  }
  probable_.insert(mine, home | (linkedin ? linkedin_flag : 0));
  return found_;
}

}  // namespace netgap
