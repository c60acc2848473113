#include <netgap/analyse/tally.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace detail {
namespace {

constexpr std::size_t unclassified_example_limit = 5;

/// Strongest first, then the most recently contacted, then roster order (stable).
bool better_to_rekindle(const Rekindle& a, const Rekindle& b) {
  if (a.strength != b.strength) return a.strength > b.strength;
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

Status status_of(std::size_t count, double coverage) {
  if (count == 0) return Status::missing;
  if (coverage < 0.5) return Status::weak;
  if (coverage < 1) return Status::developing;
  return Status::covered;
}

std::string number(double value) { return fmt::format("{:g}", value); }

std::string reason_for(const Coverage& c) {
  if (c.count == 0) return fmt::format("no contacts yet; the target is {} active", number(c.target));
  std::string reason = fmt::format("{} of {} active contacts", c.active, number(c.target));
  if (c.count > c.active) reason += fmt::format("; {} dormant", c.count - c.active);
  return reason;
}

}  // namespace

double contact_weight(const Contact& contact, Date as_of, int window_days) {
  // A weak tie counts less than a strong one; an unknown strength counts as a typical tie (3).
  static constexpr double by_strength[] = {0.85, 0.5, 0.7, 0.85, 0.95, 1.0};
  const double strength = by_strength[std::clamp(contact.strength, 0, 5)];
  // Recency: 1 while active; past the window it halves, and halves again every further window.
  // Unknown (only connected_on, or nothing) -> 0.5, as if the tie had just gone dormant.
  double recency = 0.5;
  if (contact.last_contact) {
    const int days = std::max(0, as_of.days - contact.last_contact->days);
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
}

void Tally::remember_dormant(TypeTally& tally, const Contact& contact) const {
  if (settings_.rekindle_limit == 0) return;
  Rekindle candidate{contact.name, contact.strength, contact.last_contact};
  auto& list = tally.rekindle;
  if (list.size() == settings_.rekindle_limit && !better_to_rekindle(candidate, list.back())) return;
  list.insert(std::upper_bound(list.begin(), list.end(), candidate, better_to_rekindle), std::move(candidate));
  if (list.size() > settings_.rekindle_limit) list.pop_back();
}

void Tally::add(const Contact& contact, const Labels& labels) {
  ++contacts_;
  if (labels.categories.empty()) {
    if (unclassified_examples_.size() < unclassified_example_limit) unclassified_examples_.push_back(contact.name);
  } else {
    ++classified_;
  }
  const bool active = is_active(contact, settings_.as_of, settings_.window_days);
  const double weight = contact_weight(contact, settings_.as_of, settings_.window_days);
  const auto fold = [&](TypeTally& tally) {
    ++tally.count;
    tally.effective += weight;
    if (active) {
      ++tally.active;
    } else {
      remember_dormant(tally, contact);
    }
  };
  in_group_.assign(group_counts_.size(), 0);
  for (const auto& label : labels.categories) {
    fold(categories_[label.type]);
    const std::size_t g = group_of_category_[label.type];
    if (g < in_group_.size()) in_group_[g] = 1;
  }
  for (std::size_t g = 0; g < in_group_.size(); ++g) group_counts_[g] += in_group_[g];
  for (const auto& label : labels.lenses) fold(lenses_[label.type]);
}

Report Tally::report(std::string source, const Owner* owner) const {
  Report report;
  report.source = std::move(source);
  if (owner != nullptr) report.owner = *owner;
  report.as_of = settings_.as_of;
  report.window_days = settings_.window_days;
  report.contacts = contacts_;
  report.classified = classified_;
  report.unclassified = contacts_ - classified_;
  report.unclassified_examples = unclassified_examples_;

  const auto coverage_of = [&](const NetworkType& type, const TypeTally& tally) {
    Coverage c;
    c.kind = type.kind;
    c.id = type.id;
    c.group = type.group;
    c.name = type.name;
    c.count = tally.count;
    c.active = tally.active;
    c.effective = tally.effective;
    c.target = target_of(type, settings_);
    c.weight = type.kind == TypeKind::category ? weight_of(type, settings_) : 1.0;
    c.coverage = std::min(1.0, tally.effective / c.target);
    c.status = status_of(c.count, c.coverage);
    c.rekindle = tally.rekindle;
    return c;
  };
  for (std::size_t i = 0; i < categories_.size(); ++i) {
    report.categories.push_back(coverage_of(taxonomy_.categories[i], categories_[i]));
  }
  for (std::size_t i = 0; i < lenses_.size(); ++i)
    report.lenses.push_back(coverage_of(taxonomy_.lenses[i], lenses_[i]));

  double weighted = 0;
  double weights = 0;
  std::size_t memberships = 0;
  for (const auto& c : report.categories) {
    weighted += c.weight * c.coverage;
    weights += c.weight;
    memberships += c.count;
  }
  report.score = weights > 0 ? 100.0 * weighted / weights : 0;

  for (std::size_t g = 0; g < taxonomy_.groups.size(); ++g) {
    GroupCoverage group{taxonomy_.groups[g].id, taxonomy_.groups[g].name, group_counts_[g], 0, 0};
    double group_weighted = 0;
    double group_weights = 0;
    std::size_t group_memberships = 0;
    for (const auto& c : report.categories) {
      if (c.group != group.id) continue;
      group_weighted += c.weight * c.coverage;
      group_weights += c.weight;
      group_memberships += c.count;
    }
    group.coverage = group_weights > 0 ? group_weighted / group_weights : 0;
    group.share = memberships > 0 ? static_cast<double>(group_memberships) / static_cast<double>(memberships) : 0;
    report.groups.push_back(group);
  }

  const double k = static_cast<double>(report.categories.size());
  if (memberships > 0 && k > 1) {
    double squares = 0;
    double entropy = 0;
    for (const auto& c : report.categories) {
      const double p = static_cast<double>(c.count) / static_cast<double>(memberships);
      squares += p * p;
      if (p > 0) entropy -= p * std::log(p);
    }
    report.diversity.blau = 1 - squares;
    report.diversity.blau_normalized = report.diversity.blau / (1 - 1 / k);
    report.diversity.shannon_evenness = entropy / std::log(k);
  }

  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      if (c.status == Status::covered) continue;
      const NetworkType& type = *taxonomy_.find(c.id);
      Recommendation r;
      r.kind = c.kind;
      r.id = c.id;
      r.name = c.name;
      r.status = c.status;
      r.gap = c.weight * (1 - c.coverage);
      r.reason = reason_for(c);
      r.actions = type.actions;
      r.benefits = type.benefits;
      r.rekindle = c.rekindle;
      report.recommendations.push_back(std::move(r));
    }
  }
  // Missing before weak before developing; within a status the larger weighted gap first.
  std::stable_sort(report.recommendations.begin(), report.recommendations.end(),
                   [](const Recommendation& a, const Recommendation& b) {
                     if (a.status != b.status) return a.status < b.status;
                     return a.gap > b.gap + 1e-12;
                   });
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) report.recommendations[i].priority = i + 1;
  return report;
}

}  // namespace detail

