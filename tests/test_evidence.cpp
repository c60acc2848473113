// netgap evidence: the command over the fixtures of tests/data/activity, its JSON, its errors,
// and the privacy promise (no body, subject, note or meeting text ever printed).
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "evidence_helpers.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

std::vector<std::string> owner_args() {
  return {"--owner-email", "priya.raman@acmehealth.example", "--owner-email", "priya.r@gmail.example", "--as-of",
          "2026-11-20"};
}

CliResult evidence(std::vector<std::string> args) {
  args.insert(args.begin(), "evidence");
  for (const auto& a : owner_args()) args.push_back(a);
  return run_cli(args);
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("evidence: one line per interaction, each file's account on stderr", "[evidence]") {
  const auto r = evidence({activity("calendar.ics")});
  CHECK(r.code == 0);
  CHECK(r.out.substr(0, r.out.find('\n') + 1) ==
        "2026-10-23  two-way   calendar             [2]  Benjamin Cohen <ben.cohen@acmehealth.example>\n");
  CHECK(count_lines(r.out) == 20);
  CHECK(r.err ==
        "netgap: " + activity("calendar.ics") +
            ": read 13 records, 20 interactions, ignored 4 (cancelled: 1, declined by the owner: 1, more than 5 "
            "other people: 1, no other attendees: 1)\n");
}

TEST_CASE("evidence: --verbose names the ignored records, skipped files are named", "[evidence]") {
  const auto r = evidence({activity("mail.mbox"), activity("linkedin-old"), "--verbose"});
  CHECK(r.code == 0);
  CHECK(r.err.find("netgap: " + activity("mail.mbox") + ":124: ignored: malformed date\n") != std::string::npos);
  CHECK(r.err.find("netgap: " + activity("linkedin-old/messages.csv") +
                   ":8: ignored: sender without a profile URL\n") != std::string::npos);
  CHECK(r.err.find("netgap: " + activity("linkedin-old/Connections.csv") + ": skipped: contacts, not interactions\n") !=
        std::string::npos);
  CHECK(count_lines(r.out) == 36 + 6);
}

TEST_CASE("evidence: JSON with instants, people, ids and each file's account", "[evidence]") {
  const auto r = evidence({activity("mail.mbox.gz"), "--format", "json"});
  REQUIRE(r.code == 0);
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["interactions"].size() == 36);
  const auto& first = doc["interactions"][0];
  CHECK(first["day"] == "2024-07-15");
  CHECK(first["instant"] == to_instant(*parse_iso_date("2024-07-15"), 14, 30, 12));
  CHECK(first["utc_offset_minutes"] == -240);
  CHECK(first["direction"] == "inbound");
  CHECK(first["source"] == "mail");
  CHECK(first["participants"] == 2);
  CHECK(first["people"] == nlohmann::json::parse(
                               R"([{"name": "Hannah Kim", "emails": ["hannah.kim@talentbridge.example"],
                                    "profile_url": "", "organization": ""}])"));
  CHECK(first["id"] == "mail|CAHk20240715103012.7781@mail.talentbridge.example");
  CHECK(first["line"] == 1);
  CHECK(doc["files"][0]["read"] == 43);
  CHECK(doc["files"][0]["ignored"]["bulk mail"] == 2);
  CHECK(doc["skipped"].empty());
}

TEST_CASE("evidence: no body, subject, note or meeting text is ever printed", "[evidence]") {
  const auto r = evidence({activity("linkedin-export.zip"), activity("mail.mbox"), activity("calendar.ics"),
                           activity("linkedin-old"), "--format", "json", "--verbose"});
  REQUIRE(r.code == 0);
  const std::string printed = r.out + r.err;
  for (const char* secret : {
           "circling back on the readmission deck",  // a draft's CONTENT
           "Senior Data Scientist opportunity",      // an InMail's SUBJECT
           "crypto trading",                         // spam CONTENT
           "Welcome aboard",                         // the old export's CONTENT
           "Great meeting you at the HIMSS dinner",  // an invitation's note
           "strongest data scientists",              // a recommendation's Text
           "Slides from yesterday",                  // a mail Subject
           "Copying your work address",              // a mail body
           "RSVP by replying",                       // the 40-recipient mail's body
           "Priya / Ben 1:1",                        // a meeting's SUMMARY
           "Weekly check-in",                        // its DESCRIPTION
           "Blue Bottle",                            // a LOCATION
       }) {
    CHECK(printed.find(secret) == std::string::npos);
  }
}

