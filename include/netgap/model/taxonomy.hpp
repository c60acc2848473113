#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <netgap/model/vocabulary.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// The contact fields a type can be assessed from (a type's "assessed_from").
inline constexpr std::array<std::string_view, 10> assessable_fields = {
    "organization", "department", "role", "industry", "schools", "how_met", "notes", "tags", "email", "url"};
/// The largest target a network type may have: a hundred times Dunbar's 150 meaningful ties. Past
/// it a number is a typo, and at 1e308 the arithmetic of the score is no longer finite.
inline constexpr double max_target = 10000;
/// The largest weight a category may have in the score (the others weigh 1 by default).
inline constexpr double max_weight = 1000;

/// Who wrote a piece of advice: the seed document, or netgap where the document is silent.
enum class Source { document, netgap };

/// One how-to-build action or one benefit.
struct Statement {
  std::string text;
  Source source = Source::document;
};

/// A contact field that a keyword rule can look at. `function` is the role, or the department when
/// the role says nothing that the rules about functions know.
enum class Field { role, department, organization, industry, how_met, tags, notes, function };

/// Where a contact works, relative to the roster's owner.
enum class OrgRelation { any, same, other };

/// "One of `fields` contains a phrase of the keyword set `keywords`."
struct KeywordCondition {
  std::string keywords;
  std::vector<Field> fields;
};

/// A named inference rule: every condition given must hold.
struct Rule {
  std::string id;
  std::vector<KeywordCondition> match;   ///< all must match
  std::vector<KeywordCondition> unless;  ///< none may match
  std::vector<Field>
  requires;  ///< fields that must not be empty
  OrgRelation organization = OrgRelation::any;
  OrgRelation department = OrgRelation::any;  ///< same as the owner's department, or not
  bool shares_school_with_owner = false;
  bool works_at_owner_school = false;          ///< the organisation is one of the owner's schools
  bool same_sector_as_owner = false;           ///< from the industry, the organisation or the title
  std::vector<std::string> has_category;       ///< any of these categories (lens rules), likely or certain
  Confidence confidence = Confidence::likely;  ///< of the label the rule gives

  /// True when the rule can only be decided with an owner profile.
  [[nodiscard]] bool needs_owner() const;
};

/// What a network type is: a category (in a group) or a lens over the workplace network.
enum class TypeKind { category, lens };

/// A category or a lens, with its advice, target and inference rules.
struct NetworkType {
  TypeKind kind = TypeKind::category;
  std::string id;
  std::string group;  ///< empty for lenses
  std::string name;
  std::string description;  ///< "who" for a category, "definition" for a lens
  std::vector<Statement> actions;
  std::vector<Statement> benefits;
  double target = 1;  ///< active contacts that make it covered
  double weight = 1;  ///< share in the overall score (categories only)
  std::vector<std::string> aliases;
  /// Contact fields its rules read: when no contact has any of them, the type cannot be assessed.
  std::vector<std::string> assessed_from;
  std::vector<Rule> rules;
};

/// One of the three networks of the document.
struct Group {
  std::string id;
  std::string name;
  std::string description;
};

/// The whole network taxonomy: data, loaded from data/taxonomy.json or --taxonomy FILE.
struct Taxonomy {
  std::string title;
  std::string source_document;
  std::string introduction;
  std::string purpose;
  std::vector<Group> groups;
  std::vector<NetworkType> categories;
  std::vector<NetworkType> lenses;
  std::map<std::string, std::vector<std::string>> keyword_sets;
  std::vector<std::string> organization_suffixes;
  Vocabulary vocabulary;
  std::string fingerprint;  ///< "fnv1a64:" and 16 hex digits of the document, blind to spacing and key order

  /// The category or lens with this id, or nullptr.
  [[nodiscard]] const NetworkType* find(std::string_view id) const;
  /// Index of the category with this id, or npos.
  [[nodiscard]] std::size_t category_index(std::string_view id) const;
  /// Index of the lens with this id, or npos.
  [[nodiscard]] std::size_t lens_index(std::string_view id) const;
  /// The group with this id, or nullptr.
  [[nodiscard]] const Group* find_group(std::string_view id) const;
  /// Every category id, then every lens id (for "did you mean").
  [[nodiscard]] std::vector<std::string> ids() const;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

/// Parses and validates a taxonomy document; throws Error naming `source` and the place.
Taxonomy parse_taxonomy(std::string_view json_text, std::string_view source);

/// Reads and parses a taxonomy file; throws Error.
Taxonomy load_taxonomy(const std::string& path);

/// The taxonomy embedded at build time from data/taxonomy.json.
const Taxonomy& builtin_taxonomy();

/// The embedded data/taxonomy.json, byte for byte.
std::string_view builtin_taxonomy_json();

/// The JSON name of a field ("how_met").
std::string_view field_name(Field field);

/// "document" or "netgap".
std::string_view source_name(Source source);

}  // namespace netgap
