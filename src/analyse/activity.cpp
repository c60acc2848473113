#include <netgap/analyse/activity.hpp>

#include <fmt/format.h>
#include <netgap/analyse/identity.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>

#include <algorithm>

namespace netgap {
namespace {

/// The key of a name alone: evidence that names no organisation (a LinkedIn message, a mail) is
/// matched on the name, and only to a roster where one contact has it (else it is ambiguous). It
/// is not an identity key: two contacts with one name may be two people (docs/identity.md).
std::optional<std::string> name_only_key(const std::string& name) {
  std::string normalized = normalize_person_name(name);
  if (normalized.empty()) return std::nullopt;
  return "a:" + normalized;
}

/// The keys of a person on the evidence, strongest first: URL, each e-mail, name and
/// organisation, and the name alone when the evidence names no organisation.
std::vector<std::string> person_keys(const Participant& person, const std::vector<std::string>& suffixes) {
  std::vector<std::string> keys;
  Contact probe;
  probe.url = person.profile_url;
  for (auto& key : identity_keys(probe, suffixes)) keys.push_back(std::move(key.value));
  probe.url.clear();
  for (const auto& email : person.emails) {
    probe.email = email;
    for (auto& key : identity_keys(probe, suffixes)) keys.push_back(std::move(key.value));
  }
  probe.email.clear();
  probe.name = person.name;
  probe.organization = person.organization;
  for (auto& key : identity_keys(probe, suffixes)) keys.push_back(std::move(key.value));
  if (trim(person.organization).empty()) {
    if (auto key = name_only_key(person.name)) keys.push_back(std::move(*key));
  }
  return keys;
}

void add_day(std::map<Date, unsigned>& days, Date day, Direction direction) {
  unsigned& flags = days[day];
  switch (direction) {
    case Direction::inbound:
      flags |= DayFlags::inbound;
      break;
    case Direction::outbound:
      flags |= DayFlags::outbound;
      break;
    case Direction::two_way:
      flags |= DayFlags::two_way;
      break;
  }
}

void keep_later(std::optional<Date>& kept, Date day) {
  if (!kept || *kept < day) kept = day;
}

/// Extends one source's record with its days; true when anything changed.
bool extend_record(SourceActivity& record, const std::map<Date, unsigned>& days) {
  const SourceActivity before = record;
  const std::optional<Date> first = record.first_seen;
  const std::optional<Date> last = record.last_seen();
  for (const auto& [day, flags] : days) {
    const bool known = first && last && *first <= day && day <= *last;
    if (!known && record.days < SourceActivity::max_days) ++record.days;
    if (!record.first_seen || day < *record.first_seen) record.first_seen = day;
    // A day with both directions is two-way, also when one of them was read in an earlier run.
    const bool in = (flags & DayFlags::inbound) != 0 || (known && before.last_inbound == day);
    const bool out = (flags & DayFlags::outbound) != 0 || (known && before.last_outbound == day);
    if ((flags & DayFlags::inbound) != 0) keep_later(record.last_inbound, day);
    if ((flags & DayFlags::outbound) != 0) keep_later(record.last_outbound, day);
    if ((flags & DayFlags::two_way) != 0 || (in && out)) keep_later(record.last_two_way, day);
  }
  return record != before;
}

/// The record of source `name` in `stored`, added when missing: sources are kept in their order
/// (interaction_sources), so a new one goes before the first later one (a name netgap does not
/// know, last).
SourceActivity& record_of(std::vector<SourceActivity>& stored, std::string_view name) {
  const auto found =
      std::find_if(stored.begin(), stored.end(), [&](const SourceActivity& r) { return r.source == name; });
  if (found != stored.end()) return *found;
  const auto source = parse_source_name(name);
  const auto later = std::find_if(stored.begin(), stored.end(), [&](const SourceActivity& r) {
    const auto other = parse_source_name(r.source);
    return source && other && static_cast<int>(*other) > static_cast<int>(*source);
  });
  const auto record = stored.insert(later, SourceActivity{});
  record->source = std::string(name);
  return *record;
}

void keep_later(std::optional<Date>& kept, const std::optional<Date>& day) {
  if (day) keep_later(kept, *day);
}

/// The earliest and the latest of a record's days, whichever fields hold them (a record written
/// by hand may have a last day before its first_seen); both empty when it has none.
std::pair<std::optional<Date>, std::optional<Date>> span_of(const SourceActivity& record) {
  std::optional<Date> first;
  std::optional<Date> last;
  for (const auto* day : {&record.first_seen, &record.last_inbound, &record.last_outbound, &record.last_two_way}) {
    if (!*day) continue;
    if (!first || **day < *first) first = *day;
    if (!last || *last < **day) last = *day;
  }
  return {first, last};
}

/// Folds `from`, what another record of the same person says of the same source, into `into`;
/// true when anything changed. The first day is the earlier one and each last day the later one.
/// The days are added up when the two spans (span_of) do not overlap (then no day was counted twice), else
/// the larger count is kept: a day inside both spans may be one day counted in both, and a count
/// that may be too low is the truthful side (it never invents contact).
bool combine_record(SourceActivity& into, const SourceActivity& from) {
  const SourceActivity before = into;
  const auto [into_first, into_last] = span_of(into);
  const auto [from_first, from_last] = span_of(from);
  const bool apart = into_first && from_first && (*into_last < *from_first || *from_last < *into_first);
  into.days = apart ? std::min(into.days + from.days, SourceActivity::max_days) : std::max(into.days, from.days);
  if (from.first_seen && (!into.first_seen || *from.first_seen < *into.first_seen)) into.first_seen = from.first_seen;
  keep_later(into.last_inbound, from.last_inbound);
  keep_later(into.last_outbound, from.last_outbound);
  keep_later(into.last_two_way, from.last_two_way);
  return into != before;
}

}  // namespace

std::string ActivityCounts::summary() const {
  return fmt::format(
      "read {} interactions with {} people, matched {} to contacts, unmatched {}, ambiguous {}, ignored {} records",
      interactions, people, matched, unmatched, ambiguous, ignored);
}

ActivityMatcher::ActivityMatcher(const std::vector<Contact>& contacts, std::vector<std::string> organization_suffixes)
    : suffixes_(std::move(organization_suffixes)), evidence_(contacts.size()) {
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    std::vector<std::string> keys;
    for (auto& key : identity_keys(contacts[i], suffixes_)) keys.push_back(std::move(key.value));
    if (auto key = name_only_key(contacts[i].name)) keys.push_back(std::move(*key));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (auto& key : keys) keys_[std::move(key)].push_back(i);
  }
}

