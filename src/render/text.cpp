#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/render/render.hpp>
#include <netgap/util/text.hpp>

namespace netgap {
namespace {

constexpr std::size_t width = 80;
constexpr std::size_t name_width = 34;
constexpr std::size_t bar_width = 10;

/// ANSI styling that collapses to nothing without colour.
class Style {
 public:
  explicit Style(bool color) : color_(color) {}
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
    }
    return std::string(s);
  }

 private:
  [[nodiscard]] std::string wrap_in(std::string_view code, std::string_view s) const {
    return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
  bool color_;
};

std::string bar(double fraction) {
  const auto full = static_cast<std::size_t>(std::lround(std::clamp(fraction, 0.0, 1.0) * bar_width));
  std::string out;
  for (std::size_t i = 0; i < bar_width; ++i) out += i < full ? "\u2588" : "\u2591";
  return out;
}

/// Pads or cuts `text` to exactly `columns` terminal columns.
std::string fit(std::string_view text, std::size_t columns) {
  std::string out(text);
  if (display_width(out) > columns) {
    while (!out.empty() && display_width(out) > columns - 1) {
      out.pop_back();
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    }
    out += "\u2026";
  }
  out += std::string(columns - std::min(columns, display_width(out)), ' ');
  return out;
}

std::string row(const Coverage& c, const Style& style) {
  const std::string ratio = fmt::format("{}/{:g}", c.active, c.target);
  return fmt::format("  {}{:>6}  {}  {}\n", fit(c.name, name_width), ratio, bar(c.coverage),
                     style.status(c.status, status_name(c.status)));
}

std::string rekindle_line(const std::vector<Rekindle>& list) {
  std::string out;
  for (const auto& r : list) {
    if (!out.empty()) out += ", ";
    out += r.name;
    std::vector<std::string> facts;
    if (r.strength != 0) facts.push_back(fmt::format("strength {}", r.strength));
    facts.push_back(r.last_contact ? "last contact " + format_iso(*r.last_contact) : std::string("no contact date"));
    out += " (" + facts[0] + (facts.size() > 1 ? ", " + facts[1] : "") + ")";
  }
  return out;
}

}  // namespace

std::string render_text(const Report& report, const RenderOptions& options) {
  const Style style(options.color);
  std::string out;
  std::string who = "your network";
  if (report.owner && !report.owner->name.empty()) {
    who = report.owner->name;
    std::string where;
    if (!report.owner->role.empty()) where = report.owner->role;
    if (!report.owner->organization.empty()) where += (where.empty() ? "" : ", ") + report.owner->organization;
    if (!where.empty()) who += " (" + where + ")";
  }
  out += wrap(fmt::format("netgap audit of {}", who), width, "");
  out += wrap(fmt::format("as of {}: {} contacts in {}, {} classified, {} unclassified", format_iso(report.as_of),
                          report.contacts, report.source, report.classified, report.unclassified),
              width, "");
  out += fmt::format("\n{}  {}\n", style.bold(fmt::format("Score {:.0f}/100", std::floor(report.score))),
                     bar(report.score / 100));

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
  out += "\n" + wrap(fmt::format("Diversity: evenness {:.2f} over the categories (Blau index {:.2f}, {:.0f}% of its "
                                 "maximum)",
                                 report.diversity.shannon_evenness, report.diversity.blau,
                                 report.diversity.blau_normalized * 100),
                     width, "");

  if (report.recommendations.empty()) {
    out += "\n" + style.bold("Every network type is covered.") + " Keep the ties active.\n";
  } else {
    out += "\n" + style.bold("What to do next") + "\n";
    const std::size_t shown = std::min(options.top, report.recommendations.size());
    for (std::size_t i = 0; i < shown; ++i) {
      const Recommendation& r = report.recommendations[i];
      out +=
          wrap(fmt::format("{} ({}): {}", style.bold(r.name), style.status(r.status, status_name(r.status)), r.reason),
               width + (options.color ? 20 : 0), "    ", fmt::format("{:>2}. ", r.priority));
      const bool ours = !r.actions.empty() && r.actions.front().source == Source::netgap;
      out += fmt::format("    How to build it{}:\n", ours ? " (netgap's suggestion)" : "");
      for (const auto& a : r.actions) out += wrap(a.text, width, "        ", std::string_view("      - "));
      std::string benefits;
      for (const auto& b : r.benefits) benefits += (benefits.empty() ? "" : " ") + b.text;
      if (!benefits.empty()) out += wrap(benefits, width, "      ", std::string_view("    Why: "));
      if (!r.rekindle.empty())
        out += wrap(rekindle_line(r.rekindle), width, "      ", std::string_view("    Rekindle: "));
    }
    if (report.recommendations.size() > shown) {
      std::string rest;
      for (std::size_t i = shown; i < report.recommendations.size(); ++i) {
        const auto& r = report.recommendations[i];
        rest += fmt::format("{}{} ({})", rest.empty() ? "" : ", ", r.name, status_name(r.status));
      }
      out += wrap(fmt::format("Also: {}. Use --top {} to see them all.", rest, report.recommendations.size()), width,
                  "    ", std::string_view("    "));
    }
  }
  if (report.unclassified > 0) {
    std::string names;
    for (const auto& n : report.unclassified_examples) names += (names.empty() ? "" : ", ") + n;
    if (report.unclassified > report.unclassified_examples.size()) names += ", ...";
    out += "\n" + wrap(fmt::format("{} contact{} unclassified ({}): label them with \"categories\" or a tag; "
                                   "'netgap explain' shows why.",
                                   report.unclassified, report.unclassified == 1 ? " is" : "s are", names),
                       width, "");
  }
  return out;
}

}  // namespace netgap
