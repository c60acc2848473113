#include <netgap/analyse/diff.hpp>

#include <algorithm>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/identity.hpp>
#include <netgap/util/normalize.hpp>
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
  state.person = normalize_person_name(contact.name);
  state.organization = contact.organization;
  state.employer = normalize_name(contact.organization, organization_suffixes);
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

constexpr std::size_t unmatched = static_cast<std::size_t>(-1);

/// For each contact of `after`, the contact of `before` that is the same person, or `unmatched`:
/// first by the identity keys (strongest first); then, among those left on both sides, by the
/// normalised name alone, one to one in roster order — two versions of one roster, edited by hand,
/// where a name is all that some contacts have.
std::vector<std::size_t> pair_up(const std::vector<ContactState>& before, const std::vector<ContactState>& after) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;  // in roster order
  for (std::size_t i = 0; i < before.size(); ++i) {
    for (const auto& key : before[i].keys) by_key[key].push_back(i);
  }
  std::vector<std::size_t> match(after.size(), unmatched);
  std::vector<bool> used(before.size(), false);
  // Two records of one person on both sides (a roster with a duplicate) each pair with their
  // own: first every contact with a record of the same name sharing its strongest shared key,
  // then the rest with a free one (not both with the first, which reported the second as renamed
  // and removed). Once all are paired, a further record is a duplicate of the first.
  const auto candidates_of = [&](std::size_t i) -> const std::vector<std::size_t>* {
    for (const auto& key : after[i].keys) {
      if (const auto it = by_key.find(key); it != by_key.end()) return &it->second;
    }
    return nullptr;
  };
  for (std::size_t i = 0; i < after.size(); ++i) {
    const auto* candidates = candidates_of(i);
    if (candidates == nullptr) continue;
    for (const std::size_t b : *candidates) {
      if (used[b] || before[b].person != after[i].person) continue;
      match[i] = b;
      used[b] = true;
      break;
    }
  }
  for (std::size_t i = 0; i < after.size(); ++i) {
    const auto* candidates = match[i] == unmatched ? candidates_of(i) : nullptr;
    if (candidates == nullptr) continue;
    const auto free = std::find_if(candidates->begin(), candidates->end(), [&](std::size_t b) { return !used[b]; });
    match[i] = free != candidates->end() ? *free : candidates->front();
    used[match[i]] = true;
  }
  std::unordered_map<std::string, std::vector<std::size_t>> by_name;  // unused, in reverse roster order
  for (std::size_t i = before.size(); i-- > 0;) {
    if (!used[i] && !before[i].person.empty()) by_name[before[i].person].push_back(i);
  }
  for (std::size_t i = 0; i < after.size(); ++i) {
    const auto it = match[i] == unmatched ? by_name.find(after[i].person) : by_name.end();
    if (it == by_name.end() || it->second.empty()) continue;
    match[i] = it->second.back();
    used[match[i]] = true;
    it->second.pop_back();
  }
  return match;
}

}  // namespace

void compare_contacts(ReportDiff& diff, const std::vector<ContactState>& before,
                      const std::vector<ContactState>& after) {
  diff.has_contacts = true;
  const std::vector<std::size_t> match = pair_up(before, after);
  std::vector<bool> kept(before.size(), false);
  for (std::size_t i = 0; i < after.size(); ++i) {
    const ContactState& now = after[i];
    if (match[i] == unmatched) {
      diff.added.push_back(now.name);
      continue;
    }
    const ContactState& then = before[match[i]];
    kept[match[i]] = true;
    if (then.person != now.person) diff.renamed.push_back({now.name, then.name, now.name});
    if (then.employer != now.employer)
      diff.changed_organization.push_back({now.name, then.organization, now.organization});
    if (then.active && !now.active) diff.went_dormant.push_back(now.name);
  }
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (!kept[i]) diff.removed.push_back(before[i].name);
  }
}

}  // namespace netgap
