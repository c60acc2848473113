#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <netgap/util/unicode.hpp>
#include <netgap/version.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli/progress.hpp"
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
  const auto unknown = run_cli({"taxonomy", "mentorz"});  // "mentor" is an alias (issue #11 item 17)
  CHECK(unknown.code == 2);
  CHECK(unknown.err == "netgap: error: unknown category or lens \"mentorz\" (did you mean \"mentors\"?)\n");
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

namespace {
const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";
}

TEST_CASE("netgap validate says ok or names every problem", "[cli]") {
  const auto ok = run_cli({"validate", example});
  CHECK(ok.code == 0);
  CHECK(ok.out == example + ": ok, 35 contacts\n");
  CHECK(ok.err.empty());
  const auto stdin_ok = run_cli({"validate", "-"}, R"([{"name": "A", "emial": "x"}, {"name": "A"}])");
  CHECK(stdin_ok.code == 0);
  CHECK(stdin_ok.out == "<stdin>: ok, 2 contacts, no owner (2 warnings)\n");
  CHECK(stdin_ok.err ==
        "netgap: warning: <stdin>: contacts[0]: unknown field \"emial\" (did you mean \"email\"?); ignored\n"
        "netgap: warning: <stdin>: contacts[1] \"A\" may be the same person as contacts[0] \"A\" (same name, no "
        "organisation: probable)\n");
  const auto bad = run_cli({"validate", "-"}, "[{\"name\": \"A\", \"strength\": 9},\n {\"name\": 1}]");
  CHECK(bad.code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err ==
        "netgap: error: <stdin>: contacts[0] \"A\": strength: expected an integer from 1 to 5, got 9\n"
        "netgap: error: <stdin>: contacts[1]: name: expected a string, got 1\n");
  const auto missing = run_cli({"validate", "no-such-roster.json"});
  CHECK(missing.code == 2);
  CHECK(missing.err == "netgap: error: no-such-roster.json: cannot open: No such file or directory\n");
  const auto strict = run_cli({"validate", "--strict", "-"}, R"([{"name": "A", "emial": "x"}])");
  CHECK(strict.code == 2);
}

TEST_CASE("netgap explain gives each label a reason", "[cli]") {
  const auto one = run_cli({"explain", example, "li wei"});
  REQUIRE(one.code == 0);
  CHECK(one.out ==
        "Dr. Li Wei (contacts[22])\n"
        "  researchers             possible: rule researchers/research-role: role\n"
        "                          \"高级研究员\" mentions \"研究员\"\n"
        "  unclassified            only possible labels; confirm with netgap label\n\n");
  const auto all = run_cli({"explain", example});
  CHECK(all.out.find("35 contacts: 29 classified, 6 unclassified\n") != std::string::npos);
  const auto json = run_cli({"explain", example, "--format", "json"});
  REQUIRE(json.code == 0);
  const auto document = nlohmann::json::parse(json.out);
  CHECK(document.size() == 35);
  CHECK(document[26]["categories"][0] ==
        nlohmann::json::parse(
            R"({"id": "mentors", "source": "tag", "confidence": "certain", "reason": "tag \"mentor\""})"));
  const auto nobody = run_cli({"explain", example, "Nobody Atall"});
  CHECK(nobody.code == 2);
  CHECK(nobody.out.empty());
  CHECK(nobody.err == "netgap: error: " + example + ": no contact named \"Nobody Atall\"\n");
  const auto one_of_two = run_cli({"explain", example, "Margaret", "Nobody Atall"});
  CHECK(one_of_two.code == 2);
  CHECK(one_of_two.out == run_cli({"explain", example, "Margaret"}).out);  // what was found, then the error
  CHECK(one_of_two.err == "netgap: error: " + example + ": no contact named \"Nobody Atall\"\n");
  const auto no_owner = run_cli({"explain", "-"}, R"([{"name": "A", "role": "Data Scientist"}])");
  CHECK(no_owner.code == 0);
  CHECK(
      no_owner.err.find(
          "netgap: warning: <stdin>: the roster has no owner, so the rules that compare with the owner are skipped") ==
      0);
  CHECK(no_owner.out.find("unclassified") != std::string::npos);
  const auto broken = run_cli({"explain", "-"}, R"([{"name": "A"}, {"name": 5}])");
  CHECK(broken.code == 2);
  CHECK(broken.out.empty());  // nothing half-written
}

