#include "cli/terminal.hpp"

#include <termios.h>
#include <unistd.h>
#include <cerrno>
#include <netgap/util/cleanup.hpp>
#include <netgap/util/error.hpp>

namespace netgap::cli {
namespace {

struct termios saved_settings {};

}  // namespace

RawTerminal::RawTerminal() {
  if (::tcgetattr(STDIN_FILENO, &saved_settings) != 0) throw Error("cannot read the terminal's settings");
  restore_terminal_on_signal(STDIN_FILENO);
  struct termios raw = saved_settings;
  raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) != 0) {
    forget_terminal_on_signal();
    throw Error("cannot put the terminal in raw mode");
  }
}

RawTerminal::~RawTerminal() {
  ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_settings);
  forget_terminal_on_signal();
}

int RawTerminal::key() {
  unsigned char c = 0;
  for (;;) {
    const ssize_t n = ::read(STDIN_FILENO, &c, 1);
    if (n == 1) return c;
    if (n == 0 || errno != EINTR) return -1;
  }
}

}  // namespace netgap::cli
