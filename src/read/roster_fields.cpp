#include "read/roster_fields.hpp"

#include <netgap/util/text.hpp>

#include <array>
#include <cstdint>

namespace netgap::detail::json_roster {
namespace {

template <typename Record>
constexpr Field<Record> text_field(std::string_view name, std::string Record::*member) {
  Field<Record> field;
  field.name = name;
  field.kind = FieldKind::text;
  field.expected = "a string";
  field.text = member;
  return field;
}

template <typename Record>
constexpr Field<Record> list_field(std::string_view name, std::vector<std::string> Record::*member,
                                   ListIds ids = ListIds::any) {
  Field<Record> field;
  field.name = name;
  field.kind = FieldKind::list;
  field.expected = "an array of strings";
  field.list = member;
  field.ids = ids;
  return field;
}

constexpr ContactField strength_field(std::string_view name, int Contact::*member) {
  ContactField field;
  field.name = name;
  field.kind = FieldKind::strength;
  field.expected = "an integer from 1 to 5";
  field.number = member;
  return field;
}

constexpr ContactField date_field(std::string_view name, std::optional<Date> Contact::*member) {
  ContactField field;
  field.name = name;
  field.kind = FieldKind::date;
  field.expected = "a date YYYY-MM-DD";
  field.date = member;
  return field;
}

constexpr ContactField activity_field(std::string_view name) {
  ContactField field;
  field.name = name;
  field.kind = FieldKind::activity;
  field.expected = "an object with one record per evidence source";
  return field;
}

using C = Contact;
using O = Owner;

// In the order of docs/roster-format.md; "did you mean" prefers the earlier of two equally close names.
constexpr ContactField contact_fields[] = {
    text_field<C>("name", &C::name),
    text_field<C>("organization", &C::organization),
    list_field<C>("previous_organizations", &C::previous_organizations),
    text_field<C>("department", &C::department),
    text_field<C>("role", &C::role),
    text_field<C>("industry", &C::industry),
    list_field<C>("schools", &C::schools),
    list_field<C>("categories", &C::categories, ListIds::category),
    list_field<C>("lenses", &C::lenses, ListIds::lens),
    list_field<C>("tags", &C::tags),
    text_field<C>("how_met", &C::how_met),
    strength_field("strength", &C::strength),
    date_field("last_contact", &C::last_contact),
    date_field("connected_on", &C::connected_on),
    text_field<C>("email", &C::email),
    list_field<C>("emails", &C::emails),
    text_field<C>("url", &C::url),
    list_field<C>("urls", &C::urls),
    text_field<C>("notes", &C::notes),
    activity_field("activity"),
};

constexpr OwnerField owner_fields[] = {
    text_field<O>("name", &O::name),
    text_field<O>("organization", &O::organization),
    text_field<O>("department", &O::department),
    text_field<O>("role", &O::role),
    text_field<O>("industry", &O::industry),
    list_field<O>("schools", &O::schools),
};

struct TopKeyName {
  std::string_view name;
  TopKey key;
};

constexpr TopKeyName top_keys[] = {
    {"schema_version", TopKey::schema_version},
    {"owner", TopKey::owner},
    {"contacts", TopKey::contacts},
    {"$schema", TopKey::schema},
};

template <typename Table>
std::vector<std::string> names_of(const Table& table) {
  std::vector<std::string> names;
  for (const auto& row : table) names.emplace_back(row.name);
  return names;
}

/// A perfect hash of the names of one table, found at compile time: a name's slot is
/// (size * multiplier + name[0] + name[1]) % slots, and no two names of the table share a slot.
/// A lookup is then one slot and one compare instead of a compare per row.
struct NameIndex {
  static constexpr std::size_t slots = 64;
  std::size_t multiplier = 0;              // 0 when no multiplier works
  std::array<std::uint8_t, slots> rows{};  // a row's position + 1; 0 for an empty slot

  [[nodiscard]] constexpr std::size_t slot_of(std::string_view name) const {
    return (name.size() * multiplier + static_cast<unsigned char>(name[0]) + static_cast<unsigned char>(name[1])) %
           slots;
  }
};

template <typename Row, std::size_t size>
constexpr NameIndex make_index(const Row (&table)[size]) {
  for (std::size_t multiplier = 1; multiplier < 256; ++multiplier) {
    NameIndex index;
    index.multiplier = multiplier;
    bool perfect = true;
    for (std::size_t row = 0; row < size && perfect; ++row) {
      if (table[row].name.size() < 2) return NameIndex{};
      std::uint8_t& slot = index.rows[index.slot_of(table[row].name)];
      perfect = slot == 0;
      slot = static_cast<std::uint8_t>(row + 1);
    }
    if (perfect) return index;
  }
  return NameIndex{};
}

constexpr NameIndex contact_index = make_index(contact_fields);
constexpr NameIndex owner_index = make_index(owner_fields);
constexpr NameIndex top_index = make_index(top_keys);
static_assert(contact_index.multiplier != 0 && owner_index.multiplier != 0 && top_index.multiplier != 0,
              "no perfect hash for a table of names (names need 2 characters or more; else raise NameIndex::slots)");

template <typename Row, std::size_t size>
const Row* find_row(const Row (&table)[size], const NameIndex& index, std::string_view name) {
  if (name.size() < 2) return nullptr;
  const std::uint8_t row = index.rows[index.slot_of(name)];
  if (row == 0 || table[row - 1].name != name) return nullptr;
  return &table[row - 1];
}

}  // namespace

std::string describe(const Scalar& value) {
  switch (value.kind) {
    case Scalar::Kind::null:
      return "null";
    case Scalar::Kind::integer:
      return std::to_string(value.integer);
    case Scalar::Kind::boolean:
    case Scalar::Kind::number:
      return std::string(value.text);
    case Scalar::Kind::string:
      return quote(value.text.size() > 60 ? std::string(value.text.substr(0, 57)) + "..." : std::string(value.text));
  }
  return "a value";
}

const ContactField* find_contact_field(std::string_view name) { return find_row(contact_fields, contact_index, name); }

const OwnerField* find_owner_field(std::string_view name) { return find_row(owner_fields, owner_index, name); }

TopKey find_top_key(std::string_view name) {
  const TopKeyName* row = find_row(top_keys, top_index, name);
  return row != nullptr ? row->key : TopKey::unknown;
}

const std::vector<std::string>& contact_field_names() {
  static const std::vector<std::string> names = names_of(contact_fields);
  return names;
}

const std::vector<std::string>& owner_field_names() {
  static const std::vector<std::string> names = names_of(owner_fields);
  return names;
}

const std::vector<std::string>& top_key_names() {
  static const std::vector<std::string> names = names_of(top_keys);
  return names;
}

}  // namespace netgap::detail::json_roster
