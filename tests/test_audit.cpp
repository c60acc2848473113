#include <fmt/format.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <netgap/analyse/audit.hpp>
#include <netgap/model/report.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>

#include <netgap/analyse/tally.hpp>
#include "helpers.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

const std::string example_path = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";

Report audit_text(const std::string& text, AuditSettings settings = {}) {
  if (settings.as_of.days == 0) settings.as_of = *parse_iso_date("2026-11-25");
  auto source = memory_source(text, "r.json");
  Diagnostics diagnostics;
  Report report = audit(*source, "auto", builtin_taxonomy(), settings, diagnostics, ReadOptions{});
  diagnostics.checkpoint();
  return report;
}

const Coverage& category(const Report& report, const std::string& id) {
  for (const auto& c : report.categories) {
    if (c.id == id) return c;
  }
  FAIL("no category " << id);
  throw;
}

/// A roster with an owner and the given contacts (JSON objects).
std::string roster(const std::vector<std::string>& contacts) {
  std::string out =
      R"({"owner": {"name": "O", "organization": "Acme", "industry": "health", "schools": ["MIT"]}, "contacts": [)";
  for (std::size_t i = 0; i < contacts.size(); ++i) out += (i ? "," : "") + contacts[i];
  return out + "]}";
}

std::string contact(const std::string& name, const std::string& category, const std::string& last_contact,
                    int strength = 3) {
  std::string out =
      R"({"name": ")" + name + R"(", "categories": [")" + category + R"("], "strength": )" + std::to_string(strength);
  if (!last_contact.empty()) out += R"(, "last_contact": ")" + last_contact + "\"";
  return out + "}";
}

/// The JSON report of `audit ROSTER --as-of DAY`.
nlohmann::json json_audit(const std::string& roster, const std::string& day) {
  const auto r = run_cli({"audit", roster, "--as-of", day, "-f", "json"});
  REQUIRE(r.code == 0);
  return nlohmann::json::parse(r.out);
}

/// The category `id` of a JSON report.
const nlohmann::json& json_category(const nlohmann::json& report, const std::string& id) {
  for (const auto& c : report.at("categories")) {
    if (c.at("id") == id) return c;
  }
  throw std::logic_error("no category " + id + " in the report");
}

}  // namespace

TEST_CASE("golden: every format of the example audit", "[audit]") {
  const std::string text = test::read_text(example_path);
  for (const std::string format : {"text", "json", "markdown", "tsv"}) {
    INFO(format);
    const auto result = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", format, "--color", "never"}, text);
    CHECK(result.code == 0);
    CHECK(result.err.empty());
    test::check_golden("audit-example." + format, result.out);
  }
  const auto colored = run_cli({"audit", "-", "--as-of", "2026-11-25", "--color", "always"}, text);
  CHECK(colored.out.find("\x1b[1;31mmissing\x1b[0m") != std::string::npos);
}

