#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netgap {

class BufferedInput;
class Diagnostics;
struct Taxonomy;

/// Who a person is and where they work: what an owner and a contact have in common.
struct Profile {
  std::string name;
  std::string organization;
  std::string department;
  std::string role;
  std::string industry;
  std::vector<std::string> schools;
};

/// The person whose network a roster is; rules such as "same organisation" compare with it.
struct Owner : Profile {};

/// One person in the roster (format v1, docs/roster-format.md).
struct Contact : Profile {
  std::vector<std::string> categories;  ///< taxonomy ids, explicit
  std::vector<std::string> lenses;      ///< taxonomy ids, explicit
  std::vector<std::string> tags;
  std::string how_met;
  int strength = 0;  ///< 1 (acquaintance) to 5 (close); 0 when not given
  std::optional<Date> last_contact;
  std::optional<Date> connected_on;
  std::string email;
  std::string url;
  std::string notes;

  std::size_t index = 0;  ///< position in the roster, from 0
  std::size_t line = 0;   ///< line where it starts in an imported file, 0 when unknown

  /// Empties every field, keeping the allocated capacity (one Contact is reused per roster).
  void clear();
};

/// Receives a roster one contact at a time.
class RosterVisitor {
 public:
  virtual ~RosterVisitor() = default;
  /// Called once, before the first contact, with the owner or nullptr when the roster has none.
  virtual void on_owner(const Owner* owner) = 0;
  /// Called for every valid contact, in roster order. The contact is reused after the call.
  virtual void on_contact(const Contact& contact) = 0;
};

/// How strictly to read.
struct ReadOptions {
  bool strict = false;           ///< unknown fields and skipped records are errors, not warnings
  const Owner* owner = nullptr;  ///< for formats without one (CSV, vCard): --owner or the config
};

/// Streams a JSON roster (format v1 or a bare array of contacts) from `input` to `visitor`.
/// Problems go to `diagnostics` as `source:line:col: ...` (syntax) or `source: contacts[3] "Ada":
/// field: ...` (content); a contact with an error is not visited. Reading stops at a syntax
/// error. Memory stays flat: no contact is kept once visited (unless the owner comes after the
/// contacts in the file, when contacts wait for it).
void read_json_roster(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
                      const ReadOptions& options = {});

/// Warns about contacts that look like the same person (same e-mail, URL, or normalised name and
/// organisation), naming both.
class DuplicateFinder {
 public:
  /// Checks at most `limit` contacts (a bounded audit), then stops with one warning.
  explicit DuplicateFinder(std::vector<std::string> organization_suffixes,
                           std::size_t limit = static_cast<std::size_t>(-1));
  /// Records `contact`; warns in `diagnostics` when it repeats an earlier one.
  void add(const Contact& contact, std::string_view source, Diagnostics& diagnostics);

 private:
  struct Seen {
    std::size_t index;
    std::string name;
  };
  std::vector<std::string> suffixes_;
  std::size_t limit_;
  std::size_t added_ = 0;
  std::unordered_map<std::string, Seen> seen_;
};

/// Writes a roster (format v1) as JSON, one contact at a time.
class RosterWriter {
 public:
  /// Starts the document; `owner` may be null.
  RosterWriter(std::ostream& out, const Owner* owner);
  /// Appends one contact (empty fields left out).
  void add(const Contact& contact);
  /// Closes the document.
  void finish();

 private:
  std::ostream& out_;
  bool first_ = true;
  std::string buffer_;  // one contact's text, reused
};

/// `contacts[3] "Ada Lovelace"`: how messages name a contact.
std::string contact_label(const Contact& contact);

}  // namespace netgap
