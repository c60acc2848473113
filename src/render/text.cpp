// The text format: for a person at a terminal, 80 columns, colour only when asked for.
#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "render/printable.hpp"

namespace netgap {
namespace {

constexpr std::size_t width = 80;
constexpr std::size_t name_width = 34;
constexpr std::size_t bar_width = 10;

/// ANSI styling that collapses to nothing without colour.
class Style {
 public:
  explicit Style(bool color, bool ascii = false) : color_(color), ascii_(ascii) {}
  /// A bar of `fraction`, in block characters, or '#' and '.' where the locale is not UTF-8.
  [[nodiscard]] std::string bar(double fraction) const;
  [[nodiscard]] std::string bold(std::string_view s) const { return wrap_in("1", s); }
  [[nodiscard]] std::string dim(std::string_view s) const { return wrap_in("2", s); }
  [[nodiscard]] std::string status(Status status, std::string_view s) const {
    switch (status) {
      case Status::missing:
        return wrap_in("1;31", s);
      case Status::weak:
        return wrap_in("31", s);
      case Status::developing:
        return wrap_in("33", s);
      case Status::covered:
        return wrap_in("32", s);
      case Status::unassessable:
        return wrap_in("2", s);
    }
    return std::string(s);
  }

 private:
  [[nodiscard]] std::string wrap_in(std::string_view code, std::string_view s) const {
    return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
  bool color_;
  bool ascii_;
};

/// Rounded to the nearest block, but full only when the fraction is whole and empty only when it
/// is nothing: a type at 96% must not look covered, nor one at 3% look empty.
std::string Style::bar(double fraction) const {
  fraction = std::clamp(fraction, 0.0, 1.0);
  const long lowest = fraction > 0 ? 1 : 0;
  const long highest = fraction < 1 ? static_cast<long>(bar_width) - 1 : static_cast<long>(bar_width);
  const auto full = static_cast<std::size_t>(std::clamp(std::lround(fraction * bar_width), lowest, highest));
  std::string out;
  for (std::size_t i = 0; i < bar_width; ++i) out += i < full ? (ascii_ ? "#" : "\u2588") : (ascii_ ? "." : "\u2591");
  return out;
}

std::string row(const Coverage& c, const Style& style) {
  const std::string ratio = active_ratio(c);
  const std::string unknown =
      c.unknown_recency == 0 ? "" : fmt::format("  ({} of {} not dated)", c.unknown_recency, c.count);
  return fmt::format("  {}{:>6}  {}  {}{}\n", fit(c.name, name_width), ratio, style.bar(c.coverage),
                     style.status(c.status, std::string(status_name(c.status)) + (rests_on_undated(c) ? "?" : "")),
                     unknown);
}

std::string rekindle_line(const std::vector<Rekindle>& list) {
  std::string out;
  for (const auto& r : list) out += (out.empty() ? "" : ", ") + r.name + " " + rekindle_facts(r);
  return out;
}

std::string signed_number(double value) { return fmt::format("{:+.1f}", std::round(value * 10) / 10); }

/// "; decay -3.2, lost -1.0": the parts of a score change that are not gains.
std::string score_causes(const ReportDiff& diff) {
  std::string out;
  for (const std::string_view cause : {"decay", "lost"}) {
    const double points = diff.points(cause);
    if (points != 0) out += fmt::format("{} {} {}", out.empty() ? ";" : ",", cause, signed_number(points));
  }
  return out;
}

std::string arrow_pair(const std::string& before, const std::string& after) {
  return before == after ? before : before + " \u2192 " + after;
}

/// The before and after of a type, "\u2014" for the side whose taxonomy did not have it.
std::string sides(const TypeChange& c, const std::string& before, const std::string& after) {
  return arrow_pair(c.in_before ? before : "\u2014", c.in_after ? after : "\u2014");
}

/// One bar of eight heights per value in 0..1.
std::string sparkline(const std::vector<double>& values, bool ascii) {
  static constexpr const char* bars[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                         "\u2585", "\u2586", "\u2587", "\u2588"};
  static constexpr const char* ascii_bars[] = {"_", ".", "-", ":", "=", "+", "*", "#"};
  std::string out;
  for (const double v : values) {
    const auto level = std::isnan(v) ? 0 : std::lround(std::clamp(v, 0.0, 1.0) * 7);
    out += std::isnan(v) ? " " : ascii ? ascii_bars[level] : bars[level];
  }
  return out;
}

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

std::string taxonomy_text(const Taxonomy& taxonomy) {
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

std::string network_type_text(const Taxonomy& taxonomy, const NetworkType& type) {
  std::string out;
  if (type.kind == TypeKind::category) {
    const Group* group = taxonomy.find_group(type.group);
    out += fmt::format("{} [{}]\n", group != nullptr ? group->name : type.group, type.group);
  } else {
    out += "Lens on the workplace network\n";
  }
  append_type(out, type);
  if (!type.aliases.empty()) {
    out += wrap(join(type.aliases), width, "      ", std::string_view("    Tags that label it: "));
  }
  return out;
}

}  // namespace

std::string left_out(const Report& report) {
  const std::size_t n = report.not_yet_connected;
  return fmt::format("{} contact{} connected after {} {} left out (not yet in the network).", n, n == 1 ? "" : "s",
                     format_iso(report.as_of), n == 1 ? "is" : "are");
}

std::string undated_note(const Report& report) {
  std::vector<std::string> names;
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      if (rests_on_undated(c)) names.push_back(c.name);
    }
  }
  if (names.empty()) return "";
  return fmt::format(
      "? Most ties in {} have no date of last contact: their active counts are unknown, not zero, and their status "
      "is a guess that counts each undated tie as half an active one. Your LinkedIn export, mailbox or calendar "
      "fills the dates in: netgap import --merge ROSTER FILE... (or netgap log ROSTER NAME for one tie).",
      join_some(names, 4));
}

namespace {

std::string header(const Report& report, const Style& style) {
  std::string who = "your network";
  if (report.owner && !report.owner->name.empty()) {
    who = report.owner->name;
    std::string where;
    if (!report.owner->role.empty()) where = report.owner->role;
    if (!report.owner->organization.empty()) where += (where.empty() ? "" : ", ") + report.owner->organization;
    if (!where.empty()) who += " (" + where + ")";
  }
  std::string out = wrap(fmt::format("netgap audit of {}", who), width, "");
  out += wrap(fmt::format("as of {}: {} contacts in {}, {} classified, {} unclassified{}", format_iso(report.as_of),
                          report.contacts, report.source, report.classified, report.unclassified,
                          report.duplicates == 0 ? std::string()
                                                 : fmt::format("; {} duplicate{} not counted", report.duplicates,
                                                               report.duplicates == 1 ? "" : "s")),
              width, "");
  if (report.not_yet_connected > 0) out += wrap(left_out(report), width, "");
  out += fmt::format("\n{}  {}\n", style.bold(fmt::format("Score {:.1f}/100", report.score)),
                     style.bar(report.score / 100));
  return out;
}

std::string coverage_tables(const Report& report, const Style& style) {
  std::string out;
  for (const auto& group : report.groups) {
    out += fmt::format("\n{}{:>{}}\n", style.bold(fit(group.name, 60)),
                       fmt::format("coverage {:3.0f}%", group.coverage * 100), width - 62);
    for (const auto& c : report.categories) {
      if (c.group == group.id) out += row(c, style);
    }
  }
  if (!report.lenses.empty()) {
    out += "\n" + style.bold("Lenses on the workplace network") + "\n";
    for (const auto& l : report.lenses) out += row(l, style);
  }
  std::string unassessable;
  for (const auto& c : report.categories) {
    if (c.status == Status::unassessable) unassessable += wrap(unassessable_note(c) + ".", width, "    ", "  ");
  }
  if (!unassessable.empty()) out += "\n" + unassessable;
  if (const std::string note = undated_note(report); !note.empty()) out += "\n" + wrap(note, width, "    ", "  ");
  out += "\n" + wrap(fmt::format("Diversity: evenness {:.2f} over the categories (Blau index {:.2f}, {:.0f}% of its "
                                 "maximum)",
                                 report.diversity.shannon_evenness, report.diversity.blau,
                                 report.diversity.blau_normalized * 100),
                     width, "");
  return out;
}

std::string recommendation(const Recommendation& r, const Style& style, bool color) {
  std::string out =
      wrap(fmt::format("{} ({}): {}", style.bold(r.name), style.status(r.status, status_name(r.status)), r.reason),
           width + (color ? 20 : 0), "    ", fmt::format("{:>2}. ", r.priority));
  const bool ours = !r.actions.empty() && r.actions.front().source == Source::netgap;
  out += fmt::format("    How to build it{}:\n", ours ? " (netgap's suggestion)" : "");
  for (const auto& a : r.actions) out += wrap(a.text, width, "        ", std::string_view("      - "));
  std::vector<std::string> benefits;
  for (const auto& b : r.benefits) benefits.push_back(b.text);
  if (!benefits.empty()) out += wrap(join(benefits, " "), width, "      ", std::string_view("    Why: "));
  if (!r.rekindle.empty()) out += wrap(rekindle_line(r.rekindle), width, "      ", std::string_view("    Rekindle: "));
  return out;
}

std::string what_to_do_next(const Report& report, const Style& style, const RenderOptions& options) {
  if (report.recommendations.empty()) {
    return "\n" + style.bold("Every network type is covered.") + " Keep the ties active.\n";
  }
  std::string out = "\n" + style.bold("What to do next") + "\n";
  const std::size_t shown = std::min(options.top, report.recommendations.size());
  for (std::size_t i = 0; i < shown; ++i) out += recommendation(report.recommendations[i], style, options.color);
  if (report.recommendations.size() > shown) {
    std::vector<std::string> rest;
    for (std::size_t i = shown; i < report.recommendations.size(); ++i) {
      const auto& r = report.recommendations[i];
      rest.push_back(fmt::format("{} ({})", r.name, status_name(r.status)));
    }
    const std::string hint = options.more_hint.empty() ? "" : " " + options.more_hint;
    out += wrap(fmt::format("Also: {}.{}", join(rest), hint), width, "    ", std::string_view("    "));
  }
  return out;
}

std::string unclassified(const Report& report) {
  if (report.unclassified == 0) return {};
  std::string names = join(report.unclassified_examples);
  if (report.unclassified > report.unclassified_examples.size()) names += ", ...";
  return "\n" + wrap(fmt::format("{} contact{} unclassified ({}): label them with \"categories\" or a tag; "
                                 "'netgap explain' shows why.",
                                 report.unclassified, report.unclassified == 1 ? " is" : "s are", names),
                     width, "");
}

}  // namespace

std::string render_text(const Report& data, const RenderOptions& given) {
  const Report report = printable(data);
  const RenderOptions options = printable(given);
  const Style style(options.color, options.ascii);
  std::string out = header(report, style) + coverage_tables(report, style) + what_to_do_next(report, style, options) +
                    unclassified(report);
  if (options.baseline != nullptr) out += "\n" + render_diff_text(*options.baseline, options);
  return out;
}

std::string render_diff_text(const ReportDiff& data, const RenderOptions&) {
  const ReportDiff diff = printable(data);
  std::string out = wrap(fmt::format("netgap diff: {} ({}) \u2192 {} ({})", diff.old_source, format_iso(diff.old_as_of),
                                     diff.new_source, format_iso(diff.new_as_of)),
                         80, "  ", std::string_view(""));
  out += fmt::format("Score {:.1f} \u2192 {:.1f} ({}{}){}\n\n", diff.score_before, diff.score_after,
                     signed_number(diff.score_after - diff.score_before), score_causes(diff),
                     diff.regressed() ? ": regressed" : "");
  out += fmt::format("  {:<32} {:<9} {:<12} {}\n", "", "active", "coverage", "status");
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("  {} {:<9} {:<12} {}\n", fit(c.name, 32),
                         sides(c, std::to_string(c.active_before), std::to_string(c.active_after)),
                         sides(c, percent(c.coverage_before), percent(c.coverage_after)),
                         sides(c, std::string(status_name(c.status_before)), std::string(status_name(c.status_after))));
    }
  }
  const auto opened = diff.ids_where("opened");
  const auto closed = diff.ids_where("closed");
  out += "\n";
  out += wrap("Gaps opened: " + (opened.empty() ? std::string("none") : join_some(opened)), 80, "  ");
  out += wrap("Gaps closed: " + (closed.empty() ? std::string("none") : join_some(closed)), 80, "  ");
  for (const auto& [cause, label] : {std::pair{"decay", "Decay (the same contacts, less recent)"},
                                     std::pair{"lost", "Lost contacts (fewer in the type)"}}) {
    const auto ids = diff.ids_of_cause(cause);
    if (!ids.empty()) out += wrap(fmt::format("{}: {}", label, join_some(ids)), 80, "  ");
  }
  for (const auto& [change, label] :
       {std::pair{"new", "New in the later taxonomy"}, std::pair{"removed", "Not in the later taxonomy"}}) {
    const auto ids = diff.ids_where(change);
    if (!ids.empty()) out += wrap(fmt::format("{}: {}", label, join_some(ids)), 80, "  ");
  }
  if (diff.taxonomies_differ()) {
    out += wrap(
        "The two audits used different taxonomies: types are matched by id, and the scores are not "
        "strictly comparable.",
        80, "  ");
  }
  if (diff.has_contacts) {
    out += wrap(fmt::format("Contacts: {} added{}; {} removed{}; {} went dormant{}", diff.added.size(),
                            diff.added.empty() ? "" : " (" + join_some(diff.added) + ")", diff.removed.size(),
                            diff.removed.empty() ? "" : " (" + join_some(diff.removed) + ")", diff.went_dormant.size(),
                            diff.went_dormant.empty() ? "" : " (" + join_some(diff.went_dormant) + ")"),
                80, "  ");
    std::vector<std::string> renamed;
    for (const auto& c : diff.renamed) renamed.push_back(arrow_pair(c.before, c.after));
    if (!renamed.empty()) out += wrap("Renamed: " + join_some(renamed), 80, "  ");
    std::vector<std::string> moved;
    for (const auto& c : diff.changed_organization) {
      moved.push_back(c.name + ": " +
                      arrow_pair(c.before.empty() ? "(none)" : c.before, c.after.empty() ? "(none)" : c.after));
    }
    if (!moved.empty()) out += wrap("Changed organisation: " + join_some(moved), 80, "  ");
  }
  return out;
}

