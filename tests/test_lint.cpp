// What a roster's format allows but its owner would not want (analyse/lint): control characters,
// dates in the future.
#include <catch2/catch.hpp>
#include <netgap/util/date.hpp>

#include "helpers.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

const std::string hostile = R"({
  "owner": {"name": "Mallory\u001b]0;owned\u0007"},
  "contacts": [
    {"name": "Eve\u001b[2J\rX", "notes": "\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007"},
    {"name": "Bob\u009b31m\nNewline", "how_met": "party\u007f"},
    {"name": "Zed\u202egnp.exe", "organization": "Far\u2028Away"}
  ]
})";

}  // namespace

TEST_CASE("lint: validate warns about control characters, --strict makes them errors", "[lint]") {
  const auto warned = run_cli({"validate", "-"}, hostile);
  CHECK(warned.code == 0);
  CHECK(warned.err.find("netgap: warning: <stdin>: owner.name: contains the control character U+001B, which netgap "
                        "prints escaped\n") != std::string::npos);
  CHECK(warned.err.find("netgap: warning: <stdin>: contacts[0] \"Eve\\u001b[2J\\rX\": notes: contains the control "
                        "character U+001B") != std::string::npos);
  CHECK(warned.err.find("<stdin>: contacts[1] \"Bob\\u009b31m\\nNewline\": name: contains the control character "
                        "U+009B") != std::string::npos);
  CHECK(warned.err.find("contacts[1] \"Bob\\u009b31m\\nNewline\": how_met: contains the control character U+007F") !=
        std::string::npos);
  CHECK(warned.err.find("contacts[2] \"Zed\\u202egnp.exe\": name: contains the bidirectional control U+202E") !=
        std::string::npos);
  CHECK(warned.err.find("contacts[2] \"Zed\\u202egnp.exe\": organization: contains the line separator U+2028") !=
        std::string::npos);
  const auto strict = run_cli({"validate", "--strict", "-"}, R"([{"name": "Ok"}, {"name": "A", "tags": ["x\u202e"]}])");
  CHECK(strict.code == 2);
  CHECK(strict.err ==
        "netgap: error: <stdin>: contacts[1] \"A\": tags[0]: contains the bidirectional control U+202E, which netgap "
        "prints escaped\n");
  const auto marks = run_cli({"validate", "-"}, R"([{"name": "\u05d3\u05e0\u05d4\u200f Cohen"}])");
  CHECK(marks.err.find("contains") == std::string::npos);  // U+200F, a right-to-left mark, is kept
}

TEST_CASE("lint: validate warns about dates after today, the local date", "[lint]") {
  const std::string today = format_iso(today_local());
  const auto r = run_cli({"validate", "--strict", "-"},
                         R"([{"name": "A", "last_contact": "2062-11-01"}, {"name": "B", "connected_on": "2099-01-01"},
                             {"name": "C", "last_contact": ")" +
                             today + R"("}])");
  CHECK(r.code == 0);  // a warning even with --strict: the roster is well-formed
  CHECK(r.err ==
        "netgap: warning: <stdin>: contacts[0] \"A\": last_contact: 2062-11-01 is in the future (today is " + today +
            "); an audit as of today does not count it as contact\n"
            "netgap: warning: <stdin>: contacts[1] \"B\": connected_on: 2099-01-01 is in the future (today is " +
            today + "); an audit as of today leaves the contact out\n");
  CHECK(r.out == "<stdin>: ok, 3 contacts, no owner (2 warnings)\n");
}
