#include <netgap/analyse/combine.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cstring>
#include <limits>
#include <netgap/analyse/activity.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/key_index.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

/// Compares values of one kind (organisations, e-mails, URLs) in their normalised form.
struct Normal {
  const std::vector<std::string>* suffixes = nullptr;  // organisations only
  std::string (*of)(std::string_view) = nullptr;       // e-mails and URLs
  [[nodiscard]] std::string operator()(std::string_view value) const {
    return of != nullptr ? of(value) : normalize_name(value, *suffixes);
  }
};

std::string email_form(std::string_view value) { return normalize_email(value); }
std::string url_form(std::string_view value) { return normalize_url(value); }

/// True when `value` is `primary` or one of `more`, as `normal` compares them.
bool is_known(const std::string& primary, const std::vector<std::string>& more, const std::string& value,
              const Normal& normal) {
  const std::string wanted = normal(value);
  if (wanted.empty() || normal(primary) == wanted) return true;
  return std::any_of(more.begin(), more.end(), [&](const std::string& v) { return normal(v) == wanted; });
}

/// Adds `value` to `more` unless it is already known; true when added.
bool add_known(const std::string& primary, std::vector<std::string>& more, const std::string& value,
               const Normal& normal) {
  if (trim(value).empty() || is_known(primary, more, value, normal)) return false;
  more.push_back(value);
  return true;
}

/// Sets `primary` to `value` when empty, else adds `value` to `more`; true when changed.
bool fill_or_add(std::string& primary, std::vector<std::string>& more, const std::string& value, const Normal& normal) {
  if (trim(primary).empty() && !trim(value).empty() && !is_known(primary, more, value, normal)) {
    primary = value;
    return true;
  }
  return add_known(primary, more, value, normal);
}

/// Makes `value` the primary one and puts the old primary first in `more`; true when changed.
bool promote(std::string& primary, std::vector<std::string>& more, const std::string& value, const Normal& normal) {
  const std::string wanted = normal(value);
  if (wanted.empty() || normal(primary) == wanted) return false;
  more.erase(std::remove_if(more.begin(), more.end(), [&](const std::string& v) { return normal(v) == wanted; }),
             more.end());
  if (!trim(primary).empty()) more.insert(more.begin(), primary);
  primary = value;
  return true;
}

bool fill(std::string& target, const std::string& value) {
  if (!trim(target).empty() || trim(value).empty()) return false;
  target = value;
  return true;
}

bool refresh(std::string& target, const std::string& value) {
  if (trim(value).empty() || value == target) return false;
  target = value;
  return true;
}

bool unite(std::vector<std::string>& into, const std::vector<std::string>& from) {
  bool changed = false;
  for (const auto& value : from) {
    if (std::find(into.begin(), into.end(), value) != into.end()) continue;
    into.push_back(value);
    changed = true;
  }
  return changed;
}

bool latest(std::optional<Date>& into, const std::optional<Date>& from) {
  if (!from || (into && !(*into < *from))) return false;
  into = from;
  return true;
}

enum class Work { none, same, stale, moved };

/// Takes `organization` as where `contact` works now. An organisation the contact already left is
/// stale data and changes nothing; a new one becomes current, the old one first in the history and
/// its department cleared (it belonged to the old organisation).
Work take_organization(Contact& contact, const std::string& organization, const Normal& normal) {
  const std::string wanted = normal(organization);
  if (wanted.empty()) return Work::none;
  if (normal(contact.organization) == wanted) return Work::same;
  if (is_known("", contact.previous_organizations, organization, normal)) return Work::stale;
  const bool had_one = !trim(contact.organization).empty();
  promote(contact.organization, contact.previous_organizations, organization, normal);
  if (had_one) contact.department.clear();
  return Work::moved;
}

/// What both rules share: the history of organisations, e-mails and URLs.
bool add_addresses(Contact& into, const Contact& from, const Normal& organizations) {
  bool changed = false;
  const Normal emails{nullptr, email_form};
  const Normal urls{nullptr, url_form};
  for (const auto& o : from.previous_organizations) {
    changed = add_known(into.organization, into.previous_organizations, o, organizations) || changed;
  }
  for (const auto& e : from.emails) changed = add_known(into.email, into.emails, e, emails) || changed;
  changed = fill_or_add(into.url, into.urls, from.url, urls) || changed;
  for (const auto& u : from.urls) changed = add_known(into.url, into.urls, u, urls) || changed;
  return changed;
}

}  // namespace

