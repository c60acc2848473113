#include <netgap/analyse/duplicates.hpp>

#include <fmt/format.h>
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
  const std::size_t earlier = found.front().position;  // one warning per contact: the strongest match
  const std::size_t end = earlier + 1 < name_starts_.size() ? name_starts_[earlier + 1] : names_.size();
  const std::string_view name = std::string_view(names_).substr(name_starts_[earlier], end - name_starts_[earlier]);
  diagnostics.warn(fmt::format("{}: {} {} contacts[{}] {} ({})", source, contact_label(contact),
                               is_certain(found.front().reason) ? "is the same person as" : "may be the same person as",
                               indexes_[earlier], quote(name), reason_text(found.front().reason)));
}

}  // namespace netgap
