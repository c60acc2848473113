#include "read/roster_fields.hpp"

#include <netgap/util/text.hpp>

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

using C = Contact;
using O = Owner;

// In the order of docs/roster-format.md; "did you mean" prefers the earlier of two equally close names.
constexpr ContactField contact_fields[] = {
    text_field<C>("name", &C::name),
    text_field<C>("organization", &C::organization),
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
    text_field<C>("url", &C::url),
    text_field<C>("notes", &C::notes),
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

template <typename Row, std::size_t size>
const Row* find_row(const Row (&table)[size], std::string_view name) {
  for (const Row& row : table) {
    if (row.name == name) return &row;
  }
  return nullptr;
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

const ContactField* find_contact_field(std::string_view name) { return find_row(contact_fields, name); }

const OwnerField* find_owner_field(std::string_view name) { return find_row(owner_fields, name); }

TopKey find_top_key(std::string_view name) {
  const TopKeyName* row = find_row(top_keys, name);
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