TEST_CASE("evidence: bad input is exit 2 with the file and line", "[evidence]") {
  const std::string dir = temp_dir();
  const std::string broken = write_file(dir, "messages.csv",
                                        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
                                        "c1,\"Ada,https://www.linkedin.com/in/ada\n");
  const auto quote = evidence({broken, "--owner-url", "https://www.linkedin.com/in/me"});
  CHECK(quote.code == 2);
  CHECK(quote.err == "netgap: error: " + broken + ":2: a quoted field starts here and never ends\n");

  const auto owner = run_cli({"evidence", activity("mail.mbox")});
  CHECK(owner.code == 2);
  CHECK(owner.err == "netgap: error: " + activity("mail.mbox") +
                         ": the owner's e-mail addresses are needed to tell who wrote to whom (--owner-email ADDR)\n");

  const std::string tie = write_file(dir, "tie.csv",
                                     "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
                                     "c1,Ada,ada,Bo,bo,2025-01-01 00:00:00 UTC\n");
  const auto unknown = run_cli({"evidence", tie});
  CHECK(unknown.code == 2);
  CHECK(unknown.err == "netgap: error: " + tie +
                           ": cannot tell whose messages these are: ada and bo are each in 1 conversation; say which "
                           "profile URL is the owner's (--owner-url URL)\n");

  const std::string csv =
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
      "c1,Ada,ada,Me,me,2025-01-01 00:00:00 UTC\n";
  const auto piped = run_cli({"evidence", "-"}, csv);
  CHECK(piped.code == 2);
  CHECK(piped.err ==
        "netgap: error: <stdin>: messages.csv on standard input is read once; say which profile URL is "
        "the owner's (--owner-url URL)\n");
  const auto given = run_cli({"evidence", "-", "--owner-url", "me"}, csv);
  CHECK(given.code == 0);
  CHECK(given.out == "2025-01-01  inbound   linkedin-message     [2]  Ada <ada>\n");
  const auto gzipped = run_cli({"evidence", "-", "--owner-email", "me@x.example"},
                               std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10));
  CHECK(gzipped.code == 2);
  CHECK(gzipped.err ==
        "netgap: error: <stdin>: a compressed file or an archive; netgap unpacks those when given their path, not "
        "on standard input (or unpack it first: zcat mail.mbox.gz | netgap ...)\n");

  const auto as_of = run_cli({"evidence", activity("calendar.ics"), "--as-of", "last week"});
  CHECK(as_of.code == 2);
  CHECK(as_of.err == "netgap: error: --as-of: expected a date YYYY-MM-DD, got \"last week\"\n");
}

TEST_CASE("evidence: control characters in names never reach the terminal", "[evidence]") {
  const std::string dir = temp_dir();
  const std::string path = write_file(dir, "messages.csv",
                                      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
                                      "c1,\"Ada\x1b[2J\xc2\x9b\",https://www.linkedin.com/in/ada,Me,"
                                      "https://www.linkedin.com/in/me,2025-01-01 00:00:00 UTC\n");
  const auto r = evidence({path, "--owner-url", "https://www.linkedin.com/in/me"});
  CHECK(r.code == 0);
  // Shown as escapes, as everywhere else (printable() in util/text): a name is not silently changed.
  CHECK(r.out ==
        "2025-01-01  inbound   linkedin-message     [2]  Ada\\u001b[2J\\u009b <https://www.linkedin.com/in/ada>\n");
}

TEST_CASE("evidence: in a folder, a link to a folder and a broken link are not followed", "[evidence]") {
  const std::string dir = temp_dir();
  const std::string inner = dir + "/export";
  REQUIRE(::mkdir(inner.c_str(), 0755) == 0);
  write_file(inner, "Invitations.csv",
             "From,To,Sent At,Message,Direction\nAda King,Me,\"1/8/18, 6:14 PM\",,INCOMING\n");
  REQUIRE(::symlink("..", (inner + "/up").c_str()) == 0);  // a circle, and the way out of the folder
  REQUIRE(::symlink("missing.csv", (inner + "/broken.csv").c_str()) == 0);
  REQUIRE(::symlink("Invitations.csv", (inner + "/again.csv").c_str()) == 0);  // a link to a file is read
  const auto r = run_cli({"evidence", inner, "--verbose"});
  CHECK(r.code == 0);
  CHECK(r.out == "2018-01-08  inbound   linkedin-invitation  [2]  Ada King\n");  // the same invitation, once
  CHECK(r.err.find(inner + "/Invitations.csv: read 1 record, 1 interaction") != std::string::npos);
  CHECK(r.err.find(inner + "/again.csv: read 1 record, 0 interactions, ignored 1 (already read: 1)") !=
        std::string::npos);
  CHECK(r.err.find("nested") == std::string::npos);
}
