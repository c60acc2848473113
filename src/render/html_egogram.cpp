// The egogram: where each contact sits around the owner, by category and by recency.
#include "render/html_egogram.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "render/html_page.hpp"

namespace netgap {
namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double cx = 420, cy = 370, hub = 36, band = 50;

std::string n(double value) { return svg_number(value); }

double angle_of(std::size_t sector, double within, std::size_t sectors) {
  return -pi / 2 + 2 * pi * (static_cast<double>(sector) + within) / static_cast<double>(sectors);
}

std::string point(double radius, double angle) {
  return n(cx + radius * std::cos(angle)) + " " + n(cy + radius * std::sin(angle));
}

/// An annular wedge between two radii and two angles.
std::string wedge(double inner, double outer, double a0, double a1, std::string_view css) {
  const int large = a1 - a0 > pi ? 1 : 0;
  return fmt::format("<path class=\"{}\" d=\"M {} L {} A {} {} 0 {} 1 {} L {} A {} {} 0 {} 0 {} Z\"/>\n", css,
                     point(inner, a0), point(outer, a0), n(outer), n(outer), large, point(outer, a1), point(inner, a1),
                     n(inner), n(inner), large, point(inner, a0));
}

/// Where in its ring (0 inside .. 1 outside) a contact last in touch `days` ago sits.
double depth_in_ring(const Egogram& e, std::size_t ring, int days, std::size_t k) {
  if (ring == Egogram::rings - 1) return 0.25 + 0.25 * static_cast<double>(k % 3);
  if (ring == Egogram::rings - 2) {
    const double window = std::max(1, e.ring_days[2]);
    return 0.1 + 0.8 * std::min(1.0, (days - window) / (2 * window));
  }
  const double low = ring == 0 ? 0 : e.ring_days[ring - 1];
  const double high = e.ring_days[ring];
  return high > low ? 0.1 + 0.8 * (days - low) / (high - low) : 0.5;
}

std::string strength_words(int strength) {
  return strength == 0 ? "strength not given" : fmt::format("strength {}", strength);
}

std::string dots(const Egogram& e, const std::vector<EgogramSector>& sectors) {
  std::vector<std::size_t> in_cell(e.sectors * Egogram::rings, 0);
  for (const auto& d : e.dots) ++in_cell[d.sector * Egogram::rings + d.ring];
  std::vector<std::size_t> placed(in_cell.size(), 0);
  std::string out;
  for (const auto& d : e.dots) {
    const std::size_t cell = d.sector * Egogram::rings + d.ring;
    const std::size_t k = placed[cell]++;
    const double within = 0.08 + 0.84 * (static_cast<double>(k) + 0.5) / static_cast<double>(in_cell[cell]);
    const double angle = angle_of(d.sector, within, e.sectors);
    const double radius = hub + band * (static_cast<double>(d.ring) + depth_in_ring(e, d.ring, d.days, k));
    const double size = d.strength == 0 ? 3.5 : 2.5 + 1.1 * d.strength;
    const std::string when = d.days < 0 ? "no contact date" : fmt::format("last contact {} days ago", d.days);
    out +=
        fmt::format("<circle class=\"dot {}{}\" cx=\"{}\" cy=\"{}\" r=\"{}\"><title>{}: {}; {}; {}</title></circle>\n",
                    sectors[d.sector].css, d.strength == 0 ? " hollow" : "", n(cx + radius * std::cos(angle)),
                    n(cy + radius * std::sin(angle)), n(size), html_escape(d.name), html_escape(sectors[d.sector].name),
                    strength_words(d.strength), when);
  }
  return out;
}

std::string cells(const Egogram& e, const std::vector<EgogramSector>& sectors) {
  std::size_t most = 1;
  for (std::size_t s = 0; s < e.sectors; ++s) {
    for (std::size_t r = 0; r < Egogram::rings; ++r) most = std::max(most, e.count(s, r));
  }
  std::string out;
  for (std::size_t s = 0; s < e.sectors; ++s) {
    for (std::size_t r = 0; r < Egogram::rings; ++r) {
      const std::size_t count = e.count(s, r);
      if (count == 0) continue;
      double strength_sum = 0;
      std::size_t rated = 0;
      for (std::size_t k = 1; k < Egogram::strengths; ++k) {
        strength_sum += static_cast<double>(k * e.count(s, r, k));
        rated += e.count(s, r, k);
      }
      const double mean = rated > 0 ? strength_sum / static_cast<double>(rated) : 0;
      const double mid = hub + band * (static_cast<double>(r) + 0.5);
      const double room = std::min(band, mid * 2 * pi / static_cast<double>(e.sectors)) * 0.45;
      const double size = std::max(3.0, room * std::sqrt(static_cast<double>(count) / static_cast<double>(most)));
      const double angle = angle_of(s, 0.5, e.sectors);
      const double x = cx + mid * std::cos(angle), y = cy + mid * std::sin(angle);
      out += fmt::format(
          "<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill-opacity=\"{}\"><title>{}, {}: {} contacts{}</title>"
          "</circle>\n",
          sectors[s].css, n(x), n(y), n(size), n(rated > 0 ? 0.3 + 0.14 * mean : 0.5), html_escape(sectors[s].name),
          egogram_ring_name(e, r), count, rated > 0 ? fmt::format(", mean strength {:.1f}", mean) : "");
      if (size >= 9) {
        out += fmt::format("<text class=\"halo\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>\n",
                           n(x), n(y + 4), count);
      }
    }
  }
  return out;
}

/// Splits a name into at most two lines of about 18 characters at spaces.
std::pair<std::string, std::string> two_lines(const std::string& name) {
  if (name.size() <= 18) return {name, ""};
  std::size_t cut = name.rfind(' ', 18);
  if (cut == std::string::npos) cut = name.find(' ');
  if (cut == std::string::npos) return {name, ""};
  return {name.substr(0, cut), name.substr(cut + 1)};
}

std::string sector_label(const EgogramSector& sector, std::string_view key, std::size_t total, double angle) {
  const double radius = hub + band * Egogram::rings + 12;
  const double c = std::cos(angle), s = std::sin(angle);
  const double x = cx + radius * c, y = cy + radius * s;
  const std::string anchor = c > 0.3 ? "start" : c < -0.3 ? "end" : "middle";
  const auto [first, second] = two_lines(sector.name);
  const double lines = second.empty() ? 2 : 3;
  const double top = s < -0.5 ? y - 16 * (lines - 1) : s > 0.5 ? y + 12 : y - 8 * (lines - 1) + 4;
  std::string out =
      fmt::format("<text class=\"key\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"40\">{}</text>\n",
                  n(cx + (radius + 14) * c), n(cy + (radius + 14) * s + 14), key);
  out += fmt::format(
      "<text class=\"lbl\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"14\"><tspan x=\"{}\">{}</tspan>", n(x),
      n(top), anchor, n(x), html_escape(first));
  if (!second.empty()) out += fmt::format("<tspan x=\"{}\" dy=\"16\">{}</tspan>", n(x), html_escape(second));
  return out + fmt::format("<tspan x=\"{}\" dy=\"16\" class=\"t-muted\">{} contact{}</tspan></text>\n", n(x), total,
                           total == 1 ? "" : "s");
}

/// The number of a sector in narrow charts: its category's, or "U" for the unclassified.
std::string sector_key(const Egogram& e, std::size_t sector) {
  return sector + 1 == e.sectors ? "U" : std::to_string(sector + 1);
}

std::string frame(const Egogram& e, const std::vector<EgogramSector>& sectors) {
  std::string out;
  const double outer = hub + band * Egogram::rings;
  for (std::size_t s = 0; s < e.sectors; ++s) {
    if (s % 2 == 1) out += wedge(hub, outer, angle_of(s, 0, e.sectors), angle_of(s, 1, e.sectors), "sector-alt");
  }
  for (std::size_t r = 1; r <= Egogram::rings; ++r) {
    out +=
        fmt::format("<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\n",
                    r == Egogram::rings - 2 ? "target" : "grid", n(cx), n(cy), n(hub + band * static_cast<double>(r)));
  }
  for (std::size_t s = 0; s < e.sectors; ++s) {
    const double a = angle_of(s, 0, e.sectors);
    out += fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", n(cx + hub * std::cos(a)),
                       n(cy + hub * std::sin(a)), n(cx + outer * std::cos(a)), n(cy + outer * std::sin(a)));
    std::size_t total = 0;
    for (std::size_t r = 0; r < Egogram::rings; ++r) total += e.count(s, r);
    out += sector_label(sectors[s], sector_key(e, s), total, angle_of(s, 0.5, e.sectors));
  }
  return out;
}

