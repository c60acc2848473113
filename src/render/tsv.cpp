#include <fmt/format.h>
#include <netgap/render/render.hpp>

namespace netgap {
namespace {

/// A TSV field may hold no tab or newline.
std::string field(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out.empty() ? "-" : out;
}

}  // namespace

std::string render_tsv(const Report& report) {
  std::string out = "kind\tid\tgroup\tcount\tactive\ttarget\tcoverage\tstatus\n";
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t{:g}\t{:.3f}\t{}\n", c.kind == TypeKind::category ? "category" : "lens",
                         field(c.id), field(c.group), c.count, c.active, c.target, c.coverage, status_name(c.status));
    }
  }
  return out;
}

}  // namespace netgap
