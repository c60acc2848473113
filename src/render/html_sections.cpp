// The sections of the HTML pages: coverage, egogram, recommendations, changes, trend, spread.
#include "render/html_sections.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/analyse/anonymize.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>
#include <optional>

#include "render/html_charts.hpp"
#include "render/html_egogram.hpp"
#include "render/html_page.hpp"

namespace netgap {
namespace {

constexpr std::size_t listed_names = 50;

std::string bar(double fraction, Status status) {
  return fmt::format(
      "<span class=\"bar\" aria-hidden=\"true\"><span class=\"{}\" style=\"width:{:.0f}%\"></span></span>",
      status_look(status).css, std::clamp(fraction, 0.0, 1.0) * 100);
}

/// The number that stands for a category in narrow charts (its place in the taxonomy, from 1).
std::string key(std::size_t index) { return fmt::format("<span class=\"keyno\">{}</span>", index + 1); }

std::string coverage_row(const Coverage& c, std::optional<std::size_t> index) {
  std::string row = fmt::format(
      "<tr><th scope=\"row\">{}{}</th><td class=\"num\">{}</td><td><div class=\"cov\">{}<span "
      "class=\"num\">{}</span></div></td><td>{}</td></tr>\n",
      index ? key(*index) : "", html_escape(c.name), active_ratio(c, " / "), bar(c.coverage, c.status),
      percent(c.coverage), status_badge(c.status) + (rests_on_undated(c) ? "?" : ""));
  if (c.status == Status::unassessable) {
    row += fmt::format("<tr><td colspan=\"4\" class=\"note\">{}.</td></tr>\n", html_escape(unassessable_note(c)));
  }
  return row;
}

/// Rows: a coverage and, for a category, its index among the categories.
using CoverageRows = std::vector<std::pair<const Coverage*, std::optional<std::size_t>>>;

std::string coverage_table(std::string_view caption, const CoverageRows& rows) {
  std::string out = fmt::format(
      "<table class=\"types\">\n<caption>{}</caption>\n<colgroup><col class=\"c-name\"/><col class=\"c-active\"/>"
      "<col class=\"c-cov\"/><col class=\"c-status\"/></colgroup>\n<thead><tr><th scope=\"col\">Type</th><th "
      "scope=\"col\" class=\"num\">Active"
      "<span class=\"wide\"> / target</span></th><th scope=\"col\" class=\"num\">Coverage</th><th "
      "scope=\"col\">Status</th></tr></thead>\n"
      "<tbody>\n",
      caption);
  for (const auto& [c, index] : rows) out += coverage_row(*c, index);
  return out + "</tbody>\n</table>\n";
}

/// "1 missing, 4 weak, ...": how many categories and lenses have each status, worst first.
std::string status_summary(const Report& report) {
  std::string out = "<ul class=\"legend\">";
  for (const Status status : {Status::missing, Status::weak, Status::developing, Status::covered}) {
    std::size_t count = 0;
    for (const auto* list : {&report.categories, &report.lenses}) {
      for (const auto& c : *list) count += c.status == status ? 1 : 0;
    }
    out += fmt::format("<li><b>{}</b> {}</li>", count, status_badge(status));
  }
  return out + fmt::format(
                   "</ul>\n<p class=\"note\">of {} categories and {} lenses. A type is covered when its "
                   "active contacts, weighted by strength and recency, reach its target.</p>\n",
                   report.categories.size(), report.lenses.size());
}

std::vector<RadarAxis> radar_axes(const Report& report, const ReportDiff* baseline) {
  std::vector<RadarAxis> axes;
  for (const auto& c : report.categories) {
    RadarAxis axis{c.name, c.coverage, std::nullopt};
    if (baseline != nullptr) {
      for (const auto& t : baseline->categories) {
        if (t.id == c.id) axis.before = t.coverage_before;
      }
    }
    axes.push_back(std::move(axis));
  }
  return axes;
}

std::string statements(std::string_view heading, const std::vector<Statement>& list) {
  if (list.empty()) return {};
  const bool ours =
      std::all_of(list.begin(), list.end(), [](const Statement& s) { return s.source == Source::netgap; });
  std::string out = fmt::format("<p class=\"label\">{}{}</p>\n<ul>\n", heading, ours ? " (netgap's suggestion)" : "");
  for (const auto& s : list) out += "<li>" + html_escape(s.text) + "</li>\n";
  return out + "</ul>\n";
}

std::string rekindle_list(const std::vector<Rekindle>& list) {
  if (list.empty()) return {};
  std::string out = "<p class=\"label\">Rekindle</p>\n<ul>\n";
  for (const auto& r : list) {
    out += fmt::format("<li>{} <span class=\"muted\">{}</span></li>\n", html_escape(r.name),
                       html_escape(rekindle_facts(r)));
  }
  return out + "</ul>\n";
}

std::string recommendation_card(const Recommendation& r) {
  std::string out = fmt::format("<article class=\"card\">\n<h3><span class=\"prio\">{}.</span> {}</h3>\n<p>{} {}</p>\n",
                                r.priority, html_escape(r.name), status_badge(r.status), html_escape(r.reason));
  out += statements("How to build it", r.actions);
  out += statements("Why", r.benefits);
  return out + rekindle_list(r.rekindle) + "</article>\n";
}

std::string name_list(std::string_view heading, const std::vector<std::string>& names) {
  std::string out = fmt::format("<p><b>{}</b> ({})", heading, names.size());
  if (names.empty()) return out + "</p>\n";
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < names.size() && i < listed_names; ++i) shown.push_back(html_escape(names[i]));
  out += ": " + join(shown);
  if (names.size() > listed_names) out += fmt::format(" and {} more", names.size() - listed_names);
  return out + "</p>\n";
}

std::string pair(const std::string& before, const std::string& after) {
  return before == after ? before : before + " \u2192 " + after;
}

std::string change_row(const TypeChange& c) {
  const std::string status = c.status_before == c.status_after
                                 ? status_badge(c.status_after)
                                 : status_badge(c.status_before) + " \u2192 " + status_badge(c.status_after);
  const std::string_view change = c.change();
  const bool bad = change == "opened" || change == "worse";
  return fmt::format(
      "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td>"
      "<td>{}{}{}</td></tr>\n",
      html_escape(c.name), pair(std::to_string(c.active_before), std::to_string(c.active_after)),
      pair(percent(c.coverage_before), percent(c.coverage_after)), status, bad ? "<b>" : "", change, bad ? "</b>" : "");
}

}  // namespace

