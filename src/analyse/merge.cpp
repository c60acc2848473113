#include <netgap/analyse/merge.hpp>

#include <netgap/analyse/combine.hpp>
#include <netgap/util/normalize.hpp>
#include <unordered_map>

namespace netgap {
namespace {

constexpr std::size_t no_match = static_cast<std::size_t>(-1);

/// The contacts of a merge under their keys and their names.
class Known {
 public:
  explicit Known(const std::vector<std::string>& suffixes) : suffixes_(suffixes) {}

  /// Files `contact` under its keys, and under its name when `is_new` (a contact's name never
  /// changes in a merge; its keys may grow).
  void remember(const Contact& contact, std::size_t index, bool is_new) {
    for (const auto& key : identity_keys(contact, suffixes_)) by_key_.emplace(key.value, index);
    const std::string person = is_new ? normalize_person_name(contact.name) : std::string();
    if (!person.empty()) by_name_.emplace(person, index);
  }

  /// The contact `fresh` shares its strongest key with, and that key's reason.
  [[nodiscard]] std::pair<std::size_t, MatchReason> certain(const Contact& fresh) const {
    for (const auto& key : identity_keys(fresh, suffixes_)) {
      if (const auto it = by_key_.find(key.value); it != by_key_.end()) return {it->second, key.reason};
    }
    return {no_match, MatchReason::email};
  }

  /// The first contact with the name of `fresh` that may be the same person, if any (one with
  /// another LinkedIn profile is not: the next one of that name may be).
  [[nodiscard]] std::optional<ProbableMatch> probable(const Contact& fresh,
                                                      const std::vector<Contact>& contacts) const {
    const auto [first, last] = by_name_.equal_range(normalize_person_name(fresh.name));
    std::optional<ProbableMatch> found;
    for (auto it = first; it != last; ++it) {
      const auto reason = match_contacts(contacts[it->second], fresh, suffixes_);
      if (!reason || is_certain(*reason) || (found && found->other < it->second)) continue;
      found = ProbableMatch{contacts.size(), it->second, *reason};
    }
    return found;
  }

 private:
  const std::vector<std::string>& suffixes_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::unordered_multimap<std::string, std::size_t> by_name_;
};

}  // namespace

MergeResult merge_contacts(std::vector<Contact> existing, const std::vector<Contact>& incoming,
                           const std::vector<std::string>& organization_suffixes) {
  MergeResult result;
  result.contacts = std::move(existing);
  const std::size_t known_count = result.contacts.size();
  Known known(organization_suffixes);
  for (std::size_t i = 0; i < known_count; ++i) known.remember(result.contacts[i], i, true);
  std::vector<bool> touched(known_count, false);
  for (const Contact& fresh : incoming) {
    const auto [match, reason] = known.certain(fresh);
    if (match == no_match) {
      if (auto probable = known.probable(fresh, result.contacts)) result.probable.push_back(*probable);
      result.contacts.push_back(fresh);
      result.contacts.back().index = result.contacts.size() - 1;
      known.remember(fresh, result.contacts.size() - 1, true);
      ++result.added;
      continue;
    }
    Contact& contact = result.contacts[match];
    if (match >= known_count) {
      combine_records(contact, fresh, organization_suffixes);
      ++result.combined;
    } else if (update_from_export(contact, fresh, reason, organization_suffixes)) {
      touched[match] = true;
    }
    known.remember(contact, match, false);
  }
  for (std::size_t i = 0; i < known_count; ++i) {
    if (touched[i]) result.updated_indexes.push_back(i);
  }
  result.updated = result.updated_indexes.size();
  result.unchanged = known_count - result.updated;
  return result;
}

}  // namespace netgap
