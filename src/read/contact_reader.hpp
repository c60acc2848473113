#pragma once
// One contact of a JSON roster, filled field by field from SAX events into one reused Contact.
// Problems are kept until the contact ends, because their label names the contact, and the name
// may come last.

#include <netgap/model/roster.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/roster_fields.hpp"

namespace netgap {
struct Taxonomy;
}

namespace netgap::detail::json_roster {

/// An object or an array, as a value where something else was expected.
enum class Container { object, array };

/// "an object" or "an array".
std::string_view describe(Container container);

/// What a container opened as a field's value is read as.
enum class Nested { skip, list, activity };

class ContactReader {
 public:
  explicit ContactReader(const Taxonomy& taxonomy);

  /// Starts the contact at position `index` of the roster.
  void start(std::size_t index);
  /// Selects the field the next value is for; false when `key` names no field (its value is then ignored).
  bool select(std::string_view key);
  /// A scalar value for the selected field.
  void scalar(const Scalar& value);
  /// An object or array as the selected field's value: a list, the activity object, or skipped.
  Nested open(Container container);
  /// A scalar item of the list begun by open().
  void list_item(const Scalar& value);
  /// An object or array as an item of the list begun by open().
  void list_container(Container container);
  /// Selects the source of the activity object that the next object is for.
  void activity_source(std::string_view name);
  /// An object or array as the selected source's value; true when its record begins.
  bool activity_open(Container container);
  /// A scalar as the selected source's value (always a problem).
  void activity_scalar(const Scalar& value);
  /// Selects the field of the source's record that the next value is for.
  void activity_key(std::string_view name);
  /// A value for the selected field of the source's record.
  void activity_value(const Scalar& value);
  /// An object or array inside a source's record (always a problem).
  void activity_container(Container container);
  /// Ends the contact: true when it is valid, else problems() says why.
  bool finish();

  [[nodiscard]] const Contact& contact() const { return contact_; }
  /// `field: problem` for each problem of the contact, in the order found.
  [[nodiscard]] const std::vector<std::string>& problems() const { return problems_; }

 private:
  /// Records `field: text`, or `field[item]: text` for an item of a list.
  void problem(std::string_view field, std::optional<std::size_t> item, std::string_view text);
  /// True when `item` is an id of the taxonomy the selected list takes; else records why not.
  bool known_id(const std::string& item, std::size_t position);

  std::vector<std::string> category_ids_;
  std::vector<std::string> lens_ids_;
  Contact contact_;
  const ContactField* field_ = nullptr;
  std::size_t list_position_ = 0;
  std::string source_;        // the activity source selected, empty when unknown
  std::string source_field_;  // the field of its record selected, empty when unknown
  std::vector<std::string> problems_;
};

}  // namespace netgap::detail::json_roster
