// The HTML format: one self-contained page per subject (a report, a diff, a trend) with inline
// CSS and SVG, no script and nothing fetched, readable on a phone and printable.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>
#include <netgap/version.hpp>

#include "render/html_charts.hpp"
#include "render/html_page.hpp"
#include "render/html_sections.hpp"

namespace netgap {
namespace {

std::string owner_line(const Report& report) {
  std::vector<std::string> parts;
  if (report.owner) {
    for (const std::string* field : {&report.owner->role, &report.owner->organization}) {
      if (!field->empty()) parts.push_back(html_escape(*field));
    }
  }
  parts.push_back("as of " + format_iso(report.as_of));
  parts.push_back(html_escape(report.source));
  return join(parts, " \u00b7 ");
}

std::string owner_name(const Report& report) {
  return report.owner && !report.owner->name.empty() ? report.owner->name : "Your network";
}

std::string count_item(std::size_t value, std::string_view what) {
  return fmt::format("<li><b>{}</b> {}</li>", value, what);
}

std::string report_header(const Report& report, const RenderOptions& options) {
  std::string out = fmt::format(
      "<header class=\"top\">\n<div class=\"who\">\n<p class=\"muted\">netgap network audit</p>\n<h1>{}</h1>\n"
      "<p class=\"muted\">{}</p>\n<ul class=\"counts\">{}{}{}<li>active = in touch within <b>{}</b> days</li></ul>\n",
      html_escape(owner_name(report)), owner_line(report), count_item(report.contacts, "contacts"),
      count_item(report.classified, "classified"), count_item(report.unclassified, "unclassified"), report.window_days);
  for (const auto& failure : options.gate_failures) {
    out += "<p><b>Below the bar:</b> " + html_escape(failure) + "</p>\n";
  }
  return out + "</div>\n<figure class=\"gauge\">\n" + gauge_svg(report.score) + "</figure>\n</header>\n<main>\n";
}

std::string footer(std::string_view source) {
  return fmt::format(
      "</main>\n<footer>Made by netgap {} from {}. This page is one self-contained file: no scripts, nothing "
      "fetched; it prints on A4 or Letter.</footer>\n",
      version, html_escape(source));
}

/// The saved reports and this one, oldest first; this one replaces a saved one of the same date.
std::vector<Report> with_history(const Report& report, const std::vector<Report>& history) {
  std::vector<Report> all;
  for (const auto& r : history) {
    if (r.as_of != report.as_of) all.push_back(r);
  }
  all.push_back(report);
  std::stable_sort(all.begin(), all.end(), [](const Report& a, const Report& b) { return a.as_of < b.as_of; });
  return all;
}

std::string section(std::string_view id, std::string_view heading, const std::string& body) {
  return fmt::format("<section aria-labelledby=\"h-{}\">\n<h2 id=\"h-{}\">{}</h2>\n{}</section>\n", id, id, heading,
                     body);
}

std::string diff_heading(const ReportDiff& diff) {
  return fmt::format("Changes since {} ({})", format_iso(diff.old_as_of), html_escape(diff.old_source));
}

}  // namespace

std::string render_html(const Report& report, const RenderOptions& options) {
  std::string body = report_header(report, options);
  body += coverage_section(report, options.baseline);
  body += egogram_section(report);
  body += recommendations_section(report, options);
  if (options.baseline != nullptr)
    body += section("changes", diff_heading(*options.baseline), changes_body(*options.baseline));
  if (options.history != nullptr) body += section("trend", "Trend", trend_body(with_history(report, *options.history)));
  body += spread_section(report) + footer(report.source);
  return html_page(fmt::format("netgap audit: {}, {}", owner_name(report), format_iso(report.as_of)), body);
}

std::string render_diff_html(const ReportDiff& diff, const RenderOptions&) {
  // Two rosters audited on one date differ by their files; two saved audits by their dates.
  const bool same_day = diff.old_as_of == diff.new_as_of;
  const std::string files = html_escape(diff.old_source) + " \u2192 " + html_escape(diff.new_source);
  const std::string dates = same_day ? "both as of " + format_iso(diff.new_as_of)
                                     : format_iso(diff.old_as_of) + " \u2192 " + format_iso(diff.new_as_of);
  std::string body = fmt::format(
      "<header class=\"top\">\n<div class=\"who\">\n<p class=\"muted\">netgap: what changed</p>\n<h1>{}</h1>\n"
      "<p class=\"muted\">{}</p>\n</div>\n<figure class=\"gauge\">\n{}</figure>\n</header>\n<main>\n",
      same_day ? files : dates, same_day ? dates : files, gauge_svg(diff.score_after));
  if (diff.categories.size() >= 3) {
    std::vector<RadarAxis> axes;
    for (const auto& c : diff.categories) axes.push_back({c.name, c.coverage_after, c.coverage_before});
    const std::string before = same_day ? "the old roster" : "the audit of " + format_iso(diff.old_as_of);
    body += section("coverage", "Coverage",
                    "<figure class=\"chart\">\n" + radar_svg(axes, before, "radar") +
                        "<figcaption>Coverage per category now; the dotted polygon is " + before +
                        "; the dashed ring is the target.</figcaption>\n</figure>\n");
  }
  body += section("changes", "Changes", changes_body(diff)) + footer(diff.new_source);
  return html_page(fmt::format("netgap diff: {} to {}", format_iso(diff.old_as_of), format_iso(diff.new_as_of)), body);
}

std::string render_trend_html(const std::vector<Report>& reports, const RenderOptions&) {
  if (reports.empty()) {
    return html_page("netgap trend",
                     "<main>\n<h1>No saved audits yet</h1>\n<p>Run <code>netgap audit ROSTER --save "
                     "DIR</code> now and then; <code>netgap trend DIR</code> draws them.</p>\n</main>\n");
  }
  const Report& last = reports.back();
  std::string body = fmt::format(
      "<header class=\"top\">\n<div class=\"who\">\n<p class=\"muted\">netgap trend</p>\n"
      "<h1>{} audit{}, {} to {}</h1>\n<p class=\"muted\">{}</p>\n</div>\n<figure "
      "class=\"gauge\">\n{}</figure>\n</header>\n<main>\n",
      reports.size(), reports.size() == 1 ? "" : "s", format_iso(reports.front().as_of), format_iso(last.as_of),
      html_escape(last.source), gauge_svg(last.score));
  body += section("trend", "Trend", trend_body(reports)) + footer(last.source);
  return html_page(fmt::format("netgap trend: {} to {}", format_iso(reports.front().as_of), format_iso(last.as_of)),
                   body);
}

}  // namespace netgap
