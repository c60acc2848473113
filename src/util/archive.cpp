#include <netgap/util/archive.hpp>

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <zlib.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

constexpr int max_depth = 16;  // folders nested deeper are a loop of links, not an export

/// How a gzip file starts.
constexpr std::string_view gzip_magic("\x1f\x8b", 2);

/// The first bytes of `source`, up to the size of `head` (enough for a tar header's "ustar").
template <std::size_t size>
std::string_view read_head(ByteSource& source, char (&head)[size]) {
  std::size_t got = 0;
  for (std::size_t n; got < size && (n = source.read(head + got, size - got)) > 0;) got += n;
  return std::string_view(head, got);
}

/// A gzip file, decompressed with zlib, which checks every member's CRC-32 and length: libarchive's
/// gzip filter does not, and read a damaged file as good text. Members one after another are one
/// stream, as gzip -d reads them; bytes after the last member that start no member are ignored,
/// as gzip -d ignores them (zero padding, most often).
class GzipSource final : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> file, std::string name) : file_(std::move(file)), name_(std::move(name)) {
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) throw std::bad_alloc();
  }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;
  ~GzipSource() override { inflateEnd(&stream_); }

  std::size_t read(char* buffer, std::size_t size) override {
    const auto room = static_cast<uInt>(std::min<std::size_t>(size, 1U << 30));
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = room;
    while (stream_.avail_out == room && !done_) {
      if (stream_.avail_in == 0) {
        const std::size_t n = file_->read(input_, sizeof input_);
        if (n == 0) {
          if (in_member_) fail("it ends in the middle of its data (a download or copy cut short?)");
          done_ = true;
          break;
        }
        stream_.next_in = reinterpret_cast<Bytef*>(input_);
        stream_.avail_in = static_cast<uInt>(n);
      }
      if (!in_member_ && members_ > 0 && !next_member_starts()) {
        done_ = true;  // after the last member: padding or other bytes, not gzip data
        break;
      }
      in_member_ = true;
      const int status = inflate(&stream_, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        in_member_ = false;
        ++members_;
        inflateReset(&stream_);
      } else if (status != Z_OK && status != Z_BUF_ERROR) {
        fail(reason(stream_.msg));
      }
    }
    return room - stream_.avail_out;
  }
  [[nodiscard]] const std::string& name() const override { return name_; }

 private:
  /// After a member, with input to look at: whether it starts another, by gzip's two magic bytes
  /// (which may straddle two reads). A lone first byte at the end of the file starts one, cut
  /// short, as gzip -d says too.
  bool next_member_starts() {
    if (static_cast<char>(stream_.next_in[0]) != gzip_magic[0]) return false;
    if (stream_.avail_in == 1) {
      input_[0] = gzip_magic[0];
      const std::size_t n = file_->read(input_ + 1, sizeof input_ - 1);
      stream_.next_in = reinterpret_cast<Bytef*>(input_);
      stream_.avail_in = static_cast<uInt>(n + 1);
      if (n == 0) return true;
    }
    return static_cast<char>(stream_.next_in[1]) == gzip_magic[1];
  }

  /// zlib's words for a member whose trailer does not match, in ours; its own otherwise.
  static std::string_view reason(const char* message) {
    const std::string_view m = message != nullptr ? message : "not gzip data";
    if (m == "incorrect data check") return "its CRC-32 does not match its data";
    if (m == "incorrect length check") return "its length does not match its data";
    return m;
  }
  [[noreturn]] void fail(std::string_view why) const {
    throw Error(fmt::format("{}: damaged gzip file: {}", name_, why));
  }

  std::unique_ptr<ByteSource> file_;
  std::string name_;
  z_stream stream_{};
  char input_[1 << 16];
  bool in_member_ = false;
  bool done_ = false;
  std::size_t members_ = 0;
};

/// Whether the file at `path` starts with gzip's magic bytes.
bool is_gzip(const std::string& path) {
  char head[2];
  return read_head(*open_source(path), head) == gzip_magic;
}

/// An open libarchive reader, freed however the reading ends.
class ArchiveHandle {
 public:
  /// Opens `path` for zip, tar and (when `raw`) a single compressed file; throws Error. A
  /// gzip-compressed archive (.tar.gz) is decompressed by a GzipSource, whose checks libarchive's
  /// gzip filter does not make, and handed to libarchive as it reads.
  ArchiveHandle(const std::string& path, const std::string& shown, bool raw)
      : archive_(archive_read_new()), shown_(shown) {
    if (archive_ == nullptr) throw std::bad_alloc();
    archive_read_support_filter_all(archive_);
    archive_read_support_format_zip(archive_);
    archive_read_support_format_tar(archive_);
    if (raw) archive_read_support_format_raw(archive_);
    if (!raw && is_gzip(path)) {
      gzip_ = std::make_unique<GzipSource>(open_source(path), shown);
      block_.resize(1 << 16);
      if (archive_read_open(archive_, this, nullptr, &ArchiveHandle::read_gzip, nullptr) != ARCHIVE_OK) {
        fail("cannot open");
      }
    } else if (archive_read_open_filename(archive_, path.c_str(), 1 << 16) != ARCHIVE_OK) {
      fail("cannot open");
    }
  }
  ArchiveHandle(const ArchiveHandle&) = delete;
  ArchiveHandle& operator=(const ArchiveHandle&) = delete;
  ~ArchiveHandle() { archive_read_free(archive_); }

