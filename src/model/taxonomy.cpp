#include <algorithm>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/unicode.hpp>

#include <fmt/format.h>
#include <map>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

#include "model/vocabulary_json.hpp"
#include "util/json_util.hpp"

namespace netgap {
namespace {

using detail::ObjectReader;
using nlohmann::json;

constexpr Field all_fields[] = {Field::role,    Field::department, Field::organization, Field::industry,
                                Field::how_met, Field::tags,       Field::notes,        Field::function};

/// The contact fields a type can be assessed from.
const std::vector<std::string> input_fields(assessable_fields.begin(), assessable_fields.end());

/// Reads taxonomy documents; every problem goes to one Diagnostics so all are reported at once.
class TaxonomyParser {
 public:
  TaxonomyParser(std::string_view source, Diagnostics& diagnostics) : source_(source), diagnostics_(diagnostics) {}

  Taxonomy parse(const json& document) {
    Taxonomy taxonomy;
    if (!document.is_object()) {
      diagnostics_.error(
          fmt::format("{}: the top level must be an object, got {}", source_, detail::type_phrase(document)));
      return taxonomy;
    }
    ObjectReader top(document, "", source_, diagnostics_);
    if (const json* version = top.required("schema_version", json::value_t::number_unsigned)) {
      if (*version != 1)
        top.fail("schema_version", fmt::format("unsupported version {}; this netgap reads 1", version->dump()));
    }
    taxonomy.title = top.required_string("title");
    taxonomy.source_document = top.optional_string("source_document");
    taxonomy.introduction = top.optional_string("introduction");
    taxonomy.purpose = top.required_string("purpose");
    taxonomy.keyword_sets = parse_keyword_sets(top);
    keyword_sets_ = &taxonomy.keyword_sets;
    taxonomy.organization_suffixes = top.string_list("organization_suffixes");
    for (auto& suffix : taxonomy.organization_suffixes) suffix = to_lower(suffix);
    if (const json* vocabulary = top.member("vocabulary")) {
      taxonomy.vocabulary = parse_vocabulary(*vocabulary, source_, diagnostics_);
    }
    if (const json* groups = required_list(top, "groups")) {
      for (std::size_t i = 0; i < groups->size(); ++i) {
        taxonomy.groups.push_back(parse_group((*groups)[i], fmt::format("groups[{}]", i)));
      }
    }
    group_ids_.clear();
    for (const auto& g : taxonomy.groups) group_ids_.push_back(g.id);
    if (const json* categories = required_list(top, "categories")) {
      for (std::size_t i = 0; i < categories->size(); ++i) {
        taxonomy.categories.push_back(
            parse_type((*categories)[i], fmt::format("categories[{}]", i), TypeKind::category));
      }
    }
    category_ids_.clear();
    for (const auto& c : taxonomy.categories) category_ids_.push_back(c.id);
    if (const json* lenses = required_list(top, "lenses")) {
      for (std::size_t i = 0; i < lenses->size(); ++i) {
        taxonomy.lenses.push_back(parse_type((*lenses)[i], fmt::format("lenses[{}]", i), TypeKind::lens));
      }
    }
    top.reject_unknown_keys();
    check_unique(taxonomy);
    check_rule_references(taxonomy);
    return taxonomy;
  }

 private:
  /// "keyword_sets": named lists of phrases that rules look for.
  std::map<std::string, std::vector<std::string>> parse_keyword_sets(ObjectReader& top) {
    std::map<std::string, std::vector<std::string>> sets;
    const json* object = top.required("keyword_sets", json::value_t::object);
    if (object == nullptr) return sets;
    for (const auto& [name, phrases] : object->items()) {
      auto& list = sets[name];
      const std::string path = "keyword_sets." + name;
      if (!phrases.is_array() || phrases.empty()) {
        top.fail(path, "expected a non-empty array of phrases");
        continue;
      }
      for (std::size_t i = 0; i < phrases.size(); ++i) {
        if (!phrases[i].is_string() || trim(phrases[i].get_ref<const std::string&>()).empty()) {
          top.fail(fmt::format("{}[{}]", path, i), "expected a non-empty string");
          continue;
        }
        list.push_back(phrases[i].get<std::string>());
      }
    }
    return sets;
  }

