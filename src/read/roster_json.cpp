// The streaming JSON roster reader: nlohmann's SAX events drive a small state machine that fills
// one reused Contact at a time.
#include <netgap/read/roster_json.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <istream>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <set>
#include <streambuf>

#include "util/json_util.hpp"

namespace netgap {
namespace {

constexpr std::size_t max_depth = 64;

/// Lets nlohmann read a BufferedInput as a std::istream. Its per-byte path, sbumpc(), is then a
/// pointer compare and increment inside the standard library, as on a file stream; a hand-made
/// iterator cost 15% more instructions for the whole audit.
class InputStreambuf final : public std::streambuf {
 public:
  explicit InputStreambuf(BufferedInput& input) : input_(input) { show_available(); }
  InputStreambuf(const InputStreambuf&) = delete;
  InputStreambuf& operator=(const InputStreambuf&) = delete;
  ~InputStreambuf() override { give_back(); }

  /// Bytes consumed so far, exactly, even in the middle of a buffer.
  [[nodiscard]] std::uint64_t offset() const { return input_.offset() + static_cast<std::uint64_t>(gptr() - eback()); }
  /// Tells the BufferedInput how far reading went, so that it can be used on its own again.
  void give_back() {
    input_.consume(static_cast<std::size_t>(gptr() - eback()));
    setg(nullptr, nullptr, nullptr);
  }

 protected:
  int_type underflow() override {
    give_back();
    if (input_.at_end()) return traits_type::eof();
    show_available();
    return traits_type::to_int_type(*gptr());
  }

 private:
  void show_available() {
    const std::string_view chunk = input_.available();
    char* begin = const_cast<char*>(chunk.data());  // read only: a get area, never written
    setg(begin, begin, begin + chunk.size());
  }
  BufferedInput& input_;
};

enum class ContactField {
  name,
  organization,
  department,
  role,
  industry,
  schools,
  categories,
  lenses,
  tags,
  how_met,
  strength,
  last_contact,
  connected_on,
  email,
  url,
  notes,
  unknown
};

struct FieldName {
  std::string_view name;
  ContactField field;
};

constexpr FieldName contact_fields[] = {
    {"name", ContactField::name},
    {"organization", ContactField::organization},
    {"department", ContactField::department},
    {"role", ContactField::role},
    {"industry", ContactField::industry},
    {"schools", ContactField::schools},
    {"categories", ContactField::categories},
    {"lenses", ContactField::lenses},
    {"tags", ContactField::tags},
    {"how_met", ContactField::how_met},
    {"strength", ContactField::strength},
    {"last_contact", ContactField::last_contact},
    {"connected_on", ContactField::connected_on},
    {"email", ContactField::email},
    {"url", ContactField::url},
    {"notes", ContactField::notes},
};

constexpr std::string_view owner_fields[] = {"name", "organization", "department", "role", "industry", "schools"};
constexpr std::string_view roster_keys[] = {"schema_version", "owner", "contacts", "$schema"};

std::string_view contact_field_name(ContactField field) {
  for (const auto& f : contact_fields) {
    if (f.field == field) return f.name;
  }
  return "?";
}

ContactField find_contact_field(std::string_view key) {
  for (const auto& f : contact_fields) {
    if (f.name == key) return f.field;
  }
  return ContactField::unknown;
}

template <typename List>
std::vector<std::string> names_of(const List& list) {
  std::vector<std::string> out;
  for (const auto& item : list) {
    if constexpr (std::is_same_v<std::decay_t<decltype(item)>, FieldName>) {
      out.emplace_back(item.name);
    } else {
      out.emplace_back(item);
    }
  }
  return out;
}

/// A scalar JSON value as the SAX interface hands it over.
struct Scalar {
  enum class Kind { null, boolean, integer, number, string } kind = Kind::null;
  std::string_view text;  // the string, or the number as written
  std::int64_t integer = 0;
};

std::string describe(const Scalar& value) {
  switch (value.kind) {
    case Scalar::Kind::null:
      return "null";
    case Scalar::Kind::boolean:
      return std::string(value.text);
    case Scalar::Kind::integer:
    case Scalar::Kind::number:
      return std::string(value.text);
    case Scalar::Kind::string:
      return quote(value.text.size() > 60 ? std::string(value.text.substr(0, 57)) + "..." : std::string(value.text));
  }
  return "a value";
}

enum class Where { roster, owner, owner_schools, contacts, contact, contact_list, skip };

class RosterSax {
 public:
  RosterSax(BufferedInput& input, const InputStreambuf& stream, const Taxonomy& taxonomy, RosterVisitor& visitor,
            Diagnostics& diagnostics, const ReadOptions& options)
      : input_(input),
        stream_(stream),
        taxonomy_(taxonomy),
        visitor_(visitor),
        diagnostics_(diagnostics),
        options_(options),
        category_ids_(),
        lens_ids_() {
    for (const auto& c : taxonomy.categories) category_ids_.push_back(c.id);
    for (const auto& l : taxonomy.lenses) lens_ids_.push_back(l.id);
  }

