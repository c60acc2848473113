// netgap dedupe: duplicate groups with their reasons, certain first; --apply merges the certain
// ones under the roster-writing guarantees; validate warns about exactly what dedupe groups.
#include <catch2/catch.hpp>
#include <fstream>
#include <netgap/analyse/duplicates.hpp>
#include <netgap/model/taxonomy.hpp>
#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "roster_helpers.hpp"

namespace netgap {
namespace {

constexpr const char* roster_text = R"({"schema_version": 1, "contacts": [
  {"name": "Sam Lee", "organization": "Acme"},
  {"name": "Ada Lovelace", "organization": "Engines", "email": "ada@example.org", "tags": ["a"], "strength": 2,
   "last_contact": "2025-05-01", "notes": "mentor", "x-crm-id": 7},
  {"name": "Sam Lee", "organization": "Globex"},
  {"name": "Ada L.", "email": "ADA@example.org", "tags": ["b"], "strength": 4, "notes": "met at PyCon",
   "categories": ["mentors"], "x-crm-id": 9, "x-source": "phone"},
  {"name": "Dr. Ada Lovelace", "organization": "Engines Ltd", "last_contact": "2026-01-02",
   "urls": ["https://ada.example/about"]}
]})";

}  // namespace

TEST_CASE("dedupe groups: certain first, each member with the contact it matched and why", "[dedupe]") {
  std::vector<Contact> contacts = {test::person("Sam Lee", "Acme"), test::person("Ada", "", "a@x.org"),
                                   test::person("Sam Lee", "Globex"), test::person("Ada B", "", "A@x.org")};
  for (std::size_t i = 0; i < contacts.size(); ++i) contacts[i].index = i;
  const auto groups = duplicate_groups(contacts, builtin_taxonomy().organization_suffixes);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].certain);
  REQUIRE(groups[0].members.size() == 2);
  CHECK(groups[0].members[0].index == 1);
  CHECK(groups[0].members[1].index == 3);
  CHECK(groups[0].members[1].earlier == 1);
  CHECK(groups[0].members[1].reason == MatchReason::email);
  CHECK_FALSE(groups[1].certain);
  CHECK(groups[1].members[1].reason == MatchReason::probable_other_organization);
}

TEST_CASE("netgap dedupe lists, --apply merges the certain groups, validate warns about the same", "[dedupe]") {
  const std::string dir = test::temp_dir();
  const std::string roster = dir + "/r.json";
  std::ofstream(roster) << roster_text;
  const test::WorkingDirectory in_dir(dir);
  const auto listed = test::run_cli({"dedupe", "r.json", "-q"});
  REQUIRE(listed.code == 0);
  CHECK(listed.out ==
        "One person:\n"
        "  contacts[1] \"Ada Lovelace\"\n"
        "  contacts[3] \"Ada L.\" (same e-mail, with contacts[1])\n"
        "  contacts[4] \"Dr. Ada Lovelace\" (same name and organisation, with contacts[1])\n"
        "Maybe one person:\n"
        "  contacts[0] \"Sam Lee\"\n"
        "  contacts[2] \"Sam Lee\" (same name, different organisation: probable, with contacts[0])\n");
  const auto validated = test::run_cli({"validate", "r.json"});
  for (const std::string index : {"3", "4", "2"}) {
    CHECK(validated.err.find("r.json: contacts[" + index + "] ") != std::string::npos);
  }
  CHECK(validated.out == "r.json: ok, 5 contacts, no owner (5 warnings)\n");  // 2 unknown fields + 3 duplicates

  const auto json = test::run_cli({"dedupe", "r.json", "--format", "json", "-q"});
  const auto doc = nlohmann::json::parse(json.out);
  CHECK(doc["kind"] == "netgap-dedupe");
  CHECK(doc["groups"][0]["members"][1] ==
        nlohmann::json::parse(R"({"index": 3, "name": "Ada L.", "matched": 1, "reason": "same e-mail"})"));
  CHECK(doc["merged"] == 0);
  CHECK(test::list_dir(dir) == std::vector<std::string>{"r.json"});  // listing writes nothing

  const auto applied = test::run_cli({"dedupe", "r.json", "--apply"});
  REQUIRE(applied.code == 0);
  CHECK(applied.err.find("netgap: r.json: 1 group of one person, 1 that may be; merged 2 contacts into others; the "
                         "previous version is r.json.bak\n") != std::string::npos);
  CHECK(test::read_text("r.json.bak") == roster_text);
  const auto contacts = test::read_collected(roster);
  REQUIRE(contacts.size() == 3);
  CHECK(contacts[0].name == "Sam Lee");
  CHECK(contacts[2].organization == "Globex");  // probable: left alone
  const Contact& ada = contacts[1];
  CHECK(ada.name == "Ada Lovelace");
  CHECK(ada.tags == std::vector<std::string>{"a", "b"});
  CHECK(ada.categories == std::vector<std::string>{"mentors"});
  CHECK(ada.strength == 4);
  CHECK(format_iso(*ada.last_contact) == "2026-01-02");
  CHECK(ada.notes == "mentor\nmet at PyCon");
  CHECK(ada.urls == std::vector<std::string>{"https://ada.example/about"});
  const auto written = nlohmann::json::parse(test::read_text(roster));
  CHECK(written["contacts"][1]["x-crm-id"] == 7);        // the kept contact's own value wins
  CHECK(written["contacts"][1]["x-source"] == "phone");  // a removed contact's unknown key moves over

  const auto from_stdin = test::run_cli({"dedupe", "-", "--apply"}, roster_text);
  CHECK(from_stdin.code == 2);
  CHECK(from_stdin.err == "netgap: error: --apply: standard input cannot be rewritten; name the roster file\n");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"r.json", "r.json.bak"});  // no file named "-"

  const auto again = test::run_cli({"dedupe", "r.json", "--apply"});
  CHECK(again.err.find("0 groups of one person, 1 that may be; nothing to merge, the file was not rewritten") !=
        std::string::npos);
}