std::string ring_labels(const Egogram& e) {
  const std::string words[] = {fmt::format("{} d", e.ring_days[0]), fmt::format("{} d", e.ring_days[1]),
                               fmt::format("{} d", e.ring_days[2]), "dormant", "no date"};
  std::string out;
  for (std::size_t r = 0; r < Egogram::rings; ++r) {
    out += fmt::format(
        "<text class=\"halo t-muted\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>\n", n(cx),
        n(cy - hub - band * (static_cast<double>(r) + 1) + 12), words[r]);
  }
  return out;
}

/// "0-30", "31-91", "92-365", "dormant", "no date": a ring in the table, short enough for a phone.
std::string ring_head(const Egogram& e, std::size_t ring) {
  if (ring >= 3) return ring == 3 ? "dormant" : "no date";
  const int low = ring == 0 ? 0 : e.ring_days[ring - 1] + 1, high = e.ring_days[ring];
  if (low > high) return "\u2013";
  return low == high ? std::to_string(low) : fmt::format("{}\u2013{}", low, high);
}

}  // namespace

std::string egogram_ring_name(const Egogram& e, std::size_t ring) {
  if (ring == 0) return fmt::format("within {} days", e.ring_days[0]);
  if (ring >= 3) return ring == 3 ? fmt::format("dormant (over {} days)", e.ring_days[2]) : "no date";
  const int low = e.ring_days[ring - 1] + 1, high = e.ring_days[ring];
  // A window shorter than 12 days leaves a ring with no day of its own.
  if (low > high) return "no days";
  return low == high ? fmt::format("{} day{}", low, low == 1 ? "" : "s") : fmt::format("{} to {} days", low, high);
}

