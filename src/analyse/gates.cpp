#include <netgap/analyse/gates.hpp>

namespace netgap {

std::vector<GateFailure> check_gates(const Report& report, const Gates& gates) {
  std::vector<GateFailure> failures;
  if (gates.fail_under && report.score < *gates.fail_under) {
    GateFailure failure;
    failure.gate = GateFailure::Gate::fail_under;
    failure.score = report.score;
    failures.push_back(failure);
  }
  if (gates.fail_on) {
    for (const auto& c : report.categories) {
      // An unassessable category measured nothing: it neither passes nor fails a bar.
      if (c.status == Status::unassessable || c.status > *gates.fail_on) continue;
      GateFailure failure;
      failure.gate = GateFailure::Gate::fail_on;
      failure.id = c.id;
      failure.status = c.status;
      failures.push_back(failure);
    }
  }
  return failures;
}

}  // namespace netgap
