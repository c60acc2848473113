#pragma once
// Evidence of contact matched to a roster's contacts and kept per contact and source: the days
// with contact and their direction (docs/activity.md, "Matching" and "What is kept").

#include <cstddef>
#include <cstdint>
#include <map>
#include <netgap/model/interaction.hpp>
#include <netgap/model/report.hpp>
#include <netgap/model/roster.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netgap {

/// The days one contact had contact through one source, each with the directions seen that day.
struct DayFlags {
  static constexpr unsigned inbound = 1;   ///< they acted towards the owner that day
  static constexpr unsigned outbound = 2;  ///< the owner acted towards them that day
  static constexpr unsigned two_way = 4;   ///< a meeting both attended that day
};
/// Source -> day -> DayFlags bits.
using ContactEvidence = std::map<InteractionSource, std::map<Date, unsigned>>;

/// How the people on the evidence were matched, for "read N, matched M to contacts, ...".
struct ActivityCounts {
  std::size_t interactions = 0;  ///< interactions read
  std::size_t people = 0;        ///< people on them: one mail to three people counts three
  std::size_t matched = 0;       ///< people matched to exactly one contact
  std::size_t unmatched = 0;     ///< people no contact shares a key with
  std::size_t ambiguous = 0;     ///< people whose first shared key belongs to several contacts
  std::size_t ignored = 0;       ///< records the readers ignored

  /// "read 62 interactions with 70 people, matched 60 to contacts, unmatched 8, ambiguous 2, ignored 30 records".
  [[nodiscard]] std::string summary() const;
};

/// Which contact a person on the evidence is.
struct PersonMatch {
  enum class Kind { matched, unmatched, ambiguous } kind = Kind::unmatched;
  std::vector<std::size_t> contacts;  ///< the one matched, or every candidate when ambiguous
};

/// Matches each interaction's people to contacts through identity_keys: the profile URL, then
/// each e-mail, then the exact normalised name (with the organisation when the evidence names
/// one). The first key any contact shares decides; a key shared by several contacts is ambiguous.
class ActivityMatcher final : public InteractionVisitor {
 public:
  /// Indexes `contacts` (by their position in the vector).
  ActivityMatcher(const std::vector<Contact>& contacts, std::vector<std::string> organization_suffixes);

  void on_interaction(const Interaction& interaction) override;
  void on_ignored(std::string_view file, std::size_t line, std::string_view reason) override;

  /// The contact `person` is, if any.
  [[nodiscard]] PersonMatch match(const Participant& person) const;
  /// The evidence gathered for contact `index` (empty when none).
  [[nodiscard]] const ContactEvidence& evidence(std::size_t index) const;
  /// What matching did so far.
  [[nodiscard]] const ActivityCounts& counts() const { return counts_; }
  /// Each unmatched or ambiguous person's name (or address), with how often, for --verbose.
  [[nodiscard]] const std::map<std::string, std::size_t>& unmatched_people() const { return unmatched_people_; }

 private:
  [[nodiscard]] PersonMatch lookup(const std::string& key) const;

  std::vector<std::string> suffixes_;
  std::unordered_map<std::string, std::vector<std::size_t>> keys_;  // identity key -> contacts
  std::vector<ContactEvidence> evidence_;
  ActivityCounts counts_;
  std::map<std::string, std::size_t> unmatched_people_;
};

/// Extends `stored` (a contact's activity, in source order) with `evidence`; true when anything
/// changed. A day counts as new when it falls outside a source's first_seen .. last seen: reading
/// the same files again changes nothing, and a newer export adds its newer days.
bool extend_activity(std::vector<SourceActivity>& stored, const ContactEvidence& evidence);

/// Folds `from`, the activity of another record of the same person, into `into` (both in source
/// order); true when anything changed. Per source: the earlier first day, the later last days, and
/// the days added up when the two spans do not overlap, else the larger count (docs/identity.md).
bool combine_activity(std::vector<SourceActivity>& into, const std::vector<SourceActivity>& from);

/// What a contact's activity says, for the audit and explain (docs/activity.md, "What is derived").
struct TieEvidence {
  std::optional<Date> last_contact;  ///< the latest outbound or two-way day of any source
  std::string last_contact_source;   ///< the source of that day
  std::optional<Date> last_inbound;  ///< the latest inbound day of any source
  int days = 0;                      ///< days with contact, summed over sources
  std::optional<Date> first_seen;    ///< the earliest day of any source
  bool reciprocal = false;           ///< a two-way day, or both directions, in any source
  bool recommended = false;          ///< a recommendation either way
  bool endorsed = false;             ///< an endorsement received
  int suggested_strength = 0;        ///< 1-5 by the formula of docs/activity.md; 0 without evidence
};

/// Sums up `activity`.
TieEvidence tie_evidence(const std::vector<SourceActivity>& activity);

/// Why a tie with evidence may need a word although it counts as active (docs/activity.md,
/// "Rekindling"): only they reached out, or it went quiet against its own rhythm.
struct TieQuiet {
  RekindleWhy why = RekindleWhy::dormant;  ///< dormant: nothing to say
  std::optional<Date> last_inbound;        ///< reached_out: their latest day
  std::optional<Date> last_seen;           ///< quiet: the latest day with contact
  int usual_days = 0;                      ///< quiet: the usual days between contacts
};

/// Silence beyond this many times a tie's usual interval predicts decay (Navarro et al. 2017).
inline constexpr int quiet_factor = 8;

/// What `activity` says about the tie on `as_of`: reached_out when every day with contact was
/// inbound; quiet when it had at least 3 days with contact and has been silent for more than
/// quiet_factor times its mean interval (first to last day over days - 1).
TieQuiet tie_quiet(const std::vector<SourceActivity>& activity, Date as_of);

/// `activity` as it was on `as_of`: a source first seen later is left out, and a last day after
/// it cleared (its days are kept: they cannot be split by date). A back-dated audit counts no
/// evidence from after its day.
std::vector<SourceActivity> activity_as_of(std::vector<SourceActivity> activity, Date as_of);

/// Fills in `contact`'s last_contact (the later of the hand-written date and the evidence's, as
/// of `as_of`) and, when none was set by hand, its strength (the suggested one). Unanswered
/// inbound is not contact.
void apply_activity(Contact& contact, Date as_of);

}  // namespace netgap
