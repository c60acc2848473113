#include <catch2/catch.hpp>
#include <netgap/analyse/duplicates.hpp>
#include <netgap/util/text.hpp>
#include <netgap/write/roster_writer.hpp>
#include <sstream>

#include "helpers.hpp"
#include "roster_helpers.hpp"

using namespace netgap;
using test::read_text_roster;

TEST_CASE("a full roster reads every field", "[roster]") {
  const auto r = read_text_roster(R"({
    "schema_version": 1,
    "owner": {"name": "Priya Raman", "organization": "Acme Health", "department": "Data Science",
              "role": "Data Scientist", "industry": "healthcare", "schools": ["University of Michigan"]},
    "contacts": [{
      "name": "Ada Lovelace", "organization": "Analytical Engines", "department": "Research",
      "role": "ML Engineer", "industry": "software", "schools": ["University of London"],
      "categories": ["data-science-community"], "lenses": ["strategic"], "tags": ["kaggle", "mentor"],
      "how_met": "NeurIPS 2025", "strength": 4, "last_contact": "2026-09-14", "connected_on": "2024-10-09",
      "email": "ada@example.org", "url": "https://example.org/ada", "notes": "free text"}]})");
  REQUIRE(r.errors.empty());
  CHECK(r.warnings.empty());
  REQUIRE(r.collected.owner);
  CHECK(r.collected.owner->schools == std::vector<std::string>{"University of Michigan"});
  REQUIRE(r.collected.contacts.size() == 1);
  const Contact& c = r.collected.contacts[0];
  CHECK(c.name == "Ada Lovelace");
  CHECK(c.role == "ML Engineer");
  CHECK(c.categories == std::vector<std::string>{"data-science-community"});
  CHECK(c.lenses == std::vector<std::string>{"strategic"});
  CHECK(c.tags == std::vector<std::string>{"kaggle", "mentor"});
  CHECK(c.strength == 4);
  CHECK(format_iso(*c.last_contact) == "2026-09-14");
  CHECK(format_iso(*c.connected_on) == "2024-10-09");
  CHECK(c.notes == "free text");
}

TEST_CASE("a bare array is a roster without owner, a BOM is accepted, null is absent", "[roster]") {
  const auto r = read_text_roster("\xEF\xBB\xBF[{\"name\": \"A\", \"role\": null}, {\"name\": \"B\"}]");
  REQUIRE(r.errors.empty());
  CHECK(r.collected.owner_called);
  CHECK_FALSE(r.collected.owner);
  CHECK(r.collected.contacts.size() == 2);
  CHECK(r.collected.contacts[1].index == 1);
}

TEST_CASE("an owner after the contacts is still announced before them", "[roster]") {
  const auto r = read_text_roster(R"({"contacts": [{"name": "A"}], "owner": {"name": "O", "organization": "X"}})");
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.owner);
  CHECK(r.collected.owner->organization == "X");
  CHECK(r.collected.contacts_before_owner == 0);
  CHECK(r.collected.contacts.size() == 1);
}

