// Periodic self-review: diffs, baselines, saved history and trends, CI formats.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <netgap/analyse/diff.hpp>
#include <netgap/render/render.hpp>
#include <nlohmann/json.hpp>
#include <optional>

#include "helpers.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";

/// A month later: one mentor contacted again, a recruiter met, one peer gone quiet, one contact gone.
std::string later_roster() {
  auto roster = nlohmann::json::parse(test::read_text(example));
  auto& contacts = roster["contacts"];
  for (auto& c : contacts) {
    if (c["name"] == "Dr. Margaret Howe") c["last_contact"] = "2026-12-10";
  }
  for (auto it = contacts.begin(); it != contacts.end(); ++it) {
    if ((*it)["name"] == "Michael Brown") {
      contacts.erase(it);
      break;
    }
  }
  contacts.push_back({{"name", "Rita Recruiter"}, {"role", "Technical Recruiter"}, {"last_contact", "2026-12-01"}});
  return roster.dump(2);
}

std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("diff of two rosters: scores, statuses, gaps, contacts (golden)", "[review]") {
  const std::string dir = test::temp_dir();
  write(dir, "before.json", test::read_text(example));
  write(dir, "after.json", later_roster());
  const std::string before = "before.json";  // relative: the output must not depend on where it runs
  const std::string after = "after.json";
  const test::WorkingDirectory in_dir(dir);
  for (const std::string format : {"text", "json", "markdown", "tsv"}) {
    INFO(format);
    const auto result = run_cli({"diff", before, after, "--as-of", "2026-12-15", "--format", format});
    CHECK(result.code == 0);
    test::check_golden("diff-rosters." + format, result.out);
  }
  const auto json =
      nlohmann::json::parse(run_cli({"diff", before, after, "--as-of", "2026-12-15", "--format", "json"}).out);
  CHECK(json["contacts"]["added"] == nlohmann::json::array({"Rita Recruiter"}));
  CHECK(json["contacts"]["removed"] == nlohmann::json::array({"Michael Brown"}));
  CHECK(json["regressed"] == false);
  CHECK(json["categories"][2]["status_before"] == "missing");
  CHECK(json["categories"][2]["status_after"] == "weak");
}

TEST_CASE("diff of two reports: decay is told apart, and fails only with --fail-on-decay", "[review]") {
  const std::string dir = test::temp_dir();
  std::optional<test::WorkingDirectory> in_source(NETGAP_SOURCE_DIR);  // the reports name the roster relatively
  const std::string roster = "data/examples/data-scientist.json";
  // The same roster two months later: its last contacts are the roster's (up to 2026-11-21), so
  // an audit before 2026-11-25 would be a back-dated one that does not count them.
  const auto november = run_cli({"audit", roster, "--as-of", "2026-11-25", "--format", "json"});
  const auto january = run_cli({"audit", roster, "--as-of", "2027-01-25", "--format", "json"});
  in_source.reset();
  const std::string old_report = write(dir, "old.json", november.out);
  const std::string new_report = write(dir, "new.json", january.out);
  // Nothing happened but time: a monthly job with --fail-on-regression stays green.
  const auto aged = run_cli({"diff", old_report, new_report, "--fail-on-regression"});
  CHECK(aged.code == 0);
  CHECK(aged.err.empty());
  test::check_golden("diff-reports.text", aged.out);
  const auto decay = run_cli({"diff", old_report, new_report, "--fail-on-decay"});
  CHECK(decay.code == 1);
  CHECK(decay.err ==
        "netgap: diff: the network regressed (score 52.2 to 51.6): the score fell 0.6 points; strategic went from "
        "covered to developing as its ties aged\n");
  const auto tolerated = run_cli({"diff", old_report, new_report, "--fail-on-decay", "--tolerance", "5"});
  CHECK(tolerated.code == 1);  // the tolerance is for the score; the status still worsened
  CHECK(tolerated.err ==
        "netgap: diff: the network regressed (score 52.2 to 51.6): strategic went from covered to developing as its "
        "ties aged\n");
  const auto json = nlohmann::json::parse(run_cli({"diff", old_report, new_report, "-f", "json"}).out);
  CHECK(json["schema_version"] == 2);
  CHECK(json["score_decay"] == -0.6);
  CHECK(json["score_lost"] == 0.0);
  CHECK(json["regressed"] == false);
  CHECK(json["categories"][3]["cause"] == "decay");  // researchers: the same people, less recent
  CHECK(run_cli({"diff", old_report, new_report, "--tolerance", "2"}).err ==
        "netgap: error: --tolerance applies to --fail-on-regression or --fail-on-decay; give one of them\n");
  CHECK(run_cli({"diff", old_report, new_report, "--fail-on-regression", "--tolerance", "nan"}).err ==
        "netgap: error: --tolerance: expected a number of score points from 0 to 100, got \"nan\"\n");
  CHECK(run_cli({"diff", new_report, old_report, "--fail-on-decay"}).code == 0);
  CHECK(run_cli({"diff", old_report, new_report}).code == 0);  // no gate, no failure
  const std::string broken = write(
      dir, "broken.json",
      R"({"schema_version": 1, "netgap_version": "x", "as_of": "2026-13-01", "score": 1, "categories": [{"id": "a"}], "lenses": []})");
  const auto bad = run_cli({"diff", broken, new_report});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("broken.json: as_of: expected a date YYYY-MM-DD, got \"2026-13-01\"") != std::string::npos);
  CHECK(bad.err.find("broken.json: categories[0]: missing required key \"count\"") != std::string::npos);
}

