#pragma once
// Problems a roster's format allows but its owner would not want: control characters in a field,
// which could take over the terminal that shows them.

#include <netgap/model/roster.hpp>
#include <string>

namespace netgap {

class Diagnostics;

/// Checks every field of the owner and of each contact as it streams past.
class RosterLint final : public RosterVisitor {
 public:
  /// Problems go to `diagnostics` as warnings, or as errors when `strict`.
  RosterLint(std::string source, bool strict, Diagnostics& diagnostics);
  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;

 private:
  void problem(const std::string& message);

  std::string source_;
  bool strict_;
  Diagnostics& diagnostics_;
};

}  // namespace netgap