  // --- nlohmann SAX interface ---
  bool null() { return scalar({Scalar::Kind::null, "null", 0}); }
  bool boolean(bool value) { return scalar({Scalar::Kind::boolean, value ? "true" : "false", 0}); }
  bool number_integer(std::int64_t value) {
    number_text_ = std::to_string(value);
    return scalar({Scalar::Kind::integer, number_text_, value});
  }
  bool number_unsigned(std::uint64_t value) {
    number_text_ = std::to_string(value);
    const bool fits = value <= static_cast<std::uint64_t>(INT64_MAX);
    return scalar({fits ? Scalar::Kind::integer : Scalar::Kind::number, number_text_,
                   fits ? static_cast<std::int64_t>(value) : 0});
  }
  bool number_float(double, const std::string& text) { return scalar({Scalar::Kind::number, text, 0}); }
  bool string(std::string& value) { return scalar({Scalar::Kind::string, value, 0}); }
  bool binary(std::vector<std::uint8_t>&) { return true; }

  bool start_object(std::size_t) {
    if (stack_.empty()) return push(Where::roster);
    switch (top()) {
      case Where::roster:
        if (key_ == "owner") {
          owner_ = Owner{};
          return push(Where::owner);
        }
        if (key_ == "contacts") type_error(key_, "an array of contacts", "an object");
        return push(Where::skip);
      case Where::contacts:
        start_contact();
        return push(Where::contact);
      case Where::contact:
        if (field_ != ContactField::unknown)
          contact_problem(contact_field_name(field_), "expected " + expected_type(field_) + ", got an object");
        return push(Where::skip);
      case Where::owner:
        if (owner_field_known_)
          type_error("owner." + key_, key_ == "schools" ? "an array of strings" : "a string", "an object");
        return push(Where::skip);
      case Where::owner_schools:
        type_error("owner.schools", "strings", "an object");
        return push(Where::skip);
      case Where::contact_list:
        contact_problem(list_name_, "expected strings, got an object");
        return push(Where::skip);
      case Where::skip:
        return push(Where::skip);
    }
    return true;
  }

  bool end_object() {
    const Where where = top();
    stack_.pop_back();
    if (where == Where::contact) finish_contact();
    if (where == Where::owner) owner_seen_ = true;
    if (where == Where::roster) finish_roster();
    return true;
  }

  bool start_array(std::size_t) {
    if (stack_.empty()) {
      bare_array_ = true;
      announce_owner();
      return push(Where::contacts);
    }
    switch (top()) {
      case Where::roster:
        if (key_ == "contacts") {
          contacts_seen_ = true;
          if (owner_seen_) announce_owner();
          return push(Where::contacts);
        }
        if (key_ == "owner") type_error("owner", "an object", "an array");
        if (key_ == "schema_version") type_error("schema_version", "1", "an array");
        return push(Where::skip);
      case Where::owner:
        if (key_ == "schools") return push(Where::owner_schools);
        if (owner_field_known_) type_error("owner." + key_, "a string", "an array");
        return push(Where::skip);
      case Where::contact:
        if (field_ == ContactField::schools || field_ == ContactField::categories || field_ == ContactField::lenses ||
            field_ == ContactField::tags) {
          list_name_ = contact_field_name(field_);
          list_index_ = 0;
          return push(Where::contact_list);
        }
        if (field_ != ContactField::unknown)
          contact_problem(contact_field_name(field_), "expected " + expected_type(field_) + ", got an array");
        return push(Where::skip);
      case Where::contacts:
        element_problem("expected a contact object, got an array");
        return push(Where::skip);
      case Where::contact_list:
        contact_problem(fmt::format("{}[{}]", list_name_, list_index_++), "expected a string, got an array");
        return push(Where::skip);
      case Where::owner_schools:
        type_error("owner.schools", "strings", "an array");
        return push(Where::skip);
      case Where::skip:
        return push(Where::skip);
    }
    return true;
  }

