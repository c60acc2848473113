#include "read/contact_reader.hpp"

#include <fmt/format.h>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/text.hpp>

#include <algorithm>

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

bool ContactReader::open(Container container) {
  if (field_ == nullptr) return false;
  if (container == Container::array && field_->kind == FieldKind::list) {
    list_position_ = 0;
    return true;
  }
  problem(field_->name, std::nullopt, fmt::format("expected {}, got {}", field_->expected, describe(container)));
  return false;
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