TEST_CASE("content errors name the contact and field, and all are collected", "[roster]") {
  const auto r = read_text_roster(R"({"contacts": [
      {"name": "Ada Lovelace", "strength": "high"},
      {"name": "Bo", "strength": 6, "last_contact": "2026-02-30", "connected_on": 20240101},
      {"name": "Cy", "categories": ["mentor", "operational"], "lenses": ["strategc"]},
      {"name": "  "},
      {"role": "x", "tags": [1]},
      "Dee",
      {"name": "Eve", "schools": "MIT", "email": 5, "strength": 4.5}
    ]})");
  CHECK(r.errors ==
        std::vector<std::string>{
            "roster.json: contacts[0] \"Ada Lovelace\": strength: expected an integer from 1 to 5, got \"high\"",
            "roster.json: contacts[1] \"Bo\": strength: expected an integer from 1 to 5, got 6",
            "roster.json: contacts[1] \"Bo\": last_contact: expected a date YYYY-MM-DD, got \"2026-02-30\"",
            "roster.json: contacts[1] \"Bo\": connected_on: expected a date YYYY-MM-DD, got 20240101",
            "roster.json: contacts[2] \"Cy\": categories[0]: unknown category \"mentor\" (did you mean \"mentors\"?)",
            "roster.json: contacts[2] \"Cy\": categories[1]: unknown category \"operational\" (\"operational\" is a "
            "lens; put it in \"lenses\")",
            "roster.json: contacts[2] \"Cy\": lenses[0]: unknown lens \"strategc\" (did you mean \"strategic\"?)",
            "roster.json: contacts[3]: name: required, and must not be empty",
            "roster.json: contacts[4]: tags[0]: expected a string, got 1",
            "roster.json: contacts[5]: expected a contact object, got \"Dee\"",
            "roster.json: contacts[6] \"Eve\": schools: expected an array of strings, got \"MIT\"",
            "roster.json: contacts[6] \"Eve\": email: expected a string, got 5",
            "roster.json: contacts[6] \"Eve\": strength: expected an integer from 1 to 5, got 4.5",
        });
  CHECK(r.collected.contacts.empty());
}

TEST_CASE("a strength written as a float with nothing after the point is accepted", "[roster]") {
  const auto r = read_text_roster(R"([{"name": "A", "strength": 3.0}, {"name": "B", "strength": 5e0},
                                      {"name": "C", "strength": 0.0}, {"name": "D", "strength": 2.5}])");
  CHECK(r.errors == std::vector<std::string>{
                        "roster.json: contacts[2] \"C\": strength: expected an integer from 1 to 5, got 0.0",
                        "roster.json: contacts[3] \"D\": strength: expected an integer from 1 to 5, got 2.5",
                    });
  const auto ok = read_text_roster(R"([{"name": "A", "strength": 3.0}, {"name": "B", "strength": 5e0}])");
  REQUIRE(ok.collected.contacts.size() == 2);
  CHECK(ok.collected.contacts[0].strength == 3);
  CHECK(ok.collected.contacts[1].strength == 5);
}

TEST_CASE("top-level and owner problems", "[roster]") {
  CHECK(read_text_roster("42").errors ==
        std::vector<std::string>{"roster.json:1:1: the top level must be an object or an array of contacts, got 42"});
  CHECK(read_text_roster("\n  \"x\"").errors ==
        std::vector<std::string>{
            "roster.json:2:3: the top level must be an object or an array of contacts, got a string"});
  CHECK(read_text_roster("").errors == std::vector<std::string>{"roster.json: the file is empty"});
  CHECK(read_text_roster(" \n\t ").errors == std::vector<std::string>{"roster.json: the file is empty"});
  CHECK(read_text_roster(R"({"owner": {"name": "O"}})").errors ==
        std::vector<std::string>{"roster.json: (top level): missing required key \"contacts\""});
  CHECK(read_text_roster(R"({"schema_version": 2, "contacts": []})").errors ==
        std::vector<std::string>{"roster.json: schema_version: unsupported version 2; this netgap reads 1"});
  CHECK(read_text_roster(R"({"contacts": {}})").errors ==
        std::vector<std::string>{"roster.json: contacts: expected an array of contacts, got an object"});
  const auto owner = read_text_roster(R"({"owner": {"name": "O", "organisation": "X"}, "contacts": []})");
  CHECK(owner.errors.empty());
  CHECK(owner.warnings ==
        std::vector<std::string>{
            "roster.json: owner: unknown field \"organisation\" (did you mean \"organization\"?); ignored"});
}

