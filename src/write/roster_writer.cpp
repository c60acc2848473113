// Writes rosters as JSON by hand: a roster is written once per contact, so this is a hot path
// for imports (a DOM per contact cost more than the whole CSV parse).
#include <netgap/write/roster_writer.hpp>

#include <fmt/format.h>
#include <cstring>
#include <netgap/model/roster.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/text.hpp>
#include <ostream>

#include "write/contact_fields.hpp"

namespace netgap {
namespace {

/// The contacts' text goes to the stream in pieces of about this size, not one contact at a time.
constexpr std::size_t flush_at = 1 << 16;

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
  /// The comma (after the first member), the line break, the indent and `"key": `, appended at
  /// once: one call into std::string instead of three for every field of every contact.
  void start(std::string_view key) {
    const std::string_view lead = std::string_view(lead_).substr(first_ ? 1 : 0);
    first_ = false;
    char head[64];
    if (lead.size() + key.size() + 3 > sizeof head) {  // not for netgap's own keys and indents
      out_.append(lead).append(key).append("\": ");
      return;
    }
    std::memcpy(head, lead.data(), lead.size());
    std::memcpy(head + lead.size(), key.data(), key.size());
    std::memcpy(head + lead.size() + key.size(), "\": ", 3);
    out_.append(head, lead.size() + key.size() + 3);
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
  buffer_ += first_ ? "\n    " : ",\n    ";
  first_ = false;
  ObjectWriter object(buffer_, "    ");
  detail::write_contact_fields(object, c);
  object.close();
  if (buffer_.size() >= flush_at) {
    out_ << buffer_;
    buffer_.clear();
  }
}

void RosterWriter::finish() {
  out_ << buffer_ << (first_ ? "]\n}\n" : "\n  ]\n}\n");
  buffer_.clear();
}

}  // namespace netgap
