#pragma once
// The files a path holds: the file itself, every file under a folder, or the members of a zip or
// tar archive; gzip, bzip2 and xz are decompressed while reading. libarchive stays in the .cpp.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class ByteSource;

/// Whether the first bytes of a file are those of a zip, tar, gzip, bzip2, xz or zstd file.
bool looks_packed(std::string_view head);

/// The files of one path, listed once and each opened (again, from its start) on demand.
class FileSet {
 public:
  /// Lists `path`; throws Error when it is missing, unreadable or a damaged archive. Inside a
  /// folder, links to files are followed, links to folders and broken links are not.
  explicit FileSet(const std::string& path);

  /// How many files there are.
  [[nodiscard]] std::size_t size() const { return members_.size(); }
  /// How messages name file `i`: the path, "dir/sub/messages.csv" or "export.zip/messages.csv".
  [[nodiscard]] const std::string& name(std::size_t i) const { return members_[i].name; }
  /// The file's own name without folders or a compression suffix ("mail.mbox" for "mail.mbox.gz").
  [[nodiscard]] const std::string& base_name(std::size_t i) const { return members_[i].base_name; }
  /// True when the path is one file, not a folder or an archive.
  [[nodiscard]] bool single() const { return single_; }
  /// Opens file `i` from its start, decompressing as it reads; throws Error.
  [[nodiscard]] std::unique_ptr<ByteSource> open(std::size_t i) const;

  /// An archive reader left after the member last read, so that opening the members in order
  /// reads the archive once rather than from its start for each (quadratic in its entries);
  /// defined in archive.cpp.
  struct Cursor;

 private:
  enum class Kind { plain, compressed, archived };
  struct Member {
    Kind kind = Kind::plain;
    std::string path;  // the file on disk (the archive, for a member of one)
    std::string name;
    std::string base_name;
    std::size_t entry = 0;  // the member's position among the archive's entries
  };

  void add_path(const std::string& path, const std::string& shown, int depth);
  void add_archive(const std::string& path, const std::string& shown);

  std::vector<Member> members_;
  bool single_ = true;
  std::shared_ptr<Cursor> cursor_;  // shared with the open member, which hands the reader back
};

}  // namespace netgap
