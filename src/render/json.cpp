// The JSON format: one stable, versioned document per subject, for scripts and jq.
#include <cmath>
#include <netgap/model/report_json.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

#include "model/vocabulary_json.hpp"
#include "util/json_util.hpp"

namespace netgap {
namespace {

using nlohmann::ordered_json;

ordered_json statements_json(const std::vector<Statement>& statements) {
  auto list = ordered_json::array();
  for (const auto& s : statements) list.push_back({{"text", s.text}, {"source", source_name(s.source)}});
  return list;
}

ordered_json type_json(const NetworkType& type) {
  ordered_json out;
  out["id"] = type.id;
  if (type.kind == TypeKind::category) out["group"] = type.group;
  out["name"] = type.name;
  out[type.kind == TypeKind::category ? "who" : "definition"] = type.description;
  out["actions"] = statements_json(type.actions);
  out["benefits"] = statements_json(type.benefits);
  out["target"] = type.target;
  if (type.kind == TypeKind::category) out["weight"] = type.weight;
  out["aliases"] = type.aliases;
  if (!type.assessed_from.empty()) out["assessed_from"] = type.assessed_from;
  auto rules = ordered_json::array();
  for (const auto& rule : type.rules) {
    ordered_json r{{"id", rule.id}};
    for (const auto* list : {&rule.match, &rule.unless}) {
      if (list->empty()) continue;
      auto conditions = ordered_json::array();
      for (const auto& c : *list) {
        auto fields = ordered_json::array();
        for (const Field f : c.fields) fields.push_back(field_name(f));
        conditions.push_back({{"keywords", c.keywords}, {"fields", fields}});
      }
      r[list == &rule.match ? "match" : "unless"] = conditions;
    }
    if (!rule.requires.empty()) {
      auto fields = ordered_json::array();
      for (const Field f : rule.requires) fields.push_back(field_name(f));
      r["requires"] = fields;
    }
    if (rule.organization != OrgRelation::any)
      r["organization"] = rule.organization == OrgRelation::same ? "same" : "other";
    if (rule.department != OrgRelation::any) r["department"] = rule.department == OrgRelation::same ? "same" : "other";
    if (rule.shares_school_with_owner) r["shares_school_with_owner"] = true;
    if (rule.works_at_owner_school) r["works_at_owner_school"] = true;
    if (rule.same_sector_as_owner) r["same_sector_as_owner"] = true;
    if (!rule.has_category.empty()) r["has_category"] = rule.has_category;
    r["confidence"] = confidence_name(rule.confidence);
    rules.push_back(r);
  }
  out["rules"] = rules;
  return out;
}

}  // namespace

std::string render_json(const Report& report, const RenderOptions& options) {
  return report_to_json(report, options.baseline);
}

std::string render_diff_json(const ReportDiff& diff, const RenderOptions&) { return diff_to_json(diff); }

std::string render_trend_json(const std::vector<Report>& reports, const RenderOptions&) {
  ordered_json out;
  out["schema_version"] = 1;
  out["kind"] = "netgap-trend";
  out["netgap_version"] = version;
  auto dates = ordered_json::array();
  auto scores = ordered_json::array();
  for (const auto& r : reports) {
    dates.push_back(format_iso(r.as_of));
    scores.push_back(rounded(r.score, 1));
  }
  out["as_of"] = dates;
  out["score"] = scores;
  for (const auto& [key, lens] : {std::pair{"categories", false}, std::pair{"lenses", true}}) {
    auto series = ordered_json::object();
    if (!reports.empty()) {
      for (const Coverage* c : types_over(reports, lens ? TypeKind::lens : TypeKind::category)) {
        auto values = ordered_json::array();
        for (const double v : coverage_series(reports, c->id, c->kind)) {
          values.push_back(std::isnan(v) ? ordered_json() : ordered_json(rounded(v, 3)));  // null: not in that taxonomy
        }
        series[c->id] = values;
      }
    }
    out[key] = series;
  }
  return detail::terminal_safe(out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n");
}

std::string render_explanation_json(const Explanation& explanation, const RenderOptions&) {
  std::string out = "[";
  for (const auto& contact : explanation.contacts) {
    ordered_json item;
    item["index"] = contact.index;
    item["name"] = contact.name;
    for (const auto& [key, labels] :
         {std::pair{"categories", &contact.categories}, std::pair{"lenses", &contact.lenses}}) {
      auto list = ordered_json::array();
      for (const auto& label : *labels) {
        list.push_back({{"id", label.id},
                        {"source", label_source_name(label.source)},
                        {"confidence", confidence_name(label.confidence)},
                        {"reason", label.reason}});
      }
      item[key] = list;
    }
    if (!contact.activity.empty()) item["activity"] = contact.activity;
    out += (out.size() == 1 ? "\n  " : ",\n  ") + item.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  }
  return detail::terminal_safe(out + (explanation.contacts.empty() ? "]\n" : "\n]\n"));
}

std::string render_taxonomy_json(const Taxonomy& taxonomy, const NetworkType* one, const RenderOptions&) {
  if (one != nullptr) return detail::terminal_safe(type_json(*one).dump(2) + "\n");
  ordered_json out;
  out["schema_version"] = 1;
  out["title"] = taxonomy.title;
  out["source_document"] = taxonomy.source_document;
  out["introduction"] = taxonomy.introduction;
  out["purpose"] = taxonomy.purpose;
  auto groups = ordered_json::array();
  for (const auto& g : taxonomy.groups)
    groups.push_back({{"id", g.id}, {"name", g.name}, {"description", g.description}});
  out["groups"] = groups;
  auto categories = ordered_json::array();
  for (const auto& c : taxonomy.categories) categories.push_back(type_json(c));
  out["categories"] = categories;
  auto lenses = ordered_json::array();
  for (const auto& l : taxonomy.lenses) lenses.push_back(type_json(l));
  out["lenses"] = lenses;
  out["keyword_sets"] = taxonomy.keyword_sets;
  out["organization_suffixes"] = taxonomy.organization_suffixes;
  out["vocabulary"] = vocabulary_to_json(taxonomy.vocabulary);
  return detail::terminal_safe(out.dump(2) + "\n");
}

}  // namespace netgap
