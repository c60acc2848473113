#include <netgap/analyse/classifier.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <optional>
#include <unordered_map>

#include "analyse/affiliation.hpp"
#include "analyse/memo.hpp"
#include "analyse/phrase_index.hpp"

namespace netgap {
namespace {

constexpr std::size_t field_count = 8;

std::size_t at(Field f) { return static_cast<std::size_t>(f); }

struct PreparedCondition {
  std::size_t set = 0;
  std::vector<Field> fields;
};

struct PreparedRule {
  const Rule* rule = nullptr;
  std::size_t index = 0;  // in the type's rules
  std::vector<PreparedCondition> match;
  std::vector<PreparedCondition> unless;
  std::vector<std::size_t> has_category;
};

/// What one text says: the keyword sets and the sectors found in it.
struct Found {
  std::uint64_t sets = 0;
  std::uint64_t sectors = 0;
};

/// What an organisation's name says about the contact.
struct OrganizationFacts {
  Found found;
  bool same = false;          // the owner's organisation
  bool owner_school = false;  // one of the owner's schools
};

bool is_title(Field f) { return f == Field::role || f == Field::department || f == Field::function; }

}  // namespace

struct Classifier::Impl {
  const Taxonomy& taxonomy;
  const Vocabulary& vocabulary;
  std::optional<Affiliation> affiliation;
  std::string owner_organization_text;
  std::string owner_industry;  // normalised, for industries the vocabulary does not know
  std::uint64_t owner_sectors = 0;
  std::uint64_t cross_industry = 0;

  PhraseIndex keywords;
  PhraseIndex sectors;
  std::unordered_map<std::string, std::size_t> set_index;
  std::vector<std::vector<PreparedRule>> category_rules;
  std::vector<std::vector<PreparedRule>> lens_rules;
  std::unordered_map<std::string, std::pair<TypeKind, std::size_t>> tag_labels;
  std::uint64_t function_sets = 0;  // the sets rules look for in a contact's function
  std::vector<std::string> skipped;

  // Scratch, reused for every contact.
  mutable std::vector<std::string> words;
  std::array<std::uint64_t, field_count> field_sets{};
  bool function_from_role = true;
  OrganizationFacts organization;
  std::uint64_t contact_sectors = 0;
  std::array<Memo<Found>, field_count> memo;
  Memo<OrganizationFacts> organization_memo;
  mutable Memo<bool> department_memo;
  mutable Memo<bool> school_memo;