std::string coverage_section(const Report& report, const ReportDiff* baseline) {
  std::string out =
      "<section aria-labelledby=\"h-coverage\">\n<h2 id=\"h-coverage\">Coverage</h2>\n<div class=\"grid2\">\n<div>\n";
  if (report.categories.size() >= 3) {
    const std::string before = baseline != nullptr ? "the baseline of " + format_iso(baseline->old_as_of) : "";
    out += "<figure class=\"chart\">\n" + radar_svg(radar_axes(report, baseline), before, "radar");
    out += "<figcaption>Coverage per category; the dashed ring is the target";
    if (baseline != nullptr) out += "; the dotted polygon is " + html_escape(before);
    out += ".</figcaption>\n</figure>\n";
  }
  out += status_summary(report) + "</div>\n<div>\n";
  for (const auto& group : report.groups) {
    CoverageRows rows;
    for (std::size_t i = 0; i < report.categories.size(); ++i) {
      if (report.categories[i].group == group.id) rows.emplace_back(&report.categories[i], i);
    }
    out += coverage_table(fmt::format("{} <span class=\"muted\">\u00b7 coverage {} \u00b7 {} contacts</span>",
                                      html_escape(group.name), percent(group.coverage), group.count),
                          rows);
  }
  if (!report.lenses.empty()) {
    CoverageRows rows;
    for (const auto& l : report.lenses) rows.emplace_back(&l, std::nullopt);
    out += coverage_table("Lenses on the workplace network", rows);
  }
  return out + "</div>\n</div>\n</section>\n";
}

