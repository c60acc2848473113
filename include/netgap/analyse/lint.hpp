#pragma once
// Problems a roster's format allows but its owner would not want: control characters in a field,
// which could take over the terminal that shows them, and dates in the future (typos such as
// 2062 for 2026, which an audit as of today does not count).

#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>
#include <string>

namespace netgap {

class Diagnostics;

/// Checks every field of the owner and of each contact as it streams past.
class RosterLint final : public RosterVisitor {
 public:
  /// Dates after `today` are warned about; control characters are warnings, or errors when `strict`.
  RosterLint(std::string source, Date today, bool strict, Diagnostics& diagnostics);
  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;

 private:
  void problem(const std::string& message);

  std::string source_;
  Date today_;
  bool strict_;
  Diagnostics& diagnostics_;
};

}  // namespace netgap