PersonMatch ActivityMatcher::lookup(const std::string& key) const {
  const auto found = keys_.find(key);
  if (found == keys_.end()) return {};
  PersonMatch match;
  match.kind = found->second.size() == 1 ? PersonMatch::Kind::matched : PersonMatch::Kind::ambiguous;
  match.contacts = found->second;
  return match;
}

PersonMatch ActivityMatcher::match(const Participant& person) const {
  for (const auto& key : person_keys(person, suffixes_)) {
    PersonMatch match = lookup(key);
    if (match.kind != PersonMatch::Kind::unmatched) return match;
  }
  return {};
}

void ActivityMatcher::on_interaction(const Interaction& interaction) {
  ++counts_.interactions;
  for (const Participant& person : interaction.people) {
    ++counts_.people;
    const PersonMatch found = match(person);
    if (found.kind == PersonMatch::Kind::matched) {
      ++counts_.matched;
      add_day(evidence_[found.contacts.front()][interaction.source], interaction.day, interaction.direction);
      continue;
    }
    ++(found.kind == PersonMatch::Kind::ambiguous ? counts_.ambiguous : counts_.unmatched);
    const std::string who = !person.name.empty()     ? person.name
                            : !person.emails.empty() ? person.emails.front()
                                                     : person.profile_url;
    ++unmatched_people_[who];
  }
}

void ActivityMatcher::on_ignored(std::string_view, std::size_t, std::string_view) { ++counts_.ignored; }

const ContactEvidence& ActivityMatcher::evidence(std::size_t index) const { return evidence_.at(index); }

bool extend_activity(std::vector<SourceActivity>& stored, const ContactEvidence& evidence) {
  bool changed = false;
  for (const auto& [source, days] : evidence) {
    changed = extend_record(record_of(stored, source_name(source)), days) || changed;
  }
  return changed;
}

