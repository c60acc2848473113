#include <netgap/analyse/audit.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/analyse/activity.hpp>
#include <netgap/analyse/classifier.hpp>
#include <netgap/analyse/identity.hpp>
#include <netgap/analyse/tally.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

void check_ids(const std::map<std::string, double>& values, const Taxonomy& taxonomy, SettingError::Setting setting) {
  const bool lenses_too = setting == SettingError::Setting::targets;
  const double max = lenses_too ? max_target : max_weight;
  std::vector<std::string> known;
  for (const auto& c : taxonomy.categories) known.push_back(c.id);
  if (lenses_too) {
    for (const auto& l : taxonomy.lenses) known.push_back(l.id);
  }
  for (const auto& [id, value] : values) {
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      throw SettingError(setting, fmt::format("unknown {} {}{}", lenses_too ? "category or lens" : "category",
                                              quote(id), did_you_mean(id, known)));
    }
    if (!(value > 0 && value <= max)) {  // false for NaN too
      throw SettingError(setting,
                         fmt::format("{} must be a number greater than 0 and at most {:g}, got {}", id, max, value));
    }
  }
}

}  // namespace

void check_settings(const AuditSettings& settings, const Taxonomy& taxonomy) {
  check_ids(settings.targets, taxonomy, SettingError::Setting::targets);
  check_ids(settings.weights, taxonomy, SettingError::Setting::weights);
  if (settings.window_days < 1) {
    throw SettingError(SettingError::Setting::window,
                       fmt::format("expected at least 1 day, got {}", settings.window_days));
  }
}

bool connected_after(const Contact& contact, Date as_of) {
  return contact.connected_on && *contact.connected_on > as_of;
}

std::optional<Date> last_contact_as_of(const Contact& contact, Date as_of) {
  if (contact.last_contact && *contact.last_contact <= as_of) return contact.last_contact;
  return std::nullopt;
}

bool is_active(const Contact& contact, Date as_of, int window_days) {
  const auto last = last_contact_as_of(contact, as_of);
  return last && as_of.days - last->days <= window_days;
}

Auditor::Auditor(const Taxonomy& taxonomy, const AuditSettings& settings, std::string source, Diagnostics& diagnostics)
    : taxonomy_(taxonomy), source_(std::move(source)), diagnostics_(diagnostics), as_of_(settings.as_of) {
  check_settings(settings, taxonomy);
  tally_ = std::make_unique<Tally>(taxonomy, settings);
  people_ = std::make_unique<IdentityIndex>(taxonomy.organization_suffixes, false, false);
}

Auditor::~Auditor() = default;

void Auditor::on_owner(const Owner* owner) {
  if (owner != nullptr) owner_ = *owner;
  classifier_ = std::make_unique<Classifier>(taxonomy_, owner);
  if (!classifier_->skipped_rules().empty()) {
    diagnostics_.warn(skipped_rules_warning(source_, classifier_->skipped_rules()));
  }
}

void Auditor::on_contact(const Contact& contact) {
  const auto& earlier = people_->add(contact, 0);  // certain keys only, no positions: 8 bytes a key
  if (!earlier.empty()) {
    ++duplicates_;
    diagnostics_.warn(fmt::format("{}: {} is the same person as an earlier contact ({}); counted once", source_,
                                  contact_label(contact), reason_text(earlier.front().reason)));
    return;
  }
  if (contact.activity.empty()) {
    tally_->add(contact, classifier_->classify(contact));
    return;
  }
  Contact derived = contact;  // only contacts with evidence pay for the copy
  apply_activity(derived, as_of_);
  tally_->add(derived, classifier_->classify(derived));
}

Report Auditor::report() const {
  Report report = tally_->report(source_, owner_ ? &*owner_ : nullptr);
  report.duplicates = duplicates_;
  return report;
}

void FanOut::on_owner(const Owner* owner) {
  for (RosterVisitor* v : visitors_) v->on_owner(owner);
}

void FanOut::on_contact(const Contact& contact) {
  for (RosterVisitor* v : visitors_) v->on_contact(contact);
}

Report audit(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, const AuditSettings& settings,
             Diagnostics& diagnostics, const ReadOptions& options, ImportReport* imported,
             const std::vector<RosterVisitor*>& also) {
  Auditor auditor(taxonomy, settings, source.name(), diagnostics);
  std::vector<RosterVisitor*> visitors{&auditor};
  visitors.insert(visitors.end(), also.begin(), also.end());
  FanOut all(std::move(visitors));
  ImportReport report = read_contacts(source, format, taxonomy, all, diagnostics, options);
  if (imported != nullptr) *imported = std::move(report);
  return auditor.report();
}

}  // namespace netgap
