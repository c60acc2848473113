#include <netgap/analyse/explain.hpp>

#include <fmt/format.h>
#include <netgap/analyse/activity.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap {

std::string_view label_source_name(LabelSource source) {
  switch (source) {
    case LabelSource::field:
      return "explicit";
    case LabelSource::tag:
      return "tag";
    case LabelSource::rule:
      return "rule";
  }
  return "?";
}

Explainer::Explainer(const Taxonomy& taxonomy, std::vector<std::string> names, std::string source,
                     Diagnostics& diagnostics, Date as_of)
    : taxonomy_(taxonomy),
      names_(std::move(names)),
      source_(std::move(source)),
      as_of_(as_of),
      diagnostics_(diagnostics) {
  for (const auto& n : names_) wanted_.push_back(to_lower(trim(n)));
  explanation_.filtered = !wanted_.empty();
}

Explainer::~Explainer() = default;

std::vector<std::string> explain_activity(const Contact& contact, Date as_of) {
  if (contact.activity.empty()) return {};
  std::vector<std::string> lines;
  const TieEvidence tie = tie_evidence(contact.activity);
  const auto last = [&](const char* what, std::optional<Date> SourceActivity::*member) {
    std::optional<Date> day;
    std::string source;
    for (const auto& record : contact.activity) {
      if (record.*member && (!day || *day < *(record.*member))) {
        day = record.*member;
        source = record.source;
      }
    }
    if (day) lines.push_back(fmt::format("last {}: {} {}", what, source, format_iso(*day)));
  };
  last("two-way", &SourceActivity::last_two_way);
  last("outbound", &SourceActivity::last_outbound);
  last("inbound", &SourceActivity::last_inbound);
  lines.push_back(fmt::format("{} {} with contact since {}", tie.days, tie.days == 1 ? "day" : "days",
                              tie.first_seen ? format_iso(*tie.first_seen) : std::string("?")));
  if (!tie.last_contact) {
    lines.emplace_back("no outbound or two-way contact: only they reached out (a rekindle candidate)");
  } else if (contact.last_contact && !(*contact.last_contact < *tie.last_contact)) {
    lines.push_back(fmt::format("last contact {} as written by hand (evidence: {})", format_iso(*contact.last_contact),
                                format_iso(*tie.last_contact)));
  } else {
    lines.push_back(fmt::format("last contact {} from {}", format_iso(*tie.last_contact), tie.last_contact_source));
  }
  const TieQuiet quiet = tie_quiet(activity_as_of(contact.activity, as_of), as_of);
  if (quiet.why == RekindleWhy::quiet && quiet.last_seen) {
    lines.push_back(fmt::format(
        "quiet: no contact for {} days, over {} times its usual {} {} between contacts (a rekindle candidate)",
        as_of.days - quiet.last_seen->days, quiet_factor, quiet.usual_days, quiet.usual_days == 1 ? "day" : "days"));
  }
  if (contact.strength != 0) {
    lines.push_back(
        fmt::format("strength {} set by hand (evidence suggests {})", contact.strength, tie.suggested_strength));
  } else {
    lines.push_back(fmt::format("strength {} suggested by the evidence (docs/activity.md)", tie.suggested_strength));
  }
  return lines;
}

void Explainer::on_owner(const Owner* owner) {
  classifier_ = std::make_unique<Classifier>(taxonomy_, owner);
  if (!classifier_->skipped_rules().empty()) {
    diagnostics_.warn(skipped_rules_warning(source_, classifier_->skipped_rules()));
  }
}

void Explainer::on_contact(const Contact& contact) {
  ++explanation_.total;
  const Labels& labels = classifier_->classify(contact);
  if (!labels.classified()) ++explanation_.unclassified;
  if (!selected(contact)) return;
  ExplainedContact explained;
  explained.index = contact.index;
  explained.name = contact.name;
  explained.categories = explain(contact, labels.categories, TypeKind::category);
  explained.lenses = explain(contact, labels.lenses, TypeKind::lens);
  explained.activity = explain_activity(contact, as_of_);
  explanation_.contacts.push_back(std::move(explained));
}

std::vector<std::string> Explainer::unmatched_names() const {
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < wanted_.size(); ++i) {
    if (found_.count(i) == 0) missing.push_back(names_[i]);
  }
  return missing;
}

bool Explainer::selected(const Contact& contact) {
  if (wanted_.empty()) return true;
  const std::string name = to_lower(contact.name);
  bool hit = false;
  for (std::size_t i = 0; i < wanted_.size(); ++i) {
    if (name.find(wanted_[i]) != std::string::npos) {
      found_.insert(i);
      hit = true;
    }
  }
  return hit;
}

std::vector<ExplainedLabel> Explainer::explain(const Contact& contact, const std::vector<Label>& labels,
                                               TypeKind kind) const {
  const auto& types = kind == TypeKind::category ? taxonomy_.categories : taxonomy_.lenses;
  std::vector<ExplainedLabel> out;
  for (const auto& label : labels) {
    out.push_back({types[label.type].id, label.source, label.confidence, classifier_->explain(contact, label, kind)});
  }
  return out;
}

}  // namespace netgap