TEST_CASE("netgap init writes a valid starter roster and never overwrites by accident", "[cli]") {
  const auto printed = run_cli({"init"});
  REQUIRE(printed.code == 0);
  const auto checked = run_cli({"validate", "-"}, printed.out);
  CHECK(checked.code == 0);
  CHECK(checked.out == "<stdin>: ok, 8 contacts\n");
  const std::string dir = netgap::test::temp_dir();
  const std::string path = dir + "/roster.json";
  CHECK(run_cli({"init", path}).code == 0);
  CHECK(netgap::test::read_text(path) == printed.out);
  const auto again = run_cli({"init", path});
  CHECK(again.code == 2);
  CHECK(again.err == "netgap: error: " + path + ": already exists; use --force to overwrite it\n");
  CHECK(run_cli({"init", path, "--force"}).code == 0);
  CHECK(netgap::test::list_dir(dir) == std::vector<std::string>{"roster.json"});  // no temporary left
  const auto full = run_cli({"init", "/dev/full", "--force"});
  CHECK(full.code == 2);
}

TEST_CASE("output to a file (-o FILE): every command that prints a report writes it atomically instead", "[cli]") {
  const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";
  const std::string dir = netgap::test::temp_dir();
  REQUIRE(run_cli({"audit", example, "--as-of", "2026-10-25", "--save", dir + "/audits", "-q"}).code == 0);
  const std::vector<std::vector<std::string>> commands = {
      {"audit", example, "--as-of", "2026-11-25"},
      {"audit", example, "--as-of", "2026-11-25", "--format", "html"},
      {"diff", example, example, "--as-of", "2026-11-25", "--format", "markdown"},
      {"trend", dir + "/audits", "--format", "json"},
      {"explain", example, "Marcus"},
      {"taxonomy", "mentors"},
  };
  for (const auto& args : commands) {
    INFO(args[0] + " " + args.back());
    const auto printed = run_cli(args);
    REQUIRE(printed.code == 0);
    REQUIRE_FALSE(printed.out.empty());
    const std::string path = dir + "/report.out";
    std::ofstream(path) << "an earlier report, replaced whole";
    auto with_output = args;
    with_output.insert(with_output.end(), {"-o", path});
    const auto written = run_cli(with_output);
    CHECK(written.code == 0);
    CHECK(written.out.empty());
    CHECK(netgap::test::read_text(path) == printed.out);
    with_output.back() = "-";
    CHECK(run_cli(with_output).out == printed.out);
  }
  CHECK(netgap::test::list_dir(dir) == std::vector<std::string>{"audits", "report.out"});  // no temporary left
  const auto nowhere = run_cli({"taxonomy", "-o", dir + "/missing/t.txt"});
  CHECK(nowhere.code == 2);
  CHECK(nowhere.err == "netgap: error: " + dir +
                           "/missing/t.txt: cannot create a temporary file beside it: No such file or directory\n");
  CHECK(run_cli({"audit", example, "-o", "/dev/full"}).code == 2);
  // A gate still fails the run when the report went to a file.
  const auto gated = run_cli({"audit", example, "--as-of", "2026-11-25", "--fail-under", "60", "-o", dir + "/g.txt"});
  CHECK(gated.code == 1);
  CHECK(gated.err == "netgap: audit: score 52.2 is below --fail-under 60\n");
  CHECK(netgap::test::read_text(dir + "/g.txt").find("Score 52.2/100") != std::string::npos);
}

