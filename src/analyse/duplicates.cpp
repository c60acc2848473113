#include <netgap/analyse/duplicates.hpp>

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

/// "same email \"ada@example.org\"": what the two contacts share, in the user's own spelling.
std::string shared(const IdentityKey& key, const Contact& contact) {
  switch (key.kind) {
    case IdentityKey::Kind::profile_url:
      return "same URL " + quote(trim(contact.url));
    case IdentityKey::Kind::email:
      return "same email " + quote(trim(contact.email));
    case IdentityKey::Kind::name_and_organization:
      break;
  }
  return contact.organization.empty() ? std::string("same name, no organization")
                                      : "same name and organization " + quote(contact.organization);
}

}  // namespace

DuplicateFinder::DuplicateFinder(std::vector<std::string> organization_suffixes, std::size_t limit)
    : suffixes_(std::move(organization_suffixes)), limit_(limit) {}

void DuplicateFinder::add(const Contact& contact, std::string_view source, Diagnostics& diagnostics) {
  if (added_ == limit_) {
    diagnostics.warn(fmt::format("{}: duplicate check stopped after {} contacts", source, limit_));
  }
  if (added_++ >= limit_) return;
  for (const auto& key : identity_keys(contact, suffixes_)) {
    const auto [it, fresh] = seen_.emplace(key.value, Seen{contact.index, contact.name});
    if (!fresh) {
      diagnostics.warn(fmt::format("{}: {} looks like contacts[{}] {} ({})", source, contact_label(contact),
                                   it->second.index, quote(it->second.name), shared(key, contact)));
      return;  // one warning per pair is enough
    }
  }
}

}  // namespace netgap