namespace {

/// One type's sparkline; a blank where an audit's taxonomy lacked it, "(new)" or "(removed)".
std::string trend_row(const std::vector<Report>& reports, const Coverage& c, bool ascii) {
  const auto series = coverage_series(reports, c.id, c.kind);
  const auto present = [](double v) { return !std::isnan(v); };
  const double first = *std::find_if(series.begin(), series.end(), present);
  const double last = *std::find_if(series.rbegin(), series.rend(), present);
  const char* note = std::isnan(series.back()) ? " (removed)" : std::isnan(series.front()) ? " (new)" : "";
  return fmt::format("  {} {:<12} {:.0f}% \u2192 {:.0f}%{}\n", fit(c.name, 32), sparkline(series, ascii), first * 100,
                     last * 100, note);
}

}  // namespace

std::string render_trend_text(const std::vector<Report>& data, const RenderOptions& options) {
  if (data.empty()) return "No saved audits yet.\n";
  std::vector<Report> reports;
  for (const auto& r : data) reports.push_back(printable(r));
  std::vector<double> scores;
  for (const auto& r : reports) scores.push_back(r.score / 100);
  std::string out =
      fmt::format("netgap trend: {} audit{}, {} to {}\n\n", reports.size(), reports.size() == 1 ? "" : "s",
                  format_iso(reports.front().as_of), format_iso(reports.back().as_of));
  out += fmt::format("  {:<32} {:<12} {:.1f} \u2192 {:.1f}\n", "Score", sparkline(scores, options.ascii),
                     reports.front().score, reports.back().score);
  for (const TypeKind kind : {TypeKind::category, TypeKind::lens}) {
    for (const Coverage* c : types_over(reports, kind)) out += trend_row(reports, *c, options.ascii);
  }
  return out;
}