TEST_CASE("audit --baseline carries the deltas, --save keeps history, trend shows it", "[review]") {
  const std::string dir = test::temp_dir();
  const std::string history = dir + "/history";
  for (const std::string date : {"2026-11-25", "2026-12-25", "2027-01-25"}) {
    const auto saved = run_cli({"audit", example, "--as-of", date, "--save", history, "--format", "tsv"});
    CHECK(saved.code == 0);
    CHECK(saved.err == "netgap: saved " + history + "/" + date + ".json\n");
  }
  CHECK(test::list_dir(history) == std::vector<std::string>{"2026-11-25.json", "2026-12-25.json", "2027-01-25.json"});
  const auto again = run_cli({"audit", example, "--as-of", "2027-01-25", "--save", history});
  CHECK(again.code == 2);
  CHECK(again.err.find("already exists; use --force") != std::string::npos);
  CHECK(run_cli({"audit", example, "--as-of", "2027-01-25", "--save", history, "--force"}).code == 0);

  const auto trend = run_cli({"trend", history});
  REQUIRE(trend.code == 0);
  CHECK(trend.out.find("netgap trend: 3 audits, 2026-11-25 to 2027-01-25") == 0);
  CHECK(trend.out.find("Score                            \u2585\u2585\u2585          52.2 \u2192 51.6") !=
        std::string::npos);
  const auto series = nlohmann::json::parse(run_cli({"trend", history, "--format", "json"}).out);
  CHECK(series["as_of"] == nlohmann::json::array({"2026-11-25", "2026-12-25", "2027-01-25"}));
  CHECK(series["score"] == nlohmann::json::array({52.2, 51.9, 51.6}));
  CHECK(series["categories"]["mentors"].size() == 3);

  const auto with_baseline = run_cli(
      {"audit", example, "--as-of", "2027-01-25", "--baseline", history + "/2026-11-25.json", "--format", "json"});
  REQUIRE(with_baseline.code == 0);
  const auto report = nlohmann::json::parse(with_baseline.out);
  CHECK(report["baseline"]["score_change"].get<double>() == Approx(-0.6));  // 52.2 to 51.6, as shown
  CHECK(report["baseline"]["regressed"] == false);                          // decay alone
  const auto text = run_cli({"audit", example, "--as-of", "2027-01-25", "--baseline", history + "/2026-11-25.json"});
  CHECK(text.out.find("Score 52.2 \u2192 51.6 (-0.6; decay -0.6)\n") != std::string::npos);
  CHECK(run_cli({"trend", dir + "/nowhere"}).code == 2);
}