  const json* required_list(ObjectReader& reader, const std::string& key) {
    const json* list = reader.required(key, json::value_t::array);
    if (list != nullptr && list->empty()) {
      reader.fail(key, "must not be empty");
      return nullptr;
    }
    return list;
  }

  bool expect_object(const json& value, const std::string& path) {
    if (value.is_object()) return true;
    diagnostics_.error(fmt::format("{}: {}: expected an object, got {}", source_, path, detail::type_phrase(value)));
    return false;
  }

  Group parse_group(const json& value, const std::string& path) {
    Group group;
    if (!expect_object(value, path)) return group;
    ObjectReader reader(value, path, source_, diagnostics_);
    group.id = reader.required_string("id");
    group.name = reader.required_string("name");
    group.description = reader.optional_string("description");
    reader.reject_unknown_keys();
    return group;
  }

  std::vector<Statement> parse_statements(ObjectReader& reader, const std::string& key, bool required) {
    std::vector<Statement> out;
    const json* list = required ? required_list(reader, key) : reader.member(key);
    reader.for_each_object(key, list, [&](ObjectReader& item) {
      Statement statement;
      statement.text = item.required_string("text");
      const std::string source = item.required_string("source");
      if (source == "netgap") {
        statement.source = Source::netgap;
      } else if (source != "document" && !source.empty()) {
        item.fail(item.path_of("source"), fmt::format("expected \"document\" or \"netgap\", got {}", quote(source)));
      }
      item.reject_unknown_keys();
      out.push_back(std::move(statement));
    });
    return out;
  }

  NetworkType parse_type(const json& value, const std::string& path, TypeKind kind) {
    NetworkType type;
    type.kind = kind;
    if (!expect_object(value, path)) return type;
    ObjectReader reader(value, path, source_, diagnostics_);
    type.id = reader.required_string("id");
    if (kind == TypeKind::category) {
      type.group = reader.required_string("group");
      if (!type.group.empty() && std::find(group_ids_.begin(), group_ids_.end(), type.group) == group_ids_.end()) {
        reader.fail(reader.path_of("group"), unknown("group", type.group, group_ids_));
      }
    }
    type.name = reader.required_string("name");
    type.description = reader.required_string(kind == TypeKind::category ? "who" : "definition");
    type.actions = parse_statements(reader, "actions", true);
    type.benefits = parse_statements(reader, "benefits", kind == TypeKind::category);
    type.target = reader.positive_number("target", 1, max_target);
    if (kind == TypeKind::category) type.weight = reader.positive_number("weight", 1, max_weight);
    type.aliases = reader.string_list("aliases");
    for (auto& alias : type.aliases) alias = to_lower(trim(alias));
    type.assessed_from = reader.string_list("assessed_from");
    for (const auto& field : type.assessed_from) {
      if (std::find(input_fields.begin(), input_fields.end(), field) == input_fields.end())
        reader.fail(reader.path_of("assessed_from"), unknown("field", field, input_fields));
    }
    if (const json* rules = reader.member("rules")) {
      if (!rules->is_array()) {
        reader.fail(reader.path_of("rules"), fmt::format("expected an array, got {}", detail::type_phrase(*rules)));
      } else {
        for (std::size_t i = 0; i < rules->size(); ++i) {
          type.rules.push_back(parse_rule((*rules)[i], fmt::format("{}.rules[{}]", path, i), kind));
        }
      }
    }
    reader.reject_unknown_keys();
    return type;
  }

  std::vector<KeywordCondition> parse_conditions(ObjectReader& reader, const std::string& key) {
    std::vector<KeywordCondition> out;
    reader.for_each_object(key, reader.member(key), [&](ObjectReader& item) {
      KeywordCondition condition;
      condition.keywords = item.required_string("keywords");
      if (!condition.keywords.empty() && keyword_sets_->count(condition.keywords) == 0) {
        std::vector<std::string> names;
        for (const auto& [name, phrases] : *keyword_sets_) names.push_back(name);
        item.fail(item.path_of("keywords"), unknown("keyword set", condition.keywords, names));
      }
      condition.fields = parse_fields(item, "fields");
      if (const json* f = item.member("fields"); f == nullptr || (f->is_array() && f->empty()))
        item.fail(item.path_of("fields"), "must name at least one field");
      item.reject_unknown_keys();
      out.push_back(std::move(condition));
    });
    return out;
  }

