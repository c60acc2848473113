#include <netgap/util/output.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netgap/util/error.hpp>

namespace netgap {

AtomicFile::AtomicFile(std::string path, bool overwrite) : path_(std::move(path)), overwrite_(overwrite) {
  struct stat info {};
  if (::stat(path_.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) throw Error(fmt::format("{}: is a directory", path_));
    if (!overwrite_) throw Error(fmt::format("{}: already exists; use --force to overwrite it", path_));
    if (!S_ISREG(info.st_mode)) {
      // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming a
      // temporary file over it would replace the device itself.
      direct_ = true;
      stream_.open(path_, std::ios::binary);
      if (!stream_) throw Error(fmt::format("{}: cannot write", path_));
      return;
    }
  }
  std::string pattern = path_ + ".tmp-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw Error(fmt::format("{}: cannot create a temporary file beside it: {}", path_, std::strerror(errno)));
  ::fchmod(fd, 0644);  // mkstemp makes it private; a roster or report is an ordinary file
  ::close(fd);
  temp_path_ = pattern;
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    std::remove(temp_path_.c_str());
    throw Error(fmt::format("{}: cannot write", path_));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    stream_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::commit() {
  stream_.flush();
  const bool ok = static_cast<bool>(stream_);
  stream_.close();
  if (!ok || stream_.fail()) {
    if (!direct_) std::remove(temp_path_.c_str());
    committed_ = true;
    throw Error(
        fmt::format("{}: cannot write (is the disk full?){}", path_, direct_ ? "" : "; the file was left as it was"));
  }
  if (direct_) {
    committed_ = true;
    return;
  }
  const int fd = ::open(temp_path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (!backup_suffix_.empty()) {
    struct stat info {};
    if (::stat(path_.c_str(), &info) == 0 && ::rename(path_.c_str(), (path_ + backup_suffix_).c_str()) != 0) {
      std::remove(temp_path_.c_str());
      committed_ = true;
      throw Error(fmt::format("{}: cannot keep a backup: {}", path_, std::strerror(errno)));
    }
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int saved = errno;
    std::remove(temp_path_.c_str());
    committed_ = true;
    throw Error(fmt::format("{}: cannot write: {}", path_, std::strerror(saved)));
  }
  committed_ = true;
}

void check_written(std::ostream& out, const std::string& name) {
  out.flush();
  if (!out) throw Error(fmt::format("{}: write failed (is the disk full or the pipe closed?)", name));
}

}  // namespace netgap
