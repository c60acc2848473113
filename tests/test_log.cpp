// netgap log: an interaction recorded by hand through RosterEdit.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "helpers.hpp"
#include "roster_helpers.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

/// The warning every run on roster_in's file prints: the unknown key is kept, not understood.
std::string kept_warning(const std::string& roster) {
  return "netgap: warning: " + roster + ": contacts[0]: unknown field \"x-kept\"; ignored\n";
}

std::string roster_in(const std::string& dir) {
  const std::string path = dir + "/roster.json";
  std::ofstream(path) << R"({"contacts": [
  {"name": "Ada Lovelace", "x-kept": [1, 2]},
  {"name": "Ada Byron"},
  {"name": "Grace Hopper", "strength": 4}
]}
)";
  return path;
}

}  // namespace

TEST_CASE("log records a call as two-way manual activity, once", "[log]") {
  const std::string roster = roster_in(temp_dir());
  const auto first =
      run_cli({"log", roster, "grace", "--date", "2026-11-02", "--kind", "call", "--note", "talked jobs"});
  REQUIRE(first.code == 0);
  CHECK(first.err ==
        kept_warning(roster) + "netgap: " + roster + ": contacts[2] \"Grace Hopper\": call two-way on 2026-11-02\n");
  const auto contacts = read_collected(roster);
  REQUIRE(contacts.at(2).activity.size() == 1);
  CHECK(contacts[2].activity[0].source == "manual");
  CHECK(contacts[2].activity[0].last_two_way == parse_iso_date("2026-11-02"));
  CHECK(contacts[2].activity[0].days == 1);
  CHECK(contacts[2].notes == "2026-11-02 call: talked jobs");
  CHECK(read_text(roster).find(R"("x-kept": [1, 2])") != std::string::npos);  // unknown keys kept

  std::remove((roster + ".bak").c_str());
  const auto again =
      run_cli({"log", roster, "grace", "--date", "2026-11-02", "--kind", "call", "--note", "talked jobs"});
  REQUIRE(again.code == 0);
  CHECK(again.err.find("was already recorded; nothing was written") != std::string::npos);
  CHECK(!std::ifstream(roster + ".bak").good());

  REQUIRE(run_cli({"log", roster, "Grace Hopper", "--date", "2026-11-09"}).code == 0);
  const auto later = read_collected(roster);
  CHECK(later.at(2).activity.at(0).last_outbound == parse_iso_date("2026-11-09"));
  CHECK(later.at(2).activity.at(0).days == 2);
}

TEST_CASE("log: a name that fits several contacts is an error listing them", "[log]") {
  const std::string roster = roster_in(temp_dir());
  const auto r = run_cli({"log", roster, "ada"});
  CHECK(r.code == 2);
  CHECK(r.err ==
        kept_warning(roster) + "netgap: error: " + roster +
            ": \"ada\" names 2 contacts: contacts[0] \"Ada Lovelace\", contacts[1] \"Ada Byron\"; give more of "
            "the name, or the position (contacts[N])\n");
  const auto none = run_cli({"log", roster, "Linus"});
  CHECK(none.code == 2);
  CHECK(none.err == kept_warning(roster) + "netgap: error: " + roster + ": no contact named \"Linus\"\n");
  // An exact name wins over the names that contain it.
  CHECK(run_cli({"log", roster, "ada byron", "--date", "2026-01-05"}).code == 0);
  CHECK(read_collected(roster).at(1).activity.size() == 1);
}

TEST_CASE("log: two contacts with one whole name are ambiguous, contacts[N] picks one", "[log]") {
  const std::string roster = test::temp_dir() + "/roster.json";
  std::ofstream(roster) << R"({"contacts": [{"name": "Sam Lee", "organization": "Globex"},
    {"name": "Sam Lee", "organization": "Initech"}]})";
  const auto both = run_cli({"log", roster, "Sam Lee", "--date", "2026-11-02"});
  CHECK(both.code == 2);
  CHECK(both.err.find("\"Sam Lee\" names 2 contacts: contacts[0] \"Sam Lee\" at Globex, contacts[1] \"Sam Lee\" at "
                      "Initech; give more of the name, or the position (contacts[N])") != std::string::npos);
  REQUIRE(run_cli({"log", roster, "contacts[1]", "--date", "2026-11-02", "--note", "Initech offer"}).code == 0);
  const auto contacts = test::read_collected(roster);
  CHECK(contacts.at(0).activity.empty());
  CHECK(contacts.at(1).activity.size() == 1);
  CHECK(contacts.at(1).notes == "2026-11-02 message: Initech offer");
  CHECK(run_cli({"log", roster, "contacts[2]"}).code == 2);  // no such position: then a name, and none has it
}