bool combine_activity(std::vector<SourceActivity>& into, const std::vector<SourceActivity>& from) {
  bool changed = false;
  for (const SourceActivity& other : from) {
    const std::size_t before = into.size();
    SourceActivity& record = record_of(into, other.source);
    changed = combine_record(record, other) || into.size() != before || changed;
  }
  return changed;
}

namespace {

/// A monotone suggestion: more days, reciprocity, a recommendation or an endorsement never lower it.
int suggest_strength(const TieEvidence& tie) {
  if (tie.days == 0) return 0;
  int points = 1;                     // any contact at all: an acquaintance
  points += tie.days >= 3 ? 1 : 0;    // contact on several days
  points += tie.days >= 10 ? 1 : 0;   // frequent contact
  points += tie.reciprocal ? 1 : 0;   // both sides invest (Granovetter's reciprocal services)
  points += tie.recommended ? 1 : 0;  // a recommendation vouches for the tie
  points += tie.endorsed && tie.days >= 3 ? 1 : 0;
  return std::min(points, 5);
}

}  // namespace

TieEvidence tie_evidence(const std::vector<SourceActivity>& activity) {
  TieEvidence tie;
  bool any_outbound = false;
  for (const SourceActivity& record : activity) {
    tie.days += record.days;
    if (record.first_seen && (!tie.first_seen || *record.first_seen < *tie.first_seen))
      tie.first_seen = record.first_seen;
    for (const auto* day : {&record.last_outbound, &record.last_two_way}) {
      if (*day && (!tie.last_contact || *tie.last_contact < **day)) {
        tie.last_contact = *day;
        tie.last_contact_source = record.source;
      }
    }
    if (record.last_inbound) keep_later(tie.last_inbound, *record.last_inbound);
    tie.reciprocal = tie.reciprocal || record.last_two_way.has_value();
    any_outbound = any_outbound || record.last_outbound.has_value();
    tie.recommended = tie.recommended || (record.source == "recommendation" && record.days > 0);
    tie.endorsed = tie.endorsed || (record.source == "endorsement" && record.days > 0);
  }
  // Both directions, in one source or across two (she mails, you answer on LinkedIn), is reciprocity.
  tie.reciprocal = tie.reciprocal || (any_outbound && tie.last_inbound);
  tie.suggested_strength = suggest_strength(tie);
  return tie;
}

TieQuiet tie_quiet(const std::vector<SourceActivity>& activity, Date as_of) {
  TieQuiet quiet;
  const TieEvidence tie = tie_evidence(activity);
  if (!tie.last_contact && tie.last_inbound && !(as_of < *tie.last_inbound)) {
    quiet.why = RekindleWhy::reached_out;
    quiet.last_inbound = tie.last_inbound;
    return quiet;
  }
  std::optional<Date> last;
  for (const SourceActivity& record : activity) {
    if (const auto seen = record.last_seen(); seen && !(as_of < *seen)) keep_later(last, *seen);
  }
  if (!last || !tie.first_seen || tie.days < 3 || *last < *tie.first_seen) return quiet;
  // The mean interval, at least a day: several sources on one day count that day more than once.
  const int usual = std::max(1, (last->days - tie.first_seen->days) / (tie.days - 1));
  if (as_of.days - last->days > quiet_factor * usual) {
    quiet.why = RekindleWhy::quiet;
    quiet.last_seen = last;
    quiet.usual_days = usual;
  }
  return quiet;
}

std::vector<SourceActivity> activity_as_of(std::vector<SourceActivity> activity, Date as_of) {
  const auto later = [&](const std::optional<Date>& day) { return day && as_of < *day; };
  activity.erase(std::remove_if(activity.begin(), activity.end(),
                                [&](const SourceActivity& record) { return later(record.first_seen); }),
                 activity.end());
  for (SourceActivity& record : activity) {
    for (auto* day : {&record.last_inbound, &record.last_outbound, &record.last_two_way}) {
      if (later(*day)) day->reset();
    }
  }
  return activity;
}

void apply_activity(Contact& contact, Date as_of) {
  contact.activity = activity_as_of(std::move(contact.activity), as_of);
  if (contact.activity.empty()) return;
  const TieEvidence tie = tie_evidence(contact.activity);
  if (tie.last_contact && (!contact.last_contact || *contact.last_contact < *tie.last_contact)) {
    contact.last_contact = tie.last_contact;
  }
  if (contact.strength == 0) contact.strength = tie.suggested_strength;
}

}  // namespace netgap
