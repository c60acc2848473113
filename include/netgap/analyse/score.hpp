#pragma once
// From per-type coverage to the verdicts: the score, the groups, diversity and what to do next.

#include <cstddef>
#include <netgap/model/report.hpp>
#include <netgap/model/taxonomy.hpp>
#include <vector>

namespace netgap {

/// The status of a type with `count` contacts, `active` of them active, and this coverage
/// (docs/scoring.md): a type with no active tie is never covered, however many dormant ones.
Status status_of(std::size_t count, std::size_t active, double coverage);

/// Fills the score, groups, diversity and recommendations of a report whose categories and lenses
/// are set; `group_counts[g]` is the number of contacts in at least one category of group g.
void score_report(Report& report, const Taxonomy& taxonomy, const std::vector<std::size_t>& group_counts);

}  // namespace netgap
