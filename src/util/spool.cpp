#include <netgap/util/spool.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netgap/util/error.hpp>
#include <streambuf>
#include <string>
#include <vector>

namespace netgap {

/// Keeps text in memory up to a limit; past it, sends the memory's text and all that follows to
/// a temporary file, unlinked at once so that nothing is left behind whatever happens.
class Spool::Buffer final : public std::streambuf {
 public:
  explicit Buffer(std::size_t memory_limit) : memory_(memory_limit) {
    setp(memory_.data(), memory_.data() + memory_.size());
  }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() override {
    if (fd_ >= 0) ::close(fd_);
  }

  void copy_to(std::ostream& out) {
    if (!failure_.empty()) throw Error(failure_);
    if (fd_ < 0) {
      out.write(pbase(), pptr() - pbase());
      return;
    }
    flush_to_file();
    if (::lseek(fd_, 0, SEEK_SET) != 0) fail("cannot read back");
    for (;;) {
      const ssize_t n = ::read(fd_, memory_.data(), memory_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail("cannot read back");
      if (n == 0) break;
      out.write(memory_.data(), n);
    }
  }

 protected:
  int_type overflow(int_type c) override {
    // std::ostream turns an exception from here into badbit and drops it: keep its message.
    try {
      flush_to_file();
    } catch (const Error& e) {
      failure_ = e.what();
      return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

 private:
  void flush_to_file() {
    if (fd_ < 0) open_file();
    const char* at = pbase();
    while (at < pptr()) {
      const ssize_t n = ::write(fd_, at, static_cast<std::size_t>(pptr() - at));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) fail("cannot write");
      at += n;
    }
    setp(memory_.data(), memory_.data() + memory_.size());
  }

  void open_file() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/netgap-spool-XXXXXX";
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) fail("cannot make a temporary file in " + pattern.substr(0, pattern.rfind('/')));
    ::unlink(pattern.c_str());
  }

  [[noreturn]] static void fail(const std::string& what) {
    throw Error(fmt::format("the output held back for standard output: {}: {}", what, std::strerror(errno)));
  }

  std::vector<char> memory_;
  int fd_ = -1;
  std::string failure_;  // why writing to the temporary file failed
};

Spool::Spool(std::size_t memory_limit)
    : buffer_(std::make_unique<Buffer>(memory_limit < 4096 ? 4096 : memory_limit)), stream_(buffer_.get()) {}

Spool::~Spool() = default;

std::ostream& Spool::stream() { return stream_; }

void Spool::copy_to(std::ostream& out) {
  stream_.flush();
  buffer_->copy_to(out);
  if (stream_.bad()) throw Error("the output held back for standard output: cannot write");
}

}  // namespace netgap