  bool end_array() {
    const Where where = top();
    stack_.pop_back();
    if (where == Where::contacts && bare_array_) finish_roster();
    return true;
  }

  bool key(std::string& name) {
    if (top() == Where::contact) {  // the hot path: no copy of the key
      field_ = find_contact_field(name);
      if (field_ == ContactField::unknown) unknown_key("contacts[]", name, names_of(contact_fields), true);
      return true;
    }
    key_ = name;
    if (top() == Where::owner) {
      owner_field_known_ = std::find(std::begin(owner_fields), std::end(owner_fields), name) != std::end(owner_fields);
      if (!owner_field_known_) unknown_key("owner", name, names_of(owner_fields), false);
    } else if (top() == Where::roster) {
      if (name == "contacts") contacts_seen_ = true;
      if (std::find(std::begin(roster_keys), std::end(roster_keys), name) == std::end(roster_keys)) {
        unknown_key("(top level)", name, names_of(roster_keys), false);
      }
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& error) {
    const std::uint64_t end = std::min<std::uint64_t>(position, stream_.offset());
    const std::uint64_t start = end - std::min<std::uint64_t>(end, detail::offending_token_length(error, last_token));
    const TextPosition at = input_.locate(start);
    diagnostics_.error(
        fmt::format("{}:{}:{}: {}", input_.name(), at.line, at.column, detail::describe_parse_error(error)));
    return false;
  }

  /// Where the top-level value starts, to place an error about it.
  void set_first_byte(std::uint64_t offset) { first_byte_ = offset; }

 private:
  Where top() const { return stack_.back(); }

  bool push(Where where) {
    if (stack_.size() >= max_depth) {
      const TextPosition at = input_.locate(stream_.offset() == 0 ? 0 : stream_.offset() - 1);
      diagnostics_.error(fmt::format("{}:{}:{}: nested deeper than {} levels; a roster needs 4", input_.name(), at.line,
                                     at.column, max_depth));
      return false;
    }
    stack_.push_back(where);
    return true;
  }

  static std::string expected_type(ContactField field) {
    switch (field) {
      case ContactField::schools:
      case ContactField::categories:
      case ContactField::lenses:
      case ContactField::tags:
        return "an array of strings";
      case ContactField::strength:
        return "an integer from 1 to 5";
      case ContactField::last_contact:
      case ContactField::connected_on:
        return "a date YYYY-MM-DD";
      default:
        return "a string";
    }
  }

  void type_error(const std::string& path, std::string_view expected, std::string_view got) {
    diagnostics_.error(fmt::format("{}: {}: expected {}, got {}", input_.name(), path, expected, got));
  }

  void unknown_key(std::string_view where, const std::string& name, const std::vector<std::string>& known,
                   bool in_contact) {
    const std::string id = std::string(where) + "." + name;
    if (!reported_unknown_.insert(id).second) return;  // once per field name
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

  void element_problem(const std::string& problem) {
    diagnostics_.error(fmt::format("{}: contacts[{}]: {}", input_.name(), index_++, problem));
  }

  void contact_problem(std::string_view field, const std::string& problem) {
    contact_problems_.push_back(std::string(field) + ": " + problem);
  }

  void start_contact() {
    contact_.clear();
    contact_.index = index_;
    contact_problems_.clear();
    field_ = ContactField::unknown;
  }

  void finish_contact() {
    ++index_;
    if (trim(contact_.name).empty() && contact_problems_.empty()) {
      contact_problems_.emplace_back("name: required, and must not be empty");
    }
    if (!contact_problems_.empty()) {
      const std::string label = contact_label(contact_);
      for (const auto& p : contact_problems_) diagnostics_.error(fmt::format("{}: {}: {}", input_.name(), label, p));
      return;
    }
    if (!owner_announced_) {
      pending_.push_back(contact_);  // the owner may still come later in the file
      return;
    }
    visitor_.on_contact(contact_);
  }

  void announce_owner() {
    if (owner_announced_) return;
    owner_announced_ = true;
    visitor_.on_owner(owner_seen_ ? &owner_ : options_.owner);
    for (const auto& c : pending_) visitor_.on_contact(c);
    pending_.clear();
    pending_.shrink_to_fit();
  }

  void finish_roster() {
    if (!bare_array_ && !contacts_seen_) {
      diagnostics_.error(fmt::format("{}: (top level): missing required key \"contacts\"", input_.name()));
    }
    announce_owner();
    finished_ = true;
  }

  bool scalar(const Scalar& value) {
    if (stack_.empty()) {
      const TextPosition at = input_.locate(first_byte_);
      diagnostics_.error(fmt::format("{}:{}:{}: the top level must be an object or an array of contacts, got {}",
                                     input_.name(), at.line, at.column,
                                     value.kind == Scalar::Kind::string ? "a string" : describe(value)));
      finished_ = true;
      return false;
    }
    switch (top()) {
      case Where::roster:
        roster_scalar(value);
        break;
      case Where::owner:
        owner_scalar(value);
        break;
      case Where::owner_schools:
        if (value.kind == Scalar::Kind::string) {
          owner_.schools.emplace_back(value.text);
        } else {
          type_error("owner.schools", "strings", describe(value));
        }
        break;
      case Where::contacts:
        element_problem("expected a contact object, got " + describe(value));
        break;
      case Where::contact:
        contact_scalar(value);
        break;
      case Where::contact_list:
        list_item(value);
        break;
      case Where::skip:
        break;
    }
    return true;
  }

  void roster_scalar(const Scalar& value) {
    if (key_ == "schema_version") {
      if (value.kind != Scalar::Kind::integer || value.integer != 1) {
        diagnostics_.error(fmt::format("{}: schema_version: unsupported version {}; this netgap reads 1", input_.name(),
                                       describe(value)));
      }
    } else if (key_ == "owner") {
      if (value.kind != Scalar::Kind::null) type_error("owner", "an object", describe(value));
    } else if (key_ == "contacts") {
      type_error("contacts", "an array of contacts", describe(value));
    }
  }

  void owner_scalar(const Scalar& value) {
    if (!owner_field_known_ || value.kind == Scalar::Kind::null) return;
    if (value.kind != Scalar::Kind::string) {
      type_error("owner." + key_, key_ == "schools" ? "an array of strings" : "a string", describe(value));
      return;
    }
    const std::string text(value.text);
    if (key_ == "name") owner_.name = text;
    if (key_ == "organization") owner_.organization = text;
    if (key_ == "department") owner_.department = text;
    if (key_ == "role") owner_.role = text;
    if (key_ == "industry") owner_.industry = text;
    if (key_ == "schools") type_error("owner.schools", "an array of strings", describe(value));
  }

  std::string* string_field() {
    switch (field_) {
      case ContactField::name:
        return &contact_.name;
      case ContactField::organization:
        return &contact_.organization;
      case ContactField::department:
        return &contact_.department;
      case ContactField::role:
        return &contact_.role;
      case ContactField::industry:
        return &contact_.industry;
      case ContactField::how_met:
        return &contact_.how_met;
      case ContactField::email:
        return &contact_.email;
      case ContactField::url:
        return &contact_.url;
      case ContactField::notes:
        return &contact_.notes;
      default:
        return nullptr;
    }
  }

  void contact_scalar(const Scalar& value) {
    if (field_ == ContactField::unknown || value.kind == Scalar::Kind::null) return;
    if (std::string* text = string_field()) {
      if (value.kind == Scalar::Kind::string) {
        text->assign(value.text);
      } else {
        contact_problem(contact_field_name(field_), "expected a string, got " + describe(value));
      }
      return;
    }
    switch (field_) {
      case ContactField::strength:
        if (value.kind == Scalar::Kind::integer && value.integer >= 1 && value.integer <= 5) {
          contact_.strength = static_cast<int>(value.integer);
        } else {
          contact_problem(contact_field_name(field_), "expected an integer from 1 to 5, got " + describe(value));
        }
        return;
      case ContactField::last_contact:
      case ContactField::connected_on: {
        std::optional<Date> date;
        if (value.kind == Scalar::Kind::string) date = parse_iso_date(value.text);
        if (!date) {
          contact_problem(contact_field_name(field_), "expected a date YYYY-MM-DD, got " + describe(value));
          return;
        }
        (field_ == ContactField::last_contact ? contact_.last_contact : contact_.connected_on) = date;
        return;
      }
      default:
        contact_problem(contact_field_name(field_), "expected an array of strings, got " + describe(value));
        return;
    }
  }

  void list_item(const Scalar& value) {
    const std::string path = fmt::format("{}[{}]", list_name_, list_index_++);
    if (value.kind != Scalar::Kind::string) {
      contact_problem(path, "expected a string, got " + describe(value));
      return;
    }
    std::string item(trim(value.text));
    switch (field_) {
      case ContactField::schools:
        contact_.schools.push_back(std::move(item));
        break;
      case ContactField::tags:
        contact_.tags.push_back(std::move(item));
        break;
      case ContactField::categories:
      case ContactField::lenses: {
        const bool is_category = field_ == ContactField::categories;
        const auto& ids = is_category ? category_ids_ : lens_ids_;
        if (std::find(ids.begin(), ids.end(), item) == ids.end()) {
          std::string problem = fmt::format("unknown {} {}", is_category ? "category" : "lens", quote(item));
          const auto near = closest_match(item, ids);
          const auto other = closest_match(item, is_category ? lens_ids_ : category_ids_);
          if (near) {
            problem += fmt::format(" (did you mean \"{}\"?)", *near);
          } else if (other && edit_distance(*other, item) == 0) {
            problem += fmt::format(" (\"{}\" is a {}; put it in \"{}\")", item, is_category ? "lens" : "category",
                                   is_category ? "lenses" : "categories");
          }
          contact_problem(path, problem);
          break;
        }
        (is_category ? contact_.categories : contact_.lenses).push_back(std::move(item));
        break;
      }
      default:
        break;
    }
  }

  BufferedInput& input_;
  const InputStreambuf& stream_;
  const Taxonomy& taxonomy_;
  RosterVisitor& visitor_;
  Diagnostics& diagnostics_;
  const ReadOptions& options_;
  std::vector<std::string> category_ids_;
  std::vector<std::string> lens_ids_;

  std::vector<Where> stack_;
  std::string key_;
  std::string number_text_;
  ContactField field_ = ContactField::unknown;
  bool owner_field_known_ = false;
  std::string_view list_name_;
  std::size_t list_index_ = 0;

  Owner owner_;
  bool owner_seen_ = false;
  bool owner_announced_ = false;
  bool contacts_seen_ = false;
  bool bare_array_ = false;
  bool finished_ = false;
  std::uint64_t first_byte_ = 0;
  Contact contact_;
  std::vector<std::string> contact_problems_;
  std::vector<Contact> pending_;
  std::size_t index_ = 0;
  std::set<std::string> reported_unknown_;
};

}  // namespace

void read_json_roster(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
                      const ReadOptions& options) {
  input.skip_utf8_bom();
  const std::string_view head = input.head(4096);
  if (trim(head).empty() && head.size() < 4096) {
    diagnostics.error(fmt::format("{}: the file is empty", input.name()));
    return;
  }
  if (head.size() >= 2 &&
      (head[0] == '\0' || head[1] == '\0' || starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF"))) {
    diagnostics.error(fmt::format("{}: the file is UTF-16 or binary; netgap reads UTF-8 JSON", input.name()));
    return;
  }
  InputStreambuf buffer(input);
  std::istream stream(&buffer);
  RosterSax sax(input, buffer, taxonomy, visitor, diagnostics, options);
  const std::size_t leading_space = std::min(head.find_first_not_of(" \t\r\n"), head.size());
  sax.set_first_byte(input.offset() + leading_space);
  try {
    const bool parsed = nlohmann::json::sax_parse(stream, &sax, nlohmann::json::input_format_t::json, true, false);
    buffer.give_back();
    // nlohmann stops at a NUL byte as if the input ended there; anything after it is garbage.
    if (parsed && !input.at_end()) {
      const TextPosition at = input.locate(input.offset() - 1);
      diagnostics.error(fmt::format("{}:{}:{}: a NUL byte, and more after it; is this a JSON file?", input.name(),
                                    at.line, at.column));
    }
  } catch (const nlohmann::json::exception& e) {
    diagnostics.error(fmt::format("{}: {}", input.name(), detail::describe_parse_error(e)));
  }
}

}  // namespace netgap
