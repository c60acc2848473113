#pragma once
// Comparing two audits: type by type, and for rosters contact by contact.

#include <cstddef>
#include <netgap/model/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Compares two reports, type by type (matched by id).
ReportDiff diff_reports(const Report& before, const Report& after);

/// One contact of a roster, as a diff needs it.
struct ContactState {
  std::vector<std::string> keys;  ///< identity_keys(), strongest first
  std::string name;
  std::string person;        ///< the name, normalised
  std::string organization;  ///< as written
  std::string employer;      ///< the organisation, normalised
  bool active = false;
};

/// The state of a contact on a date: its identity, name and whether it is active.
ContactState contact_state(const Contact& contact, Date as_of, int window_days,
                           const std::vector<std::string>& organization_suffixes);

/// Keeps the state of every contact of a roster as it streams past (a diff needs both sides).
class ContactStates final : public RosterVisitor {
 public:
  ContactStates(Date as_of, int window_days, std::vector<std::string> organization_suffixes);
  void on_owner(const Owner*) override {}
  void on_contact(const Contact& contact) override;
  std::vector<ContactState> states;

 private:
  Date as_of_;
  int window_days_;
  std::vector<std::string> suffixes_;
};

/// Fills the contact lists of `diff`, matching people by identity (identity.hpp): added, removed,
/// renamed, changed organisation, and ties that went dormant.
void compare_contacts(ReportDiff& diff, const std::vector<ContactState>& before,
                      const std::vector<ContactState>& after);

}  // namespace netgap
