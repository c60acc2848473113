// The TSV format: one row per category and lens, for cut, awk and sort.
#include <fmt/format.h>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

/// A TSV field may hold no tab or newline: they, and every other control, are escaped the way
/// linear TSV escapes them (`\t`, `\n`, `\u001b`).
std::string field(std::string_view text) {
  std::string out = printable(text);
  return out.empty() ? "-" : out;
}

}  // namespace

std::string render_tsv(const Report& report, const RenderOptions&) {
  std::string out = "kind\tid\tgroup\tcount\tactive\ttarget\tcoverage\tstatus\n";
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t{:g}\t{:.3f}\t{}\n", kind_name(c.kind), field(c.id), field(c.group),
                         c.count, c.active, c.target, c.coverage, status_name(c.status));
    }
  }
  return out;
}

std::string render_diff_tsv(const ReportDiff& diff, const RenderOptions&) {
  std::string out =
      "kind\tid\tactive_before\tactive_after\tcoverage_before\tcoverage_after\tstatus_before\tstatus_after\tchange\t"
      "count_before\tcount_after\tcause\n";
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("{}\t{}\t{}\t{}\t{:.3f}\t{:.3f}\t{}\t{}\t{}\t{}\t{}\t{}\n", kind_name(c.kind), field(c.id),
                         c.active_before, c.active_after, c.coverage_before, c.coverage_after,
                         status_name(c.status_before), status_name(c.status_after), c.change(), c.count_before,
                         c.count_after, field(c.cause()));
    }
  }
  return out;
}

}  // namespace netgap