std::string egogram_section(const Report& report) {
  if (!report.egogram) return {};
  const Egogram& e = *report.egogram;
  std::vector<EgogramSector> sectors;
  std::string legend;
  for (std::size_t g = 0; g < report.groups.size(); ++g) {
    legend +=
        fmt::format("<li><span class=\"swatch {}\"></span>{}</li>", group_class(g), html_escape(report.groups[g].name));
  }
  for (const auto& c : report.categories) {
    std::size_t g = 0;
    while (g < report.groups.size() && report.groups[g].id != c.group) ++g;
    sectors.push_back({c.name, group_class(g)});
  }
  sectors.push_back({"Unclassified", "g-none"});
  legend += "<li><span class=\"swatch g-none\"></span>Unclassified</li>";
  const std::string centre = report.owner && !report.owner->name.empty() ? report.owner->name : "you";
  std::string out =
      "<section aria-labelledby=\"h-egogram\">\n<h2 id=\"h-egogram\">Who is close, who has drifted</h2>\n";
  out += "<figure class=\"chart ego\">\n" + egogram_svg(e, sectors, initials(centre));
  out += fmt::format(
      "<figcaption>Rings from the centre: last contact within {} days, {} days, {} days; beyond the "
      "dashed ring ties are dormant; the outer ring has no date.</figcaption>\n</figure>\n",
      e.ring_days[0], e.ring_days[1], e.ring_days[2]);
  out += "<ul class=\"legend\">" + legend + "</ul>\n";
  if (e.aggregated) {
    out +=
        "<p class=\"note\">Too many contacts to draw one by one: each circle counts the contacts of its category "
        "and ring (its area is the number, its depth of colour their mean strength).</p>\n";
  } else {
    out +=
        "<p class=\"note\">Each dot is a contact, larger for a stronger tie; a hollow dot has no strength given. A "
        "contact in several categories has a dot in each.</p>\n";
  }
  return out + egogram_table(e, sectors) + "</section>\n";
}

std::string recommendations_section(const Report& report, const RenderOptions& options) {
  std::string out = "<section aria-labelledby=\"h-next\">\n<h2 id=\"h-next\">What to do next</h2>\n";
  if (report.recommendations.empty())
    return out + "<p>Every network type is covered. Keep the ties active.</p>\n</section>\n";
  const std::size_t shown = std::min(options.top, report.recommendations.size());
  out += "<div class=\"cards\">\n";
  for (std::size_t i = 0; i < shown; ++i) out += recommendation_card(report.recommendations[i]);
  out += "</div>\n";
  if (shown < report.recommendations.size()) {
    out += "<h3>Also</h3>\n<ul class=\"also\">\n";
    for (std::size_t i = shown; i < report.recommendations.size(); ++i) {
      const auto& r = report.recommendations[i];
      out += fmt::format("<li>{}. <b>{}</b> {} {}</li>\n", r.priority, html_escape(r.name), status_badge(r.status),
                         html_escape(r.reason));
    }
    out += "</ul>\n";
    if (!options.more_hint.empty()) out += "<p class=\"note\">" + html_escape(options.more_hint) + "</p>\n";
  }
  return out + "</section>\n";
}

std::string changes_body(const ReportDiff& diff) {
  const double delta = diff.score_after - diff.score_before;
  std::string out = "<ul class=\"figures\">\n";
  out += fmt::format("<li>Score then ({})<b>{:.1f}</b></li>\n", format_iso(diff.old_as_of), diff.score_before);
  out += fmt::format("<li>Score now ({})<b>{:.1f}</b></li>\n", format_iso(diff.new_as_of), diff.score_after);
  const std::string verdict = !diff.regressed() ? "no regression"
                              : delta < 0       ? "regressed"
                                                : "regressed: a status worsened";
  out += fmt::format("<li>Change<b class=\"{}\">{:+.1f}</b>{}</li>\n", delta < 0 ? "delta-down" : "delta-up", delta,
                     verdict);
  out +=
      "</ul>\n<div class=\"scroll\"><table>\n<caption>Each category and lens</caption>\n<thead><tr><th "
      "scope=\"col\">Type</th><th scope=\"col\" class=\"num\">Active</th><th scope=\"col\" "
      "class=\"num\">Coverage</th><th scope=\"col\">Status</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n";
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) out += change_row(c);
  }
  out += "</tbody>\n</table></div>\n";
  const auto opened = diff.ids_where("opened");
  const auto closed = diff.ids_where("closed");
  out += fmt::format("<p>Gaps opened: {}. Gaps closed: {}.</p>\n", opened.empty() ? "none" : html_escape(join(opened)),
                     closed.empty() ? "none" : html_escape(join(closed)));
  if (diff.has_contacts) {
    out += name_list("Added", diff.added) + name_list("Removed", diff.removed) +
           name_list("Went dormant", diff.went_dormant);
  }
  return out;
}

