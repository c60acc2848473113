// The GitHub format: workflow commands that GitHub Actions turns into annotations.
#include <fmt/format.h>
#include <netgap/render/render.hpp>

#include <netgap/util/text.hpp>

#include "render/printable.hpp"

namespace netgap {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string command(std::string_view kind, std::string_view title, std::string_view message) {
  return fmt::format("::{} title={}::{}\n", kind, github_escape_property(title), github_escape_data(message));
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }
std::string github_escape_property(std::string_view text) { return escape(text, true); }

std::string render_github(const Report& data, const RenderOptions& given) {
  const Report report = printable(data);
  const RenderOptions options = printable(given);
  std::string out;
  for (const auto& r : report.recommendations) {
    std::string message = fmt::format("{} ({}): {}.", r.name, status_name(r.status), r.reason);
    if (!r.actions.empty()) message += " Next: " + r.actions.front().text;
    out += command("warning", "netgap: " + r.name, message);
  }
  for (const auto& failure : options.gate_failures) out += command("error", "netgap gate", failure);
  out += fmt::format("::notice title=netgap score::{:.1f}/100 over {} contacts as of {}\n", report.score,
                     report.contacts, format_iso(report.as_of));
  if (options.baseline != nullptr) {
    RenderOptions baseline = options;
    baseline.regression_gate = false;
    out += render_diff_github(*options.baseline, baseline);
  }
  return out;
}

std::string render_diff_github(const ReportDiff& data, const RenderOptions& options) {
  const ReportDiff diff = printable(data);
  std::string out;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      if (!c.worsened()) continue;
      out += command("warning", "netgap: " + c.name,
                     fmt::format("{} went from {} to {} ({} to {} active; {})", c.name, status_name(c.status_before),
                                 status_name(c.status_after), c.active_before, c.active_after,
                                 c.cause() == "lost" ? "fewer contacts" : "decay: the same contacts, less recent"));
    }
  }
  if (options.regression_gate && diff.regressed()) {
    out += command("error", "netgap regression",
                   fmt::format("the network regressed: {} (score {:.1f} to {:.1f})", join(diff.regressions(), "; "),
                               diff.score_before, diff.score_after));
  }
  out += fmt::format("::notice title=netgap score::{:.1f} to {:.1f} ({} to {})\n", diff.score_before, diff.score_after,
                     format_iso(diff.old_as_of), format_iso(diff.new_as_of));
  return out;
}

}  // namespace netgap
