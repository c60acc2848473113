#pragma once
// Temporary files that must not outlive an interrupted run: removed when SIGINT, SIGTERM or
// SIGHUP arrives, before the process ends with that signal (so a shell sees 130, 143 or 129).
// A terminal put in raw mode is restored the same way.

#include <cstddef>
#include <string>

namespace netgap {

/// Registers `path` for removal on a signal until the returned ticket is released; the first
/// registration installs the signal handlers. At most a few dozen files at once; past that the
/// file is simply not covered (the ticket is then 0).
std::size_t remove_on_signal(const std::string& path);

/// Forgets a registration (the file was renamed into place or removed).
void release_on_signal(std::size_t ticket);

/// Remembers the settings of the terminal `fd` as they are now, and restores them when a signal
/// ends the process (before the temporary files are removed), until forget_terminal_on_signal().
void restore_terminal_on_signal(int fd);

/// Stops restoring the terminal on a signal.
void forget_terminal_on_signal();

}  // namespace netgap