std::string trend_body(const std::vector<Report>& reports) {
  std::vector<TrendPoint> scores;
  for (const auto& r : reports) scores.push_back({r.as_of, r.score});
  std::string out = "<figure class=\"chart\">\n" +
                    line_chart_svg(scores, {"Score over time", "trend-score", 100, false, false}) +
                    "<figcaption>The score of each saved audit.</figcaption>\n</figure>\n<div class=\"multiples\">\n";
  std::string table =
      "<div class=\"scroll\"><table>\n<caption>Coverage per audit</caption>\n<thead><tr><th "
      "scope=\"col\">Type</th>";
  for (const auto& r : reports) table += "<th scope=\"col\" class=\"num\">" + format_iso(r.as_of) + "</th>";
  table += "</tr></thead>\n<tbody>\n<tr><th scope=\"row\">Score</th>";
  for (const auto& r : reports) table += fmt::format("<td class=\"num\">{:.1f}</td>", r.score);
  table += "</tr>\n";
  std::size_t k = 0;
  for (const bool lens : {false, true}) {
    for (const auto& c : lens ? reports.back().lenses : reports.back().categories) {
      const auto series = coverage_series(reports, c.id, lens ? TypeKind::lens : TypeKind::category);
      std::vector<TrendPoint> points;
      table += "<tr><th scope=\"row\">" + html_escape(c.name) + "</th>";
      for (std::size_t i = 0; i < series.size(); ++i) {
        points.push_back({reports[i].as_of, series[i]});
        table += "<td class=\"num\">" + percent(series[i]) + "</td>";
      }
      table += "</tr>\n";
      out += fmt::format("<figure>\n<h3>{} <span class=\"muted\">{}</span></h3>\n", html_escape(c.name),
                         percent(series.back()));
      out +=
          line_chart_svg(points, {"Coverage of " + c.name + " over time", fmt::format("trend-{}", k++), 1, true, true});
      out += "</figure>\n";
    }
  }
  return out + "</div>\n" + table + "</tbody>\n</table></div>\n";
}

std::string spread_section(const Report& report) {
  std::string out = "<section aria-labelledby=\"h-spread\">\n<h2 id=\"h-spread\">Spread and diversity</h2>\n";
  out += "<ul class=\"figures\">\n";
  out += fmt::format("<li>Evenness over the categories<b>{:.2f}</b>1 is perfectly even</li>\n",
                     report.diversity.shannon_evenness);
  out += fmt::format("<li>Blau index<b>{:.2f}</b>{:.0f}% of its maximum</li>\n", report.diversity.blau,
                     report.diversity.blau_normalized * 100);
  out += fmt::format("<li>Unclassified<b>{}</b>of {} contacts</li>\n</ul>\n", report.unclassified, report.contacts);
  if (report.unclassified > 0) {
    std::vector<std::string> names;
    for (const auto& name : report.unclassified_examples) names.push_back(html_escape(name));
    out += fmt::format(
        "<p>Unclassified: {}{}. Label them with \"categories\" or a tag; <code>netgap explain</code> "
        "shows why.</p>\n",
        join(names), report.unclassified > names.size() ? ", \u2026" : "");
  }
  out +=
      "<table>\n<caption>The three networks</caption>\n<thead><tr><th scope=\"col\">Network</th><th scope=\"col\" "
      "class=\"num\">Contacts</th><th scope=\"col\" class=\"num\">Share of memberships</th><th scope=\"col\" "
      "class=\"num\">Coverage</th></tr></thead>\n<tbody>\n";
  for (const auto& g : report.groups) {
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td></tr>\n",
        html_escape(g.name), g.count, percent(g.share), percent(g.coverage));
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace netgap
