// Writes rosters as JSON by hand: a roster is written once per contact, so this is a hot path
// for imports (a DOM per contact cost more than the whole CSV parse).
#include <netgap/write/roster_writer.hpp>

#include <fmt/format.h>
#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/text.hpp>
#include <ostream>

namespace netgap {
namespace {

class ObjectWriter {
 public:
  ObjectWriter(std::string& out, std::string_view indent) : out_(out), indent_(indent) { out_ += "{"; }

  void field(std::string_view key, std::string_view value, bool always = false) {
    if (value.empty() && !always) return;
    start(key);
    append_quoted(out_, value);
  }
  void field(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    start(key);
    out_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ += ", ";
      append_quoted(out_, values[i]);
    }
    out_ += ']';
  }
  void raw(std::string_view key, std::string_view json) {
    start(key);
    out_ += json;
  }
  void close() { out_ += first_ ? "}" : "\n" + std::string(indent_) + "}"; }

 private:
  void start(std::string_view key) {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    out_ += indent_;
    out_ += "  ";
    append_quoted(out_, key);
    out_ += ": ";
  }
  std::string& out_;
  std::string_view indent_;
  bool first_ = true;
};

void profile_fields(ObjectWriter& object, const Profile& p, bool name_always) {
  object.field("name", p.name, name_always);
  object.field("organization", p.organization);
  object.field("department", p.department);
  object.field("role", p.role);
  object.field("industry", p.industry);
  object.field("schools", p.schools);
}

}  // namespace

RosterWriter::RosterWriter(std::ostream& out, const Owner* owner) : out_(out) {
  std::string text = "{\n  \"schema_version\": 1,\n";
  if (owner != nullptr) {
    text += "  \"owner\": ";
    ObjectWriter object(text, "  ");
    profile_fields(object, *owner, false);
    object.close();
    text += ",\n";
  }
  text += "  \"contacts\": [";
  out_ << text;
}

void RosterWriter::add(const Contact& c) {
  buffer_.clear();
  buffer_ += first_ ? "\n    " : ",\n    ";
  first_ = false;
  ObjectWriter object(buffer_, "    ");
  profile_fields(object, c, true);
  object.field("categories", c.categories);
  object.field("lenses", c.lenses);
  object.field("tags", c.tags);
  object.field("how_met", c.how_met);
  if (c.strength != 0) object.raw("strength", std::to_string(c.strength));
  if (c.last_contact) object.field("last_contact", format_iso(*c.last_contact));
  if (c.connected_on) object.field("connected_on", format_iso(*c.connected_on));
  object.field("email", c.email);
  object.field("url", c.url);
  object.field("notes", c.notes);
  object.close();
  out_ << buffer_;
}

void RosterWriter::finish() { out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

}  // namespace netgap
