#pragma once
// The SAX side of the JSON roster reader: nlohmann's events, turned into scalars and containers,
// drive a stack of where the parser is (the roster, the owner, a contact, one of its lists...).
// Contact fields go to a ContactReader; the owner's fields and the top-level keys are read here.

#include <netgap/model/roster.hpp>
#include <netgap/read/read_options.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "read/contact_reader.hpp"
#include "read/input_streambuf.hpp"
#include "read/roster_fields.hpp"

namespace netgap {
class Diagnostics;
struct Taxonomy;
}  // namespace netgap

namespace netgap::detail::json_roster {

/// Where the parser is: the kind of value it is inside of.
enum class Where { roster, owner, owner_list, contacts, contact, contact_list, activity, activity_source, skip };

/// Receives nlohmann's SAX events for one roster; gives contacts to the visitor and problems to
/// the diagnostics.
class RosterSax {
 public:
  RosterSax(BufferedInput& input, const InputStreambuf& stream, const Taxonomy& taxonomy, RosterVisitor& visitor,
            Diagnostics& diagnostics, const ReadOptions& options);

  // --- nlohmann's SAX interface ---
  bool null();
  bool boolean(bool value);
  bool number_integer(std::int64_t value);
  bool number_unsigned(std::uint64_t value);
  bool number_float(double value, const std::string& text);
  bool string(std::string& value);
  bool binary(std::vector<std::uint8_t>& value);
  bool start_object(std::size_t size);
  bool end_object();
  bool start_array(std::size_t size);
  bool end_array();
  bool key(std::string& name);
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& error);

  /// Where the top-level value starts, to place an error about it.
  void set_first_byte(std::uint64_t offset) { first_byte_ = offset; }

 private:
  bool push(Where where);
  bool scalar(const Scalar& value);
  bool open(Container container);
  void close();

  Where top_open(Container container);
  void top_scalar(const Scalar& value);
  Where owner_open(Container container);
  void owner_scalar(const Scalar& value);
  void owner_list_item(const Scalar& value);

  void type_error(std::string_view path, std::string_view expected, std::string_view got);
  void unknown_key(std::string_view where, std::string_view name, const std::vector<std::string>& known,
                   bool in_contact);
  void element_problem(std::string_view problem);
  void finish_contact();
  void announce_owner();
  void finish_roster();

  BufferedInput& input_;
  const InputStreambuf& stream_;
  RosterVisitor& visitor_;
  Diagnostics& diagnostics_;
  const ReadOptions& options_;

  std::vector<Where> stack_;
  std::uint64_t first_byte_ = 0;
  std::string number_text_;
  std::set<std::string> reported_unknown_;

  TopKey top_key_ = TopKey::unknown;
  bool contacts_seen_ = false;
  bool bare_array_ = false;

  const OwnerField* owner_field_ = nullptr;
  Owner owner_;
  bool owner_seen_ = false;
  bool owner_announced_ = false;

  ContactReader contact_;
  std::size_t index_ = 0;
  std::vector<Contact> pending_;  // contacts read before the owner, when it comes after them
};

/// Runs nlohmann's SAX parser over `stream` with `sax`; false when it stopped early.
bool parse_roster_events(std::istream& stream, RosterSax& sax);

}  // namespace netgap::detail::json_roster
