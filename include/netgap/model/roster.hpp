#pragma once

#include <cstddef>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

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

/// The how_met a LinkedIn export's contacts are imported with: it names the platform, and says
/// nothing of how two people met (so it does not make mentoring assessable).
inline constexpr std::string_view imported_from_linkedin = "LinkedIn";

/// What the evidence of one source says about a contact; kept in the roster so that every derived
/// number can be explained, and so that reading the same files again changes nothing
/// (docs/activity.md, "What is kept").
struct SourceActivity {
  std::string source;                 ///< an interaction source's name: "linkedin-message", "mail", "calendar", ...
  std::optional<Date> first_seen;     ///< the earliest day with contact
  std::optional<Date> last_inbound;   ///< the latest day they acted towards the owner
  std::optional<Date> last_outbound;  ///< the latest day the owner acted towards them
  std::optional<Date> last_two_way;   ///< the latest meeting, or day with both an inbound and an outbound
  int days = 0;                       ///< distinct days with contact, at most max_days
  static constexpr int max_days = 1000000;  ///< the most a roster may say (more than 2,700 years)

  /// The latest of the three last days, if any.
  [[nodiscard]] std::optional<Date> last_seen() const;
  bool operator==(const SourceActivity& other) const;
  bool operator!=(const SourceActivity& other) const { return !(*this == other); }
};

/// One person in the roster (format v1, docs/roster-format.md).
struct Contact : Profile {
  std::vector<std::string> previous_organizations;  ///< where they worked before, most recent first
  std::vector<std::string> categories;              ///< taxonomy ids, explicit
  std::vector<std::string> lenses;                  ///< taxonomy ids, explicit
  std::vector<std::string> tags;
  std::string how_met;
  int strength = 0;  ///< 1 (acquaintance) to 5 (close); 0 when not given
  std::optional<Date> last_contact;
  std::optional<Date> connected_on;
  std::string email;                ///< the address to use
  std::vector<std::string> emails;  ///< their other addresses (old ones included)
  std::string url;                  ///< their profile
  std::vector<std::string> urls;    ///< their other profiles and former profile URLs
  std::string notes;
  std::vector<SourceActivity> activity;  ///< one per source, in source order; empty without evidence

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

/// `contacts[3] "Ada Lovelace"`: how messages name a contact.
std::string contact_label(const Contact& contact);

}  // namespace netgap
