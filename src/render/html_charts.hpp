#pragma once
// The HTML format's charts as inline SVG: a gauge, a radar and a line over time. Each has a
// <title> and a <desc> that says its numbers, for screen readers.

#include <netgap/util/date.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// A semicircular gauge of a score out of 100.
std::string gauge_svg(double score);

/// One spoke of the radar: a category's coverage now and, when known, before.
struct RadarAxis {
  std::string name;
  double value = 0;
  std::optional<double> before;
};

/// Coverage (0..1) on spokes with the target ring at 1; `before`, where given, as a dashed
/// polygon named `before_label`. `id` makes the element ids unique in the page.
std::string radar_svg(const std::vector<RadarAxis>& axes, std::string_view before_label, std::string_view id);

/// One value on a date.
struct TrendPoint {
  Date date;
  double value = 0;
};

/// How a line chart is drawn.
struct LineChart {
  std::string title;     ///< said to screen readers
  std::string id;        ///< unique in the page
  double max = 100;      ///< the top of the axis (the target when `small`)
  bool percent = false;  ///< values are fractions, shown as percentages
  bool small = false;    ///< a small multiple: no axis labels, the top drawn as the target
};

/// Values over time, dates to scale.
std::string line_chart_svg(const std::vector<TrendPoint>& points, const LineChart& chart);

}  // namespace netgap
