#include <netgap/model/roster.hpp>

#include <fmt/format.h>
#include <netgap/util/text.hpp>

namespace netgap {

void Contact::clear() {
  for (std::string* s : {&name, &organization, &department, &role, &industry, &how_met, &email, &url, &notes})
    s->clear();
  for (auto* list : {&schools, &previous_organizations, &categories, &lenses, &tags, &emails, &urls}) list->clear();
  strength = 0;
  last_contact.reset();
  connected_on.reset();
  index = 0;
  line = 0;
}

std::string contact_label(const Contact& contact) {
  if (trim(contact.name).empty()) return fmt::format("contacts[{}]", contact.index);
  return fmt::format("contacts[{}] {}", contact.index, quote(contact.name));
}

}  // namespace netgap
