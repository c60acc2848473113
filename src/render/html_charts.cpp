// The HTML format's charts: a gauge, a radar and a line over time, as inline SVG.
#include "render/html_charts.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <netgap/util/text.hpp>

#include "render/html_page.hpp"

namespace netgap {
namespace {

constexpr double pi = 3.14159265358979323846;

std::string n(double value) { return svg_number(value); }

/// Splits a name into lines of about `width` characters at spaces.
std::vector<std::string> wrap_words(const std::string& name, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at <= name.size()) {
    std::size_t end = name.find(' ', at);
    if (end == std::string::npos) end = name.size();
    const std::string word = name.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string svg_open(std::string_view view_box, std::string_view id, std::string_view title, std::string_view desc) {
  return fmt::format(
      "<svg viewBox=\"{}\" role=\"img\" aria-labelledby=\"{}-t {}-d\">\n<title id=\"{}-t\">{}</title>\n"
      "<desc id=\"{}-d\">{}</desc>\n",
      view_box, id, id, id, html_escape(title), id, html_escape(desc));
}

std::string radar_label(const RadarAxis& axis, std::size_t index, double x, double y, double c, double s) {
  const std::string anchor = c > 0.25 ? "start" : c < -0.25 ? "end" : "middle";
  auto lines = wrap_words(axis.name, 16);
  std::string value = percent(axis.value);
  if (axis.before && percent(*axis.before) != value) value = percent(*axis.before) + " \u2192 " + value;
  const double height = static_cast<double>(lines.size() + 1) * 16;
  const double top = s < -0.5 ? y - height + 9 : s > 0.5 ? y + 11 : y - height / 2 + 11;
  // Narrow screens show the category's number instead (the tables below carry it too).
  std::string out =
      fmt::format("<text class=\"key\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"30\">{}</text>\n",
                  n(x + 12 * c), n(y + 10 + 12 * s), index + 1);
  out +=
      fmt::format("<text class=\"lbl\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"14\">", n(x), n(top), anchor);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", n(x), i == 0 ? 0 : 16, html_escape(lines[i]));
  }
  out += fmt::format("<tspan x=\"{}\" dy=\"16\" class=\"t-muted\">{}</tspan></text>\n", n(x), html_escape(value));
  return out;
}

std::string polygon(const std::vector<std::pair<double, double>>& points, std::string_view css) {
  std::string list;
  for (const auto& [x, y] : points) list += (list.empty() ? "" : " ") + n(x) + "," + n(y);
  return fmt::format("<polygon class=\"{}\" points=\"{}\"/>\n", css, list);
}

/// A chart's box and the margins around its plot.
struct Plot {
  double width, height, left, right, top, bottom;
  [[nodiscard]] double inner_width() const { return width - left - right; }
  [[nodiscard]] double inner_height() const { return height - top - bottom; }
};

std::string hline(const Plot& plot, double y, std::string_view css) {
  return fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", css, n(plot.left), n(y),
                     n(plot.width - plot.right), n(y));
}

/// A small multiple: the target along the top, the zero line along the bottom.
std::string small_axes(const Plot& plot) {
  return hline(plot, plot.top, "target") + hline(plot, plot.top + plot.inner_height(), "axis");
}

/// Grid lines at quarters of the maximum, labelled on the left.
std::string value_axes(const Plot& plot, const LineChart& chart) {
  std::string out;
  for (int i = 0; i <= 4; ++i) {
    const double v = chart.max * i / 4, y = plot.top + plot.inner_height() * (1 - static_cast<double>(i) / 4);
    out += hline(plot, y, "grid");
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\" class=\"t-muted\">{}</text>\n",
                       n(plot.left - 6), n(y + 4), chart.percent ? percent(v) : fmt::format("{:g}", v));
  }
  return out;
}

/// At most about six dates under the plot, always the first and the last, kept inside the chart.
template <typename XOf>
std::string date_labels(const std::vector<TrendPoint>& points, const Plot& plot, XOf x_of) {
  std::string out;
  const std::size_t step = std::max<std::size_t>(1, (points.size() + 5) / 6);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i % step != 0 && i + 1 != points.size()) continue;
    const bool last = i + 1 == points.size();
    const std::string_view anchor = points.size() == 1 ? "middle" : i == 0 ? "start" : last ? "end" : "middle";
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"11\" class=\"t-muted\">{}</text>\n",
                       n(x_of(points[i].date)), n(plot.height - 10), anchor, format_iso(points[i].date));
  }
  return out;
}

}  // namespace

std::string gauge_svg(double score) {
  const double s = std::clamp(score, 0.0, 100.0);
  constexpr double cx = 110, cy = 112, r = 90;
  std::string out = svg_open("0 0 220 132", "gauge", fmt::format("Score {:.1f} out of 100", score),
                             "A half circle filled in proportion to the score.");
  out += fmt::format("<path class=\"track\" stroke-width=\"18\" d=\"M {} {} A {} {} 0 0 1 {} {}\"/>\n", n(cx - r),
                     n(cy), n(r), n(r), n(cx + r), n(cy));
  if (s > 0) {
    const double phi = pi * s / 100;
    out += fmt::format("<path class=\"value\" stroke-width=\"18\" d=\"M {} {} A {} {} 0 0 1 {} {}\"/>\n", n(cx - r),
                       n(cy), n(r), n(r), n(cx - r * std::cos(phi)), n(cy - r * std::sin(phi)));
  }
  out += fmt::format(
      "<text x=\"110\" y=\"98\" text-anchor=\"middle\" font-size=\"38\" font-weight=\"700\">{:.1f}</text>\n", score);
  out +=
      "<text x=\"110\" y=\"122\" text-anchor=\"middle\" font-size=\"13\" class=\"t-muted\">score out of 100</text>\n";
  out += "<text x=\"20\" y=\"130\" text-anchor=\"middle\" font-size=\"11\" class=\"t-muted\">0</text>\n";
  out += "<text x=\"200\" y=\"130\" text-anchor=\"middle\" font-size=\"11\" class=\"t-muted\">100</text>\n";
  return out + "</svg>\n";
}

