// write/roster_edit: a rewrite keeps what netgap does not know, changes only what changed, and
// writes nothing when nothing changed.
#include <sys/stat.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/error.hpp>
#include <netgap/write/roster_edit.hpp>

#include "helpers.hpp"

namespace netgap {
namespace {

using test::run_cli;

constexpr const char* hand_written = R"({
  "$schema": "https://example.org/roster.schema.json",
  "schema_version": 1,
  "x_exported_by": {"tool": "my script", "version": 3},
  "owner": {"name": "Me", "phone": "+1 555 0100", "organization": "Acme"},
  "contacts": [
    {"name": "Ada Lovelace", "x_custom": [1, 2], "organization": "Old Co", "phone": "+44 20 0000",
     "url": "https://www.linkedin.com/in/ada/"},
    {"name": "Only In Roster", "notes": "keep me", "x_flag": true}
  ],
  "x_trailer": null
})";

std::string write_roster(const std::string& dir, const std::string& text) {
  const std::string path = dir + "/roster.json";
  std::ofstream(path) << text;
  return path;
}

struct timespec modified(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mtim;
}

/// Opens `path` with RosterEdit, tags its first contact and saves; whether it wrote.
bool tag_first_and_save(const std::string& path) {
  Diagnostics diagnostics;
  RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
  Contact first = edit.contacts().at(0);
  first.tags = {"t"};
  edit.update(0, first);
  return edit.save("");
}

}  // namespace

TEST_CASE("merge keeps unknown keys of the roster, the owner and the contacts, in place", "[roster_edit]") {
  const std::string dir = test::temp_dir();
  const std::string roster = write_roster(dir, hand_written);
  const auto merged = run_cli({"import", "--merge", roster, test::data_path("import/connections-current.csv")});
  REQUIRE(merged.code == 0);
  const std::string text = test::read_text(roster);
  // Top-level members keep their order, unknown ones included.
  const auto at = [&](const std::string& needle) { return text.find(needle); };
  CHECK(at("\"$schema\"") < at("\"schema_version\""));
  CHECK(at("\"schema_version\"") < at("\"x_exported_by\""));
  CHECK(at("\"x_exported_by\"") < at("\"owner\""));
  CHECK(at("\"contacts\"") < at("\"x_trailer\": null"));
  CHECK(at("\"tool\": \"my script\"") != std::string::npos);
  CHECK(at("\"phone\": \"+1 555 0100\"") < at("\"organization\": \"Acme\""));  // owner's order kept
  // Ada: the organisation refreshed where it was, her unknown fields where they were.
  CHECK(text.find(R"("name": "Ada Lovelace",
      "x_custom": [1, 2],
      "organization": "Analytical Engines",
      "phone": "+44 20 0000",)") != std::string::npos);
  CHECK(at("\"x_flag\": true") != std::string::npos);
  CHECK(merged.err.find("added 3, updated 1, left alone 1") != std::string::npos);
}

TEST_CASE("a merge that changes nothing writes nothing and keeps the backup", "[roster_edit]") {
  const std::string dir = test::temp_dir();
  const std::string roster = write_roster(dir, hand_written);
  const std::string export_file = test::data_path("import/connections-current.csv");
  REQUIRE(run_cli({"import", "--merge", roster, export_file}).code == 0);
  CHECK(test::read_text(roster + ".bak") == hand_written);
  const std::string after_first = test::read_text(roster);
  const auto stamp = modified(roster);
  const auto again = run_cli({"import", "--merge", roster, export_file});
  REQUIRE(again.code == 0);
  CHECK(again.err.find("added 0, updated 0, left alone 5; nothing changed, the file was not rewritten") !=
        std::string::npos);
  CHECK(test::read_text(roster) == after_first);
  CHECK(modified(roster).tv_nsec == stamp.tv_nsec);
  CHECK(modified(roster).tv_sec == stamp.tv_sec);
  CHECK(test::read_text(roster + ".bak") == hand_written);  // still the original
}

TEST_CASE("merge --dry-run lists what it would do and writes nothing", "[roster_edit]") {
  const std::string dir = test::temp_dir();
  const std::string roster = write_roster(dir, hand_written);
  const auto dry =
      run_cli({"import", "--merge", roster, "--dry-run", test::data_path("import/connections-current.csv")});
  REQUIRE(dry.code == 0);
  CHECK(dry.out.find("update  Ada Lovelace\n") != std::string::npos);
  CHECK(dry.out.find("add     ") != std::string::npos);
  CHECK(dry.err.find("would have added 3, updated 1, left alone 1; nothing was written (--dry-run)") !=
        std::string::npos);
  CHECK(test::read_text(roster) == hand_written);
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json"});
}

TEST_CASE("RosterEdit: owner placed before the contacts, removal, a new file", "[roster_edit]") {
  const std::string dir = test::temp_dir();
  const std::string path = write_roster(dir, R"([{"name": "A", "x": 1}, {"name": "B"}])");
  Diagnostics diagnostics;
  {
    RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    REQUIRE(edit.contacts().size() == 2);
    CHECK_FALSE(edit.changed());
    Owner owner;
    owner.name = "Me";
    edit.set_owner(owner);
    edit.remove(1);
    CHECK(edit.save(""));
  }
  CHECK(test::read_text(path) == R"({
  "schema_version": 1,
  "owner": {
    "name": "Me"
  },
  "contacts": [
    {
      "name": "A",
      "x": 1
    }
  ]
}
)");
  {
    RosterEdit created(dir + "/new.json", builtin_taxonomy(), false, diagnostics, true);
    Contact contact;
    contact.name = "C";
    contact.strength = 4;
    created.append(contact);
    CHECK(created.save());
  }
  CHECK(test::read_text(dir + "/new.json") ==
        "{\n  \"schema_version\": 1,\n  \"contacts\": [\n    {\n      \"name\": \"C\",\n      \"strength\": 4\n    }\n "
        " ]\n}\n");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"new.json", "roster.json"});
}