TEST_CASE("type errors in the owner, the top level and lists are worded as before", "[roster]") {
  CHECK(
      read_text_roster(
          R"({"owner": {"name": 5, "schools": "MIT", "role": [], "industry": {}, "department": null}, "contacts": []})")
          .errors == std::vector<std::string>{
                         "roster.json: owner.name: expected a string, got 5",
                         "roster.json: owner.schools: expected an array of strings, got \"MIT\"",
                         "roster.json: owner.role: expected a string, got an array",
                         "roster.json: owner.industry: expected a string, got an object",
                     });
  CHECK(read_text_roster(R"({"owner": {"schools": ["A", 1, [], {}, null]}, "contacts": []})").errors ==
        std::vector<std::string>{
            "roster.json: owner.schools: expected strings, got 1",
            "roster.json: owner.schools: expected strings, got an array",
            "roster.json: owner.schools: expected strings, got an object",
            "roster.json: owner.schools: expected strings, got null",
        });
  CHECK(read_text_roster(R"({"$schema": "x", "owner": [], "schema_version": [], "contacts": 5})").errors ==
        std::vector<std::string>{
            "roster.json: owner: expected an object, got an array",
            "roster.json: schema_version: expected 1, got an array",
            "roster.json: contacts: expected an array of contacts, got 5",
        });
  const auto top = read_text_roster(R"({"schema_version": "1", "owner": 5, "contacts": [], "extra": 1})");
  CHECK(top.errors == std::vector<std::string>{
                          "roster.json: schema_version: unsupported version \"1\"; this netgap reads 1",
                          "roster.json: owner: expected an object, got 5",
                      });
  CHECK(top.warnings == std::vector<std::string>{"roster.json: (top level): unknown field \"extra\"; ignored"});
  // An object in a list names the list, not the item, and takes no index.
  CHECK(read_text_roster(R"([{"name": "A", "categories": [{}, "x", []], "tags": {}, "strength": [],
                             "last_contact": {}, "notes": ["n"]}])")
            .errors == std::vector<std::string>{
                           "roster.json: contacts[0] \"A\": categories: expected strings, got an object",
                           "roster.json: contacts[0] \"A\": categories[0]: unknown category \"x\"",
                           "roster.json: contacts[0] \"A\": categories[1]: expected a string, got an array",
                           "roster.json: contacts[0] \"A\": tags: expected an array of strings, got an object",
                           "roster.json: contacts[0] \"A\": strength: expected an integer from 1 to 5, got an array",
                           "roster.json: contacts[0] \"A\": last_contact: expected a date YYYY-MM-DD, got an object",
                           "roster.json: contacts[0] \"A\": notes: expected a string, got an array",
                       });
  CHECK(read_text_roster(R"([[1], 2, {"name": "B", "strength": 99999999999999999999999, "connected_on": null}, null])")
            .errors == std::vector<std::string>{
                           "roster.json: contacts[0]: expected a contact object, got an array",
                           "roster.json: contacts[1]: expected a contact object, got 2",
                           "roster.json: contacts[2] \"B\": strength: expected an integer from 1 to 5, got "
                           "99999999999999999999999",
                           "roster.json: contacts[3]: expected a contact object, got null",
                       });
}

TEST_CASE("list items are trimmed, other strings are kept as written", "[roster]") {
  const auto r = read_text_roster(
      R"([{"name": " Ada ", "schools": [" MIT "], "tags": ["  t"], "categories": [" mentors "], "lenses": ["strategic "]}])");
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 1);
  const Contact& c = r.collected.contacts[0];
  CHECK(c.name == " Ada ");
  CHECK(c.schools == std::vector<std::string>{"MIT"});
  CHECK(c.tags == std::vector<std::string>{"t"});
  CHECK(c.categories == std::vector<std::string>{"mentors"});
  CHECK(c.lenses == std::vector<std::string>{"strategic"});
}

TEST_CASE("each contact has only its own values, though strings are taken from the parser", "[roster]") {
  const auto r = read_text_roster(R"([
      {"name": "Ada Lovelace, Countess of Lovelace", "email": "ada@analytical-engines.example.org",
       "notes": "a note long enough to live outside the string object", "tags": ["first contact tag"]},
      {"notes": "short", "name": "Bo"},
      {"name": "Cy", "role": "a role long enough to need memory of its own"}])");
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 3);
  const auto& c = r.collected.contacts;
  CHECK(c[0].name == "Ada Lovelace, Countess of Lovelace");
  CHECK(c[0].email == "ada@analytical-engines.example.org");
  CHECK(c[0].notes == "a note long enough to live outside the string object");
  CHECK(c[0].tags == std::vector<std::string>{"first contact tag"});
  CHECK(c[1].name == "Bo");
  CHECK(c[1].notes == "short");
  CHECK(c[1].email.empty());
  CHECK(c[1].tags.empty());
  CHECK(c[2].name == "Cy");
  CHECK(c[2].role == "a role long enough to need memory of its own");
  CHECK(c[2].notes.empty());
}

