#pragma once
// The egogram's fold: each contact counted in a cell of sector x ring x strength, and kept as a
// named dot only while there are few; memory is bounded by the taxonomy and the dot limit.

#include <cstddef>
#include <netgap/model/report.hpp>

namespace netgap {

struct Labels;

/// An empty egogram with `categories` sectors plus one for the unclassified; the dated rings end
/// at a twelfth, a quarter and all of `window_days` (30, 91 and 365 days by default).
Egogram make_egogram(std::size_t categories, int window_days);

/// The ring of a contact last in touch `days` ago (negative: no date).
std::size_t egogram_ring(const Egogram& egogram, int days);

/// Counts `contact` in the sector of each of its categories (or the unclassified one) and keeps
/// it as a named dot; once there would be more than `dot_limit` dots, drops them all and keeps
/// only the counts.
void add_to_egogram(Egogram& egogram, const Contact& contact, const Labels& labels, Date as_of, std::size_t dot_limit);

}  // namespace netgap