namespace {

/// The pipeline's middle: classify each contact as it arrives, then fold it into the tally.
class Auditor final : public RosterVisitor {
 public:
  Auditor(const Taxonomy& taxonomy, const AuditSettings& settings, std::string source, Diagnostics& diagnostics)
      : taxonomy_(taxonomy), tally_(taxonomy, settings), source_(std::move(source)), diagnostics_(diagnostics) {}

  void on_owner(const Owner* owner) override {
    if (owner != nullptr) owner_ = *owner;
    classifier_ = std::make_unique<Classifier>(taxonomy_, owner);
    if (!classifier_->skipped_rules().empty()) {
      diagnostics_.warn(skipped_rules_warning(source_, classifier_->skipped_rules()));
    }
  }

  void on_contact(const Contact& contact) override { tally_.add(contact, classifier_->classify(contact)); }

  Report report() const { return tally_.report(source_, owner_ ? &*owner_ : nullptr); }

 private:
  const Taxonomy& taxonomy_;
  detail::Tally tally_;
  std::string source_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Classifier> classifier_;
  std::optional<Owner> owner_;
};

}  // namespace

bool is_active(const Contact& contact, Date as_of, int window_days) {
  return contact.last_contact && as_of.days - contact.last_contact->days <= window_days;
}

std::vector<std::string> check_gates(const Report& report, const Gates& gates) {
  std::vector<std::string> failures;
  if (gates.fail_under && report.score < *gates.fail_under) {
    failures.push_back(fmt::format("score {:.1f} is below --fail-under {:g}", report.score, *gates.fail_under));
  }
  if (gates.fail_on) {
    for (const auto& c : report.categories) {
      if (c.status <= *gates.fail_on) {
        failures.push_back(
            fmt::format("{} is {} (--fail-on {})", c.id, status_name(c.status), status_name(*gates.fail_on)));
      }
    }
  }
  return failures;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::missing:
      return "missing";
    case Status::weak:
      return "weak";
    case Status::developing:
      return "developing";
    case Status::covered:
      return "covered";
  }
  return "?";
}

std::optional<Status> parse_status(std::string_view name) {
  for (const Status s : {Status::missing, Status::weak, Status::developing, Status::covered}) {
    if (status_name(s) == name) return s;
  }
  return std::nullopt;
}

void check_settings(const AuditSettings& settings, const Taxonomy& taxonomy) {
  const auto check_ids = [&](const std::map<std::string, double>& values, std::string_view option, bool lenses_too) {
    std::vector<std::string> known;
    for (const auto& c : taxonomy.categories) known.push_back(c.id);
    if (lenses_too) {
      for (const auto& l : taxonomy.lenses) known.push_back(l.id);
    }
    for (const auto& [id, value] : values) {
      if (std::find(known.begin(), known.end(), id) == known.end()) {
        std::string message =
            fmt::format("{}: unknown {} {}", option, lenses_too ? "category or lens" : "category", quote(id));
        if (const auto near = closest_match(id, known)) message += fmt::format(" (did you mean \"{}\"?)", *near);
        throw Error(message);
      }
      if (!(value > 0) || !std::isfinite(value)) {
        throw Error(fmt::format("{}: {} must be a number greater than 0, got {}", option, id, value));
      }
    }
  };
  check_ids(settings.targets, "--target", true);
  check_ids(settings.weights, "--weight", false);
  if (settings.window_days < 1)
    throw Error(fmt::format("--window: expected at least 1 day, got {}", settings.window_days));
}

Report audit(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, const AuditSettings& settings,
             Diagnostics& diagnostics, const ReadOptions& options, ImportReport* imported) {
  check_settings(settings, taxonomy);
  Auditor auditor(taxonomy, settings, source.name(), diagnostics);
  ImportReport report = read_contacts(source, format, taxonomy, auditor, diagnostics, options);
  if (imported != nullptr) *imported = std::move(report);
  return auditor.report();
}

}  // namespace netgap
