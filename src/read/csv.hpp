#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class BufferedInput;

/// Reads RFC 4180 CSV one record at a time: quoted commas, doubled quotes, line breaks inside
/// quotes (kept as written), CRLF or LF, a last line without a newline. Memory holds one record,
/// of at most `max_record_bytes`.
class CsvReader {
 public:
  /// Reads from `input`, whose BOM the caller has skipped.
  explicit CsvReader(BufferedInput& input);

  /// Reads the next record into `fields`; false at the end of the input. A blank line is a
  /// record of one empty field. Throws Error for a quoted field that never ends (`fields` then
  /// holds the record up to there). The strings of `fields` are reused from record to record, so
  /// that fields longer than a short string's 15 bytes are not allocated anew for every record.
  bool next(std::vector<std::string>& fields);

  /// The line on which the record last read starts (1-based).
  [[nodiscard]] std::size_t line() const { return record_line_; }

  /// True when the record last read was longer than `max_record_bytes`: it was read to its end,
  /// but its fields hold only what came before the cap, so the caller must not use it.
  [[nodiscard]] bool cut() const { return cut_; }

  static constexpr std::size_t max_record_bytes = 1 << 20;

 private:
  void keep(std::string& field, std::string_view text);
  void next_field(std::vector<std::string>& fields);
  void open_field(std::vector<std::string>& fields);

  BufferedInput& input_;
  std::size_t count_ = 0;  // fields of the record being read; `fields` may hold more, from before
  std::size_t bytes_ = 0;  // of the record being read: its fields' bytes, one per separator
  bool cut_ = false;
  std::size_t line_ = 1;
  std::size_t record_line_ = 0;
};

/// Splits text (a whole small CSV) into records; for tests and detection. Never throws: an
/// unterminated quote ends at the end of the text.
std::vector<std::vector<std::string>> parse_csv_text(std::string_view text);

}  // namespace netgap