  std::vector<Field> parse_fields(ObjectReader& item, const std::string& key) {
    std::vector<Field> out;
    std::vector<std::string> field_names;
    for (const Field f : all_fields) field_names.emplace_back(field_name(f));
    for (const auto& name : item.string_list(key)) {
      const auto at = std::find(field_names.begin(), field_names.end(), name);
      if (at == field_names.end()) {
        item.fail(item.path_of(key), unknown("field", name, field_names));
      } else {
        out.push_back(all_fields[at - field_names.begin()]);
      }
    }
    return out;
  }

  OrgRelation parse_relation(ObjectReader& reader, const std::string& key) {
    const std::string relation = reader.optional_string(key, "any");
    if (relation == "same") return OrgRelation::same;
    if (relation == "other") return OrgRelation::other;
    if (relation != "any") {
      reader.fail(reader.path_of(key), fmt::format("expected \"same\", \"other\" or \"any\", got {}", quote(relation)));
    }
    return OrgRelation::any;
  }

  Rule parse_rule(const json& value, const std::string& path, TypeKind kind) {
    Rule rule;
    if (!expect_object(value, path)) return rule;
    ObjectReader reader(value, path, source_, diagnostics_);
    rule.id = reader.required_string("id");
    rule.match = parse_conditions(reader, "match");
    rule.unless = parse_conditions(reader, "unless");
    rule.requires = parse_fields(reader, "requires");
    rule.organization = parse_relation(reader, "organization");
    rule.department = parse_relation(reader, "department");
    // "same_department_as_owner" and "same_industry_as_owner" are the older spellings.
    if (reader.optional_bool("same_department_as_owner", false)) rule.department = OrgRelation::same;
    rule.shares_school_with_owner = reader.optional_bool("shares_school_with_owner", false);
    rule.works_at_owner_school = reader.optional_bool("works_at_owner_school", false);
    rule.same_sector_as_owner =
        reader.optional_bool("same_sector_as_owner", false) || reader.optional_bool("same_industry_as_owner", false);
    const std::string confidence = reader.optional_string("confidence", "likely");
    if (const auto c = parse_confidence(confidence)) {
      rule.confidence = *c;
    } else {
      reader.fail(reader.path_of("confidence"),
                  fmt::format("expected \"certain\", \"likely\" or \"possible\", got {}", quote(confidence)));
    }
    if (kind == TypeKind::lens) rule.has_category = reader.string_list("has_category");
    reader.reject_unknown_keys();
    if (rule.match.empty() && rule.has_category.empty() && !rule.needs_owner() && rule.requires.empty()) {
      diagnostics_.error(
          fmt::format("{}: {}: a rule needs a condition (match, has_category, or an owner comparison)", source_, path));
    }
    return rule;
  }

  static std::string unknown(std::string_view what, const std::string& value, const std::vector<std::string>& known) {
    return fmt::format("unknown {} {}{}", what, quote(value), did_you_mean(value, known));
  }

  void check_unique(const Taxonomy& taxonomy) {
    std::map<std::string, std::string> seen;  // id or alias -> where first seen
    const auto claim = [&](const std::string& name, const std::string& where, std::string_view what) {
      if (name.empty()) return;
      const auto [it, fresh] = seen.emplace(name, where);
      if (!fresh) {
        diagnostics_.error(
            fmt::format("{}: {}: duplicate {} {} (also {})", source_, where, what, quote(name), it->second));
      }
    };
    std::map<std::string, std::string> groups;
    for (std::size_t i = 0; i < taxonomy.groups.size(); ++i) {
      const auto& id = taxonomy.groups[i].id;
      const auto where = fmt::format("groups[{}].id", i);
      if (!id.empty() && !groups.emplace(id, where).second) {
        diagnostics_.error(fmt::format("{}: {}: duplicate id {} (also {})", source_, where, quote(id), groups[id]));
      }
    }
    const auto claim_all = [&](const std::vector<NetworkType>& types, std::string_view list) {
      for (std::size_t i = 0; i < types.size(); ++i) {
        claim(types[i].id, fmt::format("{}[{}].id", list, i), "id");
      }
    };
    claim_all(taxonomy.categories, "categories");
    claim_all(taxonomy.lenses, "lenses");
    const auto claim_aliases = [&](const std::vector<NetworkType>& types, std::string_view list) {
      for (std::size_t i = 0; i < types.size(); ++i) {
        for (std::size_t a = 0; a < types[i].aliases.size(); ++a) {
          claim(types[i].aliases[a], fmt::format("{}[{}].aliases[{}]", list, i, a), "alias");
        }
      }
    };
    claim_aliases(taxonomy.categories, "categories");
    claim_aliases(taxonomy.lenses, "lenses");
  }

