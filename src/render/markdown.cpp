#include <fmt/format.h>
#include <netgap/render/render.hpp>

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

std::string percent(double fraction) { return fmt::format("{:.0f}%", fraction * 100); }

std::string status_cell(Status status) {
  return status == Status::covered ? std::string(status_name(status)) : fmt::format("**{}**", status_name(status));
}

}  // namespace

std::string render_markdown(const Report& report, const RenderOptions& options) {
  std::string out = "## netgap audit";
  if (report.owner && !report.owner->name.empty()) out += ": " + cell(report.owner->name);
  out += fmt::format(", as of {}\n\n", format_iso(report.as_of));
  out += fmt::format("**Score: {:.1f} / 100** · {} contacts ({} classified, {} unclassified) in `{}`\n\n", report.score,
                     report.contacts, report.classified, report.unclassified, report.source);
  out += "| Network | Category | Active / target | Coverage | Status |\n|---|---|---:|---:|---|\n";
  for (const auto& group : report.groups) {
    for (const auto& c : report.categories) {
      if (c.group != group.id) continue;
      out += fmt::format("| {} | {} | {} / {:g} | {} | {} |\n", cell(group.name), cell(c.name), c.active, c.target,
                         percent(c.coverage), status_cell(c.status));
    }
  }
  if (!report.lenses.empty()) {
    out += "\n| Lens | Active / target | Coverage | Status |\n|---|---:|---:|---|\n";
    for (const auto& l : report.lenses) {
      out += fmt::format("| {} | {} / {:g} | {} | {} |\n", cell(l.name), l.active, l.target, percent(l.coverage),
                         status_cell(l.status));
    }
  }
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
  return out;
}

}  // namespace netgap
