#include <netgap/analyse/identity.hpp>
#include <netgap/analyse/merge.hpp>
#include <unordered_map>

namespace netgap {
namespace {

/// Sets `target` to `value` when the export has one that differs; true when it changed.
bool refresh(std::string& target, const std::string& value) {
  if (value.empty() || value == target) return false;
  target = value;
  return true;
}

}  // namespace

MergeResult merge_contacts(std::vector<Contact> existing, const std::vector<Contact>& incoming,
                           const std::vector<std::string>& organization_suffixes) {
  MergeResult result;
  result.contacts = std::move(existing);
  std::unordered_map<std::string, std::size_t> by_key;
  const auto remember = [&](std::size_t index) {
    for (const auto& key : identity_keys(result.contacts[index], organization_suffixes)) {
      by_key.emplace(key.value, index);
    }
  };
  for (std::size_t i = 0; i < result.contacts.size(); ++i) remember(i);
  std::vector<bool> touched(result.contacts.size(), false);
  for (const Contact& fresh : incoming) {
    std::size_t match = result.contacts.size();
    for (const auto& key : identity_keys(fresh, organization_suffixes)) {
      if (const auto it = by_key.find(key.value); it != by_key.end()) {
        match = it->second;
        break;
      }
    }
    if (match == result.contacts.size()) {
      result.contacts.push_back(fresh);
      result.contacts.back().index = match;
      touched.push_back(true);
      remember(match);
      ++result.added;
      continue;
    }
    Contact& known = result.contacts[match];
    bool changed = refresh(known.organization, fresh.organization);
    changed = refresh(known.department, fresh.department) || changed;
    changed = refresh(known.role, fresh.role) || changed;
    if (known.email.empty()) changed = refresh(known.email, fresh.email) || changed;
    if (known.url.empty()) changed = refresh(known.url, fresh.url) || changed;
    if (known.how_met.empty()) changed = refresh(known.how_met, fresh.how_met) || changed;
    if (fresh.connected_on && known.connected_on != fresh.connected_on) {
      known.connected_on = fresh.connected_on;
      changed = true;
    }
    if (changed && !touched[match]) ++result.updated;
    touched[match] = touched[match] || changed;
    remember(match);
  }
  const std::size_t known = result.contacts.size() - result.added;
  for (std::size_t i = 0; i < touched.size(); ++i) {
    result.unchanged += touched[i] ? 0U : 1U;
    if (touched[i] && i < known) result.updated_indexes.push_back(i);
  }
  return result;
}

}  // namespace netgap
