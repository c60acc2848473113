#include <catch2/catch.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>

#include "helpers.hpp"

using netgap::test::run_cli;

TEST_CASE("the help and version flags and bare netgap", "[cli]") {
  const auto help = run_cli({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("taxonomy") != std::string::npos);
  CHECK(help.out.find("Exit codes:") != std::string::npos);
  const auto version = run_cli({"--version"});
  CHECK(version.code == 0);
  CHECK(version.out == std::string("netgap ") + netgap::version + "\n");
  const auto bare = run_cli({});
  CHECK(bare.code == 0);
  CHECK(bare.out.find("Commands:") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and suggest the nearest name", "[cli]") {
  const auto option = run_cli({"taxonomy", "--formt", "json"});
  CHECK(option.code == 2);
  CHECK(option.err.find("netgap: error: unknown option --formt (did you mean '--format'?)") != std::string::npos);
  const auto command = run_cli({"taxonmy"});
  CHECK(command.code == 2);
  CHECK(command.err.find("netgap: error: unknown command \"taxonmy\" (did you mean 'taxonomy'?)") != std::string::npos);
  const auto value = run_cli({"taxonomy", "--format", "yaml"});
  CHECK(value.code == 2);
  CHECK(value.err.find("netgap: error:") != std::string::npos);
  CHECK(value.out.empty());
}

TEST_CASE("netgap taxonomy in every format", "[cli]") {
  const auto text = run_cli({"taxonomy"});
  CHECK(text.code == 0);
  CHECK(text.out.find("Recruiters and Hiring Managers (recruiters, target 3 active)") != std::string::npos);
  CHECK(text.out.find("It is important to be strategic") != std::string::npos);
  const auto json = run_cli({"taxonomy", "--format", "json"});
  REQUIRE(json.code == 0);
  const auto document = nlohmann::json::parse(json.out);
  CHECK(document["categories"].size() == 8);
  CHECK(document["lenses"].size() == 3);
  const auto markdown = run_cli({"taxonomy", "--format", "markdown"});
  CHECK(markdown.out.find("### Mentors (`mentors`)") != std::string::npos);
  const auto one = run_cli({"taxonomy", "alumni"});
  CHECK(one.code == 0);
  CHECK(one.out.find("Attend alumni events.") != std::string::npos);
  CHECK(one.out.find("Mentors") == std::string::npos);
  const auto unknown = run_cli({"taxonomy", "mentor"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err == "netgap: error: unknown category or lens \"mentor\" (did you mean \"mentors\"?)\n");
}

TEST_CASE("the taxonomy option loads another file and reports its errors", "[cli]") {
  const auto ok =
      run_cli({"--taxonomy", netgap::test::data_path("taxonomy/small.json"), "taxonomy", "--format", "json"});
  REQUIRE(ok.code == 0);
  CHECK(nlohmann::json::parse(ok.out)["categories"].size() == 2);
  const auto bad = run_cli({"--taxonomy", netgap::test::data_path("taxonomy/bad.json"), "taxonomy"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("bad.json:4:5: expected ',' or '}' after a member, got a string") != std::string::npos);
  const auto dir = run_cli({"--taxonomy", netgap::test::data_path("taxonomy"), "taxonomy"});
  CHECK(dir.code == 2);
  CHECK(dir.err.find("taxonomy: is a directory, not a file") != std::string::npos);
}
