#pragma once
// Output held back until it is known to be complete, in flat memory however large it grows.

#include <cstddef>
#include <memory>
#include <ostream>

namespace netgap {

/// A stream whose text is kept until copy_to(): the first `memory_limit` bytes in memory, the
/// rest in an unlinked temporary file (in TMPDIR, else /tmp), so that a command can write its
/// whole output to standard output only once it has succeeded.
class Spool {
 public:
  /// The temporary file is made only when the text outgrows `memory_limit`.
  explicit Spool(std::size_t memory_limit = std::size_t{1} << 20);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  /// Where to write.
  std::ostream& stream();
  /// Writes everything written so far to `out`. Throws Error when the temporary file cannot be
  /// made, written or read back.
  void copy_to(std::ostream& out);

 private:
  class Buffer;
  std::unique_ptr<Buffer> buffer_;
  std::ostream stream_;
};

}  // namespace netgap
