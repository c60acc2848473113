#include <cmath>
#include <netgap/analyse/diff.hpp>
#include <netgap/render/render.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

namespace netgap {
namespace {

using nlohmann::ordered_json;

double rounded(double value, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

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
  out["effective"] = rounded(c.effective, 3);
  out["target"] = c.target;
  if (c.kind == TypeKind::category) out["weight"] = c.weight;
  out["coverage"] = rounded(c.coverage, 3);
  out["status"] = status_name(c.status);
  return out;
}

}  // namespace

std::string render_json(const Report& report, const ReportDiff* baseline) {
  ordered_json out;
  out["schema_version"] = 1;
  out["netgap_version"] = version;
  out["as_of"] = format_iso(report.as_of);
  out["window_days"] = report.window_days;
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
                   {"classified", report.classified},
                   {"unclassified", report.unclassified}};
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
  if (baseline != nullptr) out["baseline"] = ordered_json::parse(render_diff_json(*baseline));
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace netgap
