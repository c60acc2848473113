#pragma once

#include <cstddef>
#include <netgap/model/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// How one category or lens changed between two audits.
struct TypeChange {
  TypeKind kind = TypeKind::category;
  std::string id;
  std::string name;
  long active_before = 0;
  long active_after = 0;
  double coverage_before = 0;
  double coverage_after = 0;
  Status status_before = Status::missing;
  Status status_after = Status::missing;

  /// "opened" (was covered, is not), "closed" (was not, is covered), "worse", "better" or "same".
  [[nodiscard]] std::string_view change() const;
};

/// What changed between two audits (and, for rosters, between their contacts).
struct ReportDiff {
  std::string old_source;
  std::string new_source;
  Date old_as_of;
  Date new_as_of;
  double score_before = 0;
  double score_after = 0;
  std::vector<TypeChange> categories;
  std::vector<TypeChange> lenses;
  bool has_contacts = false;              ///< true when both sides were rosters
  std::vector<std::string> added;         ///< contacts only in the new roster
  std::vector<std::string> removed;       ///< contacts only in the old roster
  std::vector<std::string> went_dormant;  ///< active in the old audit, dormant in the new

  /// True when the score dropped or any category's or lens's status worsened.
  [[nodiscard]] bool regressed() const;
};

/// Compares two reports, type by type (matched by id).
ReportDiff diff_reports(const Report& before, const Report& after);

/// One contact of a roster, as a diff needs it.
struct ContactState {
  std::string key;  ///< e-mail, else normalised name and organisation
  std::string name;
  bool active = false;
};

/// The state of a contact on a date: its key, name and whether it is active.
ContactState contact_state(const Contact& contact, Date as_of, int window_days);

/// Fills the contact lists of `diff`: added, removed, and ties that went dormant.
void compare_contacts(ReportDiff& diff, const std::vector<ContactState>& before,
                      const std::vector<ContactState>& after);

/// Reads a report written by `netgap audit --format json`; throws Error naming the place.
Report parse_report_json(std::string_view text, std::string_view source);

/// True when `text` looks like a netgap JSON report (rather than a roster).
bool looks_like_report(std::string_view head);

/// The score and each category's coverage over saved reports (oldest first): sparklines and
/// first -> last in text; the series in JSON.
std::string render_trend_text(const std::vector<Report>& reports);
std::string render_trend_json(const std::vector<Report>& reports);

/// The diff as text for a terminal, JSON (versioned), Markdown, TSV.
std::string render_diff_text(const ReportDiff& diff);
std::string render_diff_json(const ReportDiff& diff);
std::string render_diff_markdown(const ReportDiff& diff);
std::string render_diff_tsv(const ReportDiff& diff);

}  // namespace netgap