  /// The next entry, or nullptr at the end; throws Error for a damaged archive.
  archive_entry* next() {
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(archive_, &entry);
    if (status == ARCHIVE_EOF) return nullptr;
    if (status < ARCHIVE_WARN) fail("damaged archive");
    return entry;
  }
  [[nodiscard]] bool is_raw() const { return archive_format(archive_) == ARCHIVE_FORMAT_RAW; }
  /// The name errors give from now on (a reader reused for a later member).
  void rename(std::string shown) { shown_ = std::move(shown); }

  std::size_t read(char* buffer, std::size_t size) {
    const la_ssize_t n = archive_read_data(archive_, buffer, size);
    if (n < 0) fail("cannot read");
    return static_cast<std::size_t>(n);
  }

  [[noreturn]] void fail(const char* what) const {
    if (gzip_error_) std::rethrow_exception(gzip_error_);  // the gzip layer's own message
    const char* detail = archive_error_string(archive_);
    throw Error(fmt::format("{}: {}: {}", shown_, what, detail != nullptr ? detail : "unknown error"));
  }

 private:
  /// libarchive's read callback over the GzipSource: an exception must not cross libarchive's C
  /// code, so it is kept for fail() to throw.
  static la_ssize_t read_gzip(archive* reader, void* self, const void** buffer) {
    auto& handle = *static_cast<ArchiveHandle*>(self);
    try {
      *buffer = handle.block_.data();
      return static_cast<la_ssize_t>(handle.gzip_->read(handle.block_.data(), handle.block_.size()));
    } catch (...) {
      handle.gzip_error_ = std::current_exception();
      archive_set_error(reader, EIO, "damaged gzip data");
      return -1;
    }
  }

  archive* archive_;
  std::string shown_;
  std::unique_ptr<GzipSource> gzip_;  // a .tar.gz's decompressed bytes
  std::vector<char> block_;
  std::exception_ptr gzip_error_;
};

}  // namespace

struct FileSet::Cursor {
  std::unique_ptr<ArchiveHandle> handle;
  std::string path;
  std::size_t entry = 0;  // the entry whose header `handle` read last
};

namespace {

/// The bytes of one archive member (or of a compressed file), decompressed as they are read; the
/// reader goes back to `cursor` when done, for the next member.
class ArchiveSource final : public ByteSource {
 public:
  ArchiveSource(std::unique_ptr<ArchiveHandle> handle, std::string path, std::string name, std::size_t entry,
                std::shared_ptr<FileSet::Cursor> cursor)
      : handle_(std::move(handle)),
        path_(std::move(path)),
        name_(std::move(name)),
        entry_(entry),
        cursor_(std::move(cursor)) {}
  ArchiveSource(const ArchiveSource&) = delete;
  ArchiveSource& operator=(const ArchiveSource&) = delete;
  ~ArchiveSource() override {
    if (cursor_ == nullptr) return;
    cursor_->handle = std::move(handle_);
    cursor_->path = path_;
    cursor_->entry = entry_;
  }
  std::size_t read(char* buffer, std::size_t size) override { return handle_->read(buffer, size); }
  const std::string& name() const override { return name_; }

 private:
  std::unique_ptr<ArchiveHandle> handle_;
  std::string path_;
  std::string name_;
  std::size_t entry_;
  std::shared_ptr<FileSet::Cursor> cursor_;
};

enum class Magic { plain, gzip, compressed, archive };  // compressed: bzip2, xz or zstd

bool is_archive(std::string_view bytes) {
  for (const std::string_view zip : {std::string_view("PK\x03\x04", 4), std::string_view("PK\x05\x06", 4)}) {
    if (starts_with(bytes, zip)) return true;
  }
  return bytes.size() >= 262 && bytes.substr(257, 5) == "ustar";
}

bool is_compressed(std::string_view bytes) {
  for (const std::string_view packed : {gzip_magic, std::string_view("BZh", 3),
                                        std::string_view("\xfd"
                                                         "7zXZ\0",
                                                         6),
                                        std::string_view("\x28\xb5\x2f\xfd", 4)}) {
    if (starts_with(bytes, packed)) return true;
  }
  return false;
}

Magic sniff(const std::string& path) {
  char head[512];
  const std::string_view bytes = read_head(*open_source(path), head);
  if (is_archive(bytes)) return Magic::archive;
  if (starts_with(bytes, gzip_magic)) return Magic::gzip;
  return is_compressed(bytes) ? Magic::compressed : Magic::plain;
}

/// Whether the first bytes `source` gives are those of a tar or zip archive.
bool holds_archive(ByteSource&& source) {
  char head[512];
  return is_archive(read_head(source, head));
}

std::string base_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string without_compression_suffix(std::string name) {
  for (const std::string_view suffix : {".gz", ".bz2", ".xz", ".zst"}) {
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      name.erase(name.size() - suffix.size());
      break;
    }
  }
  return name;
}

