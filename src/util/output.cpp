#include <netgap/util/output.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netgap/util/cleanup.hpp>
#include <netgap/util/error.hpp>

namespace netgap {
namespace {

std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

/// The permissions a new file gets from open(2) with 0666: what the umask leaves.
mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

void sync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::string follow_links(const std::string& path) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return current;
    std::string link(static_cast<std::size_t>(info.st_size > 0 ? info.st_size : 4096), '\0');
    const ssize_t n = ::readlink(current.c_str(), link.data(), link.size());
    if (n < 0) throw Error(fmt::format("{}: cannot read the link: {}", path, std::strerror(errno)));
    link.resize(static_cast<std::size_t>(n));
    current = link.front() == '/' ? link : directory_of(current) + "/" + link;
  }
  throw Error(fmt::format("{}: too many levels of symbolic links", path));
}

void refuse_read_only(const std::string& path) {
  struct stat info {};
  if (::stat(follow_links(path).c_str(), &info) != 0 || !S_ISREG(info.st_mode) || (info.st_mode & 0222) != 0) return;
  throw Error(fmt::format("{}: is read-only (mode {:04o}); make it writable (chmod u+w) to let netgap change it", path,
                          info.st_mode & 07777));
}

namespace {

/// True for a name of one of the process's open descriptors: /dev/stdout, /dev/stderr,
/// /dev/fd/N, /proc/self/fd/N. Through their links they lead to whatever the descriptor is
/// (a file opened by the shell with >>, a pipe), which is written as such, never replaced.
bool names_a_descriptor(const std::string& path) {
  if (path == "/dev/stdout" || path == "/dev/stderr") return true;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
        path.find_first_not_of("0123456789", prefix.size()) == std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

AtomicFile::AtomicFile(std::string path, bool overwrite) : path_(std::move(path)), target_(follow_links(path_)) {
  if (names_a_descriptor(path_)) {
    // `-o /dev/stdout >> log.txt` renamed a new file over log.txt, losing what it held; appended
    // to, it gets what the shell asked for (a '>' redirection has already emptied the file).
    direct_ = true;
    stream_.open(path_, std::ios::binary | std::ios::app);
    if (!stream_) throw Error(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
    return;
  }
  mode_t mode = new_file_mode();
  struct stat info {};
  if (::stat(target_.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) throw Error(fmt::format("{}: is a directory", path_));
    if (!overwrite) throw Error(fmt::format("{}: already exists; use --force to overwrite it", path_));
    refuse_read_only(path_);
    if (!S_ISREG(info.st_mode)) {
      // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming a
      // temporary file over it would replace the device itself.
      direct_ = true;
      stream_.open(target_, std::ios::binary);
      if (!stream_) throw Error(fmt::format("{}: cannot write", path_));
      return;
    }
    mode = info.st_mode & 07777;
  }
  std::string pattern = target_ + ".tmp-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw Error(fmt::format("{}: cannot create a temporary file beside it: {}", path_, std::strerror(errno)));
  temp_path_ = pattern;
  cleanup_ticket_ = remove_on_signal(temp_path_);
  ::fchmod(fd, mode);  // mkstemp makes it private; the file keeps the mode it had, or the umask's
  ::close(fd);
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    const int saved = errno;
    discard();
    throw Error(fmt::format("{}: cannot write its temporary file {}: {}", path_, temp_path_, std::strerror(saved)));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    stream_.close();
    discard();
  }
}

void AtomicFile::discard() {
  std::remove(temp_path_.c_str());
  release_on_signal(cleanup_ticket_);
  cleanup_ticket_ = 0;
}

void AtomicFile::make_backup() {
  // The backup is a second name for the old file, made before the new one replaces it, so that
  // at no moment is there no file under the target's name.
  const std::string backup = target_ + backup_suffix_;
  const std::string staged = backup + ".tmp";
  std::remove(staged.c_str());
  if (::link(target_.c_str(), staged.c_str()) != 0 || ::rename(staged.c_str(), backup.c_str()) != 0) {
    const int saved = errno;
    std::remove(staged.c_str());
    throw Error(fmt::format("{}: cannot keep a backup as {}: {}", path_, backup, std::strerror(saved)));
  }
}

void AtomicFile::commit() {
  stream_.flush();
  const bool ok = static_cast<bool>(stream_);
  stream_.close();
  committed_ = true;
  if (!ok || stream_.fail()) {
    if (!direct_) discard();
    throw Error(
        fmt::format("{}: cannot write (is the disk full?){}", path_, direct_ ? "" : "; the file was left as it was"));
  }
  if (direct_) return;
  sync_path(temp_path_, O_RDONLY);
  try {
    struct stat info {};
    if (!backup_suffix_.empty() && ::stat(target_.c_str(), &info) == 0) make_backup();
  } catch (...) {
    discard();
    throw;
  }
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0) {
    const int saved = errno;
    discard();
    throw Error(fmt::format("{}: cannot write: {}", path_, std::strerror(saved)));
  }
  release_on_signal(cleanup_ticket_);
  cleanup_ticket_ = 0;
  sync_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

void check_written(std::ostream& out, const std::string& name) {
  out.flush();
  if (!out) throw Error(fmt::format("{}: write failed (is the disk full or the pipe closed?)", name));
}

FileLock::FileLock(const std::string& path, const std::function<void()>& on_wait) {
  // The lock is on the file itself. A writer replaces the file by renaming a new one over it, so
  // whoever waited on the old file finds, once it has the lock, that the name points elsewhere,
  // and locks the new file instead. A file that does not exist yet: its directory is locked.
  const std::string target = follow_links(path);
  for (;;) {
    std::string locked = target;
    fd_ = ::open(target.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0 && errno == ENOENT) {
      locked = directory_of(target);
      fd_ = ::open(locked.c_str(), O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    }
    if (fd_ < 0) throw Error(fmt::format("{}: cannot open to lock it: {}", path, std::strerror(errno)));
    if (on_wait && ::flock(fd_, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) on_wait();
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      ::close(fd_);
      throw Error(fmt::format("{}: cannot lock it: {}", path, std::strerror(saved)));
    }
    struct stat held {};
    struct stat now {};
    if (::fstat(fd_, &held) == 0 && ::stat(locked.c_str(), &now) == 0 && held.st_dev == now.st_dev &&
        held.st_ino == now.st_ino && (locked == target || ::access(target.c_str(), F_OK) != 0)) {
      return;
    }
    ::close(fd_);  // replaced (or created) while we waited: lock what is there now
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace netgap
