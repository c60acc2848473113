#include "analyse/affiliation.hpp"

#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "analyse/phrase_index.hpp"

namespace netgap {
namespace {

const std::vector<std::string> stop_words = {"of",  "the", "and", "de",  "da", "do",  "du",  "des", "der", "die",
                                             "das", "la",  "le",  "del", "di", "y",   "e",   "et",  "und", "at",
                                             "in",  "for", "fur", "an",  "a",  "los", "las", "dos", "das", "ciudad"};

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool starts_with_words(const std::vector<std::string>& words, const std::vector<std::string>& prefix) {
  return !prefix.empty() && prefix.size() <= words.size() && std::equal(prefix.begin(), prefix.end(), words.begin());
}

/// Lower-case, accent-folded words; single letters run together ("S.A." -> "sa", "T.H." -> "th").
std::vector<std::string> plain_words(std::string_view text) {
  std::vector<std::string> tokens;
  tokenize(text, tokens);
  std::vector<std::string> out;
  bool joining = false;
  for (const auto& t : tokens) {
    const std::string word = fold_accents(t);
    const bool letter = word.size() == 1 && word[0] >= 'a' && word[0] <= 'z';
    if (letter && joining) {
      out.back() += word;
    } else {
      out.push_back(word);
    }
    joining = letter;
  }
  return out;
}

}  // namespace

std::vector<std::string> name_parts(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    const bool spaced_hyphen = cp == '-' && start > 0 && text[start - 1] == ' ' && i < text.size() && text[i] == ' ';
    if (cp == ',' || cp == '(' || cp == ')' || cp == '|' || cp == ';' || cp == 0x2013 || cp == 0x2014 || cp == 0xFF08 ||
        cp == 0xFF09 || spaced_hyphen) {
      if (!trim(part).empty()) parts.push_back(part);
      part.clear();
    } else {
      part.append(text.substr(start, i - start));
    }
  }
  if (!trim(part).empty()) parts.push_back(part);
  return parts;
}

Affiliation::Affiliation(const Owner& owner, const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  organization_ = organization_words(owner.organization);
  for (const auto& part : name_parts(owner.department)) department_parts_.push_back(plain_words(part));
  department_parts_.push_back(plain_words(owner.department));
  const auto& aliases = taxonomy.vocabulary.schools;
  for (std::size_t a = 0; a < aliases.size(); ++a) {
    for (const auto* list : {&aliases[a].names, &aliases[a].units}) {
      for (const auto& name : *list) alias_cores_.emplace_back(join(school(name).core, " "), a);
    }
  }
  for (const auto& s : owner.schools) schools_.push_back(school(s));
}

std::vector<std::string> Affiliation::organization_words(std::string_view name) const {
  std::vector<std::string> words = plain_words(name);
  const auto& suffixes = taxonomy_.organization_suffixes;
  while (words.size() > 1 && contains(suffixes, words.back())) words.pop_back();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  return words;
}

bool Affiliation::alias_of_owner(const std::vector<std::string>& contact) const {
  for (const auto& alias : taxonomy_.vocabulary.organization_aliases) {
    // "city of *": the words before and after the "*" must be there, the place is what is between.
    const std::size_t at = alias.owner.find('*');
    const std::vector<std::string> before = plain_words(alias.owner.substr(0, at));
    const std::vector<std::string> after = plain_words(alias.owner.substr(at + 1));
    if (organization_.size() <= before.size() + after.size()) continue;
    if (!starts_with_words(organization_, before) && !before.empty()) continue;
    if (!after.empty() && !std::equal(after.rbegin(), after.rend(), organization_.rbegin())) continue;
    const std::vector<std::string> place(organization_.begin() + static_cast<std::ptrdiff_t>(before.size()),
                                         organization_.end() - static_cast<std::ptrdiff_t>(after.size()));
    for (const auto& form : alias.contact) {
      const std::size_t cut = form.find('*');
      std::vector<std::string> expected = plain_words(form.substr(0, cut));
      expected.insert(expected.end(), place.begin(), place.end());
      if (cut != std::string::npos) {
        for (auto& w : plain_words(form.substr(cut + 1))) expected.push_back(w);
      }
      if (starts_with_words(contact, expected)) return true;
    }
  }
  return false;
}

bool Affiliation::same_organization(std::string_view organization) const {
  if (organization_.empty()) return false;
  const std::vector<std::string> words = organization_words(organization);
  if (words.empty()) return false;
  if (words == organization_) return true;
  // A short form: "Northwind" for "Northwind Health System", unless the first word is too common.
  const auto& generic = taxonomy_.vocabulary.generic_organization_words;
  if (words.size() < organization_.size() && starts_with_words(organization_, words) && words.front().size() >= 3 &&
      !contains(generic, words.front())) {
    return true;
  }
  // The owner's organisation, then a place or a part: "Northwind Health System – Ann Arbor".
  const auto parts = name_parts(organization);
  if (parts.size() > 1 && organization_words(parts.front()) == organization_) return true;
  return alias_of_owner(words);
}

bool Affiliation::same_department(std::string_view department) const {
  const std::vector<std::string> words = plain_words(department);
  if (words.empty()) return false;
  for (const auto& part : department_parts_) {
    if (words == part) return true;
  }
  return false;
}

Affiliation::School Affiliation::school(std::string_view name) const {
  const auto& v = taxonomy_.vocabulary;
  School s;
  std::vector<std::vector<std::string>> parts;
  for (const auto& part : name_parts(name)) {
    std::vector<std::string> words;
    for (const auto& w : plain_words(part)) {
      const auto it = v.name_abbreviations.find(w);
      if (it == v.name_abbreviations.end()) {
        words.push_back(w);
      } else {
        for (auto& e : plain_words(it->second)) words.push_back(std::move(e));
      }
    }
    if (!words.empty()) parts.push_back(std::move(words));
  }
  // A part that names a unit ("College of Engineering") is left out when another part names the school.
  const auto is_unit = [&](const std::vector<std::string>& p) {
    return std::any_of(p.begin(), p.end(), [&](const std::string& w) { return contains(v.unit_words, w); });
  };
  const bool any_school = std::any_of(parts.begin(), parts.end(), [&](const auto& p) { return !is_unit(p); });
  std::vector<std::string> kept;
  for (const auto& p : parts) {
    if (any_school && is_unit(p)) continue;
    kept.insert(kept.end(), p.begin(), p.end());
  }
  if (kept.size() == 1) s.single = kept.front();
  bool unit_seen = false;
  for (const auto& w : kept) {
    if (contains(stop_words, w)) continue;
    if (!w.empty()) s.acronym += w.front();
    if (contains(v.unit_words, w)) unit_seen = true;
    if (!unit_seen && !contains(v.institution_words, w)) s.before_unit.push_back(w);
    if (!contains(v.institution_words, w)) s.core.push_back(w);
  }
  if (!unit_seen) s.before_unit.clear();
  const std::string core = join(s.core, " ");
  for (const auto& [alias_core, index] : alias_cores_) {
    if (!core.empty() && alias_core == core) s.alias = index;
  }
  return s;
}

bool Affiliation::owner_school(std::string_view name) const {
  const School c = school(name);
  if (c.core.empty()) return false;
  for (const auto& o : schools_) {
    if (c.alias != npos && c.alias == o.alias) return true;
    if (c.core == o.core) return true;
    if (c.single.size() >= 3 && c.single == o.acronym) return true;
    if (o.single.size() >= 3 && o.single == c.acronym) return true;
    if (starts_with_words(o.before_unit, c.core) || starts_with_words(c.before_unit, o.core)) return true;
  }
  return false;
}

}  // namespace netgap