TEST_CASE("the JSON report has every category and lens in taxonomy order", "[audit]") {
  const auto result = run_cli({"audit", example_path, "--as-of", "2026-11-25", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto report = nlohmann::json::parse(result.out);
  CHECK(report["schema_version"] == 1);
  CHECK(report["categories"].size() == 8);
  CHECK(report["lenses"].size() == 3);
  CHECK(report["categories"][0]["id"] == "data-science-community");
  CHECK(report["lenses"][2]["id"] == "developmental");
  CHECK(report["roster"]["contacts"] == 35);
  CHECK(report["recommendations"][0]["id"] == "recruiters");
  CHECK(report["recommendations"][0]["reason"] == "no contacts yet; the target is 3 active");
  for (const auto& r : report["recommendations"]) CHECK_FALSE(r["actions"].empty());
}

TEST_CASE("the gates exit 1 below the bar, 0 above it, and --exit-zero overrides", "[audit]") {
  const auto run = [](std::vector<std::string> extra) {
    std::vector<std::string> args{"audit", example_path, "--as-of", "2026-11-25", "--format", "tsv"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args);
  };
  CHECK(run({"--fail-under", "90"}).code == 1);
  CHECK(run({"--fail-under", "90"}).err.find("netgap: audit: score 52.2 is below --fail-under 90") == 0);
  CHECK(run({"--fail-under", "40"}).code == 0);
  CHECK(run({"--fail-on", "missing"}).code == 1);
  CHECK(run({"--fail-on", "missing"}).err == "netgap: audit: recruiters is missing (--fail-on missing)\n");
  CHECK(run({"--fail-on", "missing", "--exit-zero"}).code == 0);
  CHECK(run({"--fail-on", "weak"}).err.find("researchers is weak") != std::string::npos);
  CHECK(run({"--fail-on", "never"}).code == 2);
  CHECK(run({"--fail-under", "101"}).code == 2);
  const auto covered = run_cli({"audit", "-", "--as-of", "2026-11-25", "--fail-on", "developing", "--format", "tsv"},
                               roster({contact("A", "data-science-community", "2026-11-01", 5)}));
  CHECK(covered.code == 1);
}

TEST_CASE("settings are validated with suggestions", "[audit]") {
  CHECK(run_cli({"audit", example_path, "--target", "mentor=3"}).err ==
        "netgap: error: --target: unknown category or lens \"mentor\" (did you mean \"mentors\"?)\n");
  CHECK(run_cli({"audit", example_path, "--target", "mentors=lots"}).err ==
        "netgap: error: --target: expected ID=NUMBER, got \"mentors=lots\"\n");
  CHECK(run_cli({"audit", example_path, "--target", "mentors=0"}).err ==
        "netgap: error: --target: mentors must be a number greater than 0 and at most 10000, got 0\n");
  CHECK(run_cli({"audit", example_path, "--weight", "operational=2"}).err ==
        "netgap: error: --weight: unknown category \"operational\"\n");
  CHECK(run_cli({"audit", example_path, "--as-of", "2026-13-01"}).err ==
        "netgap: error: --as-of: expected a date YYYY-MM-DD, got \"2026-13-01\"\n");
  CHECK(run_cli({"audit", example_path, "--window", "0"}).code == 2);
}

TEST_CASE("targets, the window and the config file change the audit", "[audit]") {
  const auto base = audit_text(test::read_text(example_path));
  AuditSettings settings;
  settings.as_of = *parse_iso_date("2026-11-25");
  settings.targets["mentors"] = 1;
  CHECK(category(audit_text(test::read_text(example_path), settings), "mentors").coverage >
        category(base, "mentors").coverage);
  const std::string dir = test::temp_dir();
  const std::string config = dir + "/netgap.toml";
  std::ofstream(config) << "[audit]\nfail-under = 95\nas-of = \"2026-11-25\"\n";
  const auto gated = run_cli({"--config", config, "audit", example_path, "--format", "tsv"});
  CHECK(gated.code == 1);
}

TEST_CASE("contact weights: active above dormant, strong above weak, unknown in the middle", "[audit]") {
  const Date today = *parse_iso_date("2026-11-25");
  Contact c;
  c.strength = 5;
  c.last_contact = *parse_iso_date("2026-11-01");
  const double strong_active = contact_weight(c, today, 365);
  CHECK(strong_active == Approx(1.0));
  c.strength = 1;
  const double weak_active = contact_weight(c, today, 365);
  CHECK(weak_active < strong_active);
  c.last_contact = *parse_iso_date("2024-11-01");
  const double weak_dormant = contact_weight(c, today, 365);
  CHECK(weak_dormant < weak_active);
  c.last_contact.reset();
  c.strength = 0;
  const double unknown = contact_weight(c, today, 365);
  CHECK(unknown > 0.3);
  CHECK(unknown < 1.0);
  c.connected_on = *parse_iso_date("2020-01-01");
  CHECK(contact_weight(c, today, 365) == unknown);
}

TEST_CASE("a roster with every category covered scores 100", "[audit]") {
  std::vector<std::string> contacts;
  for (const auto& c : builtin_taxonomy().categories) {
    for (int i = 0; i < static_cast<int>(c.target); ++i)
      contacts.push_back(contact(c.id + std::to_string(i), c.id, "2026-11-01", 5));
  }
  const Report report = audit_text(roster(contacts));
  CHECK(report.score == Approx(100.0));
  for (const auto& c : report.categories) CHECK(c.status == Status::covered);
  for (const auto& r : report.recommendations) CHECK(r.kind == TypeKind::lens);
  const Report empty = audit_text(roster({}));
  CHECK(empty.score == 0);
  CHECK(empty.recommendations.front().status == Status::missing);
}

TEST_CASE("properties: more activity never lowers coverage, older contact never raises it", "[audit]") {
  std::mt19937 random(20261125);
  const auto& categories = builtin_taxonomy().categories;
  const auto date = [&](int days_ago) { return format_iso(Date{parse_iso_date("2026-11-25")->days - days_ago}); };
  for (int round = 0; round < 40; ++round) {
    std::vector<std::string> contacts;
    const int n = static_cast<int>(random() % 30);
    for (int i = 0; i < n; ++i) {
      const auto& id = categories[random() % categories.size()].id;
      contacts.push_back(contact("C" + std::to_string(i), id,
                                 random() % 4 == 0 ? "" : date(static_cast<int>(random() % 1500)),
                                 static_cast<int>(random() % 5) + 1));
    }
    const Report before = audit_text(roster(contacts));
    const auto& id = categories[random() % categories.size()].id;
    auto more = contacts;
    more.push_back(contact("New", id, date(static_cast<int>(random() % 300)), static_cast<int>(random() % 5) + 1));
    const Report after = audit_text(roster(more));
    INFO("round " << round << " adds to " << id);
    CHECK(category(after, id).coverage >= category(before, id).coverage);
    CHECK(after.score >= before.score - 1e-9);
    if (!contacts.empty()) {
      auto older = contacts;
      const std::size_t k = random() % older.size();
      const auto at = older[k].find("\"last_contact\": \"");
      if (at != std::string::npos) {
        older[k] = older[k].substr(0, at) + "\"last_contact\": \"2015-01-01\"}";
        const Report aged = audit_text(roster(older));
        CHECK(aged.score <= before.score + 1e-9);
        for (std::size_t c = 0; c < categories.size(); ++c) {
          CHECK(aged.categories[c].coverage <= before.categories[c].coverage + 1e-12);
        }
      }
    }
  }
}

TEST_CASE("recommendations: missing before weak before developing, larger gap first, bounded rekindle", "[audit]") {
  std::vector<std::string> contacts;
  for (int i = 0; i < 9; ++i)
    contacts.push_back(
        contact("Old" + std::to_string(i), "peers", "2020-0" + std::to_string(i + 1) + "-01", i % 5 + 1));
  contacts.push_back(contact("Fresh", "alumni", "2026-11-01", 2));
  const Report report = audit_text(roster(contacts));
  Status previous = Status::missing;
  for (const auto& r : report.recommendations) {
    CHECK(r.status >= previous);
    previous = r.status;
  }
  const auto peers = std::find_if(report.recommendations.begin(), report.recommendations.end(),
                                  [](const Recommendation& r) { return r.id == "peers"; });
  REQUIRE(peers != report.recommendations.end());
  REQUIRE(peers->rekindle.size() == 5);
  // Strength i % 5 + 1: Old4 is the only 5; of the 4s, Old8 was contacted after Old3.
  std::vector<std::string> names;
  for (const auto& k : peers->rekindle) names.push_back(k.name);
  CHECK(names == std::vector<std::string>{"Old4", "Old8", "Old3", "Old7", "Old2"});
  CHECK(peers->reason == "0 of 5 active contacts; 9 dormant");
}

TEST_CASE("a type whose fields no contact has cannot be assessed: not missing, not scored, no gate", "[audit]") {
  // A LinkedIn-like roster: organisations and roles, no schools, no how_met, notes or tags.
  const std::string roster = R"({"schema_version": 1,
    "owner": {"name": "P", "organization": "Acme Health", "industry": "Hospitals and Health Care",
              "schools": ["University of Michigan"]},
    "contacts": [{"name": "A", "organization": "Globex", "role": "Data Scientist"},
                 {"name": "B", "organization": "Acme Health", "role": "Nurse"}]})";
  const auto json = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "json"}, roster);
  REQUIRE(json.code == 0);
  const auto document = nlohmann::json::parse(json.out);
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& c : document["categories"]) by_id[c["id"].get<std::string>()] = c;
  CHECK(by_id["alumni"]["status"] == "unassessable");
  CHECK(by_id["alumni"]["missing_fields"] == nlohmann::json::parse(R"(["schools"])"));
  CHECK(by_id["mentors"]["status"] == "unassessable");
  CHECK(by_id["researchers"]["status"] == "missing");  // a role is there to tell
  for (const auto& r : document["recommendations"]) CHECK(r["id"] != "alumni");
  // Read back, the status and the fields survive.
  const auto again = run_cli({"diff", "-", "-"}, json.out);
  CHECK(again.err.find("unknown status") == std::string::npos);
  const auto text = run_cli({"audit", "-", "--as-of", "2026-11-25"}, roster);
  CHECK(text.out.find("\n  Alumni Network cannot be assessed from this input: no contact has schools; add\n"
                      "    them to the contacts (a LinkedIn export has none), or label the contacts by\n"
                      "    hand.\n") != std::string::npos);
  // --fail-on missing fails for researchers, never for the unassessable types.
  const auto gate = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "tsv", "--fail-on", "missing"}, roster);
  CHECK(gate.code == 1);
  CHECK(gate.err.find("alumni") == std::string::npos);
  CHECK(gate.err.find("mentors") == std::string::npos);
  CHECK(gate.err.find("researchers is missing") != std::string::npos);
  // A LinkedIn export's "how met" is only the platform: mentoring still cannot be assessed.
  const auto linkedin = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "json"},
                                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Data Scientist,01 Jan 2024\n");
  REQUIRE(linkedin.code == 0);
  const auto from_linkedin = nlohmann::json::parse(linkedin.out);  // kept: the loop walks into it
  for (const auto& c : from_linkedin["categories"]) {
    if (c["id"] == "mentors") CHECK(c["status"] == "unassessable");
  }
}

