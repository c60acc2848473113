#pragma once
// One key at a time from a terminal, without curses: raw mode through termios, restored when the
// object goes away and when a signal ends the process.

namespace netgap::cli {

/// Standard input in raw mode (no line editing, no echo; Ctrl-C still interrupts) for its lifetime.
class RawTerminal {
 public:
  /// Throws Error when standard input's settings cannot be changed.
  RawTerminal();
  ~RawTerminal();
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;

  /// The next key pressed, or -1 at the end of the input.
  int key();
};

}  // namespace netgap::cli