TEST_CASE("options that would be silently ignored are errors", "[cli]") {
  const std::string dir = netgap::test::temp_dir();
  const std::string roster = dir + "/roster.json";
  REQUIRE(run_cli({"import", example, "-o", roster, "-q"}).code == 0);
  const auto error = [](std::vector<std::string> args) {
    const auto result = run_cli(args);
    CHECK(result.code == 2);
    return result.err;
  };
  CHECK(error({"import", example, "--merge", roster, "-o", dir + "/out.json"}) ==
        "netgap: error: --merge writes into ROSTER itself; leave out -o/--output\n");
  CHECK(error({"import", example, "--merge", roster, "--owner", example}) ==
        "netgap: error: --owner is for a new roster; --merge keeps the owner of ROSTER (edit it there)\n");
  CHECK(error({"import", example, "--merge", roster, "--force"}) ==
        "netgap: error: --force applies to -o/--output; --merge needs none\n");
  CHECK(error({"import", example, "--dry-run"}) == "netgap: error: --dry-run applies to --merge\n");
  CHECK(error({"import", example, "--merge", "-"}) ==  // it used to write the result to a file named "-"
        "netgap: error: --merge: standard input cannot be rewritten; name the roster file\n");
  CHECK(error({"import", example, "--force"}) ==
        "netgap: error: --force applies to -o/--output; standard output is never overwritten\n");
  CHECK(error({"init", "--force"}) == "netgap: error: --force applies to FILE; standard output is never overwritten\n");
  CHECK(error({"audit", example, "--force"}) ==
        "netgap: error: --force applies to --save; there is nothing to overwrite\n");
  CHECK(
      error({"audit", example, "--top", "-1"}) ==
      "netgap: error: --top: expected a whole number, 0 or more, got \"-1\"\nRun with --help for more information.\n");
  CHECK(error({"audit", example, "--window", "0"}) == "netgap: error: --window: expected at least 1 day, got 0\n");
  CHECK(error({"diff", example, example, "--window", "0"}) ==
        "netgap: error: --window: expected at least 1 day, got 0\n");
  CHECK(error({"diff", "-", "-"}) == "netgap: error: diff: only one of OLD and NEW can be standard input (-)\n");
  // An empty file name was taken for standard output: the roster or report went there instead.
  const std::string empty_name = "an empty file name (use - for standard output or input)\n";
  CHECK(error({"init", ""}).find("netgap: error: file: " + empty_name) == 0);
  CHECK(error({"import", example, "-o", ""}).find("netgap: error: --output: " + empty_name) == 0);
  CHECK(error({"import", example, "--merge", ""}).find("netgap: error: --merge: " + empty_name) == 0);
  CHECK(error({"audit", example, "-o", ""}).find("netgap: error: --output: " + empty_name) == 0);
  CHECK(error({"audit", example, "--save", ""}).find("netgap: error: --save: " + empty_name) == 0);
  CHECK(error({"--taxonomy", "", "audit", example}).find("netgap: error: --taxonomy: " + empty_name) == 0);
  CHECK(run_cli({"import", example, "--merge", roster}).code == 0);  // nothing was written by the errors above
}

TEST_CASE("quiet prints no warnings, summaries or progress, only what explains an exit 1", "[cli]") {
  const std::string dir = netgap::test::temp_dir();
  const std::string roster = dir + "/roster.json";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"-q", "import", example, "-o", roster},
                                               {"-q", "import", example, "--merge", roster},
                                               {"-q", "init", dir + "/starter.json"},
                                               {"-q", "audit", example, "--save", dir + "/audits"}}) {
    const auto result = run_cli(args);
    CHECK(result.code == 0);
    CHECK(result.err.empty());
  }
  const auto gated = run_cli({"-q", "audit", example, "--as-of", "2026-11-25", "--fail-under", "90"});
  CHECK(gated.code == 1);
  CHECK(gated.err == "netgap: audit: score 52.2 is below --fail-under 90\n");
}

