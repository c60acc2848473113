#include <algorithm>
#include <netgap/analyse/classifier.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/unicode.hpp>

#include <fmt/format.h>
#include <array>
#include <deque>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <optional>
#include <unordered_map>

namespace netgap {
namespace {

constexpr std::size_t field_count = 6;

/// A keyword phrase, tokenised like the text it is matched against.
struct Phrase {
  std::vector<std::string> tokens;
  std::size_t set = 0;
  std::string text;
};

struct PreparedCondition {
  std::size_t set = 0;
  std::vector<Field> fields;
};

struct PreparedRule {
  const Rule* rule = nullptr;
  std::vector<PreparedCondition> match;
  std::vector<PreparedCondition> unless;
  std::vector<std::size_t> has_category;
};

/// Remembers one value per text, up to a bound. Real rosters repeat their organisations, roles,
/// departments and schools, so most contacts are classified from memory; memory stays bounded.
template <typename Value>
class Memo {
 public:
  template <typename Compute>
  Value get(std::string_view key, Compute compute) {
    if (const auto it = values_.find(key); it != values_.end()) return it->second;
    if (values_.size() >= limit) {
      values_.clear();
      keys_.clear();
    }
    const Value value = compute(key);
    keys_.emplace_back(key);
    values_.emplace(keys_.back(), value);
    return value;
  }

 private:
  static constexpr std::size_t limit = 4096;
  std::deque<std::string> keys_;  // stable storage for the views in values_
  std::unordered_map<std::string_view, Value> values_;
};

/// "analysts" matches the keyword "analyst": a plain English plural is the same word.
bool same_word(const std::string& token, const std::string& keyword) {
  return token == keyword ||
         (token.size() == keyword.size() + 1 && token.back() == 's' && token.compare(0, keyword.size(), keyword) == 0);
}

}  // namespace

struct Classifier::Impl {
  const Taxonomy& taxonomy;
  bool has_owner = false;
  std::string owner_organization;
  std::string owner_organization_text;
  std::string owner_industry;
  std::string owner_department;
  std::vector<std::string> owner_schools;

  std::vector<Phrase> phrases;
  std::unordered_map<std::string, std::size_t> set_index;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_token;
  std::vector<std::vector<PreparedRule>> category_rules;
  std::vector<std::vector<PreparedRule>> lens_rules;
  std::unordered_map<std::string, std::pair<TypeKind, std::size_t>> tag_labels;
  std::array<bool, field_count> field_used{};
  std::vector<std::string> skipped;

  // Scratch, reused for every contact.
  mutable std::vector<std::string> tokens;
  std::array<std::uint64_t, field_count> field_sets{};
  bool same_organization = false;
  std::array<Memo<std::uint64_t>, field_count> field_memo;
  Memo<bool> organization_memo;
  mutable Memo<bool> industry_memo;
  mutable Memo<bool> department_memo;
  mutable Memo<bool> school_memo;

