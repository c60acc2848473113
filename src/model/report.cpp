#include <netgap/model/report.hpp>

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

std::string_view kind_name(TypeKind kind) { return kind == TypeKind::category ? "category" : "lens"; }

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

bool ReportDiff::regressed() const {
  if (score_after + 1e-9 < score_before) return true;
  for (const auto* list : {&categories, &lenses}) {
    for (const auto& c : *list) {
      if (c.status_after < c.status_before && c.status_before != Status::unassessable) return true;
    }
  }
  return false;
}

std::vector<std::string> ReportDiff::ids_where(std::string_view change) const {
  std::vector<std::string> out;
  for (const auto* list : {&categories, &lenses}) {
    for (const auto& c : *list) {
      if (c.change() == change) out.push_back(c.id);
    }
  }
  return out;
}

std::vector<double> coverage_series(const std::vector<Report>& reports, const std::string& id, TypeKind kind) {
  std::vector<double> series;
  for (const auto& r : reports) {
    double value = 0;
    for (const auto& c : kind == TypeKind::lens ? r.lenses : r.categories) {
      if (c.id == id) value = c.coverage;
    }
    series.push_back(value);
  }
  return series;
}

}  // namespace netgap
