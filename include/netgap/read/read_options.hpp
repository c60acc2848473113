#pragma once
// How strictly an input is read: what every reader of the format table takes.

#include <netgap/model/roster.hpp>

namespace netgap {

/// How strictly to read.
struct ReadOptions {
  bool strict = false;           ///< unknown fields and skipped records are errors, not warnings
  const Owner* owner = nullptr;  ///< for formats without one (CSV, vCard): the owner to assume
};

}  // namespace netgap
