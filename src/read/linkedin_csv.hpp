#pragma once
// What the LinkedIn evidence files share: headers matched without case or spaces, their
// timestamps, file names without numeric suffixes, and the loop over their records.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {
struct EvidenceFile;
class EvidenceSink;
}  // namespace netgap

namespace netgap::detail {

/// The columns of a header, found by name without case, spaces or underscores
/// ("SENDER PROFILE URL", "senderProfileUrl" and "sender_profile_url" are one name).
class Columns {
 public:
  explicit Columns(const std::vector<std::string>& header);

  /// True when every name is a column.
  [[nodiscard]] bool has_all(std::initializer_list<std::string_view> names) const;
  /// The position of a column, if there is one.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const;
  /// The trimmed cell of column `name` in `record`; empty when either is missing.
  [[nodiscard]] std::string_view get(const std::vector<std::string>& record, std::string_view name) const;
  /// How many columns the header has.
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  std::vector<std::string> keys_;
};

/// The header of a CSV that starts with `head` (BOM skipped), if `head` holds one.
std::optional<Columns> head_columns(std::string_view head);

/// "messages" for "messages.csv", "Messages_2.csv" or "comments" for "Comments_48213377.csv".
std::string file_stem(std::string_view base_name);

/// "2024-03-05 17:22:10 UTC" or "2024/03/05 17:22:10 UTC" (no zone: UTC) as seconds since 1970.
std::optional<std::int64_t> parse_utc_timestamp(std::string_view text);

/// Reads the header, then calls `row` for each record (blank lines are no records) with its line.
/// A record over CsvReader's cap, or with more or fewer fields than the header (its cells would
/// not be where the header says), is not handed to `row`: it is counted and ignored on `sink`
/// with its reason (or skipped, when `sink` is null: a first pass over the file). Throws Error for
/// a file without a header or a quoted field that never ends.
void for_each_row(EvidenceFile& file, EvidenceSink* sink,
                  const std::function<void(const Columns&, const std::vector<std::string>&, std::size_t)>& row);

/// Counts every record of a file as ignored for `reason` (a look-alike file, one of unknown use).
void ignore_all_rows(EvidenceFile& file, EvidenceSink& sink, std::string_view reason);

}  // namespace netgap::detail