TEST_CASE("the audit counts each person once and reports the duplicates", "[audit]") {
  const std::string text = roster({
      R"({"name": "Ada Lovelace", "organization": "Engines", "email": "ada@example.org", "categories": ["mentors"],
          "last_contact": "2026-11-01"})",
      R"({"name": "Ada L.", "email": "ADA@example.org", "categories": ["mentors"], "last_contact": "2026-11-01"})",
      R"({"name": "Dr. Ada Lovelace", "organization": "Engines Ltd", "categories": ["mentors"],
          "last_contact": "2026-11-01"})",
      R"({"name": "Ada Lovelace", "organization": "Globex", "categories": ["mentors"], "last_contact": "2026-11-01"})",
  });
  auto source = memory_source(text, "r.json");
  Diagnostics diagnostics;
  AuditSettings settings;
  settings.as_of = *parse_iso_date("2026-11-25");
  const Report report = audit(*source, "auto", builtin_taxonomy(), settings, diagnostics, ReadOptions{});
  CHECK(report.contacts == 2);  // the namesake at Globex may be someone else: counted
  CHECK(report.duplicates == 2);
  CHECK(category(report, "mentors").active == 2);
  CHECK(diagnostics.warnings() ==
        std::vector<std::string>{
            "r.json: contacts[1] \"Ada L.\" is the same person as an earlier contact (same e-mail); counted once",
            "r.json: contacts[2] \"Dr. Ada Lovelace\" is the same person as an earlier contact (same name and "
            "organisation); counted once"});
  const auto json = nlohmann::json::parse(render_json(report, RenderOptions{}));
  CHECK(json["roster"]["contacts"] == 2);
  CHECK(json["roster"]["duplicates"] == 2);
  const auto text_out = test::run_cli({"audit", "-", "--as-of", "2026-11-25", "-q"}, text);
  CHECK(text_out.out.find("as of 2026-11-25: 2 contacts in <stdin>, 2 classified, 0 unclassified; 2\n"
                          "duplicates not counted\n") != std::string::npos);
}

