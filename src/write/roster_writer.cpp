// Writes rosters as JSON by hand: a roster is written once per contact, so this is a hot path
// for imports (a DOM per contact cost more than the whole CSV parse).
#include <netgap/write/roster_writer.hpp>

#include <fmt/format.h>
#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/text.hpp>
#include <ostream>

#include "write/contact_fields.hpp"

namespace netgap {
namespace {

class ObjectWriter {
 public:
  ObjectWriter(std::string& out, std::string_view indent) : out_(out), indent_(indent) {
    lead_ += ",\n";
    lead_ += indent;
    lead_ += "  \"";  // keys are netgap's own field names: nothing in them to escape
    out_ += '{';
  }

  void field(std::string_view key, std::string_view value, bool always) {
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
  void close() {
    if (!first_) {
      out_ += '\n';
      out_ += indent_;
    }
    out_ += '}';
  }

 private:
  void start(std::string_view key) {
    out_.append(lead_, first_ ? 1 : 0);
    first_ = false;
    out_ += key;
    out_ += "\": ";
  }
  std::string& out_;
  std::string_view indent_;
  std::string lead_;  // ",\n", the indent and the key's opening quote (without the comma first)
  bool first_ = true;
};

}  // namespace

RosterWriter::RosterWriter(std::ostream& out, const Owner* owner) : out_(out) {
  std::string text = "{\n  \"schema_version\": 1,\n";
  if (owner != nullptr) {
    text += "  \"owner\": ";
    ObjectWriter object(text, "  ");
    detail::write_profile_fields(object, *owner, false);
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
  detail::write_contact_fields(object, c);
  object.close();
  out_ << buffer_;
}

void RosterWriter::finish() { out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

}  // namespace netgap