  Impl(const Taxonomy& t, const Owner* owner)
      : taxonomy(t), vocabulary(t.vocabulary), keywords(vocabulary), sectors(vocabulary) {
    for (const auto& [name, list] : t.keyword_sets) {
      const std::size_t set = set_index.size();
      set_index.emplace(name, set);
      for (const auto& text : list) keywords.add(text, set);
    }
    if (set_index.size() > 64) throw Error("the taxonomy has more than 64 keyword sets; netgap handles 64");
    for (std::size_t s = 0; s < vocabulary.sectors.size(); ++s) {
      const Sector& sector = vocabulary.sectors[s];
      for (const auto* list : {&sector.keywords, &sector.organizations, &sector.industries}) {
        for (const auto& text : *list) sectors.add(text, s);
      }
      if (sector.cross_industry) cross_industry |= std::uint64_t{1} << s;
    }
    if (owner != nullptr) {
      affiliation.emplace(*owner, t);
      owner_organization_text = owner->organization;
      owner_industry = normalize_name(owner->industry);
      // The owner's sector: from the industry, else the organisation, else the title.
      for (const auto& [text, title] : {std::pair{&owner->industry, false}, std::pair{&owner->organization, false},
                                        std::pair{&owner->role, true}, std::pair{&owner->department, true}}) {
        if (owner_sectors == 0) owner_sectors = find(*text, title).sectors;
      }
    }
    category_rules = prepare(t.categories);
    lens_rules = prepare(t.lenses);
    for (const auto* list : {&t.categories, &t.lenses}) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        const NetworkType& type = (*list)[i];
        tag_labels.emplace(to_lower(type.id), std::make_pair(type.kind, i));
        for (const auto& alias : type.aliases) tag_labels.emplace(alias, std::make_pair(type.kind, i));
      }
    }
  }

  std::vector<std::vector<PreparedRule>> prepare(const std::vector<NetworkType>& types) {
    std::vector<std::vector<PreparedRule>> out;
    for (const auto& type : types) {
      auto& rules = out.emplace_back();
      for (std::size_t r = 0; r < type.rules.size(); ++r) {
        const Rule& rule = type.rules[r];
        if (rule.needs_owner() && !affiliation) {
          skipped.push_back(type.id + "/" + rule.id);
          continue;
        }
        PreparedRule prepared{&rule, r, {}, {}, {}};
        const auto conditions = [&](const std::vector<KeywordCondition>& list) {
          std::vector<PreparedCondition> result;
          for (const auto& c : list) {
            const std::size_t set = set_index.at(c.keywords);
            result.push_back({set, c.fields});
            for (const Field f : c.fields) {
              if (f == Field::function) function_sets |= std::uint64_t{1} << set;
            }
          }
          return result;
        };
        prepared.match = conditions(rule.match);
        prepared.unless = conditions(rule.unless);
        for (const auto& id : rule.has_category) prepared.has_category.push_back(taxonomy.category_index(id));
        rules.push_back(std::move(prepared));
      }
    }
    return out;
  }

  Found find(std::string_view text, bool title) const {
    comparable_words(text, vocabulary, title, words);
    return {keywords.scan(words), sectors.scan(words)};
  }

  static const std::string* field_text(const Contact& c, Field field) {
    switch (field) {
      case Field::role:
      case Field::function:
        return &c.role;
      case Field::department:
        return &c.department;
      case Field::organization:
        return &c.organization;
      case Field::industry:
        return &c.industry;
      case Field::how_met:
        return &c.how_met;
      case Field::notes:
        return &c.notes;
      case Field::tags:
        return nullptr;
    }
    return nullptr;
  }

  void prepare_contact(const Contact& c) {
    std::array<Found, field_count> found{};
    for (const Field f : {Field::role, Field::department, Field::industry, Field::how_met, Field::notes}) {
      const std::string& text = *field_text(c, f);
      if (!text.empty()) found[at(f)] = memo[at(f)].get(text, [&](std::string_view t) { return find(t, is_title(f)); });
    }
    for (const auto& tag : c.tags) {
      found[at(Field::tags)].sets |=
          memo[at(Field::tags)].get(tag, [&](std::string_view t) { return find(t, false); }).sets;
    }
    organization =
        c.organization.empty() ? OrganizationFacts{} : organization_memo.get(c.organization, [&](std::string_view t) {
          OrganizationFacts facts{find(t, false), false, false};
          if (affiliation) {
            facts.same = affiliation->same_organization(t);
            facts.owner_school = affiliation->owner_school(t);
          }
          return facts;
        });
    found[at(Field::organization)] = organization.found;
    for (std::size_t f = 0; f < field_count; ++f) field_sets[f] = found[f].sets;
    // The function is what the role says, or the department when the role says nothing of it.
    function_from_role = (found[at(Field::role)].sets & function_sets) != 0 || c.department.empty();
    field_sets[at(Field::function)] =
        function_from_role ? found[at(Field::role)].sets : found[at(Field::department)].sets;
    // Sectors: the industry's and the organisation's; the title's too when the organisation's
    // sector says nothing of the contact's own (unknown, or one that serves every sector).
    contact_sectors = found[at(Field::industry)].sectors | organization.found.sectors;
    if ((organization.found.sectors & ~cross_industry) == 0) {
      contact_sectors |= found[at(Field::role)].sectors | found[at(Field::department)].sectors;
    }
  }

  bool condition_holds(const PreparedCondition& condition) const {
    for (const Field f : condition.fields) {
      if ((field_sets[at(f)] >> condition.set) & 1U) return true;
    }
    return false;
  }

  bool same_sector(const Contact& c) const {
    if ((owner_sectors & contact_sectors) != 0) return true;
    return owner_sectors == 0 && !owner_industry.empty() && normalize_name(c.industry) == owner_industry;
  }

  std::optional<std::string> shared_school(const Contact& c) const {
    for (const auto& school : c.schools) {
      if (school_memo.get(school, [&](std::string_view t) { return affiliation->owner_school(t); })) return school;
    }
    return std::nullopt;
  }

  bool same_department(const Contact& c) const {
    return !c.department.empty() &&
           department_memo.get(c.department, [&](std::string_view t) { return affiliation->same_department(t); });
  }

  static bool relation_holds(OrgRelation relation, bool same) {
    return relation == OrgRelation::any || (relation == OrgRelation::same) == same;
  }

  bool rule_holds(const PreparedRule& prepared, const Contact& c, const Labels& labels) const {
    const Rule& rule = *prepared.rule;
    if (!relation_holds(rule.organization, organization.same)) return false;
    for (const Field f : rule.requires) {
      const std::string* text = field_text(c, f);
      if (text == nullptr ? c.tags.empty() : trim(*text).empty()) return false;
    }
    for (const auto& condition : prepared.match) {
      if (!condition_holds(condition)) return false;
    }
    for (const auto& condition : prepared.unless) {
      if (condition_holds(condition)) return false;
    }
    if (!prepared.has_category.empty() && std::none_of(prepared.has_category.begin(), prepared.has_category.end(),
                                                       [&](std::size_t index) { return labels.has_category(index); })) {
      return false;
    }
    if (rule.department != OrgRelation::any && !relation_holds(rule.department, same_department(c))) return false;
    if (rule.same_sector_as_owner && !same_sector(c)) return false;
    if (rule.works_at_owner_school && !organization.owner_school) return false;
    if (rule.shares_school_with_owner && !shared_school(c)) return false;
    return true;
  }

  /// Each type's surest rule that holds (the first of equally sure ones) gives its label.
  void infer(const std::vector<std::vector<PreparedRule>>& rules, const Contact& c, const Labels& labels,
             std::vector<Label>& out) const {
    for (std::size_t type = 0; type < rules.size(); ++type) {
      if (std::any_of(out.begin(), out.end(), [&](const Label& l) { return l.type == type; })) continue;
      const PreparedRule* best = nullptr;
      for (const auto& prepared : rules[type]) {
        if (best != nullptr && prepared.rule->confidence <= best->rule->confidence) continue;
        if (rule_holds(prepared, c, labels)) best = &prepared;
        if (best != nullptr && best->rule->confidence == Confidence::certain) break;
      }
      if (best != nullptr) out.push_back({type, LabelSource::rule, best->index, best->rule->confidence});
    }
  }

  std::string evidence(const Contact& c, const KeywordCondition& condition) const;
  std::string sector_evidence(const Contact& c) const;
};