TEST_CASE("diff of two rosters: contacts lost from a type are a regression, apart from decay", "[review]") {
  auto roster = nlohmann::json::parse(test::read_text(example));
  auto& contacts = roster["contacts"];
  for (auto it = contacts.begin(); it != contacts.end(); ++it) {
    if ((*it)["name"] == "Dr. Margaret Howe") {  // the only mentor
      contacts.erase(it);
      break;
    }
  }
  const std::string dir = test::temp_dir();
  const std::string before = write(dir, "before.json", test::read_text(example));
  const std::string after = write(dir, "after.json", roster.dump(2));
  const auto lost = run_cli({"diff", before, after, "--as-of", "2026-11-25", "--fail-on-regression"});
  CHECK(lost.code == 1);
  CHECK(lost.err ==
        "netgap: diff: the network regressed (score 52.2 to 49.3): the score fell 2.9 points apart from "
        "decay; mentors went from weak to missing with fewer contacts (1 to 0); developmental went from "
        "weak to missing with fewer contacts (1 to 0)\n");
  CHECK(lost.out.find("Score 52.2 \u2192 49.3 (-2.9; lost -2.9): regressed\n") != std::string::npos);
  CHECK(lost.out.find("  Lost contacts (fewer in the type): mentors, developmental\n") != std::string::npos);
  CHECK(run_cli({"diff", before, after, "--as-of", "2026-11-25", "--fail-on-regression", "--tolerance", "3"}).code ==
        1);  // the score is within the tolerance, the statuses are not
  const auto tsv = run_cli({"diff", before, after, "--as-of", "2026-11-25", "-f", "tsv"});
  CHECK(tsv.out.find("category\tmentors\t0\t0\t0.225\t0.000\tweak\tmissing\tworse\t1\t0\tlost\n") != std::string::npos);
}

TEST_CASE("GitHub workflow commands are escaped by GitHub's rules", "[review]") {
  CHECK(github_escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("netgap: a, b%") == "netgap%3A a%2C b%25");
  const auto github = run_cli({"audit", example, "--as-of", "2026-11-25", "--format", "github", "--fail-under", "60"});
  CHECK(github.code == 1);
  CHECK(github.out.find("::warning title=netgap%3A Recruiters and Hiring Managers::Recruiters and Hiring Managers "
                        "(missing): no contacts yet; the target is 3 active. Next: Attend career fairs.\n") == 0);
  CHECK(github.out.find("::error title=netgap gate::score 52.2 is below --fail-under 60\n") != std::string::npos);
  std::size_t lines = 0;
  for (const char c : github.out) lines += c == '\n' ? 1 : 0;
  CHECK(lines == 7 + 1 + 1);  // 7 gaps, 1 gate, 1 notice
}

TEST_CASE("JUnit XML has one test case per category and lens, escaped", "[review]") {
  const auto junit = run_cli({"audit", example, "--as-of", "2026-11-25", "--format", "junit"});
  REQUIRE(junit.code == 0);
  std::size_t cases = 0;
  for (std::size_t at = 0; (at = junit.out.find("<testcase ", at)) != std::string::npos; ++at) ++cases;
  CHECK(cases == 11);
  CHECK(junit.out.find("tests=\"11\" failures=\"7\"") != std::string::npos);
  CHECK(junit.out.find("recruiters&apos; posts") != std::string::npos);
  CHECK(xml_escape("a<b & \"c\"\x01") == "a&lt;b &amp; &quot;c&quot;");
  // Well-formed: checked by xmllint where it is installed (make test installs it).
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const std::string dir = test::temp_dir();
    const std::string path = write(dir, "junit.xml", junit.out);
    CHECK(std::system(("xmllint --noout " + path).c_str()) == 0);
    const auto diff = run_cli({"diff", example, example, "--format", "junit", "--as-of", "2026-11-25"});
    const std::string diff_path = write(dir, "diff.xml", diff.out);
    CHECK(std::system(("xmllint --noout " + diff_path).c_str()) == 0);
  } else {
    WARN("xmllint not installed: XML well-formedness not checked");
  }
}

namespace {

/// The built-in taxonomy with one more category, `id`, that classifies as mentors do.
std::string taxonomy_with(const std::string& id, const std::string& name) {
  auto taxonomy = nlohmann::json::parse(std::string(builtin_taxonomy_json()));
  for (const auto& c : taxonomy["categories"]) {
    if (c["id"] != "mentors") continue;
    auto copy = c;
    copy["id"] = id;
    copy["name"] = name;
    copy["aliases"] = nlohmann::json::array();
    copy["rules"] = nlohmann::json::array();  // a type of its own that no contact is inferred into
    taxonomy["categories"].push_back(copy);
    break;
  }
  return taxonomy.dump(2);
}

}  // namespace

