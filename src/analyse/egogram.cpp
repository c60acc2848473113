#include <netgap/analyse/egogram.hpp>

#include <algorithm>
#include <netgap/analyse/classifier.hpp>

namespace netgap {

Egogram make_egogram(std::size_t categories, int window_days) {
  Egogram egogram;
  const int window = std::max(1, window_days);
  egogram.ring_days = {window / 12, window / 4, window};
  egogram.sectors = categories + 1;
  egogram.counts.assign(egogram.sectors * Egogram::rings * Egogram::strengths, 0);
  return egogram;
}

std::size_t egogram_ring(const Egogram& egogram, int days) {
  if (days < 0) return Egogram::rings - 1;
  std::size_t ring = 0;
  while (ring < egogram.ring_days.size() && days > egogram.ring_days[ring]) ++ring;
  return ring;
}

void add_to_egogram(Egogram& egogram, const Contact& contact, const Labels& labels, Date as_of, std::size_t dot_limit) {
  // A contact dated after the as-of date counts as in touch today.
  const int days = contact.last_contact ? std::max(0, as_of.days - contact.last_contact->days) : -1;
  const std::size_t ring = egogram_ring(egogram, days);
  const auto strength = static_cast<std::size_t>(std::clamp(contact.strength, 0, 5));
  const auto add = [&](std::size_t sector) {
    ++egogram.counts[(sector * Egogram::rings + ring) * Egogram::strengths + strength];
    if (egogram.aggregated) return;
    if (egogram.dots.size() == dot_limit) {
      egogram.aggregated = true;
      std::vector<EgogramDot>().swap(egogram.dots);  // give the memory back
      return;
    }
    egogram.dots.push_back({contact.name, sector, ring, static_cast<int>(strength), days});
  };
  // Only the labels an audit counts place a dot; a contact with suggestions only is unclassified.
  if (!labels.classified()) {
    add(egogram.sectors - 1);
    return;
  }
  for (const auto& label : labels.categories) {
    if (label.counts()) add(label.type);
  }
}

}  // namespace netgap
