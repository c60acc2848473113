#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {}  // namespace

DuplicateFinder::DuplicateFinder(std::vector<std::string> organization_suffixes, std::size_t limit)
    : suffixes_(std::move(organization_suffixes)), limit_(limit) {}

void DuplicateFinder::add(const Contact& contact, std::string_view source, Diagnostics& diagnostics) {
  if (added_ == limit_) {
    diagnostics.warn(fmt::format("{}: duplicate check stopped after {} contacts", source, limit_));
  }
  if (added_++ >= limit_) return;
  struct Key {
    std::string key;
    std::string what;
  };
  std::vector<Key> keys;
  if (!trim(contact.email).empty()) {
    keys.push_back({"e:" + to_lower(trim(contact.email)), "same email " + quote(trim(contact.email))});
  }
  if (!trim(contact.url).empty())
    keys.push_back({"u:" + normalize_url(contact.url), "same URL " + quote(trim(contact.url))});
  const std::string name = normalize_name(contact.name);
  if (!name.empty()) {
    keys.push_back({"n:" + name + "|" + normalize_name(contact.organization, suffixes_),
                    contact.organization.empty() ? std::string("same name, no organization")
                                                 : "same name and organization " + quote(contact.organization)});
  }
  for (const auto& key : keys) {
    const auto [it, fresh] = seen_.emplace(key.key, Seen{contact.index, contact.name});
    if (!fresh) {
      diagnostics.warn(fmt::format("{}: {} looks like contacts[{}] {} ({})", source, contact_label(contact),
                                   it->second.index, quote(it->second.name), key.what));
      return;  // one warning per pair is enough
    }
  }
}

}  // namespace netgap
