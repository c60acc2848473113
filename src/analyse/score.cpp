#include <netgap/analyse/score.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/util/text.hpp>
#include <stdexcept>

namespace netgap {
namespace {

std::string number(double value) { return fmt::format("{:g}", value); }

std::string reason_for(const Coverage& c) {
  if (c.count == 0) return fmt::format("no contacts yet; the target is {} active", number(c.target));
  std::string reason = fmt::format("{} of {} active contacts", c.active, number(c.target));
  const std::size_t dated = c.count - c.active - std::min(c.unknown_recency, c.count - c.active);
  if (dated > 0) reason += fmt::format("; {} dormant", dated);
  if (c.unknown_recency > 0) reason += fmt::format("; {} not dated", c.unknown_recency);
  if (static_cast<double>(c.active) >= c.target && c.coverage < 1) {
    // Enough ties, not strong or recent enough: say what the status is measured on.
    reason += fmt::format("; weighted by strength and recency they count as {:.1f}", c.effective);
  }
  return reason;
}

/// Weighted mean coverage of the categories `in` accepts, in percent of 1.
template <typename Filter>
double weighted_coverage(const std::vector<Coverage>& categories, Filter in) {
  double weighted = 0;
  double weights = 0;
  for (const auto& c : categories) {
    if (!in(c)) continue;
    weighted += c.weight * c.coverage;
    weights += c.weight;
  }
  return weights > 0 ? weighted / weights : 0;
}

std::size_t memberships(const std::vector<Coverage>& categories) {
  std::size_t total = 0;
  for (const auto& c : categories) total += c.count;
  return total;
}

void score_groups(Report& report, const Taxonomy& taxonomy, const std::vector<std::size_t>& group_counts) {
  const std::size_t all = memberships(report.categories);
  for (std::size_t g = 0; g < taxonomy.groups.size(); ++g) {
    GroupCoverage group{taxonomy.groups[g].id, taxonomy.groups[g].name, group_counts[g], 0, 0};
    const auto in_group = [&](const Coverage& c) { return c.group == group.id; };
    group.coverage = weighted_coverage(
        report.categories, [&](const Coverage& c) { return in_group(c) && c.status != Status::unassessable; });
    std::size_t in = 0;
    for (const auto& c : report.categories) in += in_group(c) ? c.count : 0;
    group.share = all > 0 ? static_cast<double>(in) / static_cast<double>(all) : 0;
    report.groups.push_back(group);
  }
}

void score_diversity(Report& report) {
  const std::size_t all = memberships(report.categories);
  const double k = static_cast<double>(report.categories.size());
  if (all == 0 || k <= 1) return;
  double squares = 0;
  double entropy = 0;
  for (const auto& c : report.categories) {
    const double p = static_cast<double>(c.count) / static_cast<double>(all);
    squares += p * p;
    if (p > 0) entropy -= p * std::log(p);
  }
  report.diversity.blau = 1 - squares;
  report.diversity.blau_normalized = report.diversity.blau / (1 - 1 / k);
  report.diversity.shannon_evenness = entropy / std::log(k);
}

void recommend(Report& report, const Taxonomy& taxonomy) {
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      if (c.status == Status::covered || c.status == Status::unassessable) continue;
      const NetworkType& type = *taxonomy.find(c.id);
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
}

}  // namespace

Status status_of(std::size_t count, std::size_t active, double coverage) {
  if (count == 0) return Status::missing;
  if (coverage < 0.5) return Status::weak;
  if (coverage < 1 || active == 0) return Status::developing;
  return Status::covered;
}

void score_report(Report& report, const Taxonomy& taxonomy, const std::vector<std::size_t>& group_counts) {
  // A category that cannot be assessed from the input is left out of the score, not counted as 0.
  // Rounded once, here: every format shows this value and every gate compares it, so that a
  // score shown as 17.8 is never "below 17.8".
  report.score = rounded(
      100.0 * weighted_coverage(report.categories, [](const Coverage& c) { return c.status != Status::unassessable; }),
      1);
  // Targets and weights are bounded (max_target, max_weight), so this cannot happen; if it did,
  // no gate could be trusted, so it is a bug to report, not a number to print.
  if (!std::isfinite(report.score)) throw std::logic_error("the score is not a finite number");
  score_groups(report, taxonomy, group_counts);
  score_diversity(report);
  recommend(report, taxonomy);
}

}  // namespace netgap