TEST_CASE("small things: --help, the man page synopsis, taxonomy aliases, the README's explain example", "[cli]") {
  const auto help = run_cli({"--help"});
  CHECK(help.out.find("  --config FILE ") != std::string::npos);
  CHECK(help.out.find("--config=") == std::string::npos);  // the file is read only when present
  const std::string man = netgap::test::read_text(std::string(NETGAP_SOURCE_DIR) + "/docs/netgap.1");
  const std::string synopsis =
      man.substr(man.find(".Sh SYNOPSIS"), man.find(".Sh DESCRIPTION") - man.find(".Sh SYNOPSIS"));
  for (const char* command : {"audit", "validate", "explain", "import", "diff", "trend", "init", "taxonomy"}) {
    CHECK(synopsis.find(std::string(".Cm ") + command + "\n") != std::string::npos);
    CHECK(help.out.find(std::string("  ") + command + " ") != std::string::npos);
  }
  const auto alias = run_cli({"taxonomy", "mentor"});
  CHECK(alias.code == 0);
  CHECK(alias.out == run_cli({"taxonomy", "mentors"}).out);
  // The README's "netgap explain roster.json NAME" works on the bundled example.
  const std::string readme = netgap::test::read_text(std::string(NETGAP_SOURCE_DIR) + "/README.md");
  const std::string command = "$ netgap explain roster.json ";
  const auto at = readme.find(command);
  REQUIRE(at != std::string::npos);
  const std::string name =
      readme.substr(at + command.size(), readme.find(' ', at + command.size()) - at - command.size());
  const auto explained = run_cli({"explain", example, name});
  CHECK(explained.code == 0);
  CHECK(readme.find(explained.out.substr(0, explained.out.find('\n'))) != std::string::npos);
}

TEST_CASE("a locale that is not UTF-8 gets ASCII bars", "[cli]") {
  const char* saved = std::getenv("LC_ALL");
  const std::string restore = saved != nullptr ? saved : "";
  ::setenv("LC_ALL", "C", 1);
  const auto ascii = run_cli({"audit", example, "--as-of", "2026-11-25"});
  ::setenv("LC_ALL", "en_US.UTF-8", 1);
  const auto utf8 = run_cli({"audit", example, "--as-of", "2026-11-25"});
  if (saved != nullptr) {
    ::setenv("LC_ALL", restore.c_str(), 1);
  } else {
    ::unsetenv("LC_ALL");
  }
  CHECK(ascii.out.find("Score 52.2/100  #####.....\n") != std::string::npos);
  CHECK(ascii.out.find("\u2588") == std::string::npos);
  CHECK(utf8.out.find("Score 52.2/100  \u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591\n") !=
        std::string::npos);
}

TEST_CASE("an audit of an unedited init roster says its examples are still there", "[cli]") {
  const std::string roster = netgap::test::temp_dir() + "/roster.json";
  REQUIRE(run_cli({"init", roster, "-q"}).code == 0);
  const auto audit = run_cli({"audit", roster, "--as-of", "2026-11-25"});
  CHECK(audit.code == 0);
  CHECK(audit.err.find("netgap: warning: 8 contacts are still the examples of 'netgap init' (\"Example: ...\"), and "
                       "are counted: replace them with real people\n") != std::string::npos);
  CHECK(run_cli({"audit", example, "--as-of", "2026-11-25"}).err.find("netgap init") == std::string::npos);
}

TEST_CASE("an audit on one thread or two (--threads) says the same, word for word", "[cli]") {
  // Over a few batches of the second thread; the same person again here and there (each a warning,
  // in roster order), and an unknown field after 2,000 contacts, where the fast reader gives up.
  const char* const roles[] = {"Data Scientist", "Professor of Statistics", "Technical Recruiter", "ML Engineer",
                               "Product Manager"};
  std::string contacts;
  for (int i = 0; i < 3000; ++i) {
    const int person = i % 75 == 74 ? i / 2 : i;  // every 75th contact repeats an earlier one
    contacts += (i > 0 ? ",\n" : "") + fmt::format(R"({{"name": "Person {}", "organization": "Org {}", "role": "{}",)"
                                                   R"( "email": "p{}@example.org"{}}})",
                                                   person, person % 40, roles[person % 5], person,
                                                   i == 2000 ? R"(, "nickname": "x")" : "");
  }
  const std::string dir = netgap::test::temp_dir();
  const std::string roster = dir + "/roster.json";
  {
    std::ofstream file(roster);
    file << R"({"schema_version": 1, "owner": {"name": "Me", "organization": "Org 1"}, "contacts": [)" << contacts
         << "]}\n";
  }
  for (const std::string format : {"json", "text"}) {
    const auto one = run_cli({"--threads", "1", "audit", roster, "--format", format, "--as-of", "2026-11-25"});
    const auto two = run_cli({"--threads", "2", "audit", roster, "--format", format, "--as-of", "2026-11-25"});
    REQUIRE(one.code == 0);
    CHECK(two.code == one.code);
    CHECK(two.out == one.out);
    CHECK(two.err == one.err);
    CHECK(one.err.find("contacts[2000]: unknown field \"nickname\"") != std::string::npos);
    CHECK(one.err.find("is the same person as an earlier contact") != std::string::npos);
  }
  const auto zero = run_cli({"--threads", "0", "audit", roster});
  CHECK(zero.code == 2);
  CHECK(zero.err.find("--threads") != std::string::npos);
}

