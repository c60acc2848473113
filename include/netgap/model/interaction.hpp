#pragma once
// One piece of evidence of contact between the owner and other people: when, where from, which
// way, with whom. Never what was said: no message body, subject or note is kept here.

#include <cstddef>
#include <cstdint>
#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Where a piece of evidence comes from; part of its de-duplication id and of explanations.
enum class InteractionSource {
  linkedin_message,
  linkedin_invitation,
  endorsement,
  recommendation,
  mail,
  calendar,
  manual
};

/// Every source, in the order a contact's activity lists them.
inline constexpr InteractionSource interaction_sources[] = {InteractionSource::linkedin_message,
                                                            InteractionSource::linkedin_invitation,
                                                            InteractionSource::endorsement,
                                                            InteractionSource::recommendation,
                                                            InteractionSource::mail,
                                                            InteractionSource::calendar,
                                                            InteractionSource::manual};

/// Which way it went, seen from the owner.
enum class Direction {
  inbound,   ///< the other person acted towards the owner (wrote, invited, endorsed, recommended)
  outbound,  ///< the owner acted towards them
  two_way    ///< both took part (a meeting both attended)
};

/// A person on the other side of an interaction, as the source names them (not yet matched).
struct Participant {
  std::string name;                 ///< display name, decoded to UTF-8; may be empty
  std::vector<std::string> emails;  ///< as written (case kept); may be empty
  std::string profile_url;          ///< as written (LinkedIn); may be empty
  std::string organization;         ///< as written, where the source names it (recommendations)
};

/// One dated interaction between the owner and `people`.
struct Interaction {
  InteractionSource source = InteractionSource::manual;
  Direction direction = Direction::inbound;
  /// The day it counts for: the UTC day of `instant` when the source gives a time with a zone,
  /// else the date as written (docs/activity.md, "Days").
  Date day;
  std::optional<std::int64_t> instant;    ///< seconds since 1970-01-01 UTC, when time and zone are known
  std::optional<int> utc_offset_minutes;  ///< the zone written with the time (mail: -0400 is -240)
  /// The people it is contact with: the sender of an inbound message, every recipient of an
  /// outbound one, every attendee of a meeting who did not decline. Never the owner.
  std::vector<Participant> people;
  std::size_t participants = 0;  ///< everyone on the record, the owner included (group caps)
  std::string id;                ///< the same record read twice has the same id
  std::string file;              ///< where it was read ("export.zip/messages.csv")
  std::size_t line = 0;          ///< the line its record starts on, 1-based

  /// Empties every field, keeping allocated capacity (readers reuse one Interaction).
  void clear();
};

/// Receives evidence one interaction at a time, and each record that was not evidence.
class InteractionVisitor {
 public:
  virtual ~InteractionVisitor() = default;
  /// Called for every interaction, in file order. The interaction is reused after the call.
  virtual void on_interaction(const Interaction& interaction) = 0;
  /// Called for every record read and ignored, with why (for --verbose listings).
  virtual void on_ignored(std::string_view file, std::size_t line, std::string_view reason);
};

/// "linkedin-message", "mail", "calendar", ...
std::string_view source_name(InteractionSource source);
/// The source called `name` (as source_name writes it), if any.
std::optional<InteractionSource> parse_source_name(std::string_view name);
/// "inbound", "outbound", "two-way".
std::string_view direction_name(Direction direction);

}  // namespace netgap
