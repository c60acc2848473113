#include "read/roster_sax.hpp"

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

#include <algorithm>
#include <limits>

#include "util/json_util.hpp"

namespace netgap::detail::json_roster {
namespace {

constexpr std::size_t max_depth = 64;

}  // namespace

RosterSax::RosterSax(BufferedInput& input, const InputStreambuf& stream, const Taxonomy& taxonomy,
                     RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options)
    : input_(input),
      stream_(stream),
      visitor_(visitor),
      diagnostics_(diagnostics),
      options_(options),
      contact_(taxonomy) {}

// --- events: scalars and containers ---

bool RosterSax::null() { return scalar({Scalar::Kind::null, "null", 0}); }

bool RosterSax::boolean(bool value) { return scalar({Scalar::Kind::boolean, value ? "true" : "false", 0}); }

bool RosterSax::number_integer(std::int64_t value) { return scalar({Scalar::Kind::integer, {}, value}); }

bool RosterSax::number_unsigned(std::uint64_t value) {
  if (value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return scalar({Scalar::Kind::integer, {}, static_cast<std::int64_t>(value)});
  }
  number_text_ = std::to_string(value);  // too large for any field: it is only ever described
  return scalar({Scalar::Kind::number, number_text_, 0});
}

bool RosterSax::number_float(double, const std::string& text) { return scalar({Scalar::Kind::number, text, 0}); }

bool RosterSax::string(std::string& value) { return scalar({Scalar::Kind::string, value, 0, &value}); }

bool RosterSax::binary(std::vector<std::uint8_t>&) { return true; }

bool RosterSax::start_object(std::size_t) { return open(Container::object); }

bool RosterSax::start_array(std::size_t) { return open(Container::array); }

bool RosterSax::end_object() {
  close();
  return true;
}

bool RosterSax::end_array() {
  close();
  return true;
}

bool RosterSax::key(std::string& name) {
  switch (stack_.back()) {
    case Where::contact:  // the hot path: no copy of the key
      if (!contact_.select(name)) unknown_key("contacts[]", name, contact_field_names(), true);
      break;
    case Where::activity:
      contact_.activity_source(name);
      break;
    case Where::activity_source:
      contact_.activity_key(name);
      break;
    case Where::owner:
      owner_field_ = find_owner_field(name);
      if (owner_field_ == nullptr) unknown_key("owner", name, owner_field_names(), false);
      break;
    case Where::roster:
      top_key_ = find_top_key(name);
      if (top_key_ == TopKey::contacts) contacts_seen_ = true;
      if (top_key_ == TopKey::unknown) unknown_key("(top level)", name, top_key_names(), false);
      break;
    default:  // a key of an object that is skipped
      break;
  }
  return true;
}

bool RosterSax::parse_error(std::size_t position, const std::string& last_token,
                            const nlohmann::detail::exception& error) {
  const std::uint64_t end = std::min<std::uint64_t>(position, stream_.offset());
  const std::uint64_t start = end - std::min<std::uint64_t>(end, offending_token_length(error, last_token));
  const TextPosition at = input_.locate(start);
  diagnostics_.error(fmt::format("{}:{}:{}: {}", input_.name(), at.line, at.column, describe_parse_error(error)));
  return false;
}

// --- the stack ---

bool RosterSax::push(Where where) {
  if (stack_.size() >= max_depth) {
    const TextPosition at = input_.locate(stream_.offset() == 0 ? 0 : stream_.offset() - 1);
    diagnostics_.error(fmt::format("{}:{}:{}: nested deeper than {} levels; a roster needs 5", input_.name(), at.line,
                                   at.column, max_depth));
    return false;
  }
  stack_.push_back(where);
  return true;
}

bool RosterSax::scalar(const Scalar& value) {
  if (stack_.empty()) {
    const TextPosition at = input_.locate(first_byte_);
    diagnostics_.error(fmt::format("{}:{}:{}: the top level must be an object or an array of contacts, got {}",
                                   input_.name(), at.line, at.column,
                                   value.kind == Scalar::Kind::string ? "a string" : describe(value)));
    return false;
  }
  switch (stack_.back()) {
    case Where::roster:
      top_scalar(value);
      break;
    case Where::owner:
      owner_scalar(value);
      break;
    case Where::owner_list:
      owner_list_item(value);
      break;
    case Where::contacts:
      element_problem("expected a contact object, got " + describe(value));
      break;
    case Where::contact:
      contact_.scalar(value);
      break;
    case Where::contact_list:
      contact_.list_item(value);
      break;
    case Where::activity:
      contact_.activity_scalar(value);
      break;
    case Where::activity_source:
      contact_.activity_value(value);
      break;
    case Where::skip:
      break;
  }
  return true;
}

bool RosterSax::open(Container container) {
  if (stack_.empty()) {
    if (container == Container::object) return push(Where::roster);
    bare_array_ = true;
    announce_owner();
    return push(Where::contacts);
  }
  switch (stack_.back()) {
    case Where::roster:
      return push(top_open(container));
    case Where::owner:
      return push(owner_open(container));
    case Where::owner_list:
      type_error(fmt::format("owner.{}", owner_field_->name), "strings", describe(container));
      return push(Where::skip);
    case Where::contacts:
      if (container == Container::array) {
        element_problem("expected a contact object, got an array");
        return push(Where::skip);
      }
      contact_.start(index_);
      return push(Where::contact);
    case Where::contact:
      switch (contact_.open(container)) {
        case Nested::list:
          return push(Where::contact_list);
        case Nested::activity:
          return push(Where::activity);
        case Nested::skip:
          break;
      }
      return push(Where::skip);
    case Where::contact_list:
      contact_.list_container(container);
      return push(Where::skip);
    case Where::activity:
      return push(contact_.activity_open(container) ? Where::activity_source : Where::skip);
    case Where::activity_source:
      contact_.activity_container(container);
      return push(Where::skip);
    case Where::skip:
      return push(Where::skip);
  }
  return true;
}

void RosterSax::close() {
  const Where where = stack_.back();
  stack_.pop_back();
  if (where == Where::contact) finish_contact();
  if (where == Where::owner) owner_seen_ = true;
  if (where == Where::roster || (where == Where::contacts && bare_array_)) finish_roster();
}

// --- the top level and the owner ---

Where RosterSax::top_open(Container container) {
  const bool object = container == Container::object;
  switch (top_key_) {
    case TopKey::owner:
      if (!object) {
        type_error("owner", "an object", "an array");
        return Where::skip;
      }
      owner_ = Owner{};
      return Where::owner;
    case TopKey::contacts:
      if (object) {
        type_error("contacts", "an array of contacts", "an object");
        return Where::skip;
      }
      contacts_seen_ = true;
      if (owner_seen_) announce_owner();
      return Where::contacts;
    case TopKey::schema_version:
      if (!object) type_error("schema_version", "1", "an array");  // an object has always passed unremarked
      return Where::skip;
    case TopKey::schema:
    case TopKey::unknown:
      break;
  }
  return Where::skip;
}

void RosterSax::top_scalar(const Scalar& value) {
  switch (top_key_) {
    case TopKey::schema_version:
      if (value.kind != Scalar::Kind::integer || value.integer != 1) {
        diagnostics_.error(fmt::format("{}: schema_version: unsupported version {}; this netgap reads 1", input_.name(),
                                       describe(value)));
      }
      break;
    case TopKey::owner:
      if (value.kind != Scalar::Kind::null) type_error("owner", "an object", describe(value));
      break;
    case TopKey::contacts:
      type_error("contacts", "an array of contacts", describe(value));
      break;
    case TopKey::schema:
    case TopKey::unknown:
      break;
  }
}

Where RosterSax::owner_open(Container container) {
  if (owner_field_ == nullptr) return Where::skip;
  if (container == Container::array && owner_field_->kind == FieldKind::list) return Where::owner_list;
  type_error(fmt::format("owner.{}", owner_field_->name), owner_field_->expected, describe(container));
  return Where::skip;
}

void RosterSax::owner_scalar(const Scalar& value) {
  if (owner_field_ == nullptr || value.kind == Scalar::Kind::null) return;
  if (!store_scalar(*owner_field_, owner_, value)) {
    type_error(fmt::format("owner.{}", owner_field_->name), owner_field_->expected, describe(value));
  }
}

void RosterSax::owner_list_item(const Scalar& value) {
  if (value.kind == Scalar::Kind::string) {
    (owner_.*owner_field_->list).emplace_back(value.text);  // kept as written, unlike a contact's
  } else {
    type_error(fmt::format("owner.{}", owner_field_->name), "strings", describe(value));
  }
}

// --- problems ---

void RosterSax::type_error(std::string_view path, std::string_view expected, std::string_view got) {
  diagnostics_.error(fmt::format("{}: {}: expected {}, got {}", input_.name(), path, expected, got));
}

void RosterSax::unknown_key(std::string_view where, std::string_view name, const std::vector<std::string>& known,
                            bool in_contact) {
  if (!reported_unknown_.insert(fmt::format("{}.{}", where, name)).second) return;  // once per field name
  std::string message = in_contact
                            ? fmt::format("{}: contacts[{}]: unknown field {}", input_.name(), index_, quote(name))
                            : fmt::format("{}: {}: unknown field {}", input_.name(), where, quote(name));
  if (const auto near = closest_match(name, known)) message += fmt::format(" (did you mean \"{}\"?)", *near);
  if (options_.strict) {
    diagnostics_.error(message);
  } else {
    diagnostics_.warn(message + "; ignored");
  }
}

void RosterSax::element_problem(std::string_view problem) {
  diagnostics_.error(fmt::format("{}: contacts[{}]: {}", input_.name(), index_++, problem));
}

// --- contacts and the owner, handed over in order ---

void RosterSax::finish_contact() {
  ++index_;
  if (!contact_.finish()) {
    const std::string label = contact_label(contact_.contact());
    for (const auto& p : contact_.problems()) diagnostics_.error(fmt::format("{}: {}: {}", input_.name(), label, p));
    return;
  }
  if (!owner_announced_) {
    pending_.push_back(contact_.contact());  // the owner may still come later in the file
    return;
  }
  visitor_.on_contact(contact_.contact());
}

void RosterSax::announce_owner() {
  if (owner_announced_) return;
  owner_announced_ = true;
  visitor_.on_owner(owner_seen_ ? &owner_ : options_.owner);
  for (const auto& c : pending_) visitor_.on_contact(c);
  pending_.clear();
  pending_.shrink_to_fit();
}

void RosterSax::finish_roster() {
  if (!bare_array_ && !contacts_seen_) {
    diagnostics_.error(fmt::format("{}: (top level): missing required key \"contacts\"", input_.name()));
  }
  announce_owner();
}

}  // namespace netgap::detail::json_roster
