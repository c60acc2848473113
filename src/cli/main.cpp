#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "cli/cli.hpp"

namespace {

/// A descriptor 0, 1 or 2 that the caller left closed (`netgap label r.json --batch <&-`) would
/// be the next file netgap opens: the roster read as the answers, a report written into the
/// roster's temporary file. /dev/null takes each such place, opened the wrong way round, so that
/// reading standard input or writing standard output still fails as on a closed descriptor.
void hold_standard_descriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int opened = ::open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_CLOEXEC);
    if (opened >= 0 && opened != fd) ::close(opened);  // not the lowest free descriptor: leave it
  }
}

}  // namespace

int main(int argc, char** argv) {
  hold_standard_descriptors();
  return netgap::cli::run(argc, argv, std::cout, std::cerr, std::cin, netgap::cli::process_terminals());
}
