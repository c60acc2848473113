#pragma once
// The bars of a CI-style self-review, checked against a report.

#include <netgap/model/report.hpp>
#include <optional>
#include <string>
#include <vector>

namespace netgap {

/// The bars a report must clear.
struct Gates {
  std::optional<double> fail_under;  ///< the score must not be below this
  std::optional<Status> fail_on;     ///< no category may be at or below this status
};

/// One bar a report did not clear.
struct GateFailure {
  enum class Gate { fail_under, fail_on } gate = Gate::fail_under;
  double score = 0;                 ///< the score (fail_under)
  std::string id;                   ///< the category (fail_on)
  Status status = Status::missing;  ///< its status (fail_on)
};

/// Every bar the report does not clear, the score first; empty when it clears them all.
std::vector<GateFailure> check_gates(const Report& report, const Gates& gates);

}  // namespace netgap
