#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// A 1-based line and column in a text input.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Where bytes come from: a file, standard input, a stream or memory.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Reads up to `size` bytes into `buffer`; returns 0 at the end. Throws Error on I/O errors.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
  /// The name used in messages ("roster.json", "<stdin>").
  [[nodiscard]] virtual const std::string& name() const = 0;
  /// Goes back to the first byte; false when the source cannot (a pipe, a terminal, standard input).
  virtual bool rewind() { return false; }
  /// True when the file is no longer as it was opened (its size or modification time changed):
  /// something wrote to it while it was being read. False for what cannot tell.
  [[nodiscard]] virtual bool changed() const { return false; }
};

/// Opens a path, or standard input for "-". Throws Error naming the path when it is missing,
/// a directory or unreadable.
std::unique_ptr<ByteSource> open_source(const std::string& path);

/// Bytes held in memory (tests, embedded data).
std::unique_ptr<ByteSource> memory_source(std::string_view bytes, std::string name);

/// Bytes from a C++ stream (the CLI's standard input in in-process tests).
std::unique_ptr<ByteSource> stream_source(std::istream& stream, std::string name);

/// Reads a whole file (or "-") into memory; throws Error.
std::string read_file(const std::string& path);

/// Buffered reading over a ByteSource, with a look at the first bytes before reading starts and
/// the line and column of any byte read so far. Memory stays at one buffer, whatever the size.
class BufferedInput {
 public:
  explicit BufferedInput(ByteSource& source, std::size_t buffer_size = 1 << 16);

  /// Up to `size` bytes from the start of the input, without consuming them. Only valid before
  /// anything was consumed.
  std::string_view head(std::size_t size);
  /// Skips a UTF-8 byte-order mark at the very start; true when there was one.
  bool skip_utf8_bom();

  /// True at the end of the input (refills the buffer when needed).
  bool at_end() { return pos_ == end_ && !refill(); }
  /// The next byte; call only when !at_end().
  char peek() const { return buffer_[pos_]; }
  /// Consumes the next byte; call only when !at_end().
  char next() { return buffer_[pos_++]; }
  /// The bytes buffered from the current position on (at least one unless at_end()).
  std::string_view available() const { return {buffer_.data() + pos_, end_ - pos_}; }
  /// Consumes `count` of the available bytes.
  void consume(std::size_t count) { pos_ += count; }

  /// Bytes consumed so far.
  [[nodiscard]] std::uint64_t offset() const { return chunk_offset_ + pos_; }
  /// 1-based line and column of the byte at `offset` (which must be in the current buffer or
  /// just past it); used to place errors.
  [[nodiscard]] TextPosition locate(std::uint64_t offset) const;

  [[nodiscard]] const std::string& name() const { return source_.name(); }

  /// Goes back to the first byte of the input, as if nothing was read; false (and nothing
  /// changes) when the source cannot.
  bool rewind();
  /// The source under the buffer, for a reader that takes bytes in blocks of its own (it calls
  /// rewind() before and after).
  [[nodiscard]] ByteSource& source() { return source_; }

 private:
  bool refill();

  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::uint64_t chunk_offset_ = 0;       // offset of buffer_[0] in the input
  std::size_t lines_before_chunk_ = 0;   // newlines before buffer_[0]
  std::uint64_t line_start_before_ = 0;  // offset just after the last newline before buffer_[0]
};

}  // namespace netgap