TEST_CASE("one score: rounded once, the same in every format and in the gate", "[audit]") {
  // One covered category of weight 1.5117 among seven of weight 1: 100 x 1.5117 / 8.5117 = 17.76.
  const std::string one = roster({contact("A", "data-science-community", "2026-11-01", 5)});
  const std::vector<std::string> args{"audit",    "-",
                                      "--as-of",  "2026-11-25",
                                      "--target", "data-science-community=1",
                                      "--weight", "data-science-community=1.5117"};
  const auto with = [&](std::vector<std::string> extra) {
    auto all = args;
    all.insert(all.end(), extra.begin(), extra.end());
    return run_cli(all, one);
  };
  CHECK(with({}).out.find("Score 17.8/100") != std::string::npos);
  CHECK(nlohmann::json::parse(with({"--format", "json"}).out)["score"] == 17.8);
  CHECK(with({"--format", "markdown"}).out.find("**Score: 17.8 / 100**") != std::string::npos);
  CHECK(with({"--format", "github"}).out.find("::notice title=netgap score::17.8/100") != std::string::npos);
  CHECK(with({"--format", "junit"}).out.find("<property name=\"score\" value=\"17.8\"/>") != std::string::npos);
  const auto at_the_bar = with({"--format", "tsv", "--fail-under", "17.8"});
  CHECK(at_the_bar.code == 0);
  CHECK(at_the_bar.err.empty());
  const auto above = with({"--format", "tsv", "--fail-under", "17.9"});
  CHECK(above.code == 1);
  CHECK(above.err == "netgap: audit: score 17.8 is below --fail-under 17.9\n");
}

