// The terminal belongs to the user: no control character, C1 control or bidirectional override
// from a roster (or a taxonomy) reaches stdout or stderr raw, in any format (render/printable).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <netgap/util/unicode.hpp>
#include <nlohmann/json.hpp>

#include "helpers.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

// JSON escapes, so that this file holds no control character itself: OSC 0 retitles a terminal,
// ESC[2J clears it, OSC 8 plants a link, CR and BS overwrite, U+009B is the C1 CSI, U+202E
// reverses a line, a newline breaks the layout.
const std::string hostile_roster = R"({
  "owner": {"name": "Mallory\u001b]0;owned\u0007", "organization": "Evil\u202eproC", "role": "Data\u0008Scientist"},
  "contacts": [
    {"name": "Eve\u001b[2J\rX", "organization": "Other", "categories": ["mentors"], "strength": 5,
     "last_contact": "2020-01-01", "notes": "\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007"},
    {"name": "Bob\u009b31m\nNewline", "how_met": "party\u007f"},
    {"name": "Zed\u202egnp.exe", "role": "Data Scientist\u2066", "organization": "Far\u2028Away", "x\u001b[2J": 1}
  ]
})";

/// Fails on the first terminal control in `text` other than the newline (and the tab, in TSV).
void check_no_raw_controls(const std::string& text, bool tabs = false) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (tabs && text[i] == '\t')) continue;
    const std::size_t length = terminal_control_at(text, i);
    INFO("at byte " << i << ": ..." << text.substr(i >= 40 ? i - 40 : 0, 80));
    CHECK(length == 0);
    if (length != 0) return;
  }
}

std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("printable: every format of audit escapes what a roster says", "[printable]") {
  for (const std::string format : {"text", "markdown", "github", "tsv", "json", "junit"}) {
    INFO(format);
    const auto r = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", format, "--top", "20"}, hostile_roster);
    REQUIRE(r.code == 0);
    check_no_raw_controls(r.out, format == "tsv");
    check_no_raw_controls(r.err);
  }
  const auto text = run_cli({"audit", "-", "--as-of", "2026-11-25", "--top", "20"}, hostile_roster);
  CHECK(text.out.find("netgap audit of Mallory\\u001b]0;owned\\u0007 (Data\\u0008Scientist,\nEvil\\u202eproC)\n") == 0);
  CHECK(text.out.find("Rekindle: Eve\\u001b[2J\\rX (strength 5") != std::string::npos);
  CHECK(text.out.find("Bob\\u009b31m\\nNewline") != std::string::npos);
  CHECK(text.err.find("unknown field \"x\\u001b[2J\"") != std::string::npos);
  // JSON escapes by its own rules; the data is the roster's, byte for byte.
  const auto json = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "json"}, hostile_roster);
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report["owner"]["name"] == "Mallory\x1b]0;owned\x07");
  CHECK(report["owner"]["organization"] == "Evil\u202eproC");
  CHECK(json.out.find("Evil\\u202eproC") != std::string::npos);
}