std::string Classifier::Impl::evidence(const Contact& c, const KeywordCondition& condition) const {
  const std::size_t set = set_index.at(condition.keywords);
  for (const Field field : condition.fields) {
    const bool role = field != Field::function || function_from_role;
    const Field shown_field = field == Field::function ? (role ? Field::role : Field::department) : field;
    std::vector<const std::string*> texts;
    if (field == Field::tags) {
      for (const auto& tag : c.tags) texts.push_back(&tag);
    } else {
      texts.push_back(field_text(c, shown_field));
    }
    for (const std::string* text : texts) {
      comparable_words(*text, vocabulary, is_title(shown_field), words);
      if (const std::string* found = keywords.find(words, set)) {
        const std::string_view name = field_name(shown_field);
        return fmt::format("{} {} mentions {}", name == "how_met" ? "how met" : name, quote(*text), quote(*found));
      }
    }
  }
  return {};
}

std::string Classifier::Impl::sector_evidence(const Contact& c) const {
  for (std::size_t s = 0; s < vocabulary.sectors.size(); ++s) {
    if (((owner_sectors & contact_sectors) >> s & 1U) == 0) continue;
    for (const Field field : {Field::industry, Field::organization, Field::role, Field::department}) {
      const std::string& text = *field_text(c, field);
      comparable_words(text, vocabulary, is_title(field), words);
      if (const std::string* found = sectors.find(words, s)) {
        return fmt::format("works in {} like the owner ({} {} mentions {})", vocabulary.sectors[s].name,
                           field_name(field), quote(text), quote(*found));
      }
    }
  }
  return fmt::format("same industry as the owner ({})", c.industry);
}

bool Labels::has_category(std::size_t index) const {
  return std::any_of(categories.begin(), categories.end(),
                     [&](const Label& l) { return l.type == index && l.counts(); });
}

bool Labels::has_lens(std::size_t index) const {
  return std::any_of(lenses.begin(), lenses.end(), [&](const Label& l) { return l.type == index && l.counts(); });
}

bool Labels::classified() const {
  return std::any_of(categories.begin(), categories.end(), [](const Label& l) { return l.counts(); });
}

Classifier::Classifier(const Taxonomy& taxonomy, const Owner* owner) : impl_(std::make_unique<Impl>(taxonomy, owner)) {}
Classifier::~Classifier() = default;

const std::vector<std::string>& Classifier::skipped_rules() const { return impl_->skipped; }

