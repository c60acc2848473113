#include <netgap/util/input.hpp>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <netgap/util/error.hpp>

namespace netgap {
namespace {

class FdSource final : public ByteSource {
 public:
  FdSource(int fd, std::string name, bool owned, const struct stat* info)
      : fd_(fd), name_(std::move(name)), owned_(owned), regular_(info != nullptr && S_ISREG(info->st_mode)) {
    if (regular_) opened_ = *info;
  }
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }

  std::size_t read(char* buffer, std::size_t size) override {
    for (;;) {
      const ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno == EINTR) continue;
      throw Error(fmt::format("{}: cannot read: {}", name_, std::strerror(errno)));
    }
  }
  const std::string& name() const override { return name_; }
  bool rewind() override { return regular_ && ::lseek(fd_, 0, SEEK_SET) == 0; }
  [[nodiscard]] bool changed() const override {
    struct stat now {};
    if (!regular_ || ::fstat(fd_, &now) != 0) return false;
    return now.st_size != opened_.st_size || now.st_mtim.tv_sec != opened_.st_mtim.tv_sec ||
           now.st_mtim.tv_nsec != opened_.st_mtim.tv_nsec;
  }

 private:
  int fd_;
  std::string name_;
  bool owned_;
  bool regular_;           // a regular file can be read again from the start; a pipe or terminal cannot
  struct stat opened_ {};  // a regular file as it was opened
};

class MemorySource final : public ByteSource {
 public:
  MemorySource(std::string_view bytes, std::string name) : all_(bytes), bytes_(bytes), name_(std::move(name)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min(size, bytes_.size());
    std::memcpy(buffer, bytes_.data(), n);
    bytes_.remove_prefix(n);
    return n;
  }
  const std::string& name() const override { return name_; }
  bool rewind() override {
    bytes_ = all_;
    return true;
  }

 private:
  std::string_view all_;
  std::string_view bytes_;
  std::string name_;
};

class StreamSource final : public ByteSource {
 public:
  StreamSource(std::istream& stream, std::string name) : stream_(stream), name_(std::move(name)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    stream_.read(buffer, static_cast<std::streamsize>(size));
    if (stream_.bad()) throw Error(fmt::format("{}: cannot read", name_));
    return static_cast<std::size_t>(stream_.gcount());
  }
  const std::string& name() const override { return name_; }

 private:
  std::istream& stream_;
  std::string name_;
};

}  // namespace

std::unique_ptr<ByteSource> open_source(const std::string& path) {
  // Standard input is read once, as it comes, even when it is a regular file.
  if (path == "-") return std::make_unique<FdSource>(STDIN_FILENO, "<stdin>", false, nullptr);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  struct stat info {};
  const bool known = ::fstat(fd, &info) == 0;
  if (known && S_ISDIR(info.st_mode)) {
    ::close(fd);
    throw Error(fmt::format("{}: is a directory, not a file", path));
  }
  return std::make_unique<FdSource>(fd, path, true, known ? &info : nullptr);
}

std::unique_ptr<ByteSource> memory_source(std::string_view bytes, std::string name) {
  return std::make_unique<MemorySource>(bytes, std::move(name));
}

std::unique_ptr<ByteSource> stream_source(std::istream& stream, std::string name) {
  return std::make_unique<StreamSource>(stream, std::move(name));
}

std::string read_file(const std::string& path) {
  const auto source = open_source(path);
  std::string text;
  char buffer[1 << 16];
  while (const std::size_t n = source->read(buffer, sizeof buffer)) text.append(buffer, n);
  return text;
}

BufferedInput::BufferedInput(ByteSource& source, std::size_t buffer_size) : source_(source), buffer_(buffer_size) {}

bool BufferedInput::refill() {
  if (eof_) return false;
  // Remember where lines start before the bytes we drop, so that errors can still be placed.
  const char* const begin = buffer_.data();
  for (const char* at = begin;
       (at = static_cast<const char*>(std::memchr(at, '\n', end_ - static_cast<std::size_t>(at - begin)))) != nullptr;
       ++at) {
    ++lines_before_chunk_;
    line_start_before_ = chunk_offset_ + static_cast<std::uint64_t>(at - begin) + 1;
  }
  chunk_offset_ += end_;
  pos_ = 0;
  end_ = source_.read(buffer_.data(), buffer_.size());
  if (end_ == 0) eof_ = true;
  return end_ > 0;
}

std::string_view BufferedInput::head(std::size_t size) {
  size = std::min(size, buffer_.size());
  while (end_ < size && !eof_) {
    const std::size_t n = source_.read(buffer_.data() + end_, buffer_.size() - end_);
    if (n == 0) eof_ = true;
    end_ += n;
  }
  return {buffer_.data() + pos_, std::min(size, end_ - pos_)};
}

bool BufferedInput::skip_utf8_bom() {
  if (head(3) == "\xEF\xBB\xBF") {
    pos_ += 3;
    return true;
  }
  return false;
}

bool BufferedInput::rewind() {
  if (!source_.rewind()) return false;
  pos_ = 0;
  end_ = 0;
  eof_ = false;
  chunk_offset_ = 0;
  lines_before_chunk_ = 0;
  line_start_before_ = 0;
  return true;
}

TextPosition BufferedInput::locate(std::uint64_t at) const {
  std::size_t line = lines_before_chunk_ + 1;
  std::uint64_t line_start = line_start_before_;
  const std::size_t limit =
      at > chunk_offset_ ? static_cast<std::size_t>(std::min<std::uint64_t>(at - chunk_offset_, end_)) : 0;
  for (std::size_t i = 0; i < limit; ++i) {
    if (buffer_[i] == '\n') {
      ++line;
      line_start = chunk_offset_ + i + 1;
    }
  }
  return {line, static_cast<std::size_t>(at >= line_start ? at - line_start : 0) + 1};
}

}  // namespace netgap