TEST_CASE("numbers that are not finite, or absurd, are refused, the score is always a number", "[audit]") {
  const auto error = [](std::vector<std::string> extra) {
    std::vector<std::string> args{"audit", example_path, "--as-of", "2026-11-25", "--format", "tsv"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_cli(args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    return r.err;
  };
  CHECK(error({"--fail-under", "nan"}) ==
        "netgap: error: --fail-under: expected a number from 0 to 100, got \"nan\"\n");
  CHECK(error({"--fail-under", "inf"}) ==
        "netgap: error: --fail-under: expected a number from 0 to 100, got \"inf\"\n");
  CHECK(error({"--fail-under", "1e999"}) ==
        "netgap: error: --fail-under: expected a number from 0 to 100, got \"1e999\"\n");
  CHECK(error({"--fail-under", "-5"}) == "netgap: error: --fail-under: expected a number from 0 to 100, got \"-5\"\n");
  CHECK(error({"--weight", "mentors=1e300"}) ==
        "netgap: error: --weight: mentors must be a number greater than 0 and at most 1000, got 1e+300\n");
  CHECK(error({"--weight", "mentors=nan"}) ==
        "netgap: error: --weight: mentors must be a number greater than 0 and at most 1000, got nan\n");
  CHECK(error({"--target", "mentors=inf"}) ==
        "netgap: error: --target: mentors must be a number greater than 0 and at most 10000, got inf\n");
  // At the bounds the arithmetic stays finite: the JSON score is a number, never null.
  std::vector<std::string> args{"audit", example_path, "--as-of", "2026-11-25", "--format", "json"};
  for (const auto& c : builtin_taxonomy().categories) {
    args.insert(args.end(), {"--weight", c.id + "=1000", "--target", c.id + "=10000"});
  }
  const auto extreme = run_cli(args);
  REQUIRE(extreme.code == 0);
  CHECK(nlohmann::json::parse(extreme.out)["score"].is_number());
}

TEST_CASE("an audit is as of its date: later connections are left out, later contact does not count", "[audit]") {
  const std::string text =
      roster({R"({"name": "Met later", "categories": ["mentors"], "strength": 5, "last_contact": "2026-11-20"})",
              R"({"name": "Joined later", "categories": ["peers"], "connected_on": "2026-11-01",
                  "last_contact": "2026-11-02"})",
              R"({"name": "Typo", "categories": ["alumni"], "strength": 5, "last_contact": "2062-11-01"})"});
  AuditSettings settings;
  settings.as_of = *parse_iso_date("2026-10-01");
  const Report report = audit_text(text, settings);
  CHECK(report.contacts == 2);
  CHECK(report.not_yet_connected == 1);
  CHECK(category(report, "peers").count == 0);
  CHECK(category(report, "mentors").count == 1);
  CHECK(category(report, "mentors").active == 0);               // 2026-11-20 had not happened on 2026-10-01
  CHECK(category(report, "mentors").effective == Approx(0.5));  // strength 5, no contact yet: r = 0.5
  CHECK(category(report, "alumni").active == 0);
  const auto mentors = std::find_if(report.recommendations.begin(), report.recommendations.end(),
                                    [](const Recommendation& r) { return r.id == "mentors"; });
  REQUIRE(mentors != report.recommendations.end());
  REQUIRE(mentors->rekindle.size() == 1);
  CHECK_FALSE(mentors->rekindle[0].last_contact);  // shown as "no contact date", not a future one
  const auto shown = run_cli({"audit", "-", "--as-of", "2026-10-01"}, text);
  CHECK(shown.out.find("as of 2026-10-01: 2 contacts in <stdin>, 2 classified, 0 unclassified\n"
                       "1 contact connected after 2026-10-01 is left out (not yet in the network).\n") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(run_cli({"audit", "-", "--as-of", "2026-10-01", "-f", "json"}, text).out);
  CHECK(json["roster"]["not_yet_connected"] == 1);
  // A month later the same roster has all three, and the meeting of 2026-11-20 counts.
  const auto later = nlohmann::json::parse(run_cli({"audit", "-", "--as-of", "2026-11-25", "-f", "json"}, text).out);
  CHECK(later["roster"]["contacts"] == 3);
  CHECK(later["categories"][5]["id"] == "mentors");
  CHECK(later["categories"][5]["active"] == 1);
}

TEST_CASE("without --as-of an audit is as of today's local date (TZ), not UTC's", "[audit]") {
  const char* saved = std::getenv("TZ");
  const std::optional<std::string> previous = saved != nullptr ? std::optional<std::string>(saved) : std::nullopt;
  // 26 hours apart: whatever the time, at least one of the two dates differs from UTC's.
  for (const auto& [tz, offset_hours] : {std::pair{"UTC-14", 14}, std::pair{"UTC+12", -12}}) {
    INFO(tz);
    ::setenv("TZ", tz, 1);
    ::tzset();
    const auto date_now = [offset = offset_hours] {
      return format_iso(Date{static_cast<std::int32_t>((std::time(nullptr) + offset * 3600) / 86400)});
    };
    const std::string before = date_now();
    const auto r = run_cli({"audit", example_path, "--format", "json"});
    const std::string after = date_now();
    REQUIRE(r.code == 0);
    const std::string as_of = nlohmann::json::parse(r.out)["as_of"];
    CHECK((as_of == before || as_of == after));
  }
  if (previous) {
    ::setenv("TZ", previous->c_str(), 1);
  } else {
    ::unsetenv("TZ");
  }
  ::tzset();
}

TEST_CASE("audit --activity: evidence sets last contact and strength on the fly, as a merged roster does",
          "[audit][activity]") {
  const std::string roster = test::data_path("activity/roster.json");
  const std::vector<std::string> evidence = {"--activity",    test::data_path("activity/linkedin-export.zip"),
                                             "--activity",    test::data_path("activity/mail.mbox.gz"),
                                             "--activity",    test::data_path("activity/calendar.ics"),
                                             "--owner-email", "priya.raman@acmehealth.example",
                                             "--owner-email", "priya.r@gmail.example"};
  const auto without = run_cli({"audit", roster, "--as-of", "2026-11-20"});
  REQUIRE(without.code == 0);
  CHECK(without.out.find("Score 40.9/100") != std::string::npos);
  CHECK(without.out.find("  Data Science Community               ?/8") != std::string::npos);

  std::vector<std::string> args = {"audit", roster, "--as-of", "2026-11-20"};
  args.insert(args.end(), evidence.begin(), evidence.end());
  const auto with = run_cli(args);
  REQUIRE(with.code == 0);
  CHECK(with.out.find("Score 52.2/100") != std::string::npos);
  CHECK(with.out.find("  Data Science Community               8/8") != std::string::npos);
  CHECK(with.out.find("  Peers                                5/5") != std::string::npos);
  CHECK(with.err.find("netgap: evidence: read 102 interactions with 108 people, matched 98 to contacts") !=
        std::string::npos);

  // The same files kept in the roster by import --merge give the same audit: import takes the
  // export's contacts (its Connections.csv) and its evidence, so the audit on the fly is of the
  // roster with the contacts merged in.
  const std::string dir = test::temp_dir();
  const std::string merged = dir + "/roster.json";
  const std::string contacts_only = dir + "/contacts-only.json";
  std::ofstream(merged) << test::read_text(roster);
  std::ofstream(contacts_only) << test::read_text(roster);
  REQUIRE(run_cli({"import", "--merge", contacts_only,
                   test::data_path("activity/linkedin/Basic_LinkedInDataExport_11-20-2026/Connections.csv")})
              .code == 0);
  std::vector<std::string> import = {"import", "--merge", merged, "--as-of", "2026-11-20"};
  for (std::size_t i = 1; i < 6; i += 2) import.push_back(evidence[i]);
  import.insert(import.end(), evidence.begin() + 6, evidence.end());
  const auto imported = run_cli(import);
  REQUIRE(imported.code == 0);
  CHECK(imported.err.find("linkedin-export.zip/Connections.csv: read 24 records, imported 22") != std::string::npos);
  std::vector<std::string> on_the_fly = {"audit", contacts_only, "--as-of", "2026-11-20"};
  on_the_fly.insert(on_the_fly.end(), evidence.begin(), evidence.end());
  const auto fly = run_cli(on_the_fly);
  REQUIRE(fly.code == 0);
  const auto kept = run_cli({"audit", merged, "--as-of", "2026-11-20"});
  CHECK(kept.out.substr(kept.out.find("Score")) == fly.out.substr(fly.out.find("Score")));
}

TEST_CASE("audit and import of a LinkedIn export: its Connections.csv are the contacts, the rest evidence",
          "[audit][activity]") {
  const std::string zip = test::data_path("activity/linkedin-export.zip");
  const std::string owner = test::data_path("activity/roster.json");
  const auto audit = run_cli({"audit", zip, "--owner", owner, "--as-of", "2026-11-20", "--format", "json"});
  REQUIRE(audit.code == 0);
  CHECK(audit.err.find(zip + "/Connections.csv: read 24 records, imported 22, skipped 2 (no name: 2)") !=
        std::string::npos);
  CHECK(audit.err.find(zip + "/messages.csv: read 32 records, 24 interactions") != std::string::npos);
  CHECK(audit.out.find("\"contacts\": 22") != std::string::npos);
  // The unpacked folder gives the same report.
  const auto folder = run_cli(
      {"audit", test::data_path("activity/linkedin"), "--owner", owner, "--as-of", "2026-11-20", "--format", "json"});
  REQUIRE(folder.code == 0);
  std::string same = folder.out;  // but for the source's name
  const std::string folder_source = "\"source\": \"" + test::data_path("activity/linkedin") + "\"";
  REQUIRE(same.find(folder_source) != std::string::npos);
  same.replace(same.find(folder_source), folder_source.size(), "\"source\": \"" + zip + "\"");
  CHECK(same == audit.out);
  // import writes the contacts with their activity; the roster it writes round-trips.
  const std::string out = test::temp_dir() + "/roster.json";
  const auto imported = run_cli({"import", zip, "-o", out});
  REQUIRE(imported.code == 0);
  CHECK(imported.err.find("matched 43 to contacts") != std::string::npos);
  const auto valid = run_cli({"validate", out});
  CHECK(valid.code == 0);
  CHECK(valid.out == out + ": ok, 22 contacts, no owner\n");
  CHECK(test::read_text(out).find("\"activity\"") != std::string::npos);
  // A folder without a Connections.csv has no contacts to audit, nor to import.
  const std::string empty = test::temp_dir();
  const auto none = run_cli({"audit", empty});
  CHECK(none.code == 2);
  CHECK(none.err == "netgap: error: " + empty +
                        ": no contacts in it (a LinkedIn export's Connections.csv); to use it as evidence, audit a "
                        "roster with --activity " +
                        empty + "\n");
  const std::string mbox = test::data_path("activity/mail.mbox");
  const auto evidence_only = run_cli({"import", mbox, "-o", empty + "/r.json"});
  CHECK(evidence_only.code == 2);
  CHECK(evidence_only.err ==
        "netgap: error: " + mbox +
            ": evidence, and no contacts to import (a LinkedIn export's Connections.csv, an "
            "address book); add it to a roster with --merge ROSTER, or audit one with --activity\n");
  CHECK(!std::ifstream(empty + "/r.json").good());
  // Connections.csv with a numeric suffix, as LinkedIn names files of a large export.
  const std::string suffixed = test::temp_dir();
  std::ofstream(suffixed + "/Connections_2.csv")
      << test::read_text(test::data_path("activity/linkedin/Basic_LinkedInDataExport_11-20-2026/Connections.csv"));
  const auto two = run_cli({"audit", suffixed, "--owner", owner, "--as-of", "2026-11-20", "--format", "json"});
  CHECK(two.code == 0);
  CHECK(two.out.find("\"contacts\": 22") != std::string::npos);
}

TEST_CASE("audit: ties of unknown recency are counted, and a type mostly undated says so", "[audit][activity]") {
  const auto text = run_cli({"audit", test::data_path("activity/roster.json"), "--as-of", "2026-11-20"});
  REQUIRE(text.code == 0);
  // Never "0 active ... covered": no tie is dated, so the active count is unknown and the status a guess.
  CHECK(text.out.find("  Domain-Specific Network              ?/5  ██████████  developing?  (14 of 14 not dated)\n") !=
        std::string::npos);
  CHECK(text.out.find("  Mentors                              0/2  ░░░░░░░░░░  missing\n") != std::string::npos);
  CHECK(text.out.find("  ? Most ties in Data Science Community, Domain-Specific Network, Recruiters and\n") !=
        std::string::npos);
  CHECK(text.out.find("    FILE... (or netgap log ROSTER NAME for one tie).\n") != std::string::npos);
  const auto markdown =
      run_cli({"audit", test::data_path("activity/roster.json"), "--as-of", "2026-11-20", "-f", "markdown"});
  CHECK(markdown.out.find("| Domain-Specific Network | ? / 5 | 100% | **developing?** |\n") != std::string::npos);
  CHECK(markdown.out.find("\n? Most ties in Data Science Community,") != std::string::npos);
  const auto json = run_cli({"audit", test::data_path("activity/roster.json"), "--as-of", "2026-11-20", "-f", "json"});
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report["categories"][1]["id"] == "domain");
  CHECK(report["categories"][1]["count"] == 14);
  CHECK(report["categories"][1]["unknown_recency"] == 14);
  // A report written before unknown_recency existed still reads: diff compares it with a new one.
  auto old = report;
  for (auto& c : old["categories"]) c.erase("unknown_recency");
  for (auto& c : old["lenses"]) c.erase("unknown_recency");
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/old.json") << old.dump();
  std::ofstream(dir + "/new.json") << json.out;
  CHECK(run_cli({"diff", dir + "/old.json", dir + "/new.json"}).code == 0);
}

