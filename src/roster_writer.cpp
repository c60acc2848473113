#include <netgap/date.hpp>
#include <netgap/roster.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace netgap {
namespace {

using nlohmann::ordered_json;

void put(ordered_json& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

void put(ordered_json& out, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) out[key] = values;
}

ordered_json profile_json(const Profile& p) {
  ordered_json out = ordered_json::object();
  put(out, "name", p.name);
  put(out, "organization", p.organization);
  put(out, "department", p.department);
  put(out, "role", p.role);
  put(out, "industry", p.industry);
  put(out, "schools", p.schools);
  return out;
}

ordered_json contact_json(const Contact& c) {
  ordered_json out = profile_json(c);
  out["name"] = c.name;  // required, even when empty
  put(out, "categories", c.categories);
  put(out, "lenses", c.lenses);
  put(out, "tags", c.tags);
  put(out, "how_met", c.how_met);
  if (c.strength != 0) out["strength"] = c.strength;
  if (c.last_contact) out["last_contact"] = format_iso(*c.last_contact);
  if (c.connected_on) out["connected_on"] = format_iso(*c.connected_on);
  put(out, "email", c.email);
  put(out, "url", c.url);
  put(out, "notes", c.notes);
  return out;
}

/// One JSON value per line block, indented to sit inside the "contacts" array.
std::string indented(const ordered_json& value, std::string_view indent) {
  const std::string text = value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
  std::string out;
  out += indent;
  for (const char ch : text) {
    out += ch;
    if (ch == '\n') out += indent;
  }
  return out;
}

}  // namespace

RosterWriter::RosterWriter(std::ostream& out, const Owner* owner) : out_(out) {
  out_ << "{\n  \"schema_version\": 1,\n";
  if (owner != nullptr) {
    const std::string text = indented(profile_json(*owner), "  ");
    out_ << "  \"owner\": " << text.substr(2) << ",\n";
  }
  out_ << "  \"contacts\": [";
}

void RosterWriter::add(const Contact& contact) {
  out_ << (first_ ? "\n" : ",\n") << indented(contact_json(contact), "    ");
  first_ = false;
}

void RosterWriter::finish() { out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

}  // namespace netgap
