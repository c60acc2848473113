#pragma once
// Is a contact's organisation, department or school the owner's? Names are compared the way
// people write them: case, accents, "The", legal suffixes, abbreviations ("Univ.", "TU"), short
// forms ("Northwind" for "Northwind Health"), acronyms ("LSE", "CMU"), aliases from the vocabulary,
// and a school within a university ("University of Michigan – College of Engineering"). Decoys stay
// apart: another campus ("University of California, Davis"), a school that shares a place name
// ("Michigan State University"), a firm that shares one word ("Northwind Logistics").

#include <cstddef>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// The owner's organisation, department and schools, prepared for comparison.
class Affiliation {
 public:
  Affiliation(const Owner& owner, const Taxonomy& taxonomy);

  /// True when `organization` names the owner's organisation (or a part of it, by an alias).
  [[nodiscard]] bool same_organization(std::string_view organization) const;
  /// True when `department` is the owner's department, or the part of the organisation it is in.
  [[nodiscard]] bool same_department(std::string_view department) const;
  /// True when `name` (a school, or an organisation) is one of the owner's schools.
  [[nodiscard]] bool owner_school(std::string_view name) const;

 private:
  /// A school's name in comparable pieces.
  struct School {
    std::vector<std::string> core;         // without generic words ("university", "of")
    std::vector<std::string> before_unit;  // a school within: the words before "school", "college"
    std::string acronym;                   // initials, "cmu"
    std::string single;                    // the name when it is one word ("lse")
    std::size_t alias = npos;              // the vocabulary's entry
  };
  [[nodiscard]] School school(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> organization_words(std::string_view name) const;
  [[nodiscard]] bool alias_of_owner(const std::vector<std::string>& contact) const;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  const Taxonomy& taxonomy_;
  std::vector<std::string> organization_;
  std::vector<std::vector<std::string>> department_parts_;
  std::vector<School> schools_;
  std::vector<std::pair<std::string, std::size_t>> alias_cores_;  // core -> vocabulary.schools index
};

/// The text split at dashes, commas, brackets and bars, which set a part of a name apart.
std::vector<std::string> name_parts(std::string_view text);

}  // namespace netgap