TEST_CASE("an archive or a gzip file piped where a roster was expected says what it is", "[cli]") {
  const std::string zip = netgap::test::read_text(netgap::test::data_path("activity/linkedin-export.zip"));
  for (const std::string command : {"audit", "validate"}) {
    const auto piped = run_cli({command, "-"}, zip);
    CHECK(piped.code == 2);
    CHECK(piped.err ==
          "netgap: error: <stdin>: a zip archive, not a JSON roster; netgap reads an archive (a LinkedIn export) by "
          "its path, not from standard input\n");
  }
  const auto gzip = run_cli({"audit", "-"}, std::string("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8));
  CHECK(gzip.code == 2);
  CHECK(gzip.err ==
        "netgap: error: <stdin>: gzip-compressed, not a JSON roster; decompress it first (gunzip -c FILE.gz | netgap "
        "...)\n");
}

TEST_CASE("the progress line is cut to the terminal's width, so that it never wraps", "[cli]") {
  // A source slow enough for the line to show (after a second, then every quarter of a second).
  class Slow final : public netgap::ByteSource {
   public:
    std::size_t read(char* buffer, std::size_t size) override {
      if (reads_ == 2 || size == 0) return 0;
      std::this_thread::sleep_for(std::chrono::milliseconds(reads_++ == 0 ? 1050 : 300));
      buffer[0] = ' ';
      return 1;
    }
    [[nodiscard]] const std::string& name() const override { return name_; }

   private:
    int reads_ = 0;
    std::string name_ = "/home/someone/Downloads/an-export-with-a-rather-long-name-\xC3\xA9t\xC3\xA9.json";
  };
  std::ostringstream err;
  {
    netgap::cli::ProgressSource progress(std::make_unique<Slow>(), err, 2'000'000, 60);
    char buffer[16];
    while (progress.read(buffer, sizeof buffer) > 0) {
    }
  }
  const std::string shown = err.str();
  std::vector<std::string> lines;
  for (std::size_t at = shown.find("\r\x1b[K"); at != std::string::npos;) {
    const std::size_t next = shown.find("\r\x1b[K", at + 4);
    lines.push_back(shown.substr(at + 4, next == std::string::npos ? std::string::npos : next - at - 4));
    at = next;
  }
  REQUIRE(lines.size() == 3);  // shown twice, then erased
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(netgap::display_width(lines[i]) == 59);
    INFO("line: " << lines[i]);
    // The name gives way, from its start: its end and the numbers stay.
    CHECK(lines[i].rfind("netgap: reading \u2026", 0) == 0);
    CHECK(lines[i].find("-name-\xC3\xA9t\xC3\xA9.json: 0 of 2 MB, ") != std::string::npos);
    CHECK(lines[i].find('\n') == std::string::npos);
  }
  CHECK(lines[2].empty());

  // Too narrow even for the numbers: the line itself is cut.
  std::ostringstream narrow;
  {
    netgap::cli::ProgressSource progress(std::make_unique<Slow>(), narrow, 2'000'000, 12);
    char buffer[16];
    while (progress.read(buffer, sizeof buffer) > 0) {
    }
  }
  INFO("shown: " << narrow.str());
  CHECK(narrow.str().find("\r\x1b[Knetgap: re\u2026\r\x1b[K") != std::string::npos);
}
