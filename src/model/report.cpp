#include <netgap/model/report.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <algorithm>
#include <cmath>
#include <netgap/util/text.hpp>
#include <string>

namespace netgap {

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
    case Status::unassessable:
      return "unassessable";
  }
  return "?";
}

std::optional<Status> parse_status(std::string_view name) {
  for (const Status s : {Status::missing, Status::weak, Status::developing, Status::covered, Status::unassessable}) {
    if (status_name(s) == name) return s;
  }
  return std::nullopt;
}

std::size_t Egogram::count(std::size_t sector, std::size_t ring, std::size_t strength) const {
  return counts[(sector * rings + ring) * strengths + strength];
}

std::size_t Egogram::count(std::size_t sector, std::size_t ring) const {
  std::size_t total = 0;
  for (std::size_t s = 0; s < strengths; ++s) total += count(sector, ring, s);
  return total;
}

std::vector<const Coverage*> types_over(const std::vector<Report>& reports, TypeKind kind) {
  std::vector<const Coverage*> out;
  for (auto r = reports.rbegin(); r != reports.rend(); ++r) {
    for (const auto& c : kind == TypeKind::lens ? r->lenses : r->categories) {
      const auto same_id = [&](const Coverage* seen) { return seen->id == c.id; };
      if (std::none_of(out.begin(), out.end(), same_id)) out.push_back(&c);
    }
  }
  return out;
}

std::string_view kind_name(TypeKind kind) { return kind == TypeKind::category ? "category" : "lens"; }

std::string rekindle_facts(const Rekindle& r) {
  std::vector<std::string> facts;
  if (r.strength != 0) facts.push_back(fmt::format("strength {}", r.strength));
  switch (r.why) {
    case RekindleWhy::reached_out:
      facts.push_back(r.last_inbound ? "reached out " + format_iso(*r.last_inbound) + ", not answered"
                                     : std::string("reached out, not answered"));
      break;
    case RekindleWhy::quiet:
      facts.push_back(fmt::format("quiet since {}, usually every {} day{}",
                                  r.last_contact ? format_iso(*r.last_contact) : std::string("?"), r.usual_days,
                                  r.usual_days == 1 ? "" : "s"));
      break;
    case RekindleWhy::dormant:
      facts.push_back(r.last_contact ? "last contact " + format_iso(*r.last_contact) : std::string("no contact date"));
      break;
  }
  return fmt::format("({})", fmt::join(facts, ", "));
}

bool rests_on_undated(const Coverage& coverage) {
  return coverage.status != Status::missing && coverage.status != Status::unassessable && coverage.count > 0 &&
         coverage.unknown_recency * 2 > coverage.count;
}

std::string active_ratio(const Coverage& coverage, std::string_view separator) {
  const bool unknown = coverage.count > 0 && coverage.active == 0 && coverage.unknown_recency == coverage.count;
  return fmt::format("{}{}{:g}", unknown ? std::string("?") : std::to_string(coverage.active), separator,
                     coverage.target);
}

std::string unassessable_note(const Coverage& coverage) {
  if (coverage.status != Status::unassessable) return {};
  std::string fields;
  for (std::size_t i = 0; i < coverage.missing_fields.size(); ++i) {
    if (i > 0) fields += i + 1 == coverage.missing_fields.size() ? " or " : ", ";
    fields += coverage.missing_fields[i] == "how_met" ? "how met" : coverage.missing_fields[i];
  }
  return coverage.name + " cannot be assessed from this input: no contact has " + fields +
         "; add them to the contacts (a LinkedIn export has none), or label the contacts by hand";
}

std::string_view TypeChange::change() const {
  if (!in_before) return "new";
  if (!in_after) return "removed";
  // An unassessable side measured nothing, so there is nothing to compare.
  if (status_before == Status::unassessable || status_after == Status::unassessable) {
    return status_before == status_after ? "same"
                                         : (status_after == Status::unassessable ? "unassessable" : "assessed");
  }
  if (status_before == Status::covered && status_after != Status::covered) return "opened";
  if (status_before != Status::covered && status_after == Status::covered) return "closed";
  if (status_after < status_before) return "worse";
  if (status_after > status_before) return "better";
  return "same";
}

