#include <netgap/util/cleanup.hpp>

#include <termios.h>
#include <unistd.h>
#include <array>
#include <atomic>
#include <csignal>
#include <cstring>

namespace netgap {
namespace {

// The handler may only touch what is async-signal-safe: atomics holding pointers to buffers
// that stay valid while registered, and unlink().
constexpr std::size_t slots = 32;
constexpr std::size_t path_capacity = 4096;
std::array<std::array<char, path_capacity>, slots> paths{};
std::array<std::atomic<bool>, slots> claimed{};  // taken by a registration
std::array<std::atomic<bool>, slots> used{};     // its path is complete: the handler may remove it

std::atomic<int> terminal_fd{-1};
struct termios terminal_settings {};

extern "C" void remove_registered_and_die(int signal) {
  if (const int fd = terminal_fd.load(); fd >= 0) ::tcsetattr(fd, TCSANOW, &terminal_settings);
  for (std::size_t i = 0; i < slots; ++i) {
    if (used[i].load()) ::unlink(paths[i].data());
  }
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void install_handlers() {
  static const bool installed = [] {
    struct sigaction action {};
    action.sa_handler = remove_registered_and_die;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction previous {};
      // A signal the parent chose to ignore (nohup) stays ignored.
      if (::sigaction(signal, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
      ::sigaction(signal, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

}  // namespace

std::size_t remove_on_signal(const std::string& path) {
  if (path.size() >= path_capacity) return 0;
  install_handlers();
  for (std::size_t i = 0; i < slots; ++i) {
    bool free = false;
    if (!claimed[i].compare_exchange_strong(free, true)) continue;
    std::memcpy(paths[i].data(), path.c_str(), path.size() + 1);
    used[i].store(true);
    return i + 1;
  }
  return 0;
}

void restore_terminal_on_signal(int fd) {
  if (::tcgetattr(fd, &terminal_settings) != 0) return;
  install_handlers();
  terminal_fd.store(fd);
}

void forget_terminal_on_signal() { terminal_fd.store(-1); }

void release_on_signal(std::size_t ticket) {
  if (ticket == 0 || ticket > slots) return;
  used[ticket - 1].store(false);
  claimed[ticket - 1].store(false);
}

}  // namespace netgap
