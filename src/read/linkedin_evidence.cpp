// LinkedIn's invitations, endorsements and recommendations: one interaction per row, whatever
// its status (pending, hidden, visible): the other person acted, or the owner did.
#include <fmt/format.h>
#include <netgap/read/evidence.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "read/evidence_readers.hpp"
#include "read/import_csv.hpp"
#include "read/linkedin_csv.hpp"

namespace netgap::detail {
namespace {

std::string full_name(std::string_view first, std::string_view last) {
  if (first.empty() || last.empty()) return std::string(first.empty() ? last : first);
  return fmt::format("{} {}", first, last);
}

/// Fills the parts every one of these rows shares and passes the interaction on.
class RowEmitter {
 public:
  RowEmitter(const EvidenceFile& file, EvidenceSink& sink, InteractionSource source) : sink_(sink) {
    interaction_.file = file.name;
    interaction_.source = source;
    interaction_.participants = 2;
  }

  /// A person with a name or a profile URL, on `day`; an empty person is no evidence.
  void emit(std::size_t line, Direction direction, Participant person, std::optional<std::int64_t> instant,
            std::optional<Date> day, std::string_view key) {
    if (!day) return sink_.ignore(line, "malformed date");
    if (person.name.empty() && person.profile_url.empty()) return sink_.ignore(line, "no person named");
    interaction_.direction = direction;
    interaction_.instant = instant;
    interaction_.utc_offset_minutes = instant ? std::optional<int>(0) : std::nullopt;
    interaction_.day = *day;
    interaction_.line = line;
    interaction_.id =
        fmt::format("{}|{}|{}|{}", source_name(interaction_.source), direction_name(direction),
                    person.profile_url.empty() ? normalize_name(person.name) : normalize_url(person.profile_url), key);
    interaction_.people.assign(1, std::move(person));
    sink_.emit(interaction_);
  }

 private:
  EvidenceSink& sink_;
  Interaction interaction_;
};

std::optional<Date> day_of(std::optional<std::int64_t> instant) {
  return instant ? std::optional<Date>(utc_day(*instant)) : std::nullopt;
}

}  // namespace

bool detect_linkedin_invitations(std::string_view, std::string_view head) {
  const auto columns = head_columns(head);
  return columns && columns->has_all({"from", "to", "sentat", "direction"});
}

void read_linkedin_invitations(EvidenceFile& file, const EvidenceOptions&, EvidenceSink& sink) {
  RowEmitter emitter(file, sink, InteractionSource::linkedin_invitation);
  for_each_row(file, &sink, [&](const Columns& columns, const std::vector<std::string>& record, std::size_t line) {
    sink.record();
    const std::string direction = to_lower(columns.get(record, "direction"));
    if (direction != "incoming" && direction != "outgoing") return sink.ignore(line, "unknown direction");
    const bool incoming = direction == "incoming";
    Participant person;
    person.name = std::string(columns.get(record, incoming ? "from" : "to"));
    person.profile_url = std::string(columns.get(record, incoming ? "inviterprofileurl" : "inviteeprofileurl"));
    const std::string_view sent = columns.get(record, "sentat");
    emitter.emit(line, incoming ? Direction::inbound : Direction::outbound, std::move(person), std::nullopt,
                 parse_export_date(sent), sent);
  });
}

bool detect_linkedin_endorsements(std::string_view, std::string_view head) {
  const auto columns = head_columns(head);
  return columns && columns->has_all({"endorsementdate", "endorserfirstname", "endorserlastname"});
}

void read_linkedin_endorsements(EvidenceFile& file, const EvidenceOptions&, EvidenceSink& sink) {
  RowEmitter emitter(file, sink, InteractionSource::endorsement);
  for_each_row(file, &sink, [&](const Columns& columns, const std::vector<std::string>& record, std::size_t line) {
    sink.record();
    Participant person;
    person.name = full_name(columns.get(record, "endorserfirstname"), columns.get(record, "endorserlastname"));
    person.profile_url = std::string(columns.get(record, "endorserpublicurl"));
    const std::string_view date = columns.get(record, "endorsementdate");
    const auto instant = parse_utc_timestamp(date);
    emitter.emit(line, Direction::inbound, std::move(person), instant, day_of(instant),
                 fmt::format("{}|{}", columns.get(record, "skillname"), date));
  });
}

bool detect_linkedin_recommendations(std::string_view, std::string_view head) {
  const auto columns = head_columns(head);
  return columns && columns->has_all({"firstname", "lastname", "text", "creationdate"});
}

void read_linkedin_recommendations(EvidenceFile& file, const EvidenceOptions&, EvidenceSink& sink) {
  // The two files share one header; only the name tells who wrote the recommendation.
  const std::string stem = file_stem(file.base_name);
  const bool received = stem.find("received") != std::string::npos;
  if (!received && stem.find("given") == std::string::npos) {
    return ignore_all_rows(file, sink, "recommendations neither received nor given (by the file's name)");
  }
  RowEmitter emitter(file, sink, InteractionSource::recommendation);
  for_each_row(file, &sink, [&](const Columns& columns, const std::vector<std::string>& record, std::size_t line) {
    sink.record();
    Participant person;
    person.name = full_name(columns.get(record, "firstname"), columns.get(record, "lastname"));
    person.organization = std::string(columns.get(record, "company"));
    const std::string_view date = columns.get(record, "creationdate");
    emitter.emit(line, received ? Direction::inbound : Direction::outbound, std::move(person), std::nullopt,
                 parse_export_date(date), date);
  });
}

}  // namespace netgap::detail