TEST_CASE("RosterEdit reports a broken roster and changes nothing", "[roster_edit]") {
  const std::string dir = test::temp_dir();
  const std::string path = write_roster(dir, R"({"contacts": [{"name": ""}]})");
  Diagnostics diagnostics;
  RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
  CHECK(diagnostics.has_errors());
  CHECK_THROWS_AS(diagnostics.checkpoint(), Error);
}

TEST_CASE("RosterEdit will not rewrite a file that gives a key twice in one object", "[roster_edit]") {
  // JSON lets an object give a key twice; a rewrite keeps one value, so the other would be lost.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"contacts": [{"name": "Bo"}, {"name": "Grace", "notes": "first", "notes": "second"}]})",
       "contacts[1]: \"notes\""},
      {R"({"owner": {"name": "Me", "x": 1, "x": 2}, "contacts": [{"name": "Grace"}]})", "owner: \"x\""},
      {R"({"contacts": [{"name": "Grace"}], "x": {}, "x": []})", "the top level: \"x\""},
      {R"({"contacts": [{"name": "Grace", "x": [{"a": 1}, {"b": [1, {"c": 1, "c": 2}]}]}]})",
       "contacts[0].x[1].b[1]: \"c\""}};
  for (const auto& [text, where] : cases) {
    INFO(text);
    const std::string path = write_roster(test::temp_dir(), text);
    Diagnostics diagnostics;
    RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
    Contact grace = edit.contacts().back();  // read as the readers read it: listing commands work
    grace.tags = {"t"};
    // Refused at the first change: the document need not even match what the readers read (the
    // second "contacts" is the one read, the document's is the first).
    CHECK_THROWS_WITH(edit.update(edit.contacts().size() - 1, grace),
                      path + ": " + where +
                          " is given twice in one object; netgap keeps one value of a key, so it will not rewrite the "
                          "file and lose the other: remove one, then run the command again");
    CHECK_THROWS_AS(edit.append(grace), Error);
    CHECK_FALSE(edit.save(".bak"));  // nothing changed: nothing to write
    CHECK(test::read_text(path) == text);
  }
  // The same key in two objects is no repeat.
  const std::string path =
      write_roster(test::temp_dir(), R"({"contacts": [{"name": "A", "x": 1}, {"name": "B", "x": 1}]})");
  CHECK(tag_first_and_save(path));
}

TEST_CASE("RosterEdit will not rewrite a number it cannot write back as it is", "[roster_edit]") {
  // A document holds a number as a 64-bit integer or a double: beyond those, a rewrite changes it.
  for (const std::string number :
       {"123456789012345678901234567890", "-12345678901234567890", "3.14159265358979323846264338327950288", "1e-400"}) {
    INFO(number);
    const std::string text = "{\"contacts\": [\n  {\"name\": \"Grace\", \"x-id\": " + number + "}]}";
    const std::string path = write_roster(test::temp_dir(), text);
    Diagnostics diagnostics;
    RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
    Contact grace = edit.contacts().at(0);
    grace.tags = {"t"};
    try {
      edit.update(0, grace);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find(path + ": line 2, column 29: the number " + number +
                                       " would be written back as ") == 0);
    }
    CHECK(test::read_text(path) == text);
  }
  // What a document holds exactly is rewritten: the same value, perhaps spelled otherwise.
  for (const std::string number :
       {"12345678901234567890", "-9223372036854775808", "1.10", "1E+2", "0.1", "-0", "2.5e-3", "1e300"}) {
    INFO(number);
    const std::string path =
        write_roster(test::temp_dir(), "{\"contacts\": [{\"name\": \"Grace\", \"x-id\": " + number + "}]}");
    CHECK(tag_first_and_save(path));
  }
}

TEST_CASE("RosterEdit does not undo what another program wrote since it read the file", "[roster_edit]") {
  // The lock keeps other netgap processes out, not an editor (which writes a new file and renames
  // it over) or a script (which writes in place); label holds a roster open for a whole session.
  for (const bool by_rename : {true, false}) {
    INFO((by_rename ? "renamed over" : "written in place"));
    const std::string dir = test::temp_dir();
    const std::string path = write_roster(dir, R"({"contacts": [{"name": "Ada"}]})");
    Diagnostics diagnostics;
    RosterEdit edit(path, builtin_taxonomy(), false, diagnostics);
    Contact ada = edit.contacts().at(0);
    ada.tags = {"first"};
    edit.update(0, ada);
    REQUIRE(edit.save(".bak"));  // its own write: the next save compares with it
    ada.tags = {"second"};
    edit.update(0, ada);
    REQUIRE(edit.save(".bak"));
    const std::string theirs = R"({"contacts": [{"name": "Ada"}, {"name": "Added in an editor"}]})";
    if (by_rename) {
      std::ofstream(dir + "/swap") << theirs;
      REQUIRE(std::rename((dir + "/swap").c_str(), path.c_str()) == 0);
    } else {
      std::ofstream(path, std::ios::trunc) << theirs;
    }
    ada.tags = {"third"};
    edit.update(0, ada);
    CHECK_THROWS_WITH(edit.save(".bak"), path +
                                             ": changed since netgap read it (another program wrote it); nothing "
                                             "was written, so that its change is kept: run the command again");
    CHECK(test::read_text(path) == theirs);
  }
}

}  // namespace netgap
