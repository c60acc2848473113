// The Markdown format: tables and lists for $GITHUB_STEP_SUMMARY, pull requests and notes.
#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>

#include "render/printable.hpp"

namespace netgap {
namespace {

/// Text safe inside a Markdown table cell or list item.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '[' || c == ']') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

std::string status_cell(const Coverage& c) {
  const std::string word = std::string(status_name(c.status)) + (rests_on_undated(c) ? "?" : "");
  return c.status == Status::covered ? word : fmt::format("**{}**", word);
}

std::string signed_number(double value) { return fmt::format("{:+.1f}", std::round(value * 10) / 10); }

std::string arrow_pair(const std::string& before, const std::string& after);

/// The before and after of a type, "\u2014" for the side whose taxonomy did not have it.
std::string sides(const TypeChange& c, const std::string& before, const std::string& after) {
  return arrow_pair(c.in_before ? before : "\u2014", c.in_after ? after : "\u2014");
}

std::string arrow_pair(const std::string& before, const std::string& after) {
  return before == after ? before : before + " \u2192 " + after;
}

bool all_from_netgap(const std::vector<Statement>& statements) {
  return !statements.empty() && std::all_of(statements.begin(), statements.end(),
                                            [](const Statement& s) { return s.source == Source::netgap; });
}

void append_markdown_type(std::string& out, const NetworkType& type) {
  out += fmt::format("### {} (`{}`)\n\n{}\n\nTarget: {} active contacts.\n\n", type.name, type.id, type.description,
                     fmt::format("{:g}", type.target));
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

std::string render_markdown(const Report& data, const RenderOptions& options) {
  const Report report = printable(data);
  std::string out = "## netgap audit";
  if (report.owner && !report.owner->name.empty()) out += ": " + cell(report.owner->name);
  out += fmt::format(", as of {}\n\n", format_iso(report.as_of));
  out += fmt::format("**Score: {:.1f} / 100** · {} contacts ({} classified, {} unclassified) in `{}`\n\n", report.score,
                     report.contacts, report.classified, report.unclassified, report.source);
  if (report.not_yet_connected > 0) out += left_out(report) + "\n\n";
  out += "| Network | Category | Active / target | Coverage | Status |\n|---|---|---:|---:|---|\n";
  for (const auto& group : report.groups) {
    for (const auto& c : report.categories) {
      if (c.group != group.id) continue;
      out += fmt::format("| {} | {} | {} | {} | {} |\n", cell(group.name), cell(c.name), active_ratio(c, " / "),
                         percent(c.coverage), status_cell(c));
    }
  }
  if (!report.lenses.empty()) {
    out += "\n| Lens | Active / target | Coverage | Status |\n|---|---:|---:|---|\n";
    for (const auto& l : report.lenses) {
      out += fmt::format("| {} | {} | {} | {} |\n", cell(l.name), active_ratio(l, " / "), percent(l.coverage),
                         status_cell(l));
    }
  }
  if (const std::string note = undated_note(report); !note.empty()) out += "\n" + cell(note) + "\n";
  if (!report.recommendations.empty()) {
    out += "\n### What to do next\n\n";
    for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
      const Recommendation& r = report.recommendations[i];
      out += fmt::format("{}. **{}** ({}): {}\n", r.priority, cell(r.name), status_name(r.status), cell(r.reason));
      if (i >= options.top) continue;
      for (const auto& a : r.actions) out += fmt::format("   - {}\n", cell(a.text));
      if (!r.rekindle.empty()) {
        std::string names;
        for (const auto& k : r.rekindle) names += (names.empty() ? "" : ", ") + cell(k.name);
        out += fmt::format("   - Rekindle: {}\n", names);
      }
    }
  }
  if (report.unclassified > 0) {
    out += fmt::format("\n{} contacts are unclassified; `netgap explain` shows why.\n", report.unclassified);
  }
  if (options.baseline != nullptr) out += "\n" + render_diff_markdown(*options.baseline, options);
  return out;
}

std::string render_diff_markdown(const ReportDiff& data, const RenderOptions&) {
  const ReportDiff diff = printable(data);
  std::string out =
      fmt::format("## netgap diff: {} \u2192 {}\n\n", format_iso(diff.old_as_of), format_iso(diff.new_as_of));
  std::string causes;
  for (const std::string_view cause : {"decay", "lost"}) {
    if (diff.points(cause) != 0) causes += fmt::format("; {} {}", cause, signed_number(diff.points(cause)));
  }
  out +=
      fmt::format("**Score: {:.1f} \u2192 {:.1f} ({}{})**{}\n\n", diff.score_before, diff.score_after,
                  signed_number(diff.score_after - diff.score_before), causes, diff.regressed() ? " — regressed" : "");
  out += "| Type | Active | Coverage | Status | Change |\n|---|---|---|---|---|\n";
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("| {} | {} | {} | {} | {} |\n", c.name,
                         sides(c, std::to_string(c.active_before), std::to_string(c.active_after)),
                         sides(c, percent(c.coverage_before), percent(c.coverage_after)),
                         sides(c, std::string(status_name(c.status_before)), std::string(status_name(c.status_after))),
                         c.cause() == "decay" || c.cause() == "lost" ? fmt::format("{} ({})", c.change(), c.cause())
                                                                     : std::string(c.change()));
    }
  }
  if (diff.has_contacts) {
    out += fmt::format("\nContacts: {} added, {} removed, {} went dormant.\n", diff.added.size(), diff.removed.size(),
                       diff.went_dormant.size());
    for (const auto& c : diff.renamed) out += fmt::format("- renamed: {}\n", arrow_pair(c.before, c.after));
    for (const auto& c : diff.changed_organization) {
      out += fmt::format("- changed organisation: {}: {}\n", c.name, arrow_pair(c.before, c.after));
    }
  }
  return out;
}

std::string render_taxonomy_markdown(const Taxonomy& data, const NetworkType* one, const RenderOptions&) {
  if (one != nullptr) {
    std::string out;
    append_markdown_type(out, printable(*one));
    return out;
  }
  const Taxonomy taxonomy = printable(data);
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

}  // namespace netgap