std::string egogram_svg(const Egogram& e, const std::vector<EgogramSector>& sectors, std::string_view centre) {
  std::string desc =
      "The owner at the centre; one sector per category and one for the unclassified; rings from the "
      "centre: ";
  for (std::size_t r = 0; r < Egogram::rings; ++r) desc += (r == 0 ? "" : ", ") + egogram_ring_name(e, r);
  desc += e.aggregated ? ". Each circle counts the contacts of its cell; the table below has the numbers."
                       : ". Each dot is a contact, larger when the tie is stronger; the table below has the numbers.";
  std::string out = fmt::format(
      "<svg viewBox=\"0 0 840 740\" role=\"img\" aria-labelledby=\"ego-t ego-d\">\n<title id=\"ego-t\">Egogram: who "
      "is close and who has drifted</title>\n<desc id=\"ego-d\">{}</desc>\n",
      html_escape(desc));
  out += frame(e, sectors);
  out += e.aggregated ? cells(e, sectors) : dots(e, sectors);
  out += ring_labels(e);
  out += fmt::format("<circle class=\"owner\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\n", n(cx), n(cy), n(hub - 4));
  out += fmt::format("<text class=\"owner-text\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\">{}</text>\n",
                     n(cx), n(cy + 5), html_escape(centre));
  return out + "</svg>\n";
}

std::string egogram_table(const Egogram& e, const std::vector<EgogramSector>& sectors) {
  std::string out =
      "<div class=\"scroll\"><table>\n<caption>Contacts per category and ring (days since the "
      "last contact)</caption>\n<thead><tr><th scope=\"col\">Category</th>";
  for (std::size_t r = 0; r < Egogram::rings; ++r)
    out += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", ring_head(e, r));
  out += "<th scope=\"col\" class=\"num\">All</th></tr></thead>\n<tbody>\n";
  for (std::size_t s = 0; s < e.sectors; ++s) {
    out += fmt::format("<tr><th scope=\"row\"><span class=\"keyno\">{}</span><span class=\"swatch {}\"></span>{}</th>",
                       sector_key(e, s), sectors[s].css, html_escape(sectors[s].name));
    std::size_t total = 0;
    for (std::size_t r = 0; r < Egogram::rings; ++r) {
      total += e.count(s, r);
      out += fmt::format("<td class=\"num\">{}</td>", e.count(s, r));
    }
    out += fmt::format("<td class=\"num\">{}</td></tr>\n", total);
  }
  return out + "</tbody>\n</table></div>\n";
}

}  // namespace netgap
