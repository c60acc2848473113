#pragma once
// The lines of a vCard file, read from a BufferedInput one at a time. Used by
// src/read/import_vcard.cpp.

#include <cstddef>
#include <string>
#include <vector>

namespace netgap {
class BufferedInput;
}

namespace netgap::detail::vcard {

/// One logical line: a physical line with the folded lines after it joined on.
struct LogicalLine {
  std::string text;
  std::vector<std::size_t> folds;  ///< offsets in `text` where a folded line's text was joined on
  std::size_t line = 0;            ///< 1-based number of its first physical line
};

/// Reads a vCard file line by line. CRLF, LF, CR and the "\r\r\n" of some iOS exports all end a
/// physical line; a line that starts with a space or a tab is folded into the one before it.
/// Memory holds one logical line and the physical line after it.
class Lines {
 public:
  /// Reads from `input`, whose BOM the caller has skipped.
  explicit Lines(BufferedInput& input);

  /// Reads the next logical line into `out`, its folded lines joined without their first space
  /// or tab; false at the end of the input.
  bool next(LogicalLine& out);
  /// The physical line after the last one read, without reading it; nullptr at the end.
  const std::string* peek();
  /// Reads the line that peek() showed (which must not be nullptr).
  void consume() { has_next_ = false; }

 private:
  bool read_physical(std::string& line);
  void skip_line_end(char first);

  BufferedInput& input_;
  std::string next_;  // the physical line after the last one handed out, when has_next_
  bool has_next_ = false;
  std::size_t physical_lines_ = 0;  // physical lines read from the input so far
};

}  // namespace netgap::detail::vcard
