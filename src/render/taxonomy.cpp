// The renderings of the taxonomy itself, for `netgap taxonomy`.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/text.hpp>
#include <nlohmann/json.hpp>

namespace netgap {
namespace {

constexpr std::size_t width = 80;

std::string format_target(double target) { return fmt::format("{:g}", target); }

bool all_from_netgap(const std::vector<Statement>& statements) {
  return !statements.empty() && std::all_of(statements.begin(), statements.end(),
                                            [](const Statement& s) { return s.source == Source::netgap; });
}

void append_statements(std::string& out, std::string_view heading, const std::vector<Statement>& statements) {
  if (statements.empty()) return;
  out += fmt::format("    {}{}:\n", heading,
                     all_from_netgap(statements) ? " (netgap's suggestion, not the document's)" : "");
  for (const auto& s : statements) out += wrap(s.text, width, "        ", std::string_view("      - "));
}

void append_type(std::string& out, const NetworkType& type) {
  out += fmt::format("  {} ({}, target {} active)\n", type.name, type.id, format_target(type.target));
  out += wrap(type.description, width, "    ");
  append_statements(out, "How to build it", type.actions);
  append_statements(out, "Benefits", type.benefits);
}

nlohmann::ordered_json statements_json(const std::vector<Statement>& statements) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& s : statements) list.push_back({{"text", s.text}, {"source", source_name(s.source)}});
  return list;
}

nlohmann::ordered_json type_json(const NetworkType& type) {
  nlohmann::ordered_json out;
  out["id"] = type.id;
  if (type.kind == TypeKind::category) out["group"] = type.group;
  out["name"] = type.name;
  out[type.kind == TypeKind::category ? "who" : "definition"] = type.description;
  out["actions"] = statements_json(type.actions);
  out["benefits"] = statements_json(type.benefits);
  out["target"] = type.target;
  if (type.kind == TypeKind::category) out["weight"] = type.weight;
  out["aliases"] = type.aliases;
  auto rules = nlohmann::ordered_json::array();
  for (const auto& rule : type.rules) {
    nlohmann::ordered_json r{{"id", rule.id}};
    for (const auto* list : {&rule.match, &rule.unless}) {
      if (list->empty()) continue;
      auto conditions = nlohmann::ordered_json::array();
      for (const auto& c : *list) {
        auto fields = nlohmann::ordered_json::array();
        for (const Field f : c.fields) fields.push_back(field_name(f));
        conditions.push_back({{"keywords", c.keywords}, {"fields", fields}});
      }
      r[list == &rule.match ? "match" : "unless"] = conditions;
    }
    if (rule.organization != OrgRelation::any)
      r["organization"] = rule.organization == OrgRelation::same ? "same" : "other";
    if (rule.shares_school_with_owner) r["shares_school_with_owner"] = true;
    if (rule.same_industry_as_owner) r["same_industry_as_owner"] = true;
    if (rule.same_department_as_owner) r["same_department_as_owner"] = true;
    if (!rule.has_category.empty()) r["has_category"] = rule.has_category;
    rules.push_back(r);
  }
  out["rules"] = rules;
  return out;
}

void append_markdown_type(std::string& out, const NetworkType& type) {
  out += fmt::format("### {} (`{}`)\n\n{}\n\nTarget: {} active contacts.\n\n", type.name, type.id, type.description,
                     format_target(type.target));
  const auto list = [&](std::string_view heading, const std::vector<Statement>& statements) {
    if (statements.empty()) return;
    out += fmt::format("**{}**{}\n\n", heading, all_from_netgap(statements) ? " (netgap's suggestion)" : "");
    for (const auto& s : statements) out += fmt::format("- {}\n", s.text);
    out += '\n';
  };
  list("How to build it", type.actions);
  list("Benefits", type.benefits);
}

}  // namespace

std::string render_taxonomy_text(const Taxonomy& taxonomy) {
  std::string out = taxonomy.title + "\n";
  if (!taxonomy.introduction.empty()) out += wrap(taxonomy.introduction, width, "");
  for (const auto& group : taxonomy.groups) {
    out += fmt::format("\n{} [{}]\n", group.name, group.id);
    for (const auto& type : taxonomy.categories) {
      if (type.group == group.id) append_type(out, type);
    }
  }
  if (!taxonomy.lenses.empty()) {
    out += "\nThe workplace network seen another way: lenses\n";
    for (const auto& lens : taxonomy.lenses) append_type(out, lens);
  }
  out += '\n' + wrap(taxonomy.purpose, width, "");
  return out;
}

std::string render_network_type_text(const Taxonomy& taxonomy, const NetworkType& type) {
  std::string out;
  if (type.kind == TypeKind::category) {
    const Group* group = taxonomy.find_group(type.group);
    out += fmt::format("{} [{}]\n", group != nullptr ? group->name : type.group, type.group);
  } else {
    out += "Lens on the workplace network\n";
  }
  append_type(out, type);
  if (!type.aliases.empty()) {
    std::string aliases;
    for (const auto& a : type.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
    out += wrap(aliases, width, "      ", std::string_view("    Tags that label it: "));
  }
  return out;
}

std::string render_taxonomy_markdown(const Taxonomy& taxonomy) {
  std::string out = fmt::format("# {}\n\n", taxonomy.title);
  if (!taxonomy.introduction.empty()) out += taxonomy.introduction + "\n\n";
  for (const auto& group : taxonomy.groups) {
    out += fmt::format("## {}\n\n", group.name);
    for (const auto& type : taxonomy.categories) {
      if (type.group == group.id) append_markdown_type(out, type);
    }
  }
  if (!taxonomy.lenses.empty()) {
    out += "## Lenses on the workplace network\n\n";
    for (const auto& lens : taxonomy.lenses) append_markdown_type(out, lens);
  }
  out += fmt::format("> {}\n", taxonomy.purpose);
  return out;
}

std::string render_network_type_json(const NetworkType& type) { return type_json(type).dump(2) + "\n"; }

std::string render_taxonomy_json(const Taxonomy& taxonomy) {
  nlohmann::ordered_json out;
  out["schema_version"] = 1;
  out["title"] = taxonomy.title;
  out["source_document"] = taxonomy.source_document;
  out["introduction"] = taxonomy.introduction;
  out["purpose"] = taxonomy.purpose;
  auto groups = nlohmann::ordered_json::array();
  for (const auto& g : taxonomy.groups)
    groups.push_back({{"id", g.id}, {"name", g.name}, {"description", g.description}});
  out["groups"] = groups;
  auto categories = nlohmann::ordered_json::array();
  for (const auto& c : taxonomy.categories) categories.push_back(type_json(c));
  out["categories"] = categories;
  auto lenses = nlohmann::ordered_json::array();
  for (const auto& l : taxonomy.lenses) lenses.push_back(type_json(l));
  out["lenses"] = lenses;
  out["keyword_sets"] = taxonomy.keyword_sets;
  out["organization_suffixes"] = taxonomy.organization_suffixes;
  return out.dump(2) + "\n";
}

}  // namespace netgap