TEST_CASE("syntax errors give line and column of the offending token", "[roster]") {
  CHECK(read_text_roster("{\n  \"contacts\": [\n    {\"name\": \"A\"}\n    {\"name\": \"B\"}\n  ]\n}").errors ==
        std::vector<std::string>{"roster.json:4:5: expected ',' or ']' after an array element, got '{'"});
  CHECK(read_text_roster("[{\"name\": \"A\",}]").errors ==
        std::vector<std::string>{"roster.json:1:15: expected a quoted object key, got '}'"});
  CHECK(read_text_roster("[\n  {\"name\": \"abc").errors ==
        std::vector<std::string>{"roster.json:2:12: invalid string: missing closing quote near '\"abc'"});
  CHECK(read_text_roster("[{\"name\": 1e99999}]").errors ==
        std::vector<std::string>{"roster.json:1:11: number out of range: 1e99999"});
  CHECK(read_text_roster("[{\"name\": tru}]").errors ==
        std::vector<std::string>{"roster.json:1:11: invalid literal near 'tru}'"});
  CHECK(read_text_roster("[{\"name\": \"A\"}").errors ==
        std::vector<std::string>{
            "roster.json:1:15: expected ',' or ']' after an array element, got the end of the input"});
  CHECK(read_text_roster(std::string(100, '[')).errors ==
        std::vector<std::string>{"roster.json: contacts[0]: expected a contact object, got an array",
                                 "roster.json:1:65: nested deeper than 64 levels; a roster needs 5"});
}

TEST_CASE("syntax errors past the first buffer are placed right", "[roster]") {
  std::string text = "[\n";
  for (int i = 0; i < 3000; ++i) text += "  {\"name\": \"Contact number " + std::to_string(i) + "\"},\n";
  text += "  {\"name\": \"Last\"} x\n]";
  const auto r = read_text_roster(text);
  CHECK(r.errors == std::vector<std::string>{"roster.json:3002:20: invalid literal near 'x'"});
  CHECK(r.collected.contacts.size() == 3001);
}

TEST_CASE("unknown fields warn once per name, and are errors with --strict", "[roster]") {
  const std::string text = R"([{"name": "A", "emial": "a@x"}, {"name": "B", "emial": "b@x", "nickname": "b"}])";
  const auto lenient = read_text_roster(text);
  CHECK(lenient.errors.empty());
  CHECK(lenient.warnings ==
        std::vector<std::string>{"roster.json: contacts[0]: unknown field \"emial\" (did you mean \"email\"?); ignored",
                                 "roster.json: contacts[1]: unknown field \"nickname\"; ignored"});
  const auto strict = read_text_roster(text, "auto", true);
  CHECK(strict.errors ==
        std::vector<std::string>{"roster.json: contacts[0]: unknown field \"emial\" (did you mean \"email\"?)",
                                 "roster.json: contacts[1]: unknown field \"nickname\""});
}

TEST_CASE("UTF-16 and binary files are refused with a message", "[roster]") {
  CHECK(read_text_roster(std::string("\xFF\xFE[\0]\0", 6)).errors ==
        std::vector<std::string>{"roster.json: the file is UTF-16 or binary; netgap reads UTF-8 JSON"});
  CHECK(read_text_roster(std::string("PK\x03\x04\x14\0\0\0", 8)).errors ==
        std::vector<std::string>{"roster.json: a zip archive, not a JSON roster"});
  CHECK(read_text_roster(std::string("\x1F\x8B\x08\0", 4)).errors ==
        std::vector<std::string>{"roster.json: gzip-compressed, not a JSON roster; decompress it first (gunzip -k "
                                 "roster.json)"});
}