TEST_CASE("dedupe --apply says what it did not keep of a merged contact", "[dedupe]") {
  const std::string dir = test::temp_dir();
  const std::string text = R"({"contacts": [
    {"name": "Bill Gates", "email": "bill@gates.example", "how_met": "conf A", "custom": 1, "phone": "111"},
    {"name": "Ada", "email": "ada@x.example"},
    {"name": "William H. Gates III", "email": "BILL@gates.example", "how_met": "conf B", "custom": 2, "phone": "111",
     "role": "Chair", "x-new": true},
    {"name": "Ada", "email": "ADA@x.example", "organization": "Analytical Engines"}]})";
  std::ofstream(dir + "/r.json") << text;
  const test::WorkingDirectory in_dir(dir);
  const auto applied = test::run_cli({"dedupe", "r.json", "--apply"});
  REQUIRE(applied.code == 0);
  // The name, how_met and the unknown key with another value are lost (the .bak has them); the
  // role and the new key are kept; "phone" has the same value; Ada's second record adds only.
  CHECK(applied.err.find("netgap: warning: r.json: contacts[2] \"William H. Gates III\" merged into contacts[0] "
                         "\"Bill Gates\"; not kept of it: name \"William H. Gates III\", how_met \"conf B\", "
                         "\"custom\": 2 (still in r.json.bak)\n") != std::string::npos);
  CHECK(applied.err.find("contacts[3]") == std::string::npos);
  const auto merged = nlohmann::json::parse(test::read_text(dir + "/r.json"))["contacts"];
  CHECK(merged[0]["role"] == "Chair");
  CHECK(merged[0]["x-new"] == true);
  CHECK(merged[1]["organization"] == "Analytical Engines");
}

TEST_CASE("dedupe: control characters in names never reach the terminal, in text or JSON", "[dedupe]") {
  // ESC, a C1 CSI (U+009B) and a right-to-left override (U+202E) in two records of one person.
  const std::string text = R"({"schema_version": 1, "contacts": [{"name": ")" +
                           std::string("Eve \\u001b]0;pwned\\u0007 ") +
                           "\xc2\x9b"
                           "2J \xe2\x80\xae"
                           R"(evil", "email": "eve@example.org"},
    {"name": "Eve", "email": "EVE@example.org"}]})";
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/r.json") << text;
  for (const char* format : {"text", "json"}) {
    const auto listed = test::run_cli({"dedupe", dir + "/r.json", "--format", format, "-q"});
    INFO(format);
    REQUIRE(listed.code == 0);
    CHECK(listed.out.find("pwned") != std::string::npos);  // the name is there...
    CHECK(listed.out.find('\x1b') == std::string::npos);   // ...but not its controls
    CHECK(listed.out.find("\xc2\x9b") == std::string::npos);
    CHECK(listed.out.find("\xe2\x80\xae") == std::string::npos);
  }
}

}  // namespace netgap
