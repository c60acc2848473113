#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "cli/cli.hpp"

namespace {

/// A descriptor 0, 1 or 2 that the caller left closed (`netgap label r.json --batch <&-`) would
/// be the next file netgap opens: the roster read as the answers, a report written into the
/// roster's temporary file. Each such place is taken first: 0 by the read end of an empty pipe
/// (standard input ends at once; /dev/stdin names no file), 1 and 2 by the root directory opened
/// read-only (writing fails as on a closed descriptor; /dev/stdout names a directory, never a
/// file: with /dev/null in the place, `-o /dev/stdout` wrote into it and exited 0).
void hold_standard_descriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int opened = -1;
    if (fd == 0) {
      int ends[2] = {-1, -1};
      if (::pipe(ends) != 0) continue;
      ::close(ends[1]);
      opened = ends[0];  // the lowest free descriptor: 0
    } else {
      opened = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (opened >= 0 && opened != fd) ::close(opened);  // not the lowest free descriptor: leave it
  }
}

}  // namespace

int main(int argc, char** argv) {
  hold_standard_descriptors();
  return netgap::cli::run(argc, argv, std::cout, std::cerr, std::cin, netgap::cli::process_terminals());
}
