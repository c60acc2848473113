#include <netgap/analyse/duplicates.hpp>

#include <fmt/format.h>
#include <map>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>

namespace netgap {

DuplicateFinder::DuplicateFinder(std::vector<std::string> organization_suffixes, std::size_t limit)
    : index_(std::move(organization_suffixes), true), limit_(limit) {}

void DuplicateFinder::add(const Contact& contact, std::string_view source, Diagnostics& diagnostics) {
  if (added_ == limit_) {
    diagnostics.warn(fmt::format("{}: duplicate check stopped after {} contacts", source, limit_));
  }
  if (added_ >= limit_) {
    ++added_;
    return;
  }
  const auto& found = index_.add(contact, static_cast<std::uint32_t>(added_++));
  name_starts_.push_back(names_.size());
  names_ += contact.name;
  indexes_.push_back(contact.index);
  if (found.empty()) return;
  const std::size_t earlier = found.front().position;
  findings_.push_back(
      {contact.index, indexes_[earlier], found.front().reason});  // one warning per contact: the strongest match
  const std::size_t end = earlier + 1 < name_starts_.size() ? name_starts_[earlier + 1] : names_.size();
  const std::string_view name = std::string_view(names_).substr(name_starts_[earlier], end - name_starts_[earlier]);
  diagnostics.warn(fmt::format("{}: {} {} contacts[{}] {} ({})", source, contact_label(contact),
                               is_certain(found.front().reason) ? "is the same person as" : "may be the same person as",
                               indexes_[earlier], quote(name), reason_text(found.front().reason)));
}

std::vector<DuplicateGroup> duplicate_groups(const std::vector<Contact>& contacts,
                                             const std::vector<std::string>& organization_suffixes) {
  DuplicateFinder finder(organization_suffixes);
  Diagnostics ignored;
  for (const Contact& contact : contacts) finder.add(contact, "", ignored);
  std::map<std::pair<bool, std::size_t>, DuplicateGroup> groups;  // (probable, first index)
  for (const auto& found : finder.findings()) {
    const bool certain = is_certain(found.reason);
    DuplicateGroup& group = groups[{!certain, found.earlier}];
    if (group.members.empty()) {
      group.certain = certain;
      group.members.push_back({found.earlier, found.earlier, found.reason});
    }
    group.members.push_back(found);
  }
  std::vector<DuplicateGroup> out;
  for (auto& entry : groups) out.push_back(std::move(entry.second));
  return out;
}

}  // namespace netgap