std::string render_explanation_text(const Explanation& data, const RenderOptions&) {
  const Explanation explanation = printable(data);
  std::string out;
  for (const auto& contact : explanation.contacts) {
    out += fmt::format("{} (contacts[{}])\n", contact.name, contact.index);
    const auto section = [&](const std::vector<ExplainedLabel>& labels) {
      for (const auto& label : labels) {
        out += wrap(fmt::format("{}: {}", confidence_name(label.confidence), label.reason), width, std::string(26, ' '),
                    fmt::format("  {:<23} ", label.id));
      }
    };
    section(contact.categories);
    if (std::none_of(contact.categories.begin(), contact.categories.end(),
                     [](const ExplainedLabel& l) { return l.confidence != Confidence::possible; })) {
      out += contact.categories.empty()
                 ? "  unclassified            no rule matched; add \"categories\" or a tag such as \"mentor\"\n"
                 : "  unclassified            only possible labels; confirm with netgap label\n";
    }
    section(contact.lenses);
    for (const auto& line : contact.activity)
      out += wrap(line, width, std::string(26, ' '), "  activity                ");
    out += '\n';
  }
  if (!explanation.filtered) {
    out += fmt::format("{} contacts: {} classified, {} unclassified\n", explanation.total,
                       explanation.total - explanation.unclassified, explanation.unclassified);
  }
  return out;
}

std::string render_taxonomy_text(const Taxonomy& data, const NetworkType* one, const RenderOptions&) {
  const Taxonomy taxonomy = printable(data);
  return one != nullptr ? network_type_text(taxonomy, printable(*one)) : taxonomy_text(taxonomy);
}

}  // namespace netgap
