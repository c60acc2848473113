// Merging an export into a roster by identity (docs/identity.md): the strongest key wins, changes
// found through it are applied with their history, hand-written values stay, probable matches are
// reported, and merging the same export twice is a no-op.
#include <catch2/catch.hpp>
#include <fstream>
#include <netgap/analyse/combine.hpp>
#include <netgap/analyse/merge.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/date.hpp>

#include "helpers.hpp"
#include "roster_helpers.hpp"

namespace netgap {
namespace {

using test::person;

const std::vector<std::string>& suffixes() { return builtin_taxonomy().organization_suffixes; }

MergeResult merge(std::vector<Contact> roster, const std::vector<Contact>& export_records) {
  return merge_contacts(std::move(roster), export_records, suffixes());
}

}  // namespace

TEST_CASE("merge: a new e-mail and organisation found through the LinkedIn profile are applied", "[merge]") {
  Contact ada = person("Ada Lovelace", "Old Co", "ada@old.org", "https://linkedin.com/in/ada");
  ada.department = "R&D";
  ada.tags = {"mentor"};
  ada.notes = "met at PyCon";
  Contact fresh = person("Ada King", "New Co", "ada@new.org", "https://www.linkedin.com/in/ada/");
  fresh.role = "CTO";
  const MergeResult merged = merge({ada}, {fresh});
  REQUIRE(merged.contacts.size() == 1);
  const Contact& c = merged.contacts[0];
  CHECK(c.name == "Ada Lovelace");  // the roster's name is the user's
  CHECK(c.email == "ada@new.org");
  CHECK(c.emails == std::vector<std::string>{"ada@old.org"});
  CHECK(c.organization == "New Co");
  CHECK(c.previous_organizations == std::vector<std::string>{"Old Co"});
  CHECK(c.department.empty());  // it was the old organisation's
  CHECK(c.role == "CTO");
  CHECK(c.tags == std::vector<std::string>{"mentor"});
  CHECK(c.notes == "met at PyCon");
  CHECK(merged.updated_indexes == std::vector<std::size_t>{0});
  CHECK(merge(merged.contacts, {fresh}).updated == 0);  // the same export again: nothing to do
}

TEST_CASE("merge: a company change found through the e-mail, across accents", "[merge]") {
  Contact jose = person("José Álvarez", "Acme", "jose@example.org");
  jose.department = "Sales";
  const MergeResult merged = merge({jose}, {person("Jose Alvarez", "Globex", "JOSE@example.org")});
  REQUIRE(merged.contacts.size() == 1);
  CHECK(merged.contacts[0].name == "José Álvarez");
  CHECK(merged.contacts[0].organization == "Globex");
  CHECK(merged.contacts[0].previous_organizations == std::vector<std::string>{"Acme"});
  CHECK(merged.contacts[0].department.empty());
  CHECK(merged.contacts[0].email == "jose@example.org");
  CHECK(merged.contacts[0].emails.empty());
}

TEST_CASE("merge: name and organisation match through accents and legal forms", "[merge]") {
  Contact jose = person("José Álvarez", "Société Générale");
  jose.department = "Risk";
  const MergeResult merged = merge({jose}, {person("Jose Alvarez", "Societe Generale S.A.", "jose@sg.example")});
  REQUIRE(merged.contacts.size() == 1);
  CHECK(merged.added == 0);
  CHECK(merged.contacts[0].organization == "Société Générale");  // the same organisation, as the user wrote it
  CHECK(merged.contacts[0].department == "Risk");
  CHECK(merged.contacts[0].email == "jose@sg.example");
}

TEST_CASE("merge: an organisation the contact already left is stale and changes nothing", "[merge]") {
  Contact ada = person("Ada Lovelace", "New Co");
  ada.previous_organizations = {"Old Co"};
  ada.department = "Platform";
  Contact stale = person("Ada Lovelace", "Old Co");
  stale.department = "R&D";
  const MergeResult merged = merge({ada}, {stale});
  REQUIRE(merged.contacts.size() == 1);
  CHECK(merged.updated == 0);
  CHECK(merged.contacts[0].organization == "New Co");
  CHECK(merged.contacts[0].department == "Platform");
}

TEST_CASE("merge: the same name elsewhere is added and reported, never merged", "[merge]") {
  const MergeResult merged = merge({person("Sam Lee", "Acme")}, {person("Sam Lee", "Globex"), person("Sam Lee")});
  REQUIRE(merged.contacts.size() == 3);
  CHECK(merged.contacts[0].organization == "Acme");
  REQUIRE(merged.probable.size() == 2);
  CHECK(merged.probable[0].contact == 1);
  CHECK(merged.probable[0].other == 0);
  CHECK(merged.probable[0].reason == MatchReason::probable_other_organization);
  CHECK(merged.probable[1].contact == 2);
  CHECK(merged.probable[1].reason == MatchReason::probable_no_organization);
}

TEST_CASE("merge: a namesake with another LinkedIn profile does not hide a probable match", "[merge]") {
  const MergeResult merged =
      merge({person("Sam Lee", "", "", "https://linkedin.com/in/sam-a"), person("Sam Lee", "Acme")},
            {person("Sam Lee", "", "", "https://linkedin.com/in/sam-b")});
  REQUIRE(merged.contacts.size() == 3);
  REQUIRE(merged.probable.size() == 1);
  CHECK(merged.probable[0].other == 1);
  CHECK(merged.probable[0].reason == MatchReason::probable_no_organization);
}

TEST_CASE("merge: records of one new person within the export are combined", "[merge]") {
  Contact first = person("Bo Chen", "Initech", "bo@example.org");
  Contact second = person("Bo Chen", "", "bo@example.org", "https://linkedin.com/in/bochen");
  const MergeResult merged = merge({person("Someone")}, {first, second});
  REQUIRE(merged.contacts.size() == 2);
  CHECK(merged.added == 1);
  CHECK(merged.combined == 1);
  CHECK(merged.contacts[1].organization == "Initech");
  CHECK(merged.contacts[1].url == "https://linkedin.com/in/bochen");
  const MergeResult again = merge(merged.contacts, {first, second});
  CHECK(again.added == 0);
  CHECK(again.updated == 0);
}

TEST_CASE("import --merge names the probable matches and counts the combined records", "[merge]") {
  const std::string dir = test::temp_dir();
  const std::string roster = dir + "/roster.json";
  std::ofstream(roster) << R"({"contacts": [{"name": "Kenji Watanabe", "organization": "Sony"}]})";
  const std::string csv = test::data_path("import/connections-current.csv");
  const auto merged = test::run_cli({"import", "--merge", roster, csv, csv});
  REQUIRE(merged.code == 0);
  CHECK(merged.err.find("netgap: warning: " + roster +
                        ": contacts[2] \"Kenji Watanabe\" may be the same person as contacts[0] \"Kenji Watanabe\" "
                        "(same name, different organisation: probable); added, not merged\n") != std::string::npos);
  CHECK(merged.err.find("added 4, updated 0, left alone 1, merged 4 duplicates; the previous version is") !=
        std::string::npos);
  const auto again = test::run_cli({"import", "--merge", roster, csv});
  CHECK(again.err.find("added 0, updated 0, left alone 5; nothing changed, the file was not rewritten") !=
        std::string::npos);
}

}  // namespace netgap