bool combine_records(Contact& earlier, const Contact& later, const std::vector<std::string>& organization_suffixes) {
  const Normal organizations{&organization_suffixes, nullptr};
  const Work work = take_organization(earlier, later.organization, organizations);
  bool changed = work == Work::moved;
  if (work == Work::moved) {
    earlier.department = later.department;
    refresh(earlier.role, later.role);
  } else if (work != Work::stale) {
    changed = fill(earlier.department, later.department) || changed;
    changed = fill(earlier.role, later.role) || changed;
  }
  changed = fill_or_add(earlier.email, earlier.emails, later.email, Normal{nullptr, email_form}) || changed;
  changed = add_addresses(earlier, later, organizations) || changed;
  changed = fill(earlier.industry, later.industry) || changed;
  changed = fill(earlier.how_met, later.how_met) || changed;
  changed = unite(earlier.schools, later.schools) || changed;
  changed = unite(earlier.categories, later.categories) || changed;
  changed = unite(earlier.lenses, later.lenses) || changed;
  changed = unite(earlier.tags, later.tags) || changed;
  changed = latest(earlier.last_contact, later.last_contact) || changed;
  changed = latest(earlier.connected_on, later.connected_on) || changed;
  if (later.strength > earlier.strength) {
    earlier.strength = later.strength;
    changed = true;
  }
  changed = combine_activity(earlier.activity, later.activity) || changed;
  if (fill(earlier.notes, later.notes)) return true;
  if (trim(later.notes).empty() || earlier.notes.find(later.notes) != std::string::npos) return changed;
  earlier.notes += "\n" + later.notes;  // different notes: both kept, the newer last
  return true;
}

bool update_from_export(Contact& known, const Contact& fresh, MatchReason reason,
                        const std::vector<std::string>& organization_suffixes) {
  const Normal organizations{&organization_suffixes, nullptr};
  const Normal emails{nullptr, email_form};
  const Work work = take_organization(known, fresh.organization, organizations);
  bool changed = work == Work::moved;
  if (work != Work::stale) {
    changed = refresh(known.department, fresh.department) || changed;
    changed = refresh(known.role, fresh.role) || changed;
  }
  const bool by_profile = reason == MatchReason::linkedin_profile || reason == MatchReason::profile_url;
  if (by_profile && !trim(known.email).empty() && !is_known(known.email, known.emails, fresh.email, emails)) {
    changed = promote(known.email, known.emails, fresh.email, emails) || changed;
  } else {
    changed = fill_or_add(known.email, known.emails, fresh.email, emails) || changed;
  }
  changed = add_addresses(known, fresh, organizations) || changed;
  changed = fill(known.how_met, fresh.how_met) || changed;
  if (fresh.connected_on && known.connected_on != fresh.connected_on) {
    known.connected_on = fresh.connected_on;
    changed = true;
  }
  // A roster given as the export carries activity netgap wrote: kept, by the rule of dedupe's.
  changed = combine_activity(known.activity, fresh.activity) || changed;
  return changed;
}

std::vector<std::string> values_not_kept(const Contact& combined, const Contact& folded) {
  std::vector<std::string> lost;
  const auto check = [&](std::string_view field, const std::string& value, bool kept) {
    if (!trim(value).empty() && !kept) lost.push_back(fmt::format("{} {}", field, quote(value)));
  };
  const auto same = [](const std::string& a, const std::string& b) { return trim(a) == trim(b); };
  const auto among = [&](const std::string& primary, const std::vector<std::string>& more, const std::string& value,
                         std::string (*form)(std::string_view)) {
    const std::string wanted = form(value);
    return form(primary) == wanted ||
           std::any_of(more.begin(), more.end(), [&](const std::string& v) { return form(v) == wanted; });
  };
  check("name", folded.name, same(folded.name, combined.name));
  check("organization", folded.organization,
        same(folded.organization, combined.organization) ||
            std::any_of(combined.previous_organizations.begin(), combined.previous_organizations.end(),
                        [&](const std::string& o) { return same(o, folded.organization); }));
  check("department", folded.department, same(folded.department, combined.department));
  check("role", folded.role, same(folded.role, combined.role));
  check("industry", folded.industry, same(folded.industry, combined.industry));
  check("how_met", folded.how_met, same(folded.how_met, combined.how_met));
  check("email", folded.email, among(combined.email, combined.emails, folded.email, email_form));
  check("url", folded.url, among(combined.url, combined.urls, folded.url, url_form));
  return lost;
}

std::uint64_t record_fingerprint(const Contact& c) {
  thread_local std::string all;  // reused: built afresh for every record, it grew by doubling each time
  all.clear();
  const auto add = [&](const std::string& value) {
    all += value;
    all += '\x1f';
  };
  for (const auto* field :
       {&c.name, &c.organization, &c.department, &c.role, &c.industry, &c.how_met, &c.email, &c.url, &c.notes}) {
    add(*field);
  }
  for (const auto* list :
       {&c.schools, &c.previous_organizations, &c.categories, &c.lenses, &c.tags, &c.emails, &c.urls}) {
    for (const auto& value : *list) add(value);
    all += '\x1e';
  }
  // Numbers as their bytes, not as text: no string is made for them (a day before 1970 is negative;
  // "no date" is a value no day has).
  const auto add_number = [&](std::int64_t value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    all.append(bytes, sizeof bytes);
  };
  constexpr std::int64_t no_date = std::numeric_limits<std::int64_t>::min();
  add_number(c.strength);
  add_number(c.last_contact ? c.last_contact->days : no_date);
  add_number(c.connected_on ? c.connected_on->days : no_date);
  for (const SourceActivity& record : c.activity) {  // a copy with newer activity is not an exact copy
    add(record.source);
    for (const auto* day : {&record.first_seen, &record.last_inbound, &record.last_outbound, &record.last_two_way}) {
      add_number(*day ? (*day)->days : no_date);
    }
    add_number(record.days);
  }
  return hash_text(all);
}

}  // namespace netgap
