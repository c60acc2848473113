#include "read/contact_reader.hpp"

#include <fmt/format.h>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/text.hpp>

#include <algorithm>

#include "read/activity_fields.hpp"

namespace netgap::detail::json_roster {

std::string_view describe(Container container) { return container == Container::object ? "an object" : "an array"; }

ContactReader::ContactReader(const Taxonomy& taxonomy) {
  for (const auto& c : taxonomy.categories) category_ids_.push_back(c.id);
  for (const auto& l : taxonomy.lenses) lens_ids_.push_back(l.id);
}

void ContactReader::start(std::size_t index) {
  contact_.clear();
  contact_.index = index;
  problems_.clear();
  field_ = nullptr;
}

bool ContactReader::select(std::string_view key) {
  field_ = find_contact_field(key);
  return field_ != nullptr;
}

void ContactReader::scalar(const Scalar& value) {
  if (field_ == nullptr || value.kind == Scalar::Kind::null) return;
  if (!store_scalar(*field_, contact_, value)) {
    problem(field_->name, std::nullopt, fmt::format("expected {}, got {}", field_->expected, describe(value)));
  }
}

Nested ContactReader::open(Container container) {
  if (field_ == nullptr) return Nested::skip;
  if (container == Container::array && field_->kind == FieldKind::list) {
    list_position_ = 0;
    return Nested::list;
  }
  if (container == Container::object && field_->kind == FieldKind::activity) return Nested::activity;
  problem(field_->name, std::nullopt, fmt::format("expected {}, got {}", field_->expected, describe(container)));
  return Nested::skip;
}

void ContactReader::activity_source(std::string_view name) {
  source_.clear();
  const auto& names = activity_source_names();
  if (std::find(names.begin(), names.end(), name) == names.end()) {
    std::string text = fmt::format("unknown source {}", quote(name));
    if (const auto near = closest_match(name, names)) text += fmt::format(" (did you mean \"{}\"?)", *near);
    problem("activity", std::nullopt, text);
    return;
  }
  for (const auto& record : contact_.activity) {
    if (record.source == name) {
      problem(fmt::format("activity.{}", name), std::nullopt, "given twice");
      return;
    }
  }
  source_ = name;
}

bool ContactReader::activity_open(Container container) {
  if (source_.empty()) return false;
  if (container == Container::array) {
    problem(fmt::format("activity.{}", source_), std::nullopt, "expected an object, got an array");
    return false;
  }
  contact_.activity.emplace_back();
  contact_.activity.back().source = source_;
  return true;
}

void ContactReader::activity_scalar(const Scalar& value) {
  if (source_.empty()) return;
  problem(fmt::format("activity.{}", source_), std::nullopt, "expected an object, got " + describe(value));
}

void ContactReader::activity_key(std::string_view name) {
  source_field_.clear();
  if (is_activity_field(name)) {
    source_field_ = name;
    return;
  }
  std::string text = fmt::format("unknown field {}", quote(name));
  if (const auto near = closest_match(name, activity_field_names()))
    text += fmt::format(" (did you mean \"{}\"?)", *near);
  problem(fmt::format("activity.{}", source_), std::nullopt, text);
}

void ContactReader::activity_value(const Scalar& value) {
  if (source_field_.empty() || value.kind == Scalar::Kind::null) return;
  if (auto text = store_activity_field(contact_.activity.back(), source_field_, value)) {
    problem(fmt::format("activity.{}.{}", source_, source_field_), std::nullopt, *text);
  }
}

void ContactReader::activity_container(Container container) {
  if (source_field_.empty()) return;
  problem(fmt::format("activity.{}.{}", source_, source_field_), std::nullopt,
          fmt::format("expected a value, got {}", describe(container)));
}

void ContactReader::list_item(const Scalar& value) {
  const std::size_t position = list_position_++;
  if (value.kind != Scalar::Kind::string) {
    problem(field_->name, position, "expected a string, got " + describe(value));
    return;
  }
  std::string item(trim(value.text));
  if (field_->ids != ListIds::any && !known_id(item, position)) return;
  (contact_.*field_->list).push_back(std::move(item));
}

void ContactReader::list_container(Container container) {
  if (container == Container::object) {
    // An object names the list, not the item, and takes no position.
    problem(field_->name, std::nullopt, "expected strings, got an object");
  } else {
    problem(field_->name, list_position_++, "expected a string, got an array");
  }
}

bool ContactReader::finish() {
  sort_activity(contact_.activity);
  if (trim(contact_.name).empty() && problems_.empty()) problems_.emplace_back("name: required, and must not be empty");
  return problems_.empty();
}

void ContactReader::problem(std::string_view field, std::optional<std::size_t> item, std::string_view text) {
  // The path is put together only here, once something is wrong: most items never need it.
  problems_.push_back(item ? fmt::format("{}[{}]: {}", field, *item, text) : fmt::format("{}: {}", field, text));
}

bool ContactReader::known_id(const std::string& item, std::size_t position) {
  const bool is_category = field_->ids == ListIds::category;
  const auto& ids = is_category ? category_ids_ : lens_ids_;
  if (std::find(ids.begin(), ids.end(), item) != ids.end()) return true;
  std::string text = fmt::format("unknown {} {}", is_category ? "category" : "lens", quote(item));
  const auto near = closest_match(item, ids);
  const auto other = closest_match(item, is_category ? lens_ids_ : category_ids_);
  if (near) {
    text += fmt::format(" (did you mean \"{}\"?)", *near);
  } else if (other && edit_distance(*other, item) == 0) {
    text += fmt::format(" (\"{}\" is a {}; put it in \"{}\")", item, is_category ? "lens" : "category",
                        is_category ? "lenses" : "categories");
  }
  problem(field_->name, position, text);
  return false;
}

}  // namespace netgap::detail::json_roster