bool TypeChange::worsened() const {
  // An unassessable side measured nothing, so it cannot have worsened.
  return in_before && in_after && status_after < status_before && status_before != Status::unassessable &&
         status_after != Status::unassessable;
}

std::string_view TypeChange::cause() const {
  constexpr double epsilon = 1e-9;
  if (!in_before || !in_after) return "";  // not comparable: one taxonomy lacks it
  if (status_before == Status::unassessable || status_after == Status::unassessable) return "";
  if (coverage_after < coverage_before - epsilon || status_after < status_before) {
    return count_after < count_before ? "lost" : "decay";
  }
  return coverage_after > coverage_before + epsilon ? "gain" : "";
}

double ReportDiff::points(std::string_view cause) const {
  // Each category moves the score by its weighted share of its coverage change. The parts are
  // rounded to one decimal, and what rounding leaves over goes to the largest, so that they add
  // up to the change the scores show: decay alone is all of it, never 0.1 more.
  static constexpr std::string_view causes[] = {"decay", "lost", "gain"};
  double weights = 0;
  for (const auto& c : categories) weights += c.weight;
  double raw[3] = {0, 0, 0};
  for (const auto& c : categories) {
    for (std::size_t k = 0; k < 3; ++k) {
      if (c.cause() == causes[k] && weights > 0)
        raw[k] += 100 * c.weight * (c.coverage_after - c.coverage_before) / weights;
    }
  }
  double parts[3];
  std::size_t largest = 2;  // what no category explains (changed weights or targets) is counted with the gains
  double left = score_after - score_before;
  for (std::size_t k = 0; k < 3; ++k) {
    parts[k] = rounded(raw[k], 1);
    left -= parts[k];
    if (std::abs(raw[k]) > std::abs(raw[largest])) largest = k;
  }
  parts[largest] += left;
  for (std::size_t k = 0; k < 3; ++k) {
    if (causes[k] == cause) return rounded(parts[k], 1);
  }
  return 0;
}

std::vector<std::string> ReportDiff::regressions() const {
  std::vector<std::string> out;
  // Apart from decay, the change is what lost contacts and gains did: summed from the types, so
  // that a diff of decay alone is exactly 0 however the scores were rounded.
  const double counted = decay_regresses ? score_after - score_before : points("lost") + points("gain");
  if (counted < -tolerance - 1e-9) {
    out.push_back(fmt::format("the score fell {:.1f} points{}{}", -counted, decay_regresses ? "" : " apart from decay",
                              tolerance > 0 ? fmt::format(", more than the {:g} allowed", tolerance) : ""));
  }
  for (const auto* list : {&categories, &lenses}) {
    for (const auto& c : *list) {
      if (!c.worsened()) continue;
      if (c.cause() == "lost") {
        out.push_back(fmt::format("{} went from {} to {} with fewer contacts ({} to {})", c.id,
                                  status_name(c.status_before), status_name(c.status_after), c.count_before,
                                  c.count_after));
      } else if (decay_regresses) {
        out.push_back(fmt::format("{} went from {} to {} as its ties aged", c.id, status_name(c.status_before),
                                  status_name(c.status_after)));
      }
    }
  }
  return out;
}

bool ReportDiff::taxonomies_differ() const {
  return !old_taxonomy.empty() && !new_taxonomy.empty() && old_taxonomy != new_taxonomy;
}

bool ReportDiff::regressed() const { return !regressions().empty(); }

namespace {

/// The ids of the categories and lenses of `diff` whose `property` is `value`.
template <typename Property>
std::vector<std::string> ids_with(const ReportDiff& diff, Property property, std::string_view value) {
  std::vector<std::string> out;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      if ((c.*property)() == value) out.push_back(c.id);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> ReportDiff::ids_where(std::string_view change) const {
  return ids_with(*this, &TypeChange::change, change);
}

std::vector<std::string> ReportDiff::ids_of_cause(std::string_view cause) const {
  return ids_with(*this, &TypeChange::cause, cause);
}

std::vector<double> coverage_series(const std::vector<Report>& reports, const std::string& id, TypeKind kind) {
  std::vector<double> series;
  for (const auto& r : reports) {
    double value = std::nan("");
    for (const auto& c : kind == TypeKind::lens ? r.lenses : r.categories) {
      if (c.id == id) value = c.coverage;
    }
    series.push_back(value);
  }
  return series;
}

}  // namespace netgap