  void check_rule_references(const Taxonomy& taxonomy) {
    for (std::size_t i = 0; i < taxonomy.lenses.size(); ++i) {
      const auto& rules = taxonomy.lenses[i].rules;
      for (std::size_t r = 0; r < rules.size(); ++r) {
        for (const auto& id : rules[r].has_category) {
          if (std::find(category_ids_.begin(), category_ids_.end(), id) == category_ids_.end()) {
            diagnostics_.error(fmt::format("{}: lenses[{}].rules[{}].has_category: {}", source_, i, r,
                                           unknown("category", id, category_ids_)));
          }
        }
      }
    }
  }

  std::string source_;
  Diagnostics& diagnostics_;
  const std::map<std::string, std::vector<std::string>>* keyword_sets_ = nullptr;
  std::vector<std::string> group_ids_;
  std::vector<std::string> category_ids_;
};

}  // namespace

bool Rule::needs_owner() const {
  return organization != OrgRelation::any || department != OrgRelation::any || shares_school_with_owner ||
         works_at_owner_school || same_sector_as_owner;
}

const NetworkType* Taxonomy::find(std::string_view id) const {
  for (const auto* list : {&categories, &lenses}) {
    for (const auto& type : *list) {
      if (type.id == id) return &type;
    }
  }
  return nullptr;
}

std::size_t Taxonomy::category_index(std::string_view id) const {
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].id == id) return i;
  }
  return npos;
}

std::size_t Taxonomy::lens_index(std::string_view id) const {
  for (std::size_t i = 0; i < lenses.size(); ++i) {
    if (lenses[i].id == id) return i;
  }
  return npos;
}

const Group* Taxonomy::find_group(std::string_view id) const {
  for (const auto& group : groups) {
    if (group.id == id) return &group;
  }
  return nullptr;
}

std::vector<std::string> Taxonomy::ids() const {
  std::vector<std::string> out;
  for (const auto& c : categories) out.push_back(c.id);
  for (const auto& l : lenses) out.push_back(l.id);
  return out;
}

namespace {

/// FNV-1a, 64 bits: enough to tell taxonomies apart, not a defence against forgery.
std::string fingerprint_of(const json& document) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : document.dump(-1, ' ', false, json::error_handler_t::replace)) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return fmt::format("fnv1a64:{:016x}", hash);
}

}  // namespace

Taxonomy parse_taxonomy(std::string_view json_text, std::string_view source) {
  const json document = detail::parse_document(json_text, source);
  Diagnostics diagnostics;
  Taxonomy taxonomy = TaxonomyParser(source, diagnostics).parse(document);
  diagnostics.checkpoint();
  taxonomy.fingerprint = fingerprint_of(document);  // a json object's keys are sorted: dump() is canonical
  return taxonomy;
}

Taxonomy load_taxonomy(const std::string& path) { return parse_taxonomy(read_file(path), path); }

const Taxonomy& builtin_taxonomy() {
  static const Taxonomy taxonomy = parse_taxonomy(builtin_taxonomy_json(), "data/taxonomy.json");
  return taxonomy;
}

std::string_view field_name(Field field) {
  switch (field) {
    case Field::role:
      return "role";
    case Field::department:
      return "department";
    case Field::organization:
      return "organization";
    case Field::industry:
      return "industry";
    case Field::how_met:
      return "how_met";
    case Field::tags:
      return "tags";
    case Field::notes:
      return "notes";
    case Field::function:
      return "function";
  }
  return "?";
}

std::string_view source_name(Source source) { return source == Source::document ? "document" : "netgap"; }

}  // namespace netgap
