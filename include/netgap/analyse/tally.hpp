#pragma once
// The fold from labelled contacts to per-type counters: its size depends on the taxonomy, never
// on the roster.

#include <cstddef>
#include <netgap/analyse/activity.hpp>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/classifier.hpp>
#include <netgap/model/report.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Counters of one category or lens.
struct TypeTally {
  std::size_t count = 0;
  std::size_t active = 0;
  std::size_t unknown = 0;  ///< with no last contact at all
  double effective = 0;
  std::vector<Rekindle> rekindle;  // sorted best first, at most AuditSettings::rekindle_limit
};

/// The weight of one contact: tie strength times recency, never more than 1 (docs/scoring.md).
double contact_weight(const Contact& contact, Date as_of, int window_days);

/// Folds labelled contacts into counters.
class Tally {
 public:
  Tally(const Taxonomy& taxonomy, const AuditSettings& settings);

  /// Adds one contact with its labels; one connected after the audit's date is only counted as
  /// left out.
  void add(const Contact& contact, const Labels& labels);

  /// Scores the counters: coverage, statuses, groups, diversity, recommendations.
  [[nodiscard]] Report report(std::string source, const Owner* owner) const;

 private:
  void remember_dormant(TypeTally& tally, const Contact& contact, const TieQuiet& quiet) const;
  void note_fields(const Contact& contact);
  [[nodiscard]] bool seen_field(std::string_view name) const;

  const Taxonomy& taxonomy_;
  AuditSettings settings_;
  std::vector<TypeTally> categories_;
  std::vector<TypeTally> lenses_;
  std::vector<std::size_t> group_counts_;
  std::vector<std::size_t> group_of_category_;
  std::vector<std::size_t> in_group_;  // scratch: the groups of the contact being added
  bool labelled_ = false;              // some contact has categories set by hand
  unsigned seen_fields_ = 0;  // a bit per input field some contact has filled in (in the order of assessable_fields)
  std::size_t contacts_ = 0;
  std::size_t not_yet_connected_ = 0;
  std::size_t classified_ = 0;
  std::vector<std::string> unclassified_examples_;
  std::optional<Egogram> egogram_;  // only when the settings ask for it
};

}  // namespace netgap
