#include <fmt/format.h>
#include <cmath>
#include <netgap/analyse/diff.hpp>
#include <netgap/util/text.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

namespace netgap {
namespace {

std::string signed_number(double value) { return fmt::format("{:+.1f}", std::round(value * 10) / 10); }
std::string percent(double fraction) { return fmt::format("{:.0f}%", fraction * 100); }

std::string arrow_pair(const std::string& before, const std::string& after) {
  return before == after ? before : before + " \u2192 " + after;
}

std::vector<std::string> ids_where(const ReportDiff& diff, std::string_view change) {
  std::vector<std::string> out;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      if (c.change() == change) out.push_back(c.id);
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& items, std::size_t limit = 10) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > limit) out += fmt::format(", and {} more", items.size() - limit);
  return out;
}

}  // namespace

std::string render_diff_text(const ReportDiff& diff) {
  std::string out = wrap(fmt::format("netgap diff: {} ({}) \u2192 {} ({})", diff.old_source, format_iso(diff.old_as_of),
                                     diff.new_source, format_iso(diff.new_as_of)),
                         80, "  ", std::string_view(""));
  out += fmt::format("Score {:.1f} \u2192 {:.1f} ({}){}\n\n", diff.score_before, diff.score_after,
                     signed_number(diff.score_after - diff.score_before), diff.regressed() ? ": regressed" : "");
  out += fmt::format("  {:<32} {:<9} {:<12} {}\n", "", "active", "coverage", "status");
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      std::string name = c.name;
      if (display_width(name) > 32) name = name.substr(0, 31) + "\u2026";
      out += fmt::format(
          "  {}{} {:<9} {:<12} {}\n", name, std::string(32 - std::min<std::size_t>(32, display_width(name)), ' '),
          arrow_pair(std::to_string(c.active_before), std::to_string(c.active_after)),
          arrow_pair(percent(c.coverage_before), percent(c.coverage_after)),
          arrow_pair(std::string(status_name(c.status_before)), std::string(status_name(c.status_after))));
    }
  }
  const auto opened = ids_where(diff, "opened");
  const auto closed = ids_where(diff, "closed");
  out += "\n";
  out += wrap("Gaps opened: " + (opened.empty() ? std::string("none") : join(opened)), 80, "  ");
  out += wrap("Gaps closed: " + (closed.empty() ? std::string("none") : join(closed)), 80, "  ");
  if (diff.has_contacts) {
    out += wrap(fmt::format("Contacts: {} added{}; {} removed{}; {} went dormant{}", diff.added.size(),
                            diff.added.empty() ? "" : " (" + join(diff.added) + ")", diff.removed.size(),
                            diff.removed.empty() ? "" : " (" + join(diff.removed) + ")", diff.went_dormant.size(),
                            diff.went_dormant.empty() ? "" : " (" + join(diff.went_dormant) + ")"),
                80, "  ");
  }
  return out;
}

std::string render_diff_json(const ReportDiff& diff) {
  using nlohmann::ordered_json;
  const auto rounded = [](double v) { return std::round(v * 1000) / 1000; };
  ordered_json out;
  out["schema_version"] = 1;
  out["kind"] = "netgap-diff";
  out["netgap_version"] = version;
  out["old"] = {
      {"source", diff.old_source}, {"as_of", format_iso(diff.old_as_of)}, {"score", rounded(diff.score_before)}};
  out["new"] = {
      {"source", diff.new_source}, {"as_of", format_iso(diff.new_as_of)}, {"score", rounded(diff.score_after)}};
  out["score_change"] = rounded(diff.score_after - diff.score_before);
  out["regressed"] = diff.regressed();
  for (const auto& [key, list] : {std::pair{"categories", &diff.categories}, std::pair{"lenses", &diff.lenses}}) {
    auto items = ordered_json::array();
    for (const auto& c : *list) {
      items.push_back({{"id", c.id},
                       {"name", c.name},
                       {"active_before", c.active_before},
                       {"active_after", c.active_after},
                       {"coverage_before", rounded(c.coverage_before)},
                       {"coverage_after", rounded(c.coverage_after)},
                       {"status_before", status_name(c.status_before)},
                       {"status_after", status_name(c.status_after)},
                       {"change", c.change()}});
    }
    out[key] = items;
  }
  out["gaps_opened"] = ids_where(diff, "opened");
  out["gaps_closed"] = ids_where(diff, "closed");
  if (diff.has_contacts) {
    out["contacts"] = {{"added", diff.added}, {"removed", diff.removed}, {"went_dormant", diff.went_dormant}};
  } else {
    out["contacts"] = nullptr;
  }
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string render_diff_markdown(const ReportDiff& diff) {
  std::string out =
      fmt::format("## netgap diff: {} \u2192 {}\n\n", format_iso(diff.old_as_of), format_iso(diff.new_as_of));
  out += fmt::format("**Score: {:.1f} \u2192 {:.1f} ({})**{}\n\n", diff.score_before, diff.score_after,
                     signed_number(diff.score_after - diff.score_before), diff.regressed() ? " — regressed" : "");
  out += "| Type | Active | Coverage | Status | Change |\n|---|---|---|---|---|\n";
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format(
          "| {} | {} | {} | {} | {} |\n", c.name,
          arrow_pair(std::to_string(c.active_before), std::to_string(c.active_after)),
          arrow_pair(percent(c.coverage_before), percent(c.coverage_after)),
          arrow_pair(std::string(status_name(c.status_before)), std::string(status_name(c.status_after))), c.change());
    }
  }
  if (diff.has_contacts) {
    out += fmt::format("\nContacts: {} added, {} removed, {} went dormant.\n", diff.added.size(), diff.removed.size(),
                       diff.went_dormant.size());
  }
  return out;
}

std::string render_diff_tsv(const ReportDiff& diff) {
  std::string out =
      "kind\tid\tactive_before\tactive_after\tcoverage_before\tcoverage_after\tstatus_before\tstatus_after\tchange\n";
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("{}\t{}\t{}\t{}\t{:.3f}\t{:.3f}\t{}\t{}\t{}\n",
                         c.kind == TypeKind::category ? "category" : "lens", c.id, c.active_before, c.active_after,
                         c.coverage_before, c.coverage_after, status_name(c.status_before), status_name(c.status_after),
                         c.change());
    }
  }
  return out;
}

}  // namespace netgap
