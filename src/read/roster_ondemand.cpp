#include "read/roster_ondemand.hpp"

#include <simdjson.h>

#include <cstdint>

#include "read/contact_reader.hpp"
#include "read/roster_fields.hpp"

namespace netgap::detail::json_roster {
namespace {

namespace od = simdjson::ondemand;
static_assert(parse_padding >= simdjson::SIMDJSON_PADDING, "the fast reader's padding is simdjson's");

using Kind = Scalar::Kind;

/// A scalar of a kind that a field may take (a string, an integer, null), read in full; false
/// for any other value, which the reference reader would report.
bool read_scalar(od::value& value, od::json_type type, Scalar& scalar) {
  switch (type) {
    case od::json_type::string:
      scalar.kind = Kind::string;
      return !value.get_string().get(scalar.text);
    case od::json_type::number:
      scalar.kind = Kind::integer;  // a float or an integer beyond 64 bits: the reference reader's
      return !value.get_int64().get(scalar.integer);
    case od::json_type::null: {
      bool null = false;
      scalar.kind = Kind::null;
      scalar.text = "null";
      return !value.is_null().get(null) && null;
    }
    default:  // booleans and objects fit no field
      return false;
  }
}

/// Calls `item(text)` for each string of the array `value`; false at anything but a string.
template <typename Item>
bool read_strings(od::value& value, Item&& item) {
  od::array array;
  if (value.get_array().get(array)) return false;
  for (auto element : array) {
    std::string_view text;
    if (std::move(element).get_string().get(text)) return false;
    item(text);
  }
  return true;
}

/// Calls `field(key, value, type)` for each field of `object`; false at the first error or when
/// `field` returns false.
template <typename Field>
bool read_fields(od::object& object, Field&& field) {
  for (auto member : object) {
    od::field pair;
    std::string_view key;
    od::json_type type{};
    if (std::move(member).get(pair) || pair.unescaped_key().get(key)) return false;
    od::value value = pair.value();
    if (value.type().get(type) || !field(key, value, type)) return false;
  }
  return true;
}

/// The document `text`, which has parse_padding readable bytes after it.
bool start(od::parser& parser, std::string_view text, od::document& document) {
  return !parser.iterate(simdjson::padded_string_view(text.data(), text.size(), text.size() + parse_padding))
              .get(document);
}

/// The activity object `value` of a contact, each source's record field by field, in the calls the
/// reference reader makes; false at anything but an object of objects of scalars.
bool read_activity(od::value& value, ContactReader& reader) {
  od::object sources;
  if (value.get_object().get(sources)) return false;
  return read_fields(sources, [&](std::string_view source, od::value& record, od::json_type type) {
    reader.activity_source(source);
    od::object fields;
    if (type != od::json_type::object || !reader.activity_open(Container::object) || record.get_object().get(fields)) {
      return false;
    }
    return read_fields(fields, [&](std::string_view key, od::value& field, od::json_type field_type) {
      reader.activity_key(key);
      Scalar scalar;
      if (!read_scalar(field, field_type, scalar)) return false;  // a container: the reference reader's
      reader.activity_value(scalar);
      return true;
    });
  });
}

/// The fields of the contact at `index` into `reader`; false when the reference reader would
/// say anything about it.
bool read_contact(od::object& object, std::size_t index, ContactReader& reader) {
  reader.start(index);
  const bool read = read_fields(object, [&](std::string_view key, od::value& value, od::json_type type) {
    if (!reader.select(key)) return false;  // the reference reader warns about an unknown field
    if (type == od::json_type::array) {
      return reader.open(Container::array) == Nested::list && read_strings(value, [&](std::string_view item) {
               reader.list_item({Kind::string, item, 0});
             });
    }
    if (type == od::json_type::object)
      return reader.open(Container::object) == Nested::activity && read_activity(value, reader);
    Scalar scalar;
    if (!read_scalar(value, type, scalar)) return false;
    reader.scalar(scalar);
    return true;
  });
  return read && reader.finish();  // finish() is false when the reader found a problem
}

}  // namespace

struct ValueParser::Impl {
  od::parser parser;
};

ValueParser::ValueParser() : impl_(std::make_unique<Impl>()) {}

ValueParser::~ValueParser() = default;

std::size_t ValueParser::contacts(std::string_view text, std::size_t first_index, ContactReader& reader,
                                  RosterVisitor* visitor) {
  od::document document;
  od::array array;
  if (!start(impl_->parser, text, document) || document.get_array().get(array)) return 0;
  std::size_t count = 0;
  for (auto element : array) {
    od::object object;
    if (std::move(element).get_object().get(object) || !read_contact(object, first_index + count, reader)) break;
    if (visitor != nullptr) visitor->on_contact(reader.contact());
    ++count;
  }
  return count;
}

bool ValueParser::owner(std::string_view text, Owner& owner) {
  od::document document;
  od::object object;
  if (!start(impl_->parser, text, document) || document.get_object().get(object)) return false;
  return read_fields(object, [&](std::string_view key, od::value& value, od::json_type type) {
    const OwnerField* field = find_owner_field(key);
    if (field == nullptr) return false;
    if (type == od::json_type::array) {
      return field->kind == FieldKind::list && read_strings(value, [&](std::string_view item) {
               (owner.*field->list).emplace_back(item);  // kept as written, as the reference reader does
             });
    }
    Scalar scalar;
    if (!read_scalar(value, type, scalar)) return false;
    return scalar.kind == Kind::null || store_scalar(*field, owner, scalar);
  });
}

bool ValueParser::string(std::string_view text) {
  od::document document;
  std::string_view value;
  return start(impl_->parser, text, document) && !document.get_string().get(value);
}

}  // namespace netgap::detail::json_roster