TEST_CASE("reports of different taxonomies: a warning, types matched by id, new and removed shown", "[review]") {
  const std::string dir = test::temp_dir();
  const std::string before_taxonomy = write(dir, "advisors.json", taxonomy_with("advisors", "Advisors"));
  const std::string after_taxonomy = write(dir, "coaches.json", taxonomy_with("coaches", "Coaches"));
  const std::string history = dir + "/audits";
  REQUIRE(run_cli({"--taxonomy", before_taxonomy, "audit", example, "--as-of", "2026-11-25", "--save", history, "-q"})
              .code == 0);
  REQUIRE(run_cli({"--taxonomy", after_taxonomy, "audit", example, "--as-of", "2026-12-25", "--save", history, "-q"})
              .code == 0);
  REQUIRE(run_cli({"audit", example, "--as-of", "2027-01-25", "--save", history, "-q"}).code == 0);
  const std::string old_report = history + "/2026-11-25.json";
  const std::string new_report = history + "/2026-12-25.json";
  const auto fingerprint = [](const std::string& path) {
    return nlohmann::json::parse(test::read_text(path))["taxonomy"]["fingerprint"].get<std::string>();
  };
  CHECK(fingerprint(old_report) != fingerprint(new_report));
  CHECK(fingerprint(history + "/2027-01-25.json") == builtin_taxonomy().fingerprint);

  const auto diff = run_cli({"diff", old_report, new_report, "--fail-on-regression"});
  CHECK(diff.code == 0);  // a category that is gone is not a regression
  CHECK(diff.err == "netgap: warning: " + old_report + " and " + new_report +
                        " were audited with different taxonomies (" + fingerprint(old_report) + " and " +
                        fingerprint(new_report) + "); types are matched by id: new coaches, removed advisors\n");
  CHECK(diff.out.find(
            "  Coaches                          \u2014 \u2192 0     \u2014 \u2192 0%       \u2014 \u2192 missing\n") !=
        std::string::npos);
  CHECK(diff.out.find(
            "  Advisors                         0 \u2192 \u2014     0% \u2192 \u2014       missing \u2192 \u2014\n") !=
        std::string::npos);
  CHECK(diff.out.find("  New in the later taxonomy: coaches\n  Not in the later taxonomy: advisors\n") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(run_cli({"diff", old_report, new_report, "-f", "json", "-q"}).out);
  CHECK(json["taxonomies_differ"] == true);
  CHECK(json["categories"][8]["id"] == "coaches");
  CHECK(json["categories"][8]["change"] == "new");
  CHECK(json["categories"][9]["id"] == "advisors");
  CHECK(json["categories"][9]["change"] == "removed");

  const auto trend = run_cli({"trend", history});
  CHECK(trend.err == "netgap: warning: the audits in " + history +
                         " were made with 3 different taxonomies; a type is shown only for the audits whose "
                         "taxonomy had it\n");
  CHECK(trend.out.find("  Coaches                           \u2581           0% \u2192 0% (removed)\n") !=
        std::string::npos);
  CHECK(trend.out.find("  Advisors                         \u2581            0% \u2192 0% (removed)\n") !=
        std::string::npos);
  const auto trend_json = nlohmann::json::parse(run_cli({"trend", history, "-f", "json", "-q"}).out);
  CHECK(trend_json["categories"]["coaches"] == nlohmann::json::parse("[null, 0.0, null]"));
}

TEST_CASE("audit --save: makes the folder, shows the report even when a same-day save fails", "[review]") {
  const std::string dir = test::temp_dir() + "/a/b";
  const auto first = run_cli({"audit", example, "--as-of", "2026-11-25", "--save", dir});
  CHECK(first.code == 0);
  CHECK(first.err == "netgap: saved " + dir + "/2026-11-25.json\n");
  const auto again = run_cli({"audit", example, "--as-of", "2026-11-25", "--save", dir});
  CHECK(again.code == 2);
  CHECK(again.out == first.out);  // the report, though it was not saved
  CHECK(again.err == "netgap: error: " + dir + "/2026-11-25.json: already exists; use --force to overwrite it\n");
  CHECK(run_cli({"trend", dir}).out.rfind("netgap trend: 1 audit, 2026-11-25 to 2026-11-25\n", 0) == 0);
}
