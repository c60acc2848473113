#include <netgap/analyse/identity.hpp>

#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap {

std::vector<IdentityKey> identity_keys(const Contact& contact, const std::vector<std::string>& organization_suffixes) {
  std::vector<IdentityKey> keys;
  if (!trim(contact.url).empty()) {
    keys.push_back({IdentityKey::Kind::profile_url, "u:" + normalize_url(contact.url)});
  }
  if (!trim(contact.email).empty()) {
    keys.push_back({IdentityKey::Kind::email, "e:" + to_lower(trim(contact.email))});
  }
  const std::string name = normalize_name(contact.name);
  if (!name.empty()) {
    keys.push_back({IdentityKey::Kind::name_and_organization,
                    "n:" + name + "|" + normalize_name(contact.organization, organization_suffixes)});
  }
  return keys;
}

}  // namespace netgap
