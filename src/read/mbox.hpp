#pragma once
// An mbox split into messages by its "From " separator lines, keeping each message's header
// block and skipping its body unread; memory holds one header block, whatever the mailbox size.

#include <cstddef>
#include <string>

namespace netgap {
class BufferedInput;
}

namespace netgap::detail {

/// Reads the messages of an mbox (mboxo or mboxrd: a separator is the file's first line, or a
/// line "From sender date" after an empty line whose date has a time and a four-digit year;
/// quoted ">From " lines and other lines starting "From " are body).
class MboxReader {
 public:
  /// Reads from `input`, which must start with a separator line.
  explicit MboxReader(BufferedInput& input) : input_(input) {}

  /// The next message's header block, as written (folded lines and line ends kept); false at
  /// the end. A block longer than `max_header_bytes` is cut there (see `cut()`).
  bool next(std::string& headers);
  /// The line of the message's separator, 1-based.
  [[nodiscard]] std::size_t line() const { return message_line_; }
  /// True when the last header block was longer than `max_header_bytes`.
  [[nodiscard]] bool cut() const { return cut_; }

  static constexpr std::size_t max_header_bytes = 1 << 20;

 private:
  bool find_separator();
  void read_rest_of_line(std::string& rest);
  void read_headers(std::string& headers);

  BufferedInput& input_;
  std::size_t line_ = 1;  // the line of the next byte
  std::size_t message_line_ = 0;
  bool previous_blank_ = true;  // the start of the file counts as after an empty line
  bool cut_ = false;
};

}  // namespace netgap::detail
