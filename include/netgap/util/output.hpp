#pragma once
// Writing files so that a reader never sees half of one and nothing a user had is lost.

#include <fstream>
#include <functional>
#include <string>

namespace netgap {

/// A file written whole or not at all: the text goes to a temporary file beside the target,
/// which replaces the target only on commit(). Without commit() nothing is left behind, even when
/// SIGINT, SIGTERM or SIGHUP interrupts the run. An existing target keeps its permissions (a new
/// one gets the umask's); a target that is a symbolic link is written through to the file it
/// names; a target that is a device or a pipe is written in place.
class AtomicFile {
 public:
  /// Throws Error when `path` exists and `overwrite` is false, or the temporary file cannot be made.
  AtomicFile(std::string path, bool overwrite);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Where to write.
  std::ostream& stream() { return stream_; }
  /// Before commit: keep the content being replaced as `path + suffix` (the link's target's path
  /// for a symbolic link).
  void keep_backup(std::string suffix) { backup_suffix_ = std::move(suffix); }
  /// Flushes, syncs and renames into place; throws Error (disk full, ...) and leaves no file.
  void commit();

 private:
  void make_backup();
  void discard();

  std::string path_;    // as the user named it, for messages
  std::string target_;  // the file that is replaced: path_ with symbolic links followed
  std::string temp_path_;
  std::string backup_suffix_;
  std::ofstream stream_;
  std::size_t cleanup_ticket_ = 0;
  bool committed_ = false;
  bool direct_ = false;  ///< the target is a device or pipe, written in place
};

/// Flushes `out` and throws Error naming `name` when anything written to it was lost (a full
/// disk, a closed pipe).
void check_written(std::ostream& out, const std::string& name);

/// `path` with every symbolic link along its last component followed, even when the final target
/// does not exist yet; throws Error on a loop.
std::string follow_links(const std::string& path);

/// Throws Error when `path` (through its links) is a regular file without a write bit: renaming
/// over it would succeed (the directory decides), but the user made it read-only.
void refuse_read_only(const std::string& path);

/// An exclusive lock held while it lives, so that netgap processes rewriting the same file take
/// turns: flock(2) on the file (after following links), or on its directory while the file does
/// not exist. Waits for the lock; leaves no file behind.
class FileLock {
 public:
  /// Throws Error when the lock file cannot be created or locked. `on_wait`, when given, is called
  /// once if another process holds the lock, before waiting for it (to say why nothing happens).
  explicit FileLock(const std::string& path, const std::function<void()>& on_wait = {});
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace netgap
