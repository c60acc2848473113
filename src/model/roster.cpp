#include <netgap/model/roster.hpp>

#include <fmt/format.h>
#include <netgap/util/text.hpp>

namespace netgap {

void Contact::clear() {
  for (std::string* s : {&name, &organization, &department, &role, &industry, &how_met, &email, &url, &notes})
    s->clear();
  for (auto* list : {&schools, &previous_organizations, &categories, &lenses, &tags, &emails, &urls}) list->clear();
  activity.clear();
  strength = 0;
  last_contact.reset();
  connected_on.reset();
  index = 0;
  line = 0;
}

std::optional<Date> SourceActivity::last_seen() const {
  std::optional<Date> last;
  for (const auto* day : {&last_inbound, &last_outbound, &last_two_way}) {
    if (*day && (!last || *last < **day)) last = *day;
  }
  return last;
}

bool SourceActivity::operator==(const SourceActivity& other) const {
  return source == other.source && first_seen == other.first_seen && last_inbound == other.last_inbound &&
         last_outbound == other.last_outbound && last_two_way == other.last_two_way && days == other.days;
}

std::string contact_label(const Contact& contact) {
  if (trim(contact.name).empty()) return fmt::format("contacts[{}]", contact.index);
  return fmt::format("contacts[{}] {}", contact.index, quote(contact.name));
}

}  // namespace netgap
