#include <netgap/model/interaction.hpp>

namespace netgap {

void Interaction::clear() {
  source = InteractionSource::manual;
  direction = Direction::inbound;
  day = Date{};
  instant.reset();
  utc_offset_minutes.reset();
  people.clear();
  participants = 0;
  id.clear();
  file.clear();
  line = 0;
}

void InteractionVisitor::on_ignored(std::string_view, std::size_t, std::string_view) {}

std::string_view source_name(InteractionSource source) {
  switch (source) {
    case InteractionSource::linkedin_message:
      return "linkedin-message";
    case InteractionSource::linkedin_invitation:
      return "linkedin-invitation";
    case InteractionSource::endorsement:
      return "endorsement";
    case InteractionSource::recommendation:
      return "recommendation";
    case InteractionSource::mail:
      return "mail";
    case InteractionSource::calendar:
      return "calendar";
    case InteractionSource::manual:
      return "manual";
  }
  return "manual";
}

std::optional<InteractionSource> parse_source_name(std::string_view name) {
  for (const InteractionSource source : interaction_sources) {
    if (source_name(source) == name) return source;
  }
  return std::nullopt;
}

std::string_view direction_name(Direction direction) {
  switch (direction) {
    case Direction::inbound:
      return "inbound";
    case Direction::outbound:
      return "outbound";
    case Direction::two_way:
      return "two-way";
  }
  return "inbound";
}

}  // namespace netgap
