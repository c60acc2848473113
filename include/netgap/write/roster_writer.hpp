#pragma once
// Rosters written as JSON, one contact at a time.

#include <iosfwd>
#include <netgap/model/roster.hpp>
#include <string>

namespace netgap {

/// Writes a roster (format v1) as JSON, one contact at a time.
class RosterWriter {
 public:
  /// Starts the document; `owner` may be null.
  RosterWriter(std::ostream& out, const Owner* owner);
  /// Appends one contact (empty fields left out).
  void add(const Contact& contact);
  /// Closes the document.
  void finish();

 private:
  std::ostream& out_;
  bool first_ = true;
  std::string buffer_;  // one contact's text, reused
};

}  // namespace netgap