namespace netgap {

TEST_CASE("record fingerprint: equal for copies, different when any one thing a record says differs", "[merge]") {
  Contact base;
  base.name = "Ada Lovelace";
  base.organization = "Analytical Engines";
  base.schools = {"Cambridge"};
  base.strength = 3;
  base.last_contact = parse_iso_date("2026-01-02");
  base.connected_on = parse_iso_date("1969-12-31");  // a day before 1970: negative
  base.activity = {SourceActivity{"mail", parse_iso_date("2025-01-02"), parse_iso_date("2026-01-03"), {}, {}, 4}};
  Contact copy = base;
  copy.index = 7;  // where it was read is not what it says
  CHECK(record_fingerprint(copy) == record_fingerprint(base));
  const std::vector<std::pair<const char*, void (*)(Contact&)>> changes = {
      {"name", [](Contact& c) { c.name += "e"; }},
      {"organization", [](Contact& c) { c.organization.clear(); }},
      {"a field's text moved into the next",
       [](Contact& c) {
         c.role = c.organization;
         c.organization.clear();
       }},
      {"schools", [](Contact& c) { c.schools.emplace_back("MIT"); }},
      {"a school moved to previous organizations",
       [](Contact& c) {
         c.previous_organizations = c.schools;
         c.schools.clear();
       }},
      {"strength", [](Contact& c) { c.strength = 4; }},
      {"no strength", [](Contact& c) { c.strength = 0; }},
      {"last contact", [](Contact& c) { c.last_contact = parse_iso_date("2026-01-03"); }},
      {"no last contact", [](Contact& c) { c.last_contact.reset(); }},
      {"connected on", [](Contact& c) { c.connected_on = parse_iso_date("1970-01-01"); }},
      {"dates swapped", [](Contact& c) { std::swap(c.last_contact, c.connected_on); }},
      {"no activity", [](Contact& c) { c.activity.clear(); }},
      {"activity's days", [](Contact& c) { ++c.activity.front().days; }},
      {"activity's last day", [](Contact& c) { c.activity.front().last_inbound = parse_iso_date("2026-01-04"); }},
      {"activity's source", [](Contact& c) { c.activity.front().source = "calendar"; }},
      {"a day moved to another direction",
       [](Contact& c) { std::swap(c.activity.front().last_inbound, c.activity.front().last_outbound); }},
  };
  for (const auto& [what, change] : changes) {
    Contact changed = base;
    change(changed);
    INFO(what);
    CHECK(record_fingerprint(changed) != record_fingerprint(base));
  }
}

}  // namespace netgap