TEST_CASE("an export where a JSON roster is expected is named, with the command that makes one", "[roster]") {
  const std::string make = ", not a JSON roster; make a roster of it first: netgap import roster.json -o roster.json";
  for (const std::string text :
       {"Name,Email\nAna,a@x.org\n", "\"First Name\",\"Last Name\"\n",
        "Notes:\n\"When exporting your connection data, ...\"\n\nFirst Name,Last Name,URL\n"}) {
    INFO(text);
    CHECK(read_text_roster(text, "json").errors == std::vector<std::string>{"roster.json: a CSV file" + make});
  }
  CHECK(read_text_roster("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", "json").errors ==
        std::vector<std::string>{"roster.json: a vCard file" + make});
  // What JSON can start with is still read as JSON, and told where it goes wrong.
  for (const std::string text :
       {"true", "null", "{\"contacts\": [}", "x", "\"schema_version\": 1,\n\"contacts\": []\n}",
        "true, {\"contacts\": []}", "\"Priya, roster of 2026\"", "n{\"schema_version\": 1, \"contacts\": []}",
        "schema_version: 1, contacts: []"}) {
    INFO(text);
    const auto errors = read_text_roster(text, "json").errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("not a JSON roster") == std::string::npos);
  }
}

TEST_CASE("duplicates are warned about, naming both", "[roster]") {
  Diagnostics diagnostics;
  DuplicateFinder finder({"inc"});
  Contact a;
  a.name = "Ada Lovelace";
  a.organization = "Engines Inc";
  a.email = "Ada@Example.org";
  Contact b = a;
  b.index = 3;
  b.email = "ada@example.org ";
  finder.add(a, "r.json", diagnostics);
  finder.add(b, "r.json", diagnostics);
  Contact c;
  c.index = 4;
  c.name = "ada  LOVELACE";
  c.organization = "Engines";
  finder.add(c, "r.json", diagnostics);
  Contact d;
  d.index = 5;
  d.name = "Someone Else";
  d.url = "https://www.linkedin.com/in/x/";
  Contact e = d;
  e.index = 6;
  e.name = "Other";
  e.url = "http://linkedin.com/in/x";
  finder.add(d, "r.json", diagnostics);
  finder.add(e, "r.json", diagnostics);
  CHECK(diagnostics.warnings() ==
        std::vector<std::string>{"r.json: contacts[3] \"Ada Lovelace\" is the same person as contacts[0] \"Ada "
                                 "Lovelace\" (same e-mail)",
                                 "r.json: contacts[4] \"ada  LOVELACE\" is the same person as contacts[0] \"Ada "
                                 "Lovelace\" (same name and organisation)",
                                 "r.json: contacts[6] \"Other\" is the same person as contacts[5] \"Someone Else\" "
                                 "(same LinkedIn profile)"});
}

TEST_CASE("the roster writer writes what the reader reads", "[roster]") {
  Owner owner;
  owner.name = "O";
  owner.schools = {"S"};
  std::ostringstream out;
  RosterWriter writer(out, &owner);
  Contact c;
  c.name = "Zoë \"Z\" Ng";
  c.tags = {"mentor"};
  c.strength = 5;
  c.last_contact = parse_iso_date("2026-01-02");
  writer.add(c);
  c.name = "Second";
  c.index = 1;
  writer.add(c);
  writer.finish();
  const auto r = read_text_roster(out.str());
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 2);
  CHECK(r.collected.contacts[0].name == "Zoë \"Z\" Ng");
  CHECK(r.collected.contacts[0].strength == 5);
  CHECK(format_iso(*r.collected.contacts[0].last_contact) == "2026-01-02");
  CHECK(r.collected.owner->schools == std::vector<std::string>{"S"});
}