  Impl(const Taxonomy& t, const Owner* owner) : taxonomy(t) {
    if (owner != nullptr) {
      has_owner = true;
      owner_organization = normalize_name(owner->organization, t.organization_suffixes);
      owner_organization_text = owner->organization;
      owner_industry = normalize_name(owner->industry);
      owner_department = normalize_name(owner->department);
      for (const auto& school : owner->schools) owner_schools.push_back(normalize_name(school));
    }
    for (const auto& [name, list] : t.keyword_sets) {
      const std::size_t set = set_index.size();
      set_index.emplace(name, set);
      for (const auto& text : list) {
        Phrase phrase{{}, set, text};
        tokenize(text, phrase.tokens);
        if (phrase.tokens.empty()) continue;
        by_first_token[phrase.tokens.front()].push_back(phrases.size());
        phrases.push_back(std::move(phrase));
      }
    }
    if (set_index.size() > 64) throw Error("the taxonomy has more than 64 keyword sets; netgap handles 64");
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
      for (const auto& rule : type.rules) {
        if (rule.needs_owner() && !has_owner) {
          skipped.push_back(type.id + "/" + rule.id);
          continue;
        }
        PreparedRule prepared;
        prepared.rule = &rule;
        const auto conditions = [&](const std::vector<KeywordCondition>& list) {
          std::vector<PreparedCondition> result;
          for (const auto& c : list) {
            result.push_back({set_index.at(c.keywords), c.fields});
            for (const Field f : c.fields) field_used[static_cast<std::size_t>(f)] = true;
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

  /// The phrase of `set` found in `text` (or of any set, with `set_bits` collecting all sets).
  const Phrase* scan(std::string_view text, std::optional<std::size_t> only_set, std::uint64_t* set_bits) const {
    tokenize(text, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      for (int variant = 0; variant < 2; ++variant) {
        std::string_view first = tokens[i];
        if (variant == 1) {
          if (first.size() < 2 || first.back() != 's') break;
          first.remove_suffix(1);
        }
        const auto it = by_first_token.find(std::string(first));
        if (it == by_first_token.end()) continue;
        for (const std::size_t p : it->second) {
          const Phrase& phrase = phrases[p];
          if (only_set && phrase.set != *only_set) continue;
          if (i + phrase.tokens.size() > tokens.size()) continue;
          bool all = true;
          for (std::size_t k = 1; k < phrase.tokens.size() && all; ++k)
            all = same_word(tokens[i + k], phrase.tokens[k]);
          if (!all) continue;
          if (set_bits == nullptr) return &phrase;
          *set_bits |= std::uint64_t{1} << phrase.set;
        }
      }
    }
    return nullptr;
  }

  static const std::string* field_text(const Contact& c, Field field) {
    switch (field) {
      case Field::role:
        return &c.role;
      case Field::department:
        return &c.department;
      case Field::organization:
        return &c.organization;
      case Field::industry:
        return &c.industry;
      case Field::how_met:
        return &c.how_met;
      case Field::tags:
        return nullptr;
    }
    return nullptr;
  }

  void prepare_contact(const Contact& c) {
    for (std::size_t f = 0; f < field_count; ++f) {
      field_sets[f] = 0;
      if (!field_used[f]) continue;
      const auto field = static_cast<Field>(f);
      const auto sets_of = [&](std::string_view text) {
        std::uint64_t bits = 0;
        scan(text, std::nullopt, &bits);
        return bits;
      };
      if (field == Field::tags) {
        for (const auto& tag : c.tags) field_sets[f] |= field_memo[f].get(tag, sets_of);
      } else if (const std::string* text = field_text(c, field); !text->empty()) {
        field_sets[f] = field_memo[f].get(*text, sets_of);
      }
    }
    same_organization = has_owner && !owner_organization.empty() && !c.organization.empty() &&
                        organization_memo.get(c.organization, [&](std::string_view text) {
                          return normalize_name(text, taxonomy.organization_suffixes) == owner_organization;
                        });
  }

  bool condition_holds(const PreparedCondition& condition) const {
    for (const Field f : condition.fields) {
      if ((field_sets[static_cast<std::size_t>(f)] >> condition.set) & 1U) return true;
    }
    return false;
  }

  std::optional<std::string> shared_school(const Contact& c) const {
    for (const auto& school : c.schools) {
      const bool shared = school_memo.get(school, [&](std::string_view text) {
        const std::string normalized = normalize_name(text);
        return !normalized.empty() &&
               std::find(owner_schools.begin(), owner_schools.end(), normalized) != owner_schools.end();
      });
      if (shared) return school;
    }
    return std::nullopt;
  }

  static bool equal_nonempty(Memo<bool>& memo, const std::string& contact_text, const std::string& owner_normalized) {
    if (owner_normalized.empty() || contact_text.empty()) return false;
    return memo.get(contact_text, [&](std::string_view text) { return normalize_name(text) == owner_normalized; });
  }

  bool rule_holds(const PreparedRule& prepared, const Contact& c, const Labels& labels) const {
    const Rule& rule = *prepared.rule;
    if (rule.organization == OrgRelation::same && !same_organization) return false;
    if (rule.organization == OrgRelation::other && same_organization) return false;
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
    if (rule.same_industry_as_owner && !equal_nonempty(industry_memo, c.industry, owner_industry)) return false;
    if (rule.same_department_as_owner && !equal_nonempty(department_memo, c.department, owner_department)) {
      return false;
    }
    if (rule.shares_school_with_owner && !shared_school(c)) return false;
    return true;
  }

  void infer(const std::vector<std::vector<PreparedRule>>& rules, const std::vector<NetworkType>& types,
             const Contact& c, const Labels& labels, std::vector<Label>& out) const {
    for (std::size_t type = 0; type < rules.size(); ++type) {
      for (std::size_t r = 0; r < rules[type].size(); ++r) {
        if (rule_holds(rules[type][r], c, labels)) {
          const auto& all = types[type].rules;
          out.push_back({type, LabelSource::rule, static_cast<std::size_t>(rules[type][r].rule - all.data())});
          break;  // one reason per type is enough
        }
      }
    }
  }
};

bool Labels::has_category(std::size_t index) const {
  return std::any_of(categories.begin(), categories.end(), [&](const Label& l) { return l.type == index; });
}

bool Labels::has_lens(std::size_t index) const {
  return std::any_of(lenses.begin(), lenses.end(), [&](const Label& l) { return l.type == index; });
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
      out.push_back({index, source, detail});
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
  const bool explicit_categories = !labels_.categories.empty();
  const bool explicit_lenses = !labels_.lenses.empty();
  if (explicit_categories && explicit_lenses) return labels_;
  impl.prepare_contact(contact);
  if (!explicit_categories) {
    impl.infer(impl.category_rules, impl.taxonomy.categories, contact, labels_, labels_.categories);
  }
  if (!explicit_lenses) impl.infer(impl.lens_rules, impl.taxonomy.lenses, contact, labels_, labels_.lenses);
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
    const std::size_t set = impl.set_index.at(condition.keywords);
    for (const Field field : condition.fields) {
      const Phrase* found = nullptr;
      std::string shown;
      if (field == Field::tags) {
        for (const auto& tag : contact.tags) {
          if ((found = impl.scan(tag, set, nullptr)) != nullptr) {
            shown = tag;
            break;
          }
        }
      } else if (const std::string* text = Impl::field_text(contact, field)) {
        found = impl.scan(*text, set, nullptr);
        shown = *text;
      }
      if (found != nullptr) {
        because.push_back(fmt::format("{} {} mentions {}",
                                      field_name(field) == "how_met" ? "how met" : field_name(field), quote(shown),
                                      quote(found->text)));
        break;
      }
    }
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
  if (rule.shares_school_with_owner) {
    because.push_back(fmt::format("shares a school with the owner ({})", impl.shared_school(contact).value_or("?")));
  }
  if (rule.same_industry_as_owner) because.push_back(fmt::format("same industry as the owner ({})", contact.industry));
  if (rule.same_department_as_owner) {
    because.push_back(fmt::format("same department as the owner ({})", contact.department));
  }
  return fmt::format("rule {}/{}: {}", type.id, rule.id, join(because, "; "));
}

std::string skipped_rules_warning(const std::string& source, const std::vector<std::string>& rules) {
  return fmt::format(
      "{}: the roster has no owner, so the rules that compare with the owner are skipped ({}); add an "
      "\"owner\" to the roster",
      source, join(rules));
}

}  // namespace netgap
