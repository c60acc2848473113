// Reports to share: names become initials, nothing else changes.
#include <catch2/catch.hpp>
#include <netgap/analyse/anonymize.hpp>

using namespace netgap;

TEST_CASE("initials: the first character of each word, ASCII upper-cased", "[anonymize]") {
  CHECK(initials("Ada Lovelace") == "A. L.");
  CHECK(initials("  ada   king-lovelace ") == "A. K.");
  CHECK(initials("Dr. Margaret Howe") == "D. M. H.");
  CHECK(initials("Émile Zola") == "\u00c9. Z.");
  CHECK(initials("李 小龙") == "李. 小.");
  CHECK(initials("") == "");
  CHECK(initials("\xff\xfe") == "\ufffd.");
}

TEST_CASE("anonymize: the owner, rekindle candidates, unclassified examples, dots and diff lists", "[anonymize]") {
  Report report;
  report.owner = Owner{};
  report.owner->name = "Priya Raman";
  report.owner->organization = "Acme Health";
  report.unclassified_examples = {"Alex Johnson"};
  Coverage mentors;
  Rekindle margaret;
  margaret.name = "Margaret Howe";
  margaret.strength = 5;
  mentors.rekindle = {margaret};
  report.categories = {mentors};
  Recommendation r;
  r.rekindle = mentors.rekindle;
  r.reason = "0 of 2 active contacts";
  report.recommendations = {r};
  report.egogram = Egogram{};
  report.egogram->dots = {{"Sofia Alvarez", 0, 0, 4, 5}};
  anonymize(report);
  CHECK(report.owner->name == "P. R.");
  CHECK(report.owner->organization == "Acme Health");
  CHECK(report.unclassified_examples == std::vector<std::string>{"A. J."});
  CHECK(report.categories[0].rekindle[0].name == "M. H.");
  CHECK(report.recommendations[0].rekindle[0].name == "M. H.");
  CHECK(report.recommendations[0].reason == "0 of 2 active contacts");
  CHECK(report.egogram->dots[0].name == "S. A.");

  ReportDiff diff;
  diff.added = {"Rita Recruiter"};
  diff.removed = {"Michael Brown"};
  diff.went_dormant = {"Ravi Shankar"};
  anonymize(diff);
  CHECK(diff.added == std::vector<std::string>{"R. R."});
  CHECK(diff.removed == std::vector<std::string>{"M. B."});
  CHECK(diff.went_dormant == std::vector<std::string>{"R. S."});
}
