#include <netgap/analyse/diff.hpp>

#include <algorithm>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/identity.hpp>
#include <unordered_map>

namespace netgap {
namespace {

TypeChange named(const Coverage& c) {
  TypeChange change;
  change.kind = c.kind;
  change.id = c.id;
  change.name = c.name;
  return change;
}

void set_before(TypeChange& change, const Coverage& then) {
  change.count_before = static_cast<long>(then.count);
  change.active_before = static_cast<long>(then.active);
  change.coverage_before = then.coverage;
  change.status_before = then.status;
}

/// Types are matched by id; one only `after` has is new, one only `before` has is removed.
std::vector<TypeChange> compare(const std::vector<Coverage>& before, const std::vector<Coverage>& after) {
  std::vector<TypeChange> out;
  for (const auto& now : after) {
    TypeChange change = named(now);
    change.count_after = static_cast<long>(now.count);
    change.active_after = static_cast<long>(now.active);
    change.weight = now.weight;
    change.coverage_after = now.coverage;
    change.status_after = now.status;
    const auto then = std::find_if(before.begin(), before.end(), [&](const Coverage& c) { return c.id == now.id; });
    change.in_before = then != before.end();
    if (change.in_before) set_before(change, *then);
    out.push_back(change);
  }
  for (const auto& then : before) {
    const auto same_id = [&](const Coverage& now) { return now.id == then.id; };
    if (std::any_of(after.begin(), after.end(), same_id)) continue;
    TypeChange change = named(then);
    set_before(change, then);
    change.in_after = false;
    out.push_back(change);
  }
  return out;
}

}  // namespace

ReportDiff diff_reports(const Report& before, const Report& after) {
  ReportDiff diff;
  diff.old_source = before.source;
  diff.new_source = after.source;
  diff.old_as_of = before.as_of;
  diff.new_as_of = after.as_of;
  diff.score_before = before.score;
  diff.score_after = after.score;
  diff.old_taxonomy = before.taxonomy;
  diff.new_taxonomy = after.taxonomy;
  diff.categories = compare(before.categories, after.categories);
  diff.lenses = compare(before.lenses, after.lenses);
  return diff;
}

ContactState contact_state(const Contact& contact, Date as_of, int window_days,
                           const std::vector<std::string>& organization_suffixes) {
  ContactState state;
  for (auto& key : identity_keys(contact, organization_suffixes)) state.keys.push_back(std::move(key.value));
  state.name = contact.name;
  state.active = is_active(contact, as_of, window_days);
  return state;
}

ContactStates::ContactStates(Date as_of, int window_days, std::vector<std::string> organization_suffixes)
    : as_of_(as_of), window_days_(window_days), suffixes_(std::move(organization_suffixes)) {}

void ContactStates::on_contact(const Contact& contact) {
  if (connected_after(contact, as_of_)) return;  // not in the network yet, as in the audit
  states.push_back(contact_state(contact, as_of_, window_days_, suffixes_));
}

namespace {

/// Every key of every contact, to its contact: a contact matches another when any key is shared.
std::unordered_map<std::string, const ContactState*> by_key(const std::vector<ContactState>& contacts) {
  std::unordered_map<std::string, const ContactState*> index;
  for (const auto& c : contacts) {
    for (const auto& key : c.keys) index.emplace(key, &c);
  }
  return index;
}

const ContactState* find(const std::unordered_map<std::string, const ContactState*>& index, const ContactState& c) {
  for (const auto& key : c.keys) {
    if (const auto it = index.find(key); it != index.end()) return it->second;
  }
  return nullptr;
}

}  // namespace

void compare_contacts(ReportDiff& diff, const std::vector<ContactState>& before,
                      const std::vector<ContactState>& after) {
  diff.has_contacts = true;
  const auto old_by_key = by_key(before);
  const auto new_by_key = by_key(after);
  for (const auto& c : after) {
    const ContactState* then = find(old_by_key, c);
    if (then == nullptr) {
      diff.added.push_back(c.name);
    } else if (then->active && !c.active) {
      diff.went_dormant.push_back(c.name);
    }
  }
  for (const auto& c : before) {
    if (find(new_by_key, c) == nullptr) diff.removed.push_back(c.name);
  }
}

}  // namespace netgap
