// analyse/diff: two rosters compared person by person, by identity (docs/identity.md).
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "helpers.hpp"

namespace netgap {
namespace {

using test::run_cli;

constexpr const char* before = R"([
  {"name": "Ada Lovelace", "organization": "Acme", "department": "Research", "url": "linkedin.com/in/ada"},
  {"name": "Grace Hopper", "organization": "Navy", "email": "grace@navy.example"},
  {"name": "José Álvarez", "organization": "Société Générale"},
  {"name": "Alan Turing"}
])";

constexpr const char* after = R"([
  {"name": "Ada Lovelace", "organization": "Globex", "previous_organizations": ["Acme"],
   "url": "https://www.linkedin.com/in/ada/"},
  {"name": "Grace Murray Hopper", "organization": "Navy", "email": "Grace@Navy.example"},
  {"name": "Jose Alvarez", "organization": "Societe Generale S.A."},
  {"name": "Kenji Watanabe"}
])";

}  // namespace

TEST_CASE("diff of rosters: a company change and a rename are not an addition and a removal", "[diff]") {
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/before.json") << before;
  std::ofstream(dir + "/after.json") << after;
  const test::WorkingDirectory in_dir(dir);
  const auto json = run_cli({"diff", "before.json", "after.json", "--as-of", "2026-12-15", "--format", "json"});
  REQUIRE(json.code == 0);
  const auto contacts = nlohmann::json::parse(json.out)["contacts"];
  CHECK(contacts["added"] == nlohmann::json::array({"Kenji Watanabe"}));
  CHECK(contacts["removed"] == nlohmann::json::array({"Alan Turing"}));
  CHECK(contacts["renamed"] == nlohmann::json::parse(R"([{"from": "Grace Hopper", "to": "Grace Murray Hopper"}])"));
  CHECK(contacts["changed_organization"] ==
        nlohmann::json::parse(R"([{"name": "Ada Lovelace", "from": "Acme", "to": "Globex"}])"));
  const auto text = run_cli({"diff", "before.json", "after.json", "--as-of", "2026-12-15"});
  CHECK(text.out.find("  Renamed: Grace Hopper \u2192 Grace Murray Hopper\n") != std::string::npos);
  CHECK(text.out.find("  Changed organisation: Ada Lovelace: Acme \u2192 Globex\n") != std::string::npos);
  const auto markdown = run_cli({"diff", "before.json", "after.json", "--as-of", "2026-12-15", "--format", "markdown"});
  CHECK(markdown.out.find("- renamed: Grace Hopper \u2192 Grace Murray Hopper\n") != std::string::npos);
  CHECK(markdown.out.find("- changed organisation: Ada Lovelace: Acme \u2192 Globex\n") != std::string::npos);
}

TEST_CASE("diff of rosters: two records of one person pair with their own, in any order", "[diff]") {
  // A roster with a duplicate (two records, one e-mail) against itself, and reordered: no change.
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/a.json") << R"([{"name": "Eve A", "email": "eve@x.example"},
    {"name": "Eve B", "email": "EVE@x.example"}, {"name": "Bo", "email": "bo@x.example"}])";
  std::ofstream(dir + "/b.json") << R"([{"name": "Bo", "email": "bo@x.example"},
    {"name": "Eve B", "email": "eve@x.example"}, {"name": "Eve A", "email": "eve@x.example"}])";
  std::ofstream(dir + "/c.json")
      << R"([{"name": "Eve C", "email": "eve@x.example"}, {"name": "Bo", "email": "bo@x.example"}])";
  const test::WorkingDirectory in_dir(dir);
  const auto contacts_of = [](const std::string& from, const std::string& to) {
    const auto result = run_cli({"diff", from, to, "--as-of", "2026-12-15", "--format", "json", "-q"});
    REQUIRE(result.code == 0);
    return nlohmann::json::parse(result.out)["contacts"];
  };
  for (const auto& [from, to] : {std::pair{"a.json", "a.json"}, std::pair{"a.json", "b.json"}}) {
    INFO(from << " to " << to);
    const auto contacts = contacts_of(from, to);
    CHECK(contacts["added"].empty());
    CHECK(contacts["removed"].empty());
    CHECK(contacts["renamed"].empty());
  }
  // The same-named record pairs first, whatever the order: Eve A stays Eve A, Eve B became Eve C.
  std::ofstream("d.json")
      << R"([{"name": "Eve C", "email": "eve@x.example"}, {"name": "Eve A", "email": "eve@x.example"},
    {"name": "Bo", "email": "bo@x.example"}])";
  const auto reordered = contacts_of("a.json", "d.json");
  CHECK(reordered["renamed"] == nlohmann::json::parse(R"([{"from": "Eve B", "to": "Eve C"}])"));
  CHECK(reordered["removed"].empty());
  // The two records become one under a new name: one renamed, the other removed.
  const auto merged = contacts_of("a.json", "c.json");
  CHECK(merged["removed"] == nlohmann::json::array({"Eve B"}));
  CHECK(merged["renamed"] == nlohmann::json::parse(R"([{"from": "Eve A", "to": "Eve C"}])"));
}

}  // namespace netgap
