#pragma once
// The egogram as inline SVG: the owner at the centre, one sector per category, rings by recency,
// a dot per contact sized by strength, or counts per cell when there are too many to name.

#include <cstddef>
#include <netgap/model/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// A sector's name and the CSS class of its colour.
struct EgogramSector {
  std::string name;
  std::string css;
};

/// The chart, with `centre` (the owner's initials) in the middle.
std::string egogram_svg(const Egogram& egogram, const std::vector<EgogramSector>& sectors, std::string_view centre);

/// "within 30 days", "31 to 91 days", ..., "dormant (over 365 days)", "no date".
std::string egogram_ring_name(const Egogram& egogram, std::size_t ring);

/// The chart's numbers: contacts per sector and ring.
std::string egogram_table(const Egogram& egogram, const std::vector<EgogramSector>& sectors);

}  // namespace netgap
