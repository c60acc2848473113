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

/// Why a tie is worth a word now.
enum class RekindleWhy {
  dormant,      ///< no contact within the window
  reached_out,  ///< only they reached out: inbound evidence, no outbound or two-way day
  quiet,        ///< silent for over 8 times its own usual interval, though inside the window
};

/// A tie worth rekindling.
struct Rekindle {
  std::string name;
  int strength = 0;
  std::optional<Date> last_contact;
  RekindleWhy why = RekindleWhy::dormant;
  std::optional<Date> last_inbound;  ///< reached_out: the day they last did
  int usual_days = 0;                ///< quiet: the tie's usual days between contacts
};

/// "(strength 4, last contact 2026-03-01)", "(reached out 2026-10-03, not answered)", ... for
/// the text and HTML reports.
std::string rekindle_facts(const Rekindle& rekindle);

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

/// True when most of a type's ties have no date of last contact: its status then rests on the
/// weight undated ties get (half of an active tie), and is shown as a guess ("covered?").
bool rests_on_undated(const Coverage& coverage);

/// "0/8", or "?/8" when no tie is dated (the active count is unknown, not zero).
std::string active_ratio(const Coverage& coverage, std::string_view separator = "/");

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
  std::string taxonomy;        ///< the fingerprint of the taxonomy it was made with; "" in older reports
  std::size_t contacts = 0;    ///< people counted: each once
  std::size_t duplicates = 0;  ///< contacts not counted: certainly an earlier contact's person
  std::size_t classified = 0;
  std::size_t unclassified = 0;
  std::vector<std::string> unclassified_examples;  ///< the first few names
  std::size_t not_yet_connected = 0;               ///< connected after as_of: left out of the audit
  double score = 0;                                ///< 0..100, rounded to one decimal once, in the core
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
  long count_before = 0;  ///< contacts in it
  long count_after = 0;
  long active_before = 0;
  long active_after = 0;
  double weight = 1;  ///< its weight in the score (the later report's)
  double coverage_before = 0;
  double coverage_after = 0;
  Status status_before = Status::missing;
  Status status_after = Status::missing;
  bool in_before = true;  ///< false for a type the earlier report's taxonomy did not have
  bool in_after = true;   ///< false for a type the later report's taxonomy no longer has

  /// "new" or "removed" (in one report only: their taxonomies differ), else "opened" (was
  /// covered, is not), "closed" (was not, is covered), "worse", "better" or "same";
  /// "unassessable" or "assessed" when one side could not be assessed.
  [[nodiscard]] std::string_view change() const;
  /// Why its coverage moved: "decay" (it fell, and no contact left it: the same people, less
  /// recent), "lost" (it fell, and fewer contacts are in it), "gain" (it rose), or "" (unchanged).
  [[nodiscard]] std::string_view cause() const;
  /// True when it is in both reports and its status is worse in the later one.
  [[nodiscard]] bool worsened() const;
};

/// A person in both rosters of a diff whose name or organisation changed.
struct ContactChange {
  std::string name;    ///< the name in the new roster
  std::string before;  ///< the old name, or the old organisation
  std::string after;   ///< the new name, or the new organisation
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
  bool has_contacts = false;                        ///< true when both sides were rosters
  std::vector<std::string> added;                   ///< contacts only in the new roster
  std::vector<std::string> removed;                 ///< contacts only in the old roster
  std::vector<std::string> went_dormant;            ///< active in the old audit, dormant in the new
  std::vector<ContactChange> renamed;               ///< the same person (same profile, e-mail...) under another name
  std::vector<ContactChange> changed_organization;  ///< the same person at another organisation
  std::string old_taxonomy;                         ///< the reports' taxonomy fingerprints ("" when unknown)
  std::string new_taxonomy;
  double tolerance = 0;          ///< score points a regression may lose before it counts
  bool decay_regresses = false;  ///< decay counts as a regression too

  /// The score points that categories of this cause() moved ("decay", "lost" or "gain"); the three
  /// add up to score_after - score_before.
  [[nodiscard]] double points(std::string_view cause) const;
  /// What makes this a regression, in words: the score fell, apart from decay (unless
  /// decay_regresses), by more than the tolerance; or a status worsened as a type lost contacts
  /// (or as its ties aged, when decay_regresses). Empty when it is none.
  [[nodiscard]] std::vector<std::string> regressions() const;
  /// True when both reports name their taxonomy and the two differ.
  [[nodiscard]] bool taxonomies_differ() const;
  /// True when regressions() is not empty.
  [[nodiscard]] bool regressed() const;
  /// The ids of the categories and lenses whose change() is `change`.
  [[nodiscard]] std::vector<std::string> ids_where(std::string_view change) const;
  /// The ids of the categories and lenses whose cause() is `cause`.
  [[nodiscard]] std::vector<std::string> ids_of_cause(std::string_view cause) const;
};

/// The coverage of one category or lens in each report, NaN where a report's taxonomy lacks it.
std::vector<double> coverage_series(const std::vector<Report>& reports, const std::string& id, TypeKind kind);

/// Every category (or lens) of any of the reports: the latest report's, in its order, then those
/// only earlier reports' taxonomies had. The pointers are into `reports`.
std::vector<const Coverage*> types_over(const std::vector<Report>& reports, TypeKind kind);

/// "category" or "lens".
std::string_view kind_name(TypeKind kind);

}  // namespace netgap
