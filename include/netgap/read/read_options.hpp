#pragma once
// How strictly an input is read: what every reader of the format table takes.

#include <netgap/model/roster.hpp>

namespace netgap {

/// How strictly to read.
struct ReadOptions {
  bool strict = false;           ///< unknown fields and skipped records are errors, not warnings
  const Owner* owner = nullptr;  ///< for formats without one (CSV, vCard): the owner to assume
  /// Visit on a second thread while the next contacts are read, where the reader can (a JSON
  /// roster in a regular file, on a machine with two cores or more). Only for a visitor that
  /// shares nothing with the caller's reading: it may run while the reader goes on.
  bool second_thread = false;
};

}  // namespace netgap