TEST_CASE("audit: a type with no active tie is never covered, however strong its dormant ties", "[audit]") {
  // Eight strong recruiters, each last seen 415 days before the audit: their weights add up to
  // more than the target of 3, yet none is active.
  std::string contacts;
  for (int i = 0; i < 8; ++i) {
    contacts += fmt::format(
        R"({}{{"name": "Rec {}", "categories": ["recruiters"], "strength": 5, "last_contact": "2025-10-01"}})",
        i == 0 ? "" : ",", i);
  }
  const std::string roster = test::temp_dir() + "/roster.json";
  std::ofstream(roster) << R"({"contacts": [)" << contacts << "]}";
  const nlohmann::json report = json_audit(roster, "2026-11-20");
  const nlohmann::json& recruiters = json_category(report, "recruiters");
  CHECK(recruiters["active"] == 0);
  CHECK(recruiters["coverage"] == 1.0);
  CHECK(recruiters["status"] == "developing");
  bool recommended = false;
  for (const auto& rec : report["recommendations"]) {
    if (rec["id"] != "recruiters") continue;
    recommended = true;
    CHECK(rec["reason"] == "0 of 3 active contacts; 8 dormant");
    CHECK(rec["rekindle"].size() == 5);
  }
  CHECK(recommended);
}

TEST_CASE("audit: evidence after the audit's day counts for nothing, neither date nor strength", "[audit][activity]") {
  const std::string roster = test::temp_dir() + "/roster.json";
  std::ofstream(roster) << R"({"contacts": [{"name": "Ana Futura", "categories": ["peers"], "activity": {
    "calendar": {"first_seen": "2026-03-01", "last_two_way": "2026-06-01", "days": 30},
    "recommendation": {"first_seen": "2026-05-01", "last_inbound": "2026-05-01", "days": 1}}}]})";
  const nlohmann::json report = json_audit(roster, "2020-01-01");
  const nlohmann::json& peers = json_category(report, "peers");
  CHECK(peers["active"] == 0);
  CHECK(peers["unknown_recency"] == 1);  // undated as of 2020: its strength stays unknown (0.85 x 0.5)
  CHECK(peers["effective"] == Approx(0.425));
}
