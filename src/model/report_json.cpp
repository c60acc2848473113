#include <netgap/model/report_json.hpp>

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

#include "util/json_util.hpp"

namespace netgap {
namespace {

using nlohmann::ordered_json;

double rounded3(double value) { return rounded(value, 3); }

ordered_json statements(const std::vector<Statement>& list) {
  auto out = ordered_json::array();
  for (const auto& s : list) out.push_back({{"text", s.text}, {"source", source_name(s.source)}});
  return out;
}

ordered_json rekindle(const std::vector<Rekindle>& list) {
  auto out = ordered_json::array();
  for (const auto& r : list) out.push_back(r.name);
  return out;
}

ordered_json coverage(const Coverage& c) {
  ordered_json out;
  out["id"] = c.id;
  if (c.kind == TypeKind::category) out["group"] = c.group;
  out["name"] = c.name;
  out["count"] = c.count;
  out["active"] = c.active;
  out["unknown_recency"] = c.unknown_recency;
  out["effective"] = rounded(c.effective, 3);
  out["target"] = c.target;
  if (c.kind == TypeKind::category) out["weight"] = c.weight;
  out["coverage"] = rounded(c.coverage, 3);
  out["status"] = status_name(c.status);
  if (c.status == Status::unassessable) out["missing_fields"] = c.missing_fields;
  return out;
}

ordered_json diff_document(const ReportDiff& diff) {
  ordered_json out;
  out["schema_version"] = 2;  // 2: "regressed" leaves decay out unless asked (decay_regresses)
  out["kind"] = "netgap-diff";
  out["netgap_version"] = version;
  out["old"] = {{"source", diff.old_source},
                {"as_of", format_iso(diff.old_as_of)},
                {"score", rounded3(diff.score_before)},
                {"taxonomy", diff.old_taxonomy}};
  out["new"] = {{"source", diff.new_source},
                {"as_of", format_iso(diff.new_as_of)},
                {"score", rounded3(diff.score_after)},
                {"taxonomy", diff.new_taxonomy}};
  out["taxonomies_differ"] = diff.taxonomies_differ();
  out["score_change"] = rounded3(diff.score_after - diff.score_before);
  out["score_decay"] = diff.points("decay");
  out["score_lost"] = diff.points("lost");
  out["tolerance"] = diff.tolerance;
  out["decay_regresses"] = diff.decay_regresses;
  out["regressed"] = diff.regressed();
  out["regressions"] = diff.regressions();
  for (const auto& [key, list] : {std::pair{"categories", &diff.categories}, std::pair{"lenses", &diff.lenses}}) {
    auto items = ordered_json::array();
    for (const auto& c : *list) {
      items.push_back({{"id", c.id},
                       {"name", c.name},
                       {"count_before", c.count_before},
                       {"count_after", c.count_after},
                       {"active_before", c.active_before},
                       {"active_after", c.active_after},
                       {"coverage_before", rounded3(c.coverage_before)},
                       {"coverage_after", rounded3(c.coverage_after)},
                       {"status_before", status_name(c.status_before)},
                       {"status_after", status_name(c.status_after)},
                       {"change", c.change()},
                       {"cause", c.cause()}});
    }
    out[key] = items;
  }
  out["gaps_opened"] = diff.ids_where("opened");
  out["gaps_closed"] = diff.ids_where("closed");
  if (diff.has_contacts) {
    out["contacts"] = {{"added", diff.added}, {"removed", diff.removed}, {"went_dormant", diff.went_dormant}};
    auto renamed = ordered_json::array();
    for (const auto& c : diff.renamed) renamed.push_back({{"from", c.before}, {"to", c.after}});
    out["contacts"]["renamed"] = renamed;
    auto moved = ordered_json::array();
    for (const auto& c : diff.changed_organization) {
      moved.push_back({{"name", c.name}, {"from", c.before}, {"to", c.after}});
    }
    out["contacts"]["changed_organization"] = moved;
  } else {
    out["contacts"] = nullptr;
  }
  return out;
}

Coverage parse_coverage(const nlohmann::json& item, const std::string& path, TypeKind kind, std::string_view source,
                        Diagnostics& diagnostics) {
  Coverage c;
  c.kind = kind;
  if (!item.is_object()) {
    diagnostics.error(fmt::format("{}: {}: expected an object", source, path));
    return c;
  }
  detail::ObjectReader reader(item, path, source, diagnostics);
  c.id = reader.required_string("id");
  c.name = reader.optional_string("name", c.id);
  if (kind == TypeKind::category) c.group = reader.optional_string("group");
  if (const auto* count = reader.required("count", nlohmann::json::value_t::number_unsigned))
    c.count = count->get<std::size_t>();
  if (const auto* active = reader.required("active", nlohmann::json::value_t::number_unsigned)) {
    c.active = active->get<std::size_t>();
  }
  if (const auto* unknown = reader.member("unknown_recency"); unknown != nullptr && unknown->is_number_unsigned()) {
    c.unknown_recency = unknown->get<std::size_t>();
  }
  if (const auto* coverage = reader.required("coverage", nlohmann::json::value_t::number_float)) {
    c.coverage = coverage->get<double>();
  }
  if (const auto* target = reader.member("target"); target != nullptr && target->is_number())
    c.target = target->get<double>();
  if (const auto* weight = reader.member("weight"); weight != nullptr && weight->is_number())
    c.weight = weight->get<double>();
  const std::string status = reader.required_string("status");
  if (const auto parsed = parse_status(status)) {
    c.status = *parsed;
  } else if (!status.empty()) {
    reader.fail(reader.path_of("status"), fmt::format("unknown status {}", quote(status)));
  }
  c.missing_fields = reader.string_list("missing_fields");
  return c;
}

}  // namespace

std::string report_to_json(const Report& report, const ReportDiff* baseline) {
  ordered_json out;
  out["schema_version"] = 1;
  out["netgap_version"] = version;
  out["as_of"] = format_iso(report.as_of);
  out["window_days"] = report.window_days;
  out["taxonomy"] = {{"fingerprint", report.taxonomy}};
  if (report.owner) {
    ordered_json owner;
    owner["name"] = report.owner->name;
    owner["organization"] = report.owner->organization;
    owner["role"] = report.owner->role;
    out["owner"] = owner;
  } else {
    out["owner"] = nullptr;
  }
  out["roster"] = {{"source", report.source},
                   {"contacts", report.contacts},
                   {"duplicates", report.duplicates},
                   {"classified", report.classified},
                   {"unclassified", report.unclassified},
                   {"not_yet_connected", report.not_yet_connected}};
  out["score"] = rounded(report.score, 1);
  auto categories = ordered_json::array();
  for (const auto& c : report.categories) categories.push_back(coverage(c));
  out["categories"] = categories;
  auto lenses = ordered_json::array();
  for (const auto& l : report.lenses) lenses.push_back(coverage(l));
  out["lenses"] = lenses;
  auto groups = ordered_json::array();
  auto shares = ordered_json::object();
  for (const auto& g : report.groups) {
    groups.push_back({{"id", g.id}, {"name", g.name}, {"count", g.count}, {"coverage", rounded(g.coverage, 3)}});
    shares[g.id] = rounded(g.share, 3);
  }
  out["groups"] = groups;
  out["diversity"] = {{"group_shares", shares},
                      {"blau", rounded(report.diversity.blau, 3)},
                      {"blau_normalized", rounded(report.diversity.blau_normalized, 3)},
                      {"shannon_evenness", rounded(report.diversity.shannon_evenness, 3)}};
  auto recommendations = ordered_json::array();
  for (const auto& r : report.recommendations) {
    ordered_json item;
    item["kind"] = r.kind == TypeKind::category ? "category" : "lens";
    item["id"] = r.id;
    item["name"] = r.name;
    item["priority"] = r.priority;
    item["status"] = status_name(r.status);
    item["gap"] = rounded(r.gap, 3);
    item["reason"] = r.reason;
    item["actions"] = statements(r.actions);
    item["benefits"] = statements(r.benefits);
    item["rekindle"] = rekindle(r.rekindle);
    recommendations.push_back(item);
  }
  out["recommendations"] = recommendations;
  out["unclassified_examples"] = report.unclassified_examples;
  if (baseline != nullptr) out["baseline"] = diff_document(*baseline);
  return detail::terminal_safe(out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n");
}

std::string diff_to_json(const ReportDiff& diff) {
  return detail::terminal_safe(diff_document(diff).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n");
}

bool looks_like_report(std::string_view head) {
  return head.find("\"netgap_version\"") != std::string_view::npos &&
         head.find("\"categories\"") != std::string_view::npos;
}

Report parse_report_json(std::string_view text, std::string_view source) {
  const nlohmann::json document = detail::parse_document(text, source);
  Diagnostics diagnostics;
  Report report;
  if (!document.is_object()) throw Error(fmt::format("{}: not a netgap report (expected an object)", source));
  detail::ObjectReader top(document, "", source, diagnostics);
  if (const auto* schema = top.required("schema_version", nlohmann::json::value_t::number_unsigned);
      schema != nullptr && *schema != 1) {
    top.fail("schema_version", fmt::format("unsupported report version {}; this netgap reads 1", schema->dump()));
  }
  const std::string as_of = top.required_string("as_of");
  if (const auto date = parse_iso_date(as_of)) {
    report.as_of = *date;
  } else if (!as_of.empty()) {
    top.fail("as_of", fmt::format("expected a date YYYY-MM-DD, got {}", quote(as_of)));
  }
  if (const auto* taxonomy = top.member("taxonomy"); taxonomy != nullptr && taxonomy->is_object()) {
    report.taxonomy = taxonomy->value("fingerprint", std::string());
  }
  if (const auto* score = top.required("score", nlohmann::json::value_t::number_float))
    report.score = score->get<double>();
  if (const auto* roster = top.member("roster"); roster != nullptr && roster->is_object()) {
    report.source = roster->value("source", std::string(source));
    report.contacts = roster->value("contacts", std::size_t{0});
    report.duplicates = roster->value("duplicates", std::size_t{0});  // absent before identity
    report.not_yet_connected = roster->value("not_yet_connected", std::size_t{0});
  } else {
    report.source = std::string(source);
  }
  for (const auto& [key, kind] : {std::pair{"categories", TypeKind::category}, std::pair{"lenses", TypeKind::lens}}) {
    if (const auto* list = top.required(key, nlohmann::json::value_t::array)) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        auto& target = kind == TypeKind::category ? report.categories : report.lenses;
        target.push_back(parse_coverage((*list)[i], fmt::format("{}[{}]", key, i), kind, source, diagnostics));
      }
    }
  }
  diagnostics.checkpoint();
  return report;
}

}  // namespace netgap
