#include <netgap/analyse/anonymize.hpp>

#include <netgap/util/unicode.hpp>

namespace netgap {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void anonymize_all(std::vector<std::string>& names) {
  for (auto& name : names) name = initials(name);
}

}  // namespace

std::string initials(std::string_view name) {
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && is_space(name[i])) ++i;
    if (i == name.size()) break;
    char32_t first = next_code_point(name, i);
    if (first >= U'a' && first <= U'z') first -= U'a' - U'A';
    if (!out.empty()) out += ' ';
    append_utf8(out, first);
    out += '.';
    // Only the first character of a word survives, so a hyphenated surname stays one initial.
    while (i < name.size() && !is_space(name[i])) ++i;
  }
  return out;
}

void anonymize(Report& report) {
  if (report.owner) report.owner->name = initials(report.owner->name);
  anonymize_all(report.unclassified_examples);
  for (auto* list : {&report.categories, &report.lenses}) {
    for (auto& c : *list) {
      for (auto& r : c.rekindle) r.name = initials(r.name);
    }
  }
  for (auto& r : report.recommendations) {
    for (auto& k : r.rekindle) k.name = initials(k.name);
  }
  if (report.egogram) {
    for (auto& dot : report.egogram->dots) dot.name = initials(dot.name);
  }
}

void anonymize(ReportDiff& diff) {
  anonymize_all(diff.added);
  anonymize_all(diff.removed);
  anonymize_all(diff.went_dormant);
}

}  // namespace netgap
