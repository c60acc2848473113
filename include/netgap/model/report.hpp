#pragma once

#include <array>
#include <cstddef>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// How well a network type is covered, worst first; `unassessable` (last, outside that order) when
/// the input has none of the fields the type is inferred from, so "none" cannot be told from "unknown".
enum class Status { missing, weak, developing, covered, unassessable };

/// "missing", "weak", "developing", "covered", "unassessable".
std::string_view status_name(Status status);
/// The status of that name, if any.
std::optional<Status> parse_status(std::string_view name);

/// A dormant tie worth rekindling.
struct Rekindle {
  std::string name;
  int strength = 0;
  std::optional<Date> last_contact;
};

/// The coverage of one category or lens.
struct Coverage {
  TypeKind kind = TypeKind::category;
  std::string id;
  std::string group;  ///< empty for lenses
  std::string name;
  std::size_t count = 0;            ///< contacts in it
  std::size_t active = 0;           ///< of those, contacted within the window
  std::size_t unknown_recency = 0;  ///< of those, with no last contact known (0 in reports before it)
  double effective = 0;             ///< sum of the contacts' weights (strength x recency)
  double target = 1;
  double weight = 1;
  double coverage = 0;  ///< min(1, effective / target)
  Status status = Status::missing;
  std::vector<Rekindle> rekindle;           ///< the strongest dormant ties, best first
  std::vector<std::string> missing_fields;  ///< unassessable: the fields no contact had
};

/// "Alumni Network cannot be assessed from this input: no contact has schools; ..." for an
/// unassessable type, in words (empty for any other status).
std::string unassessable_note(const Coverage& coverage);

/// The coverage of one of the document's three networks.
struct GroupCoverage {
  std::string id;
  std::string name;
  std::size_t count = 0;  ///< contacts in at least one of its categories
  double coverage = 0;    ///< weighted mean of its categories' coverage
  double share = 0;       ///< its share of all category memberships
};

/// How evenly contacts spread over the categories.
struct Diversity {
  double blau = 0;              ///< 1 - sum of squared shares
  double blau_normalized = 0;   ///< blau / (1 - 1/K), 0..1
  double shannon_evenness = 0;  ///< H / ln K, 0..1
};

/// One thing to do next.
struct Recommendation {
  TypeKind kind = TypeKind::category;
  std::string id;
  std::string name;
  std::size_t priority = 0;  ///< 1 is most urgent
  Status status = Status::missing;
  double gap = 0;      ///< weight x (1 - coverage)
  std::string reason;  ///< "0 of 3 active contacts; 1 dormant"
  std::vector<Statement> actions;
  std::vector<Statement> benefits;
  std::vector<Rekindle> rekindle;
};

/// One contact in one sector of the egogram.
struct EgogramDot {
  std::string name;
  std::size_t sector = 0;  ///< a category's index; the number of categories for the unclassified
  std::size_t ring = 0;    ///< see Egogram
  int strength = 0;        ///< 0 (not given) to 5
  int days = -1;           ///< since the last contact; -1 when there is no date
};

/// Where the contacts sit around the owner: one sector per category and a last one for the
/// unclassified, rings by recency. Its size depends on the taxonomy and the dot limit, never on
/// the roster.
struct Egogram {
  /// From the centre: within ring_days[0], [1] and [2] days (the window), dormant, no date.
  static constexpr std::size_t rings = 5;
  static constexpr std::size_t strengths = 6;  ///< 0 (not given) to 5
  std::array<int, 3> ring_days{};              ///< the outer bound of each dated ring, in days
  std::size_t sectors = 0;                     ///< categories, then the unclassified
  std::vector<std::size_t> counts;             ///< contacts per sector, ring and strength
  std::vector<EgogramDot> dots;                ///< one per contact and sector, unless aggregated
  bool aggregated = false;                     ///< more dots than the limit: counts only

  /// The contacts of one sector, ring and strength.
  [[nodiscard]] std::size_t count(std::size_t sector, std::size_t ring, std::size_t strength) const;
  /// The contacts of one sector and ring, any strength.
  [[nodiscard]] std::size_t count(std::size_t sector, std::size_t ring) const;
};

/// Everything an audit found: plain data, the input of every renderer.
struct Report {
  std::string source;
  std::optional<Owner> owner;
  Date as_of;
  int window_days = 365;
  std::size_t contacts = 0;
  std::size_t classified = 0;
  std::size_t unclassified = 0;
  std::vector<std::string> unclassified_examples;  ///< the first few names
  double score = 0;                                ///< 0..100
  std::vector<Coverage> categories;                ///< in taxonomy order
  std::vector<Coverage> lenses;                    ///< in taxonomy order
  std::vector<GroupCoverage> groups;
  Diversity diversity;
  std::vector<Recommendation> recommendations;  ///< most urgent first
  std::optional<Egogram> egogram;               ///< only when AuditSettings::egogram; not saved
};

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

  /// "opened" (was covered, is not), "closed" (was not, is covered), "worse", "better" or "same";
  /// "unassessable" or "assessed" when one side could not be assessed.
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
  /// The ids of the categories and lenses whose change() is `change`.
  [[nodiscard]] std::vector<std::string> ids_where(std::string_view change) const;
};

/// The coverage of one category or lens in each report, 0 where a report lacks it (a trend).
std::vector<double> coverage_series(const std::vector<Report>& reports, const std::string& id, TypeKind kind);

/// "category" or "lens".
std::string_view kind_name(TypeKind kind);

}  // namespace netgap
