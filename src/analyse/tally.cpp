#include <netgap/analyse/tally.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <netgap/analyse/egogram.hpp>
#include <netgap/analyse/score.hpp>

namespace netgap {
namespace {

constexpr std::size_t unclassified_example_limit = 5;

/// The strength a candidate is ranked by: an unknown strength as a typical tie (3), and one more
/// for a tie that reached out or went quiet against its own rhythm (docs/activity.md).
int rekindle_rank(const Rekindle& r) {
  return (r.strength == 0 ? 3 : r.strength) + (r.why == RekindleWhy::dormant ? 0 : 1);
}

/// The highest rank first, then the most recently contacted, then roster order (stable).
bool better_to_rekindle(const Rekindle& a, const Rekindle& b) {
  if (rekindle_rank(a) != rekindle_rank(b)) return rekindle_rank(a) > rekindle_rank(b);
  if (a.last_contact.has_value() != b.last_contact.has_value()) return a.last_contact.has_value();
  if (a.last_contact && *a.last_contact != *b.last_contact) return *a.last_contact > *b.last_contact;
  return false;
}

double target_of(const NetworkType& type, const AuditSettings& settings) {
  const auto it = settings.targets.find(type.id);
  return it == settings.targets.end() ? type.target : it->second;
}

double weight_of(const NetworkType& type, const AuditSettings& settings) {
  const auto it = settings.weights.find(type.id);
  return it == settings.weights.end() ? type.weight : it->second;
}

}  // namespace

double contact_weight(const Contact& contact, Date as_of, int window_days) {
  // A weak tie counts less than a strong one; an unknown strength counts as a typical tie (3).
  static constexpr double by_strength[] = {0.85, 0.5, 0.7, 0.85, 0.95, 1.0};
  const double strength = by_strength[std::clamp(contact.strength, 0, 5)];
  // Recency: 1 while active; past the window it halves, and halves again every further window.
  // Unknown (only connected_on, or nothing) -> 0.5, as if the tie had just gone dormant.
  double recency = 0.5;
  if (const auto last = last_contact_as_of(contact, as_of)) {
    const int days = as_of.days - last->days;
    recency = days <= window_days ? 1.0 : 0.5 * std::pow(0.5, static_cast<double>(days - window_days) / window_days);
  }
  return strength * recency;
}

Tally::Tally(const Taxonomy& taxonomy, const AuditSettings& settings)
    : taxonomy_(taxonomy),
      settings_(settings),
      categories_(taxonomy.categories.size()),
      lenses_(taxonomy.lenses.size()),
      group_counts_(taxonomy.groups.size()) {
  for (const auto& category : taxonomy.categories) {
    std::size_t g = 0;
    while (g < taxonomy.groups.size() && taxonomy.groups[g].id != category.group) ++g;
    group_of_category_.push_back(g);
  }
  if (settings.egogram) egogram_ = make_egogram(taxonomy.categories.size(), settings.window_days);
}

namespace {

/// The input fields an audit notes as filled in, in the order of their bits in Tally::seen_fields_.
constexpr const auto& noted_fields = assessable_fields;

constexpr unsigned all_fields_seen = (1U << noted_fields.size()) - 1;

/// True when how_met says how the two met, not only the export the contact came from.
bool told_how_met(const Contact& c) { return !c.how_met.empty() && c.how_met != imported_from_linkedin; }

}  // namespace

void Tally::note_fields(const Contact& c) {
  const bool filled[noted_fields.size()] = {
      !c.organization.empty(), !c.department.empty(), !c.role.empty(), !c.industry.empty(), !c.schools.empty(),
      told_how_met(c),         !c.notes.empty(),      !c.tags.empty(), !c.email.empty(),    !c.url.empty()};
  for (std::size_t i = 0; i < noted_fields.size(); ++i) seen_fields_ |= static_cast<unsigned>(filled[i]) << i;
  labelled_ = labelled_ || !c.categories.empty();
}

bool Tally::seen_field(std::string_view name) const {
  const auto it = std::find(noted_fields.begin(), noted_fields.end(), name);
  return it != noted_fields.end() && (seen_fields_ >> (it - noted_fields.begin()) & 1U) != 0;
}

void Tally::remember_dormant(TypeTally& tally, const Contact& contact, const TieQuiet& quiet) const {
  if (settings_.rekindle_limit == 0) return;
  Rekindle candidate;  // its name is copied only once it has a place on the list
  candidate.strength = contact.strength;
  candidate.last_contact = last_contact_as_of(contact, settings_.as_of);
  candidate.why = quiet.why;
  candidate.last_inbound = quiet.last_inbound;
  candidate.usual_days = quiet.usual_days;
  if (quiet.why == RekindleWhy::quiet) candidate.last_contact = quiet.last_seen;
  auto& list = tally.rekindle;
  if (list.size() == settings_.rekindle_limit && !better_to_rekindle(candidate, list.back())) return;
  candidate.name = contact.name;
  list.insert(std::upper_bound(list.begin(), list.end(), candidate, better_to_rekindle), std::move(candidate));
  if (list.size() > settings_.rekindle_limit) list.pop_back();
}

void Tally::add(const Contact& contact, const Labels& labels) {
  if (connected_after(contact, settings_.as_of)) {
    ++not_yet_connected_;
    return;
  }
  ++contacts_;
  if (seen_fields_ != all_fields_seen || !labelled_) note_fields(contact);
  if (!labels.classified()) {
    if (unclassified_examples_.size() < unclassified_example_limit) unclassified_examples_.push_back(contact.name);
  } else {
    ++classified_;
  }
  const bool active = is_active(contact, settings_.as_of, settings_.window_days);
  const bool dated = last_contact_as_of(contact, settings_.as_of).has_value();  // a future date is none yet
  const double weight = contact_weight(contact, settings_.as_of, settings_.window_days);
  const TieQuiet quiet = contact.activity.empty() ? TieQuiet{} : tie_quiet(contact.activity, settings_.as_of);
  const auto fold = [&](TypeTally& tally) {
    ++tally.count;
    tally.effective += weight;
    if (!dated) ++tally.unknown;
    if (active) ++tally.active;
    if (!active) {
      // Past the window a tie is dormant, whatever its rhythm; one that only reached out stays so.
      remember_dormant(tally, contact, quiet.why == RekindleWhy::reached_out ? quiet : TieQuiet{});
    } else if (quiet.why != RekindleWhy::dormant) {
      remember_dormant(tally, contact, quiet);
    }
  };
  in_group_.assign(group_counts_.size(), 0);
  for (const auto& label : labels.categories) {
    if (!label.counts()) continue;  // a possible label is a suggestion, not a member
    fold(categories_[label.type]);
    const std::size_t g = group_of_category_[label.type];
    if (g < in_group_.size()) in_group_[g] = 1;
  }
  for (std::size_t g = 0; g < in_group_.size(); ++g) group_counts_[g] += in_group_[g];
  for (const auto& label : labels.lenses) {
    if (label.counts()) fold(lenses_[label.type]);
  }
  if (egogram_) add_to_egogram(*egogram_, contact, labels, settings_.as_of, settings_.egogram_dots);
}

Report Tally::report(std::string source, const Owner* owner) const {
  Report report;
  report.source = std::move(source);
  if (owner != nullptr) report.owner = *owner;
  report.as_of = settings_.as_of;
  report.window_days = settings_.window_days;
  report.taxonomy = taxonomy_.fingerprint;
  report.contacts = contacts_;
  report.classified = classified_;
  report.unclassified = contacts_ - classified_;
  report.unclassified_examples = unclassified_examples_;
  report.not_yet_connected = not_yet_connected_;

  const auto coverage_of = [&](const NetworkType& type, const TypeTally& tally) {
    Coverage c;
    c.kind = type.kind;
    c.id = type.id;
    c.group = type.group;
    c.name = type.name;
    c.count = tally.count;
    c.active = tally.active;
    c.unknown_recency = tally.unknown;
    c.effective = tally.effective;
    c.target = target_of(type, settings_);
    c.weight = type.kind == TypeKind::category ? weight_of(type, settings_) : 1.0;
    c.coverage = std::min(1.0, tally.effective / c.target);
    c.status = status_of(c.count, c.active, c.coverage);
    const auto& from = type.assessed_from;
    // A roster labelled by hand can say that a type is empty: only an unlabelled one cannot tell.
    if (c.count == 0 && !labelled_ && !from.empty() &&
        std::none_of(from.begin(), from.end(), [&](const std::string& f) { return seen_field(f); })) {
      c.status = Status::unassessable;
      c.missing_fields = from;
    }
    c.rekindle = tally.rekindle;
    return c;
  };
  for (std::size_t i = 0; i < categories_.size(); ++i) {
    report.categories.push_back(coverage_of(taxonomy_.categories[i], categories_[i]));
  }
  for (std::size_t i = 0; i < lenses_.size(); ++i)
    report.lenses.push_back(coverage_of(taxonomy_.lenses[i], lenses_[i]));

  report.egogram = egogram_;
  score_report(report, taxonomy_, group_counts_);
  return report;
}

}  // namespace netgap
