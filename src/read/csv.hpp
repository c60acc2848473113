#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace netgap {

class BufferedInput;

/// Reads RFC 4180 CSV one record at a time: quoted commas, doubled quotes, line breaks inside
/// quotes (kept as written), CRLF or LF, a last line without a newline. Memory holds one record.
class CsvReader {
 public:
  /// Reads from `input`, whose BOM the caller has skipped.
  explicit CsvReader(BufferedInput& input);

  /// Reads the next record into `fields`; false at the end of the input. A blank line is a
  /// record of one empty field. Throws Error for a quoted field that never ends.
  bool next(std::vector<std::string>& fields);

  /// The line on which the record last read starts (1-based).
  [[nodiscard]] std::size_t line() const { return record_line_; }

 private:
  BufferedInput& input_;
  std::size_t line_ = 1;
  std::size_t record_line_ = 0;
};

/// Splits text (a whole small CSV) into records; for tests and detection. Never throws: an
/// unterminated quote ends at the end of the text.
std::vector<std::vector<std::string>> parse_csv_text(std::string_view text);

}  // namespace netgap
