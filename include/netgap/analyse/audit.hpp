#pragma once
// The audit pipeline's middle: classify each contact as it streams past and fold it into tallies.

#include <map>
#include <memory>
#include <netgap/model/report.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/util/error.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

class ByteSource;
class Classifier;
class IdentityIndex;
class Diagnostics;
class Tally;
struct ImportReport;
struct ReadOptions;

/// What an audit measures against (docs/scoring.md).
struct AuditSettings {
  Date as_of;                             ///< "today" for recency; fixed for reproducible runs
  int window_days = 365;                  ///< contacted within this many days = active
  std::map<std::string, double> targets;  ///< per-id overrides of the taxonomy's targets
  std::map<std::string, double> weights;  ///< per-category overrides of the score weights
  std::size_t rekindle_limit = 5;         ///< dormant ties kept per network type
  bool egogram = false;                   ///< also fill Report::egogram (the HTML report draws it)
  std::size_t egogram_dots = 300;         ///< named dots kept; beyond, only counts per cell
};

/// A setting of AuditSettings that is wrong; the caller names it as the user wrote it.
class SettingError : public Error {
 public:
  enum class Setting { targets, weights, window };
  SettingError(Setting setting, const std::string& problem) : Error(problem), setting_(setting) {}
  [[nodiscard]] Setting setting() const { return setting_; }

 private:
  Setting setting_;
};

/// Checks `settings` against `taxonomy`: every id known, targets and weights above 0, a window of
/// at least one day. Throws SettingError with a suggestion.
void check_settings(const AuditSettings& settings, const Taxonomy& taxonomy);

/// True when the contact was connected after `as_of`: on that date not yet in the network, so an
/// audit as of that date leaves them out.
bool connected_after(const Contact& contact, Date as_of);

/// The contact's last contact as an audit on `as_of` sees it: none when it is after that date (a
/// back-dated audit, or a typo like 2062): a meeting that has not happened is no contact.
std::optional<Date> last_contact_as_of(const Contact& contact, Date as_of);

/// True when the contact was in touch within `window_days` before `as_of` (and not after it).
bool is_active(const Contact& contact, Date as_of, int window_days);

/// Classifies each contact as it arrives and folds it into a Tally, counting each person once (a
/// contact certainly the same person as an earlier one is warned about and left out): memory grows
/// only by a few key hashes per contact. Warns in `diagnostics` about rules skipped for want of an owner.
class Auditor final : public RosterVisitor {
 public:
  /// Throws SettingError for bad settings. `taxonomy` and `diagnostics` must outlive the auditor.
  Auditor(const Taxonomy& taxonomy, const AuditSettings& settings, std::string source, Diagnostics& diagnostics);
  ~Auditor() override;
  Auditor(const Auditor&) = delete;
  Auditor& operator=(const Auditor&) = delete;

  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;

  /// Scores what was folded so far.
  [[nodiscard]] Report report() const;

 private:
  const Taxonomy& taxonomy_;
  std::unique_ptr<Tally> tally_;
  std::string source_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Classifier> classifier_;
  std::optional<Owner> owner_;
  std::unique_ptr<IdentityIndex> people_;
  Date as_of_;  // evidence after it does not count
  std::size_t duplicates_ = 0;
};

/// Passes each contact to several visitors in turn, so that one read feeds them all.
class FanOut final : public RosterVisitor {
 public:
  explicit FanOut(std::vector<RosterVisitor*> visitors) : visitors_(std::move(visitors)) {}
  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;

 private:
  std::vector<RosterVisitor*> visitors_;
};

/// Reads `source`, classifies each contact and folds it into per-type tallies, one contact at a
/// time, then scores; `also` receive every contact too (one read for several purposes). Problems
/// go to `diagnostics`; the caller checks them. Throws SettingError for a bad setting.
/// `imported`, when given, receives what an importer did with the records.
Report audit(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, const AuditSettings& settings,
             Diagnostics& diagnostics, const ReadOptions& options, ImportReport* imported = nullptr,
             const std::vector<RosterVisitor*>& also = {});

}  // namespace netgap
