#pragma once

#include <fstream>
#include <string>

namespace netgap {

/// A file written whole or not at all: the text goes to a temporary file beside the target,
/// which replaces the target only on commit(). Without commit() nothing is left behind.
/// A target that is a device or a pipe is written in place.
class AtomicFile {
 public:
  /// Throws Error when `path` exists and `overwrite` is false, or the temporary file cannot be made.
  AtomicFile(std::string path, bool overwrite);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Where to write.
  std::ostream& stream() { return stream_; }
  /// Flushes, syncs and renames into place; throws Error (disk full, ...) and leaves no file.
  void commit();
  /// Before commit: keep the file being replaced as `path + suffix`.
  void keep_backup(std::string suffix) { backup_suffix_ = std::move(suffix); }

 private:
  std::string path_;
  std::string temp_path_;
  std::string backup_suffix_;
  bool overwrite_;
  std::ofstream stream_;
  bool committed_ = false;
  bool direct_ = false;  ///< the target is a device or pipe, written in place
};

/// Flushes `out` and throws Error naming `name` when anything written to it was lost (a full
/// disk, a closed pipe).
void check_written(std::ostream& out, const std::string& name);

}  // namespace netgap
