#pragma once
// What the formats read by people (text, markdown, github) show of user data: a copy with every
// string made printable (util printable()), taken where rendering starts, so that the data itself
// is never changed and no field is forgotten by one renderer and escaped by another.

#include <netgap/analyse/explain.hpp>
#include <netgap/model/report.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/render/render.hpp>

namespace netgap {

/// The report with every string printable.
Report printable(const Report& report);
/// The diff with every string printable.
ReportDiff printable(const ReportDiff& diff);
/// The explanation with every string printable.
Explanation printable(const Explanation& explanation);
/// The network type with every string printable.
NetworkType printable(const NetworkType& type);
/// The taxonomy with every string printable.
Taxonomy printable(const Taxonomy& taxonomy);
/// The options with the gate failures and the hint printable (a baseline is made printable where
/// it is rendered).
RenderOptions printable(const RenderOptions& options);

}  // namespace netgap
