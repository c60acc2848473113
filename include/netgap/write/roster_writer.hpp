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
  /// Appends one contact (empty fields left out); it reaches the stream with the next 64 KiB of
  /// contacts, or with finish().
  void add(const Contact& contact);
  /// Writes what is held and closes the document.
  void finish();

 private:
  std::ostream& out_;
  bool first_ = true;
  std::string buffer_;  // contacts' text not yet written, reused
};

}  // namespace netgap
