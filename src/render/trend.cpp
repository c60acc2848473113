#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/analyse/diff.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

namespace netgap {
namespace {

/// One bar of eight heights per value in 0..1.
std::string sparkline(const std::vector<double>& values) {
  static constexpr const char* bars[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                         "\u2585", "\u2586", "\u2587", "\u2588"};
  std::string out;
  for (const double v : values) out += bars[std::lround(std::clamp(v, 0.0, 1.0) * 7)];
  return out;
}

std::vector<double> coverage_series(const std::vector<Report>& reports, const std::string& id, bool lens) {
  std::vector<double> series;
  for (const auto& r : reports) {
    double value = 0;
    for (const auto& c : lens ? r.lenses : r.categories) {
      if (c.id == id) value = c.coverage;
    }
    series.push_back(value);
  }
  return series;
}

}  // namespace

std::string render_trend_text(const std::vector<Report>& reports) {
  if (reports.empty()) return "No saved audits yet: run 'netgap audit ROSTER --save DIR'.\n";
  std::vector<double> scores;
  for (const auto& r : reports) scores.push_back(r.score / 100);
  std::string out = fmt::format("netgap trend: {} audits, {} to {}\n\n", reports.size(),
                                format_iso(reports.front().as_of), format_iso(reports.back().as_of));
  out += fmt::format("  {:<32} {:<12} {:.1f} \u2192 {:.1f}\n", "Score", sparkline(scores), reports.front().score,
                     reports.back().score);
  for (const bool lens : {false, true}) {
    for (const auto& c : lens ? reports.back().lenses : reports.back().categories) {
      const auto series = coverage_series(reports, c.id, lens);
      std::string name = c.name.size() > 32 ? c.name.substr(0, 32) : c.name;
      out += fmt::format("  {:<32} {:<12} {:.0f}% \u2192 {:.0f}%\n", name, sparkline(series), series.front() * 100,
                         series.back() * 100);
    }
  }
  return out;
}

std::string render_trend_json(const std::vector<Report>& reports) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["schema_version"] = 1;
  out["kind"] = "netgap-trend";
  out["netgap_version"] = version;
  auto dates = ordered_json::array();
  auto scores = ordered_json::array();
  for (const auto& r : reports) {
    dates.push_back(format_iso(r.as_of));
    scores.push_back(std::round(r.score * 10) / 10);
  }
  out["as_of"] = dates;
  out["score"] = scores;
  for (const auto& [key, lens] : {std::pair{"categories", false}, std::pair{"lenses", true}}) {
    auto series = ordered_json::object();
    if (!reports.empty()) {
      for (const auto& c : lens ? reports.back().lenses : reports.back().categories) {
        auto values = ordered_json::array();
        for (const double v : coverage_series(reports, c.id, lens)) values.push_back(std::round(v * 1000) / 1000);
        series[c.id] = values;
      }
    }
    out[key] = series;
  }
  return out.dump(2) + "\n";
}

}  // namespace netgap