TEST_CASE("the roster writer holds 64 KiB of contacts at most, and finish() writes the rest", "[roster]") {
  std::ostringstream out;
  RosterWriter writer(out, nullptr);
  Contact c;
  c.organization = "Globex";
  std::size_t written_before_finish = 0;
  for (int i = 0; i < 3000; ++i) {
    c.name = "Person " + std::to_string(i);
    c.index = static_cast<std::size_t>(i);
    writer.add(c);
    CHECK(out.str().size() + 70'000 > 60 * static_cast<std::size_t>(i));  // never far behind
    written_before_finish = out.str().size();
  }
  CHECK(written_before_finish > 65'536);
  writer.finish();
  const auto r = read_text_roster(out.str());
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 3000);
  CHECK(r.collected.contacts[2999].name == "Person 2999");
  CHECK(out.str().substr(out.str().size() - 8) == "}\n  ]\n}\n");
}

TEST_CASE("the identity fields: several e-mails and URLs, previous organisations", "[roster]") {
  const auto r = read_text_roster(R"([{"name": "Ada", "organization": "Globex",
    "previous_organizations": ["Acme", " Initech "], "email": "ada@globex.example",
    "emails": ["ada@acme.example"], "url": "linkedin.com/in/ada", "urls": ["https://ada.example.org/"]}])");
  REQUIRE(r.errors.empty());
  CHECK(r.warnings.empty());
  const Contact& ada = r.collected.contacts.at(0);
  CHECK(ada.previous_organizations == std::vector<std::string>{"Acme", "Initech"});
  CHECK(ada.emails == std::vector<std::string>{"ada@acme.example"});
  CHECK(ada.urls == std::vector<std::string>{"https://ada.example.org/"});
  std::ostringstream out;
  RosterWriter writer(out, nullptr);
  writer.add(ada);
  writer.finish();
  CHECK(out.str() ==
        "{\n  \"schema_version\": 1,\n  \"contacts\": [\n    {\n      \"name\": \"Ada\",\n      \"organization\": "
        "\"Globex\",\n"
        "      \"previous_organizations\": [\"Acme\", \"Initech\"],\n      \"email\": \"ada@globex.example\",\n"
        "      \"emails\": [\"ada@acme.example\"],\n      \"url\": \"linkedin.com/in/ada\",\n"
        "      \"urls\": [\"https://ada.example.org/\"]\n    }\n  ]\n}\n");
  CHECK(read_text_roster(R"([{"name": "Ada", "emails": "ada@acme.example"}])").errors ==
        std::vector<std::string>{"roster.json: contacts[0] \"Ada\": emails: expected an array of strings, got "
                                 "\"ada@acme.example\""});
  CHECK(read_text_roster(R"([{"name": "Ada", "previous_organisations": []}])").warnings ==
        std::vector<std::string>{"roster.json: contacts[0]: unknown field \"previous_organisations\" (did you mean "
                                 "\"previous_organizations\"?); ignored"});
}

TEST_CASE("the bundled example roster is valid", "[roster]") {
  const auto r =
      read_text_roster(test::read_text(std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json"));
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());
  CHECK(r.collected.contacts.size() >= 30);
  CHECK(r.collected.contacts.size() <= 60);
}

TEST_CASE("JSONTestSuite: every n_ file is refused with a place, and no file crashes or hangs", "[roster][corpus]") {
  const auto dir = test::corpus("json-test-suite/test_parsing");
  if (!dir) return;
  std::size_t n_files = 0;
  for (const auto& name : test::list_dir(*dir)) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
    const auto r = read_text_roster(test::read_text(*dir + "/" + name), "json", false, name);
    INFO(name);
    if (name[0] == 'n') {
      ++n_files;
      REQUIRE_FALSE(r.errors.empty());
      // A syntax error names line and column: "file:LINE:COL: ..."; a few n_ files are
      // refused before parsing (empty, UTF-16/binary) or for their content.
      const std::string& first = r.errors.back();
      const bool placed =
          first.rfind(name + ":", 0) == 0 && std::isdigit(static_cast<unsigned char>(first[name.size() + 1])) != 0;
      const bool whole_file = first == name + ": the file is empty" ||
                              first == name + ": the file is UTF-16 or binary; netgap reads UTF-8 JSON";
      CHECK((placed || whole_file));
    }
    for (const auto& e : r.errors) CHECK(e.find("json.exception") == std::string::npos);
  }
  CHECK(n_files == 188);
}