std::string radar_svg(const std::vector<RadarAxis>& axes, std::string_view before_label, std::string_view id) {
  constexpr double cx = 290, cy = 230, r = 150;
  std::vector<std::string> said;
  bool any_before = false;
  for (const auto& a : axes) {
    said.push_back(a.name + " " + (a.before ? percent(*a.before) + " to " : "") + percent(a.value));
    any_before = any_before || a.before.has_value();
  }
  std::string desc = "Coverage of each category, the target ring being 100%: " + join(said, "; ") + ".";
  if (any_before) desc += fmt::format(" The dashed polygon is {}.", before_label);
  std::string out = svg_open("0 0 580 460", id, "Coverage per category", desc);
  for (const double ring : {0.25, 0.5, 0.75}) {
    out += fmt::format("<circle class=\"grid\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\n", n(cx), n(cy), n(r * ring));
  }
  out += fmt::format("<circle class=\"target\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\n", n(cx), n(cy), n(r));
  std::vector<std::pair<double, double>> now;
  std::vector<std::pair<double, double>> before;
  std::string labels;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const double angle = -pi / 2 + 2 * pi * static_cast<double>(i) / static_cast<double>(axes.size());
    const double c = std::cos(angle), s = std::sin(angle);
    out += fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", n(cx), n(cy), n(cx + r * c),
                       n(cy + r * s));
    const double v = std::clamp(axes[i].value, 0.0, 1.0);
    now.emplace_back(cx + r * v * c, cy + r * v * s);
    const double b = std::clamp(axes[i].before.value_or(0.0), 0.0, 1.0);
    before.emplace_back(cx + r * b * c, cy + r * b * s);
    labels += radar_label(axes[i], i, cx + (r + 14) * c, cy + (r + 14) * s, c, s);
  }
  for (const auto& [ring, word] : {std::pair{0.5, "50%"}, std::pair{1.0, "target"}}) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" class=\"t-muted\">{}</text>\n", n(cx + 4),
                       n(cy - r * ring - 3), word);
  }
  if (any_before) out += polygon(before, "before");
  out += polygon(now, "now");
  for (std::size_t i = 0; i < axes.size(); ++i) {
    out += fmt::format("<circle class=\"now-dot\" cx=\"{}\" cy=\"{}\" r=\"4\"><title>{}: {}</title></circle>\n",
                       n(now[i].first), n(now[i].second), html_escape(axes[i].name), percent(axes[i].value));
  }
  return out + labels + "</svg>\n";
}

std::string line_chart_svg(const std::vector<TrendPoint>& points, const LineChart& chart) {
  const Plot plot = chart.small ? Plot{220, 70, 6, 6, 8, 8} : Plot{640, 240, 44, 20, 14, 32};
  const auto shown = [&](double v) { return chart.percent ? percent(v) : fmt::format("{:.1f}", v); };
  std::vector<std::string> said;
  for (const auto& p : points) said.push_back(format_iso(p.date) + " " + shown(p.value));
  std::string out =
      svg_open(fmt::format("0 0 {} {}", plot.width, plot.height), chart.id, chart.title, join(said, "; ") + ".");
  const int first = points.empty() ? 0 : points.front().date.days;
  const int span = points.empty() ? 0 : points.back().date.days - first;
  const auto x_of = [&](Date d) {
    return span == 0 ? plot.left + plot.inner_width() / 2
                     : plot.left + plot.inner_width() * static_cast<double>(d.days - first) / span;
  };
  const auto y_of = [&](double v) {
    return plot.top + plot.inner_height() * (1 - std::clamp(v / chart.max, 0.0, 1.0));
  };
  out += chart.small ? small_axes(plot) : value_axes(plot, chart) + date_labels(points, plot, x_of);
  const double bottom = plot.top + plot.inner_height();
  if (points.size() > 1) {
    std::string line;
    for (const auto& p : points) {
      line += fmt::format("{}{},{}", line.empty() ? "M" : " L", n(x_of(p.date)), n(y_of(p.value)));
    }
    out += fmt::format("<path class=\"area\" d=\"{} L {},{} L {},{} Z\"/>\n", line, n(x_of(points.back().date)),
                       n(bottom), n(x_of(points.front().date)), n(bottom));
    out += fmt::format("<path class=\"line\" d=\"{}\"/>\n", line);
  }
  for (const auto& p : points) {
    out += fmt::format("<circle class=\"now-dot\" cx=\"{}\" cy=\"{}\" r=\"{}\"><title>{}: {}</title></circle>\n",
                       n(x_of(p.date)), n(y_of(p.value)), chart.small ? 2.5 : 4, format_iso(p.date), shown(p.value));
  }
  return out + "</svg>\n";
}

}  // namespace netgap