TEST_CASE("log: --date must be a real day, given, and not after today, --note is one line", "[log]") {
  const std::string roster = test::temp_dir() + "/roster.json";
  std::ofstream(roster) << R"({"contacts": [{"name": "Ada Byron", "notes": "met at PyData"}]})";
  const std::string before = test::read_text(roster);
  const auto impossible = run_cli({"log", roster, "ada", "--date", "2026-02-30"});
  CHECK(impossible.code == 2);
  CHECK(impossible.err == "netgap: error: --date: expected a date YYYY-MM-DD, got \"2026-02-30\"\n");
  const auto empty = run_cli({"log", roster, "ada", "--date", ""});
  CHECK(empty.code == 2);
  CHECK(empty.err == "netgap: error: --date: expected a date YYYY-MM-DD, got \"\"\n");
  const auto future = run_cli({"log", roster, "ada", "--date", "2999-01-01"});
  CHECK(future.code == 2);
  CHECK(future.err == "netgap: error: --date: 2999-01-01 is after today; record an interaction once it has happened\n");
  const auto lines = run_cli({"log", roster, "ada", "--date", "2026-01-05", "--note", "line one\nline two"});
  CHECK(lines.code == 2);
  CHECK(test::read_text(roster) == before);  // nothing was written
  REQUIRE(run_cli({"log", roster, "ada", "--date", "2026-01-05", "--note", "lunch"}).code == 0);
  CHECK(test::read_collected(roster).at(0).notes == "met at PyData; 2026-01-05 message: lunch");
  CHECK(run_cli({"validate", "--strict", roster}).code == 0);
}

TEST_CASE("log: a day between days logged before is counted, a note that is not UTF-8 is refused", "[log]") {
  const std::string roster = roster_in(temp_dir());
  for (const char* day : {"2026-10-01", "2026-11-20"}) {
    REQUIRE(run_cli({"log", roster, "Grace", "--date", day, "--kind", "call"}).code == 0);
  }
  const auto between = run_cli({"log", roster, "Grace", "--date", "2026-10-15", "--kind", "call"});
  REQUIRE(between.code == 0);
  CHECK(between.err.find("call two-way on 2026-10-15 (a day between days logged before: the roster keeps a count of "
                         "days, so log each day once)") != std::string::npos);
  CHECK(read_collected(roster).at(2).activity.at(0).days == 3);
  // The first and the last day are known: logging them again changes nothing.
  for (const char* day : {"2026-10-01", "2026-11-20"}) {
    const auto again = run_cli({"log", roster, "Grace", "--date", day, "--kind", "call"});
    CHECK(again.err.find("was already recorded; nothing was written") != std::string::npos);
  }
  CHECK(read_collected(roster).at(2).activity.at(0).days == 3);

  // A count at the most a roster may say stays there: one more would make the roster unreadable.
  auto full = nlohmann::json::parse(read_text(roster));
  full["contacts"][2]["activity"]["manual"]["days"] = SourceActivity::max_days;
  std::ofstream(roster) << full.dump(2);
  REQUIRE(run_cli({"log", roster, "Grace", "--date", "2026-10-20", "--kind", "call"}).code == 0);
  CHECK(read_collected(roster).at(2).activity.at(0).days == SourceActivity::max_days);
  REQUIRE(run_cli({"log", roster, "Grace", "--date", "2026-11-21", "--kind", "call"}).code == 0);  // a new last day
  CHECK(read_collected(roster).at(2).activity.at(0).days == SourceActivity::max_days);
  CHECK(run_cli({"validate", roster}).code == 0);

  const std::string before = read_text(roster);
  const auto latin1 = run_cli({"log", roster, "Grace", "--note", "caf\xe9"});
  CHECK(latin1.code == 2);
  CHECK(latin1.err == "netgap: error: --note: not UTF-8 text; give the note in UTF-8\n");
  CHECK(read_text(roster) == before);
}

TEST_CASE("log: a roster another netgap holds is waited for, and the wait is said", "[log]") {
  const std::string roster = roster_in(temp_dir());
  const int held = ::open(roster.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(held >= 0);
  REQUIRE(::flock(held, LOCK_EX) == 0);  // as a label session holds it
  std::thread release([held] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::close(held);
  });
  const auto waited = run_cli({"log", roster, "Grace", "--date", "2026-11-02"});
  release.join();
  CHECK(waited.code == 0);
  CHECK(waited.err.find("netgap: waiting for " + roster + ": another netgap process is changing it") == 0);
  const auto free = run_cli({"log", roster, "Grace", "--date", "2026-11-03"});
  CHECK(free.err.find("waiting") == std::string::npos);
}