TEST_CASE("printable: explain, diff, trend and import escape too", "[printable]") {
  const auto explain = run_cli({"explain", "-"}, hostile_roster);
  REQUIRE(explain.code == 0);
  check_no_raw_controls(explain.out);
  CHECK(explain.out.find("Zed\\u202egnp.exe (contacts[2])") != std::string::npos);
  CHECK(explain.out.find("\"Data Scientist\\u2066\" mentions") != std::string::npos);
  const auto explain_json = run_cli({"explain", "-", "--format", "json"}, hostile_roster);
  check_no_raw_controls(explain_json.out);
  CHECK(nlohmann::json::parse(explain_json.out)[2]["name"] == "Zed\u202egnp.exe");

  const std::string dir = test::temp_dir();
  const std::string empty = write(dir, "empty.json", R"({"contacts": []})");
  const std::string roster = write(dir, "hostile.json", hostile_roster);
  for (const std::string format : {"text", "markdown", "github", "tsv", "json", "junit"}) {
    INFO("diff " << format);
    const auto diff = run_cli({"diff", empty, roster, "--as-of", "2026-11-25", "--format", format});
    REQUIRE(diff.code == 0);
    check_no_raw_controls(diff.out, format == "tsv");
  }
  const auto diff = run_cli({"diff", empty, roster, "--as-of", "2026-11-25"});
  CHECK(diff.out.find("3 added (Eve\\u001b[2J\\rX, Bob\\u009b31m\\nNewline, Zed\\u202egnp.exe)") != std::string::npos);
  // The same people renamed and at another organisation: both sides of each change are user data.
  const std::string before = write(dir, "before.json", R"({"contacts": [
    {"name": "Mal\u001b[2J", "email": "m@x.example", "organization": "Old\u0007"},
    {"name": "Old\u001b]0;owned\u0007name", "email": "r@x.example"}]})");
  const std::string after = write(dir, "after.json", R"({"contacts": [
    {"name": "Mal\u001b[2J", "email": "m@x.example", "organization": "New\u001b]0;owned\u0007\u202eX"},
    {"name": "Ren\u009b1m", "email": "r@x.example"}]})");
  for (const std::string format : {"text", "markdown", "github", "tsv", "json", "junit", "html"}) {
    INFO("diff of changes " << format);
    const auto changed = run_cli({"diff", before, after, "--as-of", "2026-11-25", "--format", format, "-q"});
    REQUIRE(changed.code == 0);
    check_no_raw_controls(changed.out, format == "tsv");
  }
  const auto changed = run_cli({"diff", before, after, "--as-of", "2026-11-25", "-q"});
  CHECK(changed.out.find("Renamed: Old\\u001b]0;owned\\u0007name \u2192 Ren\\u009b1m") != std::string::npos);
  CHECK(changed.out.find("Changed organisation: Mal\\u001b[2J: Old\\u0007 \u2192 New\\u001b]0;owned\\u0007\\u202eX") !=
        std::string::npos);

  const std::string history = dir + "/audits";
  REQUIRE(run_cli({"audit", roster, "--as-of", "2026-11-25", "--save", history, "-q"}).code == 0);
  for (const std::string format : {"text", "json"}) {
    const auto trend = run_cli({"trend", history, "--format", format});
    REQUIRE(trend.code == 0);
    check_no_raw_controls(trend.out);
  }
  const auto dry_run = run_cli({"import", roster, "--merge", empty, "--dry-run"});
  REQUIRE(dry_run.code == 0);
  check_no_raw_controls(dry_run.out);
  check_no_raw_controls(dry_run.err);
  CHECK(dry_run.out.find("add     Eve\\u001b[2J\\rX\n") != std::string::npos);
  const auto imported = run_cli({"import", roster});
  REQUIRE(imported.code == 0);
  check_no_raw_controls(imported.out);
}

TEST_CASE("printable: error messages and a hostile taxonomy", "[printable]") {
  const auto bad = run_cli({"validate", "-"}, "[{\"name\": \"A\\u001b]0;x\\u0007\", \"strength\": \"\\u009b2J\"}]");
  CHECK(bad.code == 2);
  CHECK(bad.err ==
        "netgap: error: <stdin>: contacts[0] \"A\\u001b]0;x\\u0007\": strength: expected an integer from 1 to 5, got "
        "\"\\u009b2J\"\n");
  const auto option = run_cli({"audit", "-", "--format", "\x1b[2J"}, "[]");
  CHECK(option.code == 2);
  check_no_raw_controls(option.err);

  std::string taxonomy = test::read_text(test::data_path("taxonomy/small.json"));
  const std::string name = "\"Friends at work\"";
  taxonomy.replace(taxonomy.find(name), name.size(), "\"Friends\\u001b[2J at \\u202ework\\uffff\"");
  const std::string dir = test::temp_dir();
  const std::string path = write(dir, "hostile-taxonomy.json", taxonomy);
  for (const std::string format : {"text", "markdown", "json"}) {
    const auto shown = run_cli({"--taxonomy", path, "taxonomy", "--format", format});
    REQUIRE(shown.code == 0);
    check_no_raw_controls(shown.out);
  }
  CHECK(run_cli({"--taxonomy", path, "taxonomy", "friends"}).out.find("Friends\\u001b[2J at \\u202ework") !=
        std::string::npos);
  const auto junit = run_cli({"--taxonomy", path, "audit", "-", "--format", "junit", "--as-of", "2026-11-25"},
                             R"({"contacts": [{"name": "A", "how_met": "a party"}]})");
  REQUIRE(junit.code == 0);
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const std::string xml = write(dir, "junit.xml", junit.out);
    CHECK(std::system(("xmllint --noout " + xml).c_str()) == 0);
  } else {
    WARN("xmllint not installed: XML well-formedness not checked");
  }
}
