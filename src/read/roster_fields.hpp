#pragma once
// The fields of a JSON roster as data: one table for a contact's fields, one for the owner's, one
// for the top-level keys. Each row says what a field holds, where it is stored and how a type
// error words what was expected; the reader's state machine only follows the rows.

#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap::detail::json_roster {

/// A scalar JSON value as nlohmann's SAX interface hands it over.
struct Scalar {
  enum class Kind { null, boolean, integer, number, string } kind = Kind::null;
  std::string_view text;     ///< the string, "true" or "false", or a number as written (Kind::number)
  std::int64_t integer = 0;  ///< Kind::integer
  /// Kind::string: the parser's own buffer holding `text`. nlohmann lets a handler take it ("safe
  /// to move"); a reader that swaps it with its field stores the string without copying it, and
  /// the parser goes on in the field's old memory.
  std::string* buffer = nullptr;
};

/// Stores a string value in `target`, by swapping buffers with the parser when it can.
inline void store_text(std::string& target, const Scalar& value) {
  if (value.buffer != nullptr) {
    target.swap(*value.buffer);
  } else {
    target.assign(value.text);
  }
}

/// How messages show a value: `null`, `true`, `42`, `4.0`, `"text"` (cut at 60 characters).
std::string describe(const Scalar& value);

/// What a field holds.
enum class FieldKind {
  text,      ///< a string, kept as written
  list,      ///< an array of strings, each trimmed
  strength,  ///< an integer from 1 to 5
  date,      ///< a string YYYY-MM-DD naming a real day
  activity,  ///< an object of evidence sources (read/activity_fields.hpp)
};

/// Which ids of the taxonomy the items of a list must be.
enum class ListIds { any, category, lens };

/// One field of a `Record` (Contact or Owner): its JSON name, what it holds, where it is stored
/// (the member pointer of its kind) and the phrase of a type error ("expected an array of strings").
template <typename Record>
struct Field {
  std::string_view name;
  FieldKind kind = FieldKind::text;
  std::string_view expected;
  std::string Record::*text = nullptr;               ///< FieldKind::text
  std::vector<std::string> Record::*list = nullptr;  ///< FieldKind::list
  int Record::*number = nullptr;                     ///< FieldKind::strength
  std::optional<Date> Record::*date = nullptr;       ///< FieldKind::date
  ListIds ids = ListIds::any;                        ///< FieldKind::list
};

using ContactField = Field<Contact>;
using OwnerField = Field<Owner>;

/// The field of a contact called `name`, or nullptr.
const ContactField* find_contact_field(std::string_view name);
/// The field of the owner called `name`, or nullptr.
const OwnerField* find_owner_field(std::string_view name);
/// Every contact field name, for "did you mean".
const std::vector<std::string>& contact_field_names();
/// Every owner field name, for "did you mean".
const std::vector<std::string>& owner_field_names();

/// The keys of the top-level object.
enum class TopKey { schema_version, owner, contacts, schema, unknown };
/// The top-level key called `name` (TopKey::unknown for any other).
TopKey find_top_key(std::string_view name);
/// Every top-level key, for "did you mean".
const std::vector<std::string>& top_key_names();

/// A strength from 1 to 5: an integer, or a number with nothing after the point (3.0, as some
/// tools write every number).
inline std::optional<int> strength_of(const Scalar& value) {
  double number = static_cast<double>(value.integer);
  if (value.kind == Scalar::Kind::number) {
    number = std::strtod(std::string(value.text).c_str(), nullptr);
  } else if (value.kind != Scalar::Kind::integer) {
    return std::nullopt;
  }
  if (!(number >= 1 && number <= 5) || number != std::floor(number)) return std::nullopt;
  return static_cast<int>(number);
}

/// Stores a scalar `value` in `record`'s `field`; false when it is of the wrong type or out of
/// range (the caller words the problem with `field.expected`). Null is not handled here.
template <typename Record>
bool store_scalar(const Field<Record>& field, Record& record, const Scalar& value) {
  switch (field.kind) {
    case FieldKind::text:
      if (value.kind != Scalar::Kind::string) return false;
      store_text(record.*field.text, value);
      return true;
    case FieldKind::strength:
      if (const auto strength = strength_of(value)) {
        record.*field.number = *strength;
        return true;
      }
      return false;
    case FieldKind::date: {
      if (value.kind != Scalar::Kind::string) return false;
      const std::optional<Date> date = parse_iso_date(value.text);
      if (!date) return false;
      record.*field.date = date;
      return true;
    }
    case FieldKind::list:
    case FieldKind::activity:
      return false;
  }
  return false;
}

}  // namespace netgap::detail::json_roster
