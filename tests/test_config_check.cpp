#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "helpers.hpp"

using netgap::test::run_cli;

namespace {

const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";

/// Runs `netgap --config FILE audit example` with `text` as the config file.
netgap::test::CliResult audit_with(const std::string& text, std::vector<std::string> extra = {}) {
  const std::string config = netgap::test::temp_dir() + "/netgap.toml";
  std::ofstream(config) << text;
  std::vector<std::string> args = {"--config", config, "audit", example, "--as-of", "2026-11-25"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto result = run_cli(args);
  const auto at = result.err.find(config);
  if (at != std::string::npos) result.err.replace(at, config.size(), "netgap.toml");
  return result;
}

}  // namespace

TEST_CASE("config: unknown keys and sections are errors with a suggestion", "[config]") {
  CHECK(audit_with("windw = 100\n").err ==
        "netgap: error: netgap.toml:1: unknown key \"windw\" in the top level (did you mean \"window\" in "
        "[audit]?)\n");
  const auto underscore = audit_with("color = \"never\"\n[audit]\nfail_under = 90\n");
  CHECK(underscore.code == 2);
  CHECK(underscore.err ==
        "netgap: error: netgap.toml:3: unknown key \"fail_under\" in [audit] (did you mean \"fail-under\"?)\n");
  CHECK(audit_with("[Audit]\nfail-under = 90\n").err ==
        "netgap: error: netgap.toml:1: unknown section [Audit]; sections are commands (did you mean \"audit\"?)\n");
  CHECK(audit_with("[audit\nfail-under = 90\n").err ==
        "netgap: error: netgap.toml:1: a section header must end with ']': \"[audit\"\n");
  CHECK(audit_with("audit.windw = 3\n").err ==
        "netgap: error: netgap.toml:1: unknown key \"windw\" in [audit] (did you mean \"window\"?)\n");
  CHECK(audit_with("[audit]\ntarget = [\"mentors=3\",\n  \"recruiters=2\"]  # two\nfail-under = 90\n").err ==
        "netgap: error: netgap.toml:3: a comment after the ']' that ends an array spread over lines; put it on a "
        "line of its own\n");
}

TEST_CASE("config: what is known is applied, and a gate from it can be turned off", "[config]") {
  const std::string config =
      "# a comment\ncolor = \"never\"\n\n[audit]\nwindow = 180  # days\ntarget = [\"mentors=3\",\n  "
      "\"recruiters=2\"]\nfail-under = 90\n\n[diff]\nfail-on-regression = true\n";
  const auto gated = audit_with(config);
  CHECK(gated.code == 1);
  CHECK(gated.err == "netgap: audit: score 48.5 is below --fail-under 90\n");
  CHECK(audit_with(config, {"--fail-under", "off"}).code == 0);
  CHECK(audit_with("[audit]\nfail-on = \"missing\"\n").code == 1);
  CHECK(audit_with("[audit]\nfail-on = \"missing\"\n", {"--fail-on", "off"}).code == 0);

  auto roster = nlohmann::json::parse(netgap::test::read_text(example));
  auto& contacts = roster["contacts"];
  contacts.erase(std::remove_if(contacts.begin(), contacts.end(),
                                [](const auto& c) { return c["name"] == "Dr. Margaret Howe"; }),  // the only mentor
                 contacts.end());
  const std::string dir = netgap::test::temp_dir();
  const std::string after = dir + "/after.json";
  std::ofstream(after) << roster.dump(2);
  const std::string path = dir + "/netgap.toml";
  std::ofstream(path) << "[diff]\nfail-on-regression = true\n";
  std::vector<std::string> diff = {"--config", path, "diff", example, after, "--as-of", "2026-11-25"};
  CHECK(run_cli(diff).code == 1);
  diff.push_back("--no-fail-on-regression");
  CHECK(run_cli(diff).code == 0);
}