/// Names a folder holds, sorted; hidden files and macOS resource forks are no one's evidence.
std::vector<std::string> folder_entries(const std::string& path) {
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) throw Error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.empty() || name[0] == '.' || name == "__MACOSX") continue;
    names.push_back(name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

bool is_hidden_member(const std::string& path) {
  return starts_with(base_of(path), ".") || path.find("__MACOSX/") != std::string::npos;
}

}  // namespace

bool looks_packed(std::string_view head) { return is_archive(head) || is_compressed(head); }

FileSet::FileSet(const std::string& path) : cursor_(std::make_shared<Cursor>()) { add_path(path, path, 0); }

void FileSet::add_path(const std::string& path, const std::string& shown, int depth) {
  if (path == "-" && depth == 0) {
    members_.push_back({Kind::plain, path, "<stdin>", "<stdin>", 0});
    return;
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (depth > 0 && errno == ENOENT) return;  // a broken link inside a folder: nothing to read
    throw Error(fmt::format("{}: cannot open: {}", shown, std::strerror(errno)));
  }
  struct stat link {};
  if (depth > 0 && S_ISDIR(info.st_mode) && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    return;  // a link to a folder inside a folder is not followed: it may lead outside, or in a circle
  }
  if (S_ISDIR(info.st_mode)) {
    single_ = false;
    if (depth >= max_depth) throw Error(fmt::format("{}: folders nested more than {} deep", shown, max_depth));
    for (const auto& name : folder_entries(path)) add_path(path + "/" + name, shown + "/" + name, depth + 1);
    return;
  }
  if (!S_ISREG(info.st_mode)) {
    if (depth == 0) {  // a pipe or a device named on the command line is read as it is
      members_.push_back({Kind::plain, path, shown, base_of(path), 0});
    }
    return;
  }
  switch (sniff(path)) {
    case Magic::plain:
      members_.push_back({Kind::plain, path, shown, base_of(path), 0});
      return;
    case Magic::gzip:  // zlib, not libarchive, looks inside: it checks what it reads (GzipSource)
      if (holds_archive(GzipSource(open_source(path), shown))) {
        add_archive(path, shown);  // a .tar.gz
      } else {
        members_.push_back({Kind::compressed, path, shown, without_compression_suffix(base_of(path)), 0});
      }
      return;
    case Magic::compressed: {
      ArchiveHandle handle(path, shown, true);
      if (handle.next() != nullptr && handle.is_raw()) {
        members_.push_back({Kind::compressed, path, shown, without_compression_suffix(base_of(path)), 0});
        return;
      }
      add_archive(path, shown);  // a .tar.gz
      return;
    }
    case Magic::archive:
      add_archive(path, shown);
      return;
  }
}

void FileSet::add_archive(const std::string& path, const std::string& shown) {
  single_ = false;
  ArchiveHandle handle(path, shown, false);
  std::size_t index = 0;
  for (archive_entry* entry = handle.next(); entry != nullptr; entry = handle.next(), ++index) {
    const char* member = archive_entry_pathname_utf8(entry);
    if (member == nullptr) member = archive_entry_pathname(entry);
    if (member == nullptr || archive_entry_filetype(entry) != AE_IFREG || is_hidden_member(member)) continue;
    members_.push_back({Kind::archived, path, shown + "/" + member, base_of(member), index});
  }
}

std::unique_ptr<ByteSource> FileSet::open(std::size_t i) const {
  const Member& member = members_[i];
  switch (member.kind) {
    case Kind::plain:
      return open_source(member.path);
    case Kind::compressed: {
      if (is_gzip(member.path)) return std::make_unique<GzipSource>(open_source(member.path), member.name);
      auto handle = std::make_unique<ArchiveHandle>(member.path, member.name, true);
      if (handle->next() == nullptr) throw Error(fmt::format("{}: no longer readable", member.name));
      return std::make_unique<ArchiveSource>(std::move(handle), member.path, member.name, 0, nullptr);
    }
    case Kind::archived: {
      // Go on from the member read before when it comes earlier in the same archive, else start over.
      std::unique_ptr<ArchiveHandle> handle;
      std::size_t at = 0;  // entries whose headers `handle` has read
      if (cursor_->handle != nullptr && cursor_->path == member.path && cursor_->entry < member.entry) {
        handle = std::move(cursor_->handle);
        at = cursor_->entry + 1;
      } else {
        handle = std::make_unique<ArchiveHandle>(member.path, member.name, false);
      }
      handle->rename(member.name);
      for (; at <= member.entry; ++at) {
        if (handle->next() == nullptr) throw Error(fmt::format("{}: no longer in the archive", member.name));
      }
      return std::make_unique<ArchiveSource>(std::move(handle), member.path, member.name, member.entry, cursor_);
    }
  }
  return open_source(member.path);
}

}  // namespace netgap
