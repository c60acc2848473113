#pragma once
// The fast roster reader's parser: one contact, the owner or a string at a time, each a JSON text
// of its own, read with simdjson On-Demand. Every value is read with its type's getter (a lazy
// walk would accept a bad literal, number or escape in a value it skips), and the fields go
// through the same table as the reference reader's (read/roster_fields.*, read/contact_reader.*).
// Anything the reference reader would say something about makes a parse fail.

#include <netgap/model/roster.hpp>

#include <cstddef>
#include <memory>
#include <string_view>

namespace netgap::detail::json_roster {

class ContactReader;

/// Readable bytes past the end of a text the parser is given (simdjson's padding).
inline constexpr std::size_t parse_padding = 64;

/// Parses the pieces of a roster the structural split found. Each `text` must have
/// parse_padding readable bytes after it.
class ValueParser {
 public:
  ValueParser();
  ~ValueParser();
  ValueParser(const ValueParser&) = delete;
  ValueParser& operator=(const ValueParser&) = delete;

  /// Reads the array `text` of contacts, numbered from `first_index`, one at a time into `reader`,
  /// giving each to `visitor` (unless null) before reading the next; returns how many were read
  /// before the end or the first that is not valid JSON, or that the reference reader would
  /// report a problem or a warning about.
  std::size_t contacts(std::string_view text, std::size_t first_index, ContactReader& reader, RosterVisitor* visitor);
  /// Reads the owner object `text` into `owner`, as contacts() does a contact.
  bool owner(std::string_view text, Owner& owner);
  /// True when `text` is one valid JSON string.
  bool string(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace netgap::detail::json_roster