const Labels& Classifier::classify(const Contact& contact) {
  Impl& impl = *impl_;
  labels_.categories.clear();
  labels_.lenses.clear();
  const auto add_explicit = [](std::vector<Label>& out, std::size_t index, LabelSource source, std::size_t detail) {
    if (std::none_of(out.begin(), out.end(), [&](const Label& l) { return l.type == index; })) {
      out.push_back({index, source, detail, Confidence::certain});
    }
  };
  for (const auto& id : contact.categories) {
    const std::size_t index = impl.taxonomy.category_index(id);
    if (index != Taxonomy::npos) add_explicit(labels_.categories, index, LabelSource::field, 0);
  }
  for (const auto& id : contact.lenses) {
    const std::size_t index = impl.taxonomy.lens_index(id);
    if (index != Taxonomy::npos) add_explicit(labels_.lenses, index, LabelSource::field, 0);
  }
  for (std::size_t t = 0; t < contact.tags.size(); ++t) {
    const auto it = impl.tag_labels.find(to_lower(trim(contact.tags[t])));
    if (it == impl.tag_labels.end()) continue;
    add_explicit(it->second.first == TypeKind::category ? labels_.categories : labels_.lenses, it->second.second,
                 LabelSource::tag, t);
  }
  // Listed categories (or lenses) are authoritative; a tag names one type and leaves the others to the rules.
  const auto listed = [](const std::vector<Label>& labels) {
    return std::any_of(labels.begin(), labels.end(), [](const Label& l) { return l.source == LabelSource::field; });
  };
  const bool explicit_categories = listed(labels_.categories);
  const bool explicit_lenses = listed(labels_.lenses);
  if (explicit_categories && explicit_lenses) return labels_;
  impl.prepare_contact(contact);
  if (!explicit_categories) impl.infer(impl.category_rules, contact, labels_, labels_.categories);
  if (!explicit_lenses) impl.infer(impl.lens_rules, contact, labels_, labels_.lenses);
  return labels_;
}

std::string Classifier::explain(const Contact& contact, const Label& label, TypeKind kind) const {
  const Impl& impl = *impl_;
  const NetworkType& type = (kind == TypeKind::category ? impl.taxonomy.categories : impl.taxonomy.lenses)[label.type];
  switch (label.source) {
    case LabelSource::field:
      return fmt::format("listed in \"{}\"", kind == TypeKind::category ? "categories" : "lenses");
    case LabelSource::tag:
      return fmt::format("tag {}", quote(contact.tags[label.detail]));
    case LabelSource::rule:
      break;
  }
  const Rule& rule = type.rules[label.detail];
  std::vector<std::string> because;
  for (const auto& condition : rule.match) {
    if (auto found = impl.evidence(contact, condition); !found.empty()) because.push_back(std::move(found));
  }
  if (!rule.has_category.empty()) {
    std::vector<std::string> held;
    for (const auto& id : rule.has_category) {
      if (labels_.has_category(impl.taxonomy.category_index(id))) held.push_back(id);
    }
    because.push_back("is in " + join(held.empty() ? rule.has_category : held));
  }
  if (rule.organization == OrgRelation::same) {
    because.push_back(fmt::format("works at the owner's organization ({})", impl.owner_organization_text));
  } else if (rule.organization == OrgRelation::other) {
    because.push_back(contact.organization.empty()
                          ? std::string("no organization given, so not the owner's")
                          : fmt::format("works outside the owner's organization ({})", contact.organization));
  }
  if (rule.department == OrgRelation::same) {
    because.push_back(fmt::format("same department as the owner ({})", contact.department));
  } else if (rule.department == OrgRelation::other && !contact.department.empty()) {
    because.push_back(fmt::format("not the owner's department ({})", contact.department));
  }
  if (rule.shares_school_with_owner) {
    because.push_back(fmt::format("shares a school with the owner ({})", impl.shared_school(contact).value_or("?")));
  }
  if (rule.works_at_owner_school) {
    because.push_back(fmt::format("works or studies at the owner's school ({})", contact.organization));
  }
  if (rule.same_sector_as_owner) because.push_back(impl.sector_evidence(contact));
  if (because.empty() && !rule.requires.empty())
    because.push_back(fmt::format("has a {}", field_name(rule.requires.front())));
  return fmt::format("rule {}/{}: {}", type.id, rule.id, join(because, "; "));
}

std::string skipped_rules_warning(const std::string& source, const std::vector<std::string>& rules) {
  return fmt::format(
      "{}: the roster has no owner, so the rules that compare with the owner are skipped ({}); add an "
      "\"owner\" to the roster",
      source, join(rules));
}

}  // namespace netgap
