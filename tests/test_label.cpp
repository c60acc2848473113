// netgap label: the --batch path in-process, and the interactive path through a pseudo-terminal.
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "helpers.hpp"

using netgap::test::read_text;
using netgap::test::run_cli;

namespace {

// Two contacts no rule classifies, one that it does, and a key netgap does not know (kept).
constexpr const char* roster = R"({
  "schema_version": 1,
  "owner": {"name": "Priya", "organization": "Acme Health", "industry": "Hospitals and Health Care"},
  "contacts": [
    {"name": "Frank Morales", "role": "plumber", "x-mine": 1},
    {"name": "Grace Liu", "organization": "Acme Health", "role": "Data Scientist"},
    {"name": "Jo Reyes", "role": "yoga instructor", "how_met": "Saturday class"}
  ]
}
)";

std::string write_roster(const std::string& dir) {
  const std::string path = dir + "/roster.json";
  std::ofstream(path) << roster;
  return path;
}

nlohmann::json categories_of(const std::string& path) {
  const nlohmann::json document = nlohmann::json::parse(read_text(path));
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : document["contacts"]) out.push_back(c.value("categories", nlohmann::json::array()));
  return out;
}

}  // namespace

TEST_CASE("label --batch: one key per answer, each saved, unknown keys kept", "[label]") {
  const std::string path = write_roster(netgap::test::temp_dir());
  // Frank: recruiters (3), undone, then mentors (6); Jo: skipped.
  const auto result = run_cli({"label", path, "--batch"}, "3 u 6 s");
  INFO(result.err);
  CHECK(result.code == 0);
  CHECK(result.out.find("1 of 2  Frank Morales") != std::string::npos);
  CHECK(result.out.find("2 of 2  Jo Reyes") != std::string::npos);
  CHECK(result.out.find("undone") != std::string::npos);
  CHECK(result.out.find("Labelled 1 of 2 contacts") != std::string::npos);
  CHECK(categories_of(path) == nlohmann::json::parse(R"([["mentors"], [], []])"));
  CHECK(nlohmann::json::parse(read_text(path))["contacts"][0]["x-mine"] == 1);
}

TEST_CASE("label --batch: a suggestion accepted with a, quit with q, an unknown key refused", "[label]") {
  const std::string path = write_roster(netgap::test::temp_dir());
  // Frank: an unknown key, then skipped; Jo: netgap's suggestion (an instructor: researchers?) accepted.
  const auto result = run_cli({"label", path, "--batch"}, "x s a q");
  CHECK(result.code == 0);
  CHECK(result.out.find("'x' is not an answer") != std::string::npos);
  CHECK(result.out.find("suggestion   researchers (possible: rule researchers/research-role") != std::string::npos);
  CHECK(result.out.find("Labelled 1 of 2 contacts") != std::string::npos);
  CHECK(categories_of(path) == nlohmann::json::parse(R"([[], [], ["researchers"]])"));
}

TEST_CASE("label --batch: a contact's control characters and bidi overrides are escaped, never shown raw", "[label]") {
  const std::string path = netgap::test::temp_dir() + "/hostile.json";
  std::ofstream(path) << R"({"contacts": [{"name": "Eve\u001b[2J\u202eevil", "organization": "X\u0007\u2066",
    "role": "plumber\u009b31m"}]})";
  const auto result = run_cli({"label", path, "--batch"}, "1");
  REQUIRE(result.code == 0);
  CHECK(result.out.find("1 of 1  Eve\\u001b[2J\\u202eevil") != std::string::npos);
  CHECK(result.out.find("X\\u0007\\u2066") != std::string::npos);
  for (const std::string raw : {"\x1b", "\x07", "\xe2\x80\xae", "\xe2\x81\xa6", "\xc2\x9b"}) {
    CHECK(result.out.find(raw) == std::string::npos);
  }
}

TEST_CASE("label asks nothing of a roster it could not save", "[label]") {
  const std::string path = write_roster(netgap::test::temp_dir());
  REQUIRE(::chmod(path.c_str(), 0444) == 0);
  const auto read_only = run_cli({"label", path, "--batch"}, "3");
  CHECK(read_only.code == 2);
  CHECK(read_only.out.empty());  // no question asked
  CHECK(read_only.err.find("is read-only (mode 0444)") != std::string::npos);
  const std::string twice = netgap::test::temp_dir() + "/twice.json";
  std::ofstream(twice) << R"({"contacts": [{"name": "Frank Morales", "role": "plumber", "n": 1, "n": 2}]})";
  const auto repeated = run_cli({"label", twice, "--batch"}, "3");
  CHECK(repeated.code == 2);
  CHECK(repeated.out.empty());
  CHECK(repeated.err.find("\"n\" is given twice in one object") != std::string::npos);
}

TEST_CASE("label refuses politely when standard input is not a terminal", "[label]") {
  const std::string path = write_roster(netgap::test::temp_dir());
  const auto result = run_cli({"label", path}, "1");
  CHECK(result.code == 2);
  CHECK(result.err ==
        "netgap: error: netgap label asks a question per contact and standard input is not a terminal; use --batch "
        "to read the answers from standard input (one key per answer: a digit per category, a, s, u or q)\n");
}

TEST_CASE("label in a terminal: single keys in raw mode, the terminal restored afterwards", "[label]") {
  const std::string path = write_roster(netgap::test::temp_dir());
  int master = -1;
  const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
  REQUIRE(child >= 0);
  if (child == 0) {
    // After netgap, `stty -a` shows the terminal's settings: line editing and echo must be back.
    const std::string script = std::string("'") + NETGAP_BINARY + "' label '" + path + "'; stty -a";
    ::execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::string seen;
  const auto read_until = [&](const std::string& text) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    char buffer[4096];
    while (seen.find(text) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      const ssize_t n = ::read(master, buffer, sizeof buffer);
      if (n <= 0) break;
      seen.append(buffer, static_cast<std::size_t>(n));
    }
    return seen.find(text) != std::string::npos;
  };
  REQUIRE(read_until("1 of 2  Frank Morales"));
  REQUIRE(read_until("> "));
  // One key, no Enter: raw mode takes it at once.
  REQUIRE(::write(master, "8", 1) == 1);
  REQUIRE(read_until("2 of 2  Jo Reyes"));
  REQUIRE(::write(master, "q", 1) == 1);
  CHECK(read_until("Labelled 1 of 2 contacts"));
  CHECK(read_until("speed"));  // stty -a ran
  read_until("\n\n");
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(master);
  CHECK(seen.find(" icanon") != std::string::npos);
  CHECK(seen.find(" echo ") != std::string::npos);
  CHECK(categories_of(path) == nlohmann::json::parse(R"([["cross-functional"], [], []])"));
}
