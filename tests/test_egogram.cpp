// The egogram's fold: cells of sector x ring x strength, named dots only while there are few.
#include <catch2/catch.hpp>
#include <netgap/analyse/audit.hpp>
#include <netgap/analyse/classifier.hpp>
#include <netgap/analyse/egogram.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

#include "helpers.hpp"

using namespace netgap;

namespace {

const Date as_of = *parse_iso_date("2026-11-25");

Contact person(const std::string& name, int strength, std::optional<std::string> last_contact) {
  Contact c;
  c.name = name;
  c.strength = strength;
  if (last_contact) c.last_contact = parse_iso_date(*last_contact);
  return c;
}

Labels in_categories(std::initializer_list<std::size_t> categories) {
  Labels labels;
  for (const std::size_t c : categories) labels.categories.push_back({c, LabelSource::field, 0});
  return labels;
}

std::size_t total(const Egogram& e) {
  std::size_t sum = 0;
  for (const auto n : e.counts) sum += n;
  return sum;
}

Report audit_file(const std::string& path, AuditSettings settings) {
  settings.as_of = as_of;
  auto source = open_source(path);
  Diagnostics diagnostics;
  Report report = audit(*source, "auto", builtin_taxonomy(), settings, diagnostics, ReadOptions{});
  diagnostics.checkpoint();
  return report;
}

}  // namespace

TEST_CASE("egogram rings: a twelfth, a quarter and all of the window, then dormant, then no date", "[egogram]") {
  const Egogram e = make_egogram(8, 365);
  CHECK(e.ring_days == std::array<int, 3>{30, 91, 365});
  CHECK(e.sectors == 9);
  CHECK(e.counts.size() == 9 * Egogram::rings * Egogram::strengths);
  CHECK(egogram_ring(e, 0) == 0);
  CHECK(egogram_ring(e, 30) == 0);
  CHECK(egogram_ring(e, 31) == 1);
  CHECK(egogram_ring(e, 91) == 1);
  CHECK(egogram_ring(e, 92) == 2);
  CHECK(egogram_ring(e, 365) == 2);
  CHECK(egogram_ring(e, 366) == 3);
  CHECK(egogram_ring(e, -1) == 4);
  CHECK(make_egogram(3, 120).ring_days == std::array<int, 3>{10, 30, 120});
}

TEST_CASE("egogram: a contact counts once in each of its categories, the unclassified in the last sector",
          "[egogram]") {
  Egogram e = make_egogram(8, 365);
  add_to_egogram(e, person("Ada", 4, "2026-11-20"), in_categories({0, 6}), as_of, 300);
  add_to_egogram(e, person("Bob", 0, std::nullopt), in_categories({}), as_of, 300);
  add_to_egogram(e, person("Cy", 9, "2027-01-01"), in_categories({2}), as_of, 300);  // future date, strength 9
  add_to_egogram(e, person("Di", 2, "2024-01-01"), in_categories({2}), as_of, 300);
  CHECK(total(e) == 5);
  CHECK(e.count(0, 0, 4) == 1);
  CHECK(e.count(6, 0, 4) == 1);
  CHECK(e.count(8, 4, 0) == 1);
  CHECK(e.count(2, 0, 5) == 1);  // clamped to 5, in touch "today"
  CHECK(e.count(2, 3) == 1);
  REQUIRE(e.dots.size() == 5);
  CHECK(e.dots[0].name == "Ada");
  CHECK(e.dots[0].days == 5);
  CHECK(e.dots[1].sector == 6);
  CHECK(e.dots[2].sector == 8);
  CHECK(e.dots[2].days == -1);
  CHECK(e.dots[3].days == 0);
  CHECK(e.dots[3].strength == 5);
  CHECK_FALSE(e.aggregated);
}

TEST_CASE("egogram: past the dot limit only the counts are kept, and the names' memory is given back", "[egogram]") {
  Egogram e = make_egogram(8, 365);
  for (int i = 0; i < 3; ++i)
    add_to_egogram(e, person("P" + std::to_string(i), 3, "2026-11-01"), in_categories({1}), as_of, 3);
  CHECK(e.dots.size() == 3);
  CHECK_FALSE(e.aggregated);
  add_to_egogram(e, person("P3", 3, "2026-11-01"), in_categories({1}), as_of, 3);
  CHECK(e.aggregated);
  CHECK(e.dots.empty());
  CHECK(e.dots.capacity() == 0);
  add_to_egogram(e, person("P4", 3, "2026-11-01"), in_categories({1}), as_of, 3);
  CHECK(e.dots.empty());
  CHECK(e.count(1, 0, 3) == 5);
}

TEST_CASE("egogram through an audit: only when asked, and its cells add up to the categories' counts", "[egogram]") {
  const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";
  CHECK_FALSE(audit_file(example, AuditSettings{}).egogram);
  AuditSettings settings;
  settings.egogram = true;
  const Report report = audit_file(example, settings);
  REQUIRE(report.egogram);
  const Egogram& e = *report.egogram;
  REQUIRE(e.sectors == report.categories.size() + 1);
  std::size_t memberships = 0;
  for (std::size_t s = 0; s < report.categories.size(); ++s) {
    std::size_t in_sector = 0;
    for (std::size_t r = 0; r < Egogram::rings; ++r) in_sector += e.count(s, r);
    CHECK(in_sector == report.categories[s].count);
    memberships += in_sector;
  }
  std::size_t unclassified = 0;
  for (std::size_t r = 0; r < Egogram::rings; ++r) unclassified += e.count(e.sectors - 1, r);
  CHECK(unclassified == report.unclassified);
  CHECK(e.dots.size() == memberships + unclassified);
  CHECK_FALSE(e.aggregated);
}
