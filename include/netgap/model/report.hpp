#pragma once

#include <cstddef>
#include <map>
#include <netgap/util/date.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class ByteSource;
class Diagnostics;
struct ImportReport;

/// How well a network type is covered, worst first.
enum class Status { missing, weak, developing, covered };

/// "missing", "weak", "developing", "covered".
std::string_view status_name(Status status);
/// The status of that name, if any.
std::optional<Status> parse_status(std::string_view name);

/// What an audit measures against (docs/scoring.md).
struct AuditSettings {
  Date as_of;                             ///< "today" for recency; fixed for reproducible runs
  int window_days = 365;                  ///< contacted within this many days = active
  std::map<std::string, double> targets;  ///< per-id overrides of the taxonomy's targets
  std::map<std::string, double> weights;  ///< per-category overrides of the score weights
  std::size_t rekindle_limit = 5;         ///< dormant ties kept per network type
};

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
  std::size_t count = 0;   ///< contacts in it
  std::size_t active = 0;  ///< of those, contacted within the window
  double effective = 0;    ///< sum of the contacts' weights (strength x recency)
  double target = 1;
  double weight = 1;
  double coverage = 0;  ///< min(1, effective / target)
  Status status = Status::missing;
  std::vector<Rekindle> rekindle;  ///< the strongest dormant ties, best first
};

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
};

/// The bars of a CI-style self-review.
struct Gates {
  std::optional<double> fail_under;  ///< the score must not be below this
  std::optional<Status> fail_on;     ///< no category may be at or below this status
};

/// One message per gate the report fails ("score 46.9 is below --fail-under 60"); empty when
/// it passes them all.
std::vector<std::string> check_gates(const Report& report, const Gates& gates);

/// True when the contact was in touch within `window_days` before `as_of`.
bool is_active(const Contact& contact, Date as_of, int window_days);

/// Reads `source`, classifies each contact and folds it into per-type tallies, one contact at a
/// time (memory does not grow with the roster), then scores. Problems go to `diagnostics`; the
/// caller checks them. Throws Error for a bad setting (an unknown id in targets, ...).
/// `imported`, when given, receives what an importer did with the records.
Report audit(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, const AuditSettings& settings,
             Diagnostics& diagnostics, const ReadOptions& options = {}, ImportReport* imported = nullptr);

/// Checks `settings` against `taxonomy`: every id known, targets and weights above 0, a window of
/// at least one day. Throws Error with a suggestion.
void check_settings(const AuditSettings& settings, const Taxonomy& taxonomy);

}  // namespace netgap
