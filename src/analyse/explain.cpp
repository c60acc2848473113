#include <netgap/analyse/explain.hpp>

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
                     Diagnostics& diagnostics)
    : taxonomy_(taxonomy), names_(std::move(names)), source_(std::move(source)), diagnostics_(diagnostics) {
  for (const auto& n : names_) wanted_.push_back(to_lower(trim(n)));
  explanation_.filtered = !wanted_.empty();
}

Explainer::~Explainer() = default;

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
