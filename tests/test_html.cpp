// The HTML format: golden pages, well-formed, self-contained, hostile names inert.
#if defined(__GNUC__) && !defined(__clang__)
// GCC 12 with -fsanitize=address reports std::regex's own std::function members as "maybe
// uninitialized" (a known false positive under sanitizers); -Werror would fail the ASan build.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <netgap/analyse/egogram.hpp>
#include <netgap/render/render.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "helpers.hpp"
#include "render/html_egogram.hpp"
#include "render/html_page.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

const std::string example = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";

std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

bool has_xmllint() { return std::system("command -v xmllint >/dev/null 2>&1") == 0; }

/// Well-formed XML (the page is written as XHTML-compatible HTML5), and HTML that libxml2's HTML
/// parser reads without errors other than not knowing HTML5 and SVG elements (its parser is HTML 4).
void check_parses(const std::string& html) {
  if (!has_xmllint()) {
    WARN("xmllint not installed: HTML not parsed");
    return;
  }
  const std::string dir = test::temp_dir();
  const std::string page = write(dir, "page.html", html);
  CHECK(std::system(("xmllint --noout " + page).c_str()) == 0);
  const std::string log = dir + "/html.log";
  CHECK(std::system(("xmllint --html --noout " + page + " 2>" + log).c_str()) == 0);
  std::istringstream lines(test::read_text(log));
  const std::regex known(
      R"(HTML parser error : Tag (header|main|section|article|figure|figcaption|footer|svg|title|desc|)"
      R"(path|circle|line|polygon|text|tspan) invalid)");
  std::size_t unknown_tags = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("parser error") == std::string::npos && line.find("parser warning") == std::string::npos) continue;
    INFO(line);
    CHECK(std::regex_search(line, known));
    ++unknown_tags;
  }
  CHECK(unknown_tags > 0);  // the filter is exercised: libxml2 does not know <svg>
}

/// Nothing that runs or fetches: no script, no external URL, no event handler, no embedded object.
/// User text is escaped, so every literal '<' starts markup: the tags are checked attribute by
/// attribute, the whole page for script and URLs.
void check_self_contained(const std::string& html) {
  std::string lower = html;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string bad : {"<script", "http:", "https:", "url(", "@import", "javascript:"}) {
    INFO(bad);
    CHECK(lower.find(bad) == std::string::npos);
  }
  const std::regex tag(R"(<[^>]*>)");
  const std::regex fetches(
      R"(^<(img|iframe|object|embed|link|base|meta http-equiv="refresh")|\s(on[a-z]+|src|href|xlink:href|srcset|action|formaction)\s*=)");
  std::size_t tags = 0;
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), tag); it != std::sregex_iterator(); ++it, ++tags) {
    INFO(it->str());
    CHECK_FALSE(std::regex_search(it->str(), fetches));
  }
  CHECK(tags > 10);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"") !=
        std::string::npos);
}

void check_page(const std::string& html) {
  check_parses(html);
  check_self_contained(html);
}

/// `count` contacts named Person N, spread over categories, strengths and dates.
std::string generated_roster(std::size_t count) {
  static const char* categories[] = {"mentors", "peers", "alumni", "recruiters"};
  static const char* dates[] = {"2026-11-20", "2026-09-01", "2026-02-01", "2023-05-05"};
  nlohmann::json contacts = nlohmann::json::array();
  for (std::size_t i = 0; i < count; ++i) {
    contacts.push_back({{"name", "Person " + std::to_string(i)},
                        {"categories", {categories[i % 4]}},
                        {"strength", 1 + static_cast<int>(i % 5)},
                        {"last_contact", dates[(i / 4) % 4]}});
  }
  return nlohmann::json{{"owner", {{"name", "Olga Owner"}}}, {"contacts", contacts}}.dump();
}

}  // namespace

TEST_CASE("html: the example audit (golden), parsed, self-contained", "[html]") {
  const auto result = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "html"}, test::read_text(example));
  REQUIRE(result.code == 0);
  CHECK(result.err.empty());
  test::check_golden("audit-example.html", result.out);
  check_page(result.out);
  for (const std::string part :
       {"<title id=\"radar-t\">Coverage per category</title>", "id=\"ego-t\"", "id=\"h-next\">What to do next",
        "Recruiters and Hiring Managers", "Dr. Margaret Howe", "<span class=\"status s-missing\">missing</span>",
        "<table>", "prefers-color-scheme:dark", "@media print", "break-inside:avoid"}) {
    INFO(part);
    CHECK(result.out.find(part) != std::string::npos);
  }
  CHECK(result.out.find("id=\"h-trend\"") == std::string::npos);  // no --history, no trend
  CHECK(result.out.size() < 300 * 1024);
}

TEST_CASE("html: --baseline and --history on the report page, the trend page, a diff page (golden)", "[html]") {
  const std::string dir = test::temp_dir();
  const std::string history = dir + "/history";
  const std::string roster = test::read_text(example);
  for (const std::string date : {"2026-07-25", "2026-09-25", "2026-10-25"}) {
    REQUIRE(run_cli({"audit", "-", "--as-of", date, "--save", history, "--format", "tsv", "-q"}, roster).code == 0);
  }
  const auto page = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "html", "--history", history,
                             "--baseline", history + "/2026-09-25.json"},
                            roster);
  REQUIRE(page.code == 0);
  test::check_golden("audit-history.html", page.out);
  check_page(page.out);
  CHECK(page.out.find("<h2 id=\"h-trend\">Trend</h2>") != std::string::npos);
  CHECK(page.out.find("<h2 id=\"h-changes\">Changes since 2026-09-25 (&lt;stdin&gt;)</h2>") != std::string::npos);
  CHECK(page.out.find("<polygon class=\"before\"") != std::string::npos);
  // Four audits on the trend: three saved and this one.
  CHECK(page.out.find("2026-07-25 51.8; 2026-09-25 52.5; 2026-10-25 50.2; 2026-11-25 52.2.") != std::string::npos);

  const auto trend = run_cli({"trend", history, "--format", "html"});
  REQUIRE(trend.code == 0);
  test::check_golden("trend-history.html", trend.out);
  check_page(trend.out);
  const auto empty = run_cli({"trend", test::temp_dir(), "--format", "html"});
  CHECK(empty.code == 0);
  CHECK(empty.out.find("<h1>No saved audits yet</h1>") != std::string::npos);
  check_page(empty.out);

  auto later = nlohmann::json::parse(roster);
  later["contacts"].erase(later["contacts"].begin());
  later["contacts"].push_back(
      {{"name", "Rita Recruiter"}, {"role", "Technical Recruiter"}, {"last_contact", "2026-12-01"}});
  write(dir, "before.json", roster);
  write(dir, "after.json", later.dump(2));
  const test::WorkingDirectory in_dir(dir);
  const auto diff = run_cli({"diff", "before.json", "after.json", "--as-of", "2026-12-15", "--format", "html"});
  REQUIRE(diff.code == 0);
  test::check_golden("diff-rosters.html", diff.out);
  check_page(diff.out);
  CHECK(diff.out.find("<p><b>Added</b> (1): Rita Recruiter</p>") != std::string::npos);
  CHECK(diff.out.find("<p><b>Removed</b> (1): Marcus Chen</p>") != std::string::npos);
}

TEST_CASE("html: hostile names are inert and control characters visible", "[html]") {
  const nlohmann::json roster = {
      {"owner", {{"name", "</title><script>alert(0)</script>"}, {"role", "\"><img src=x onerror=alert(2)>"}}},
      {"contacts",
       {{{"name", "<script>alert(1)</script>"}, {"last_contact", "2026-11-01"}},
        {{"name", "\"><img src=x onerror=alert(3)>"},
         {"categories", {"mentors"}},
         {"strength", 5},
         {"last_contact", "2020-01-01"}},
        {{"name",
          "Eve \x1b]0;owned\x07 \xe2\x80\xae"
          "evil \xc2\x9b"
          "2J"},
         {"last_contact", "2026-11-01"}}}}};
  const auto result = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "html", "--top", "9"}, roster.dump());
  REQUIRE(result.code == 0);
  const std::string& html = result.out;
  check_page(html);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(3)&gt;") != std::string::npos);  // rekindle and a dot
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);  // the owner's role
  CHECK(html.find("Eve \\u001b]0;owned\\u0007 \\u202eevil \\u009b2J") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find('\x07') == std::string::npos);
  CHECK(html.find("\xe2\x80\xae") == std::string::npos);
  CHECK(html.find("\xc2\x9b") == std::string::npos);
}

TEST_CASE("html_escape: references, visible controls, U+FFFD for what is not UTF-8", "[html]") {
  CHECK(html_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  CHECK(html_escape("tab\tnew\nline\r\x01\x7f") == "tab\\u0009new\\u000aline\\u000d\\u0001\\u007f");
  CHECK(html_escape("\xc2\x85\xe2\x80\x8f\xe2\x81\xa6\xd8\x9c") == "\\u0085\\u200f\\u2066\\u061c");
  CHECK(html_escape("caf\xc3\xa9 \xe6\x9d\x8e \xf0\x9f\x99\x82") == "caf\xc3\xa9 \xe6\x9d\x8e \xf0\x9f\x99\x82");
  CHECK(html_escape("a\xff"
                    "b\xc3") ==
        "a\xef\xbf\xbd"
        "b\xef\xbf\xbd");
  CHECK(html_escape("\xef\xbf\xbe") == "\\ufffe");
}

TEST_CASE("html: every status has its own word and colour, from one function", "[html]") {
  std::vector<std::string> classes;
  for (const Status s : {Status::missing, Status::weak, Status::developing, Status::covered}) {
    const StatusLook look = status_look(s);
    CHECK(look.word == status_name(s));
    CHECK(std::find(classes.begin(), classes.end(), std::string(look.css)) == classes.end());
    classes.emplace_back(look.css);
    CHECK(status_badge(s) ==
          "<span class=\"status " + std::string(look.css) + "\">" + std::string(look.word) + "</span>");
  }
}

TEST_CASE("html: a few hundred contacts are dots with names, more are counts per cell", "[html]") {
  const auto few = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "html"}, generated_roster(200));
  REQUIRE(few.code == 0);
  CHECK(few.out.find("<title>Person 199: Recruiters and Hiring Managers; strength 5; last contact") !=
        std::string::npos);
  CHECK(few.out.find("Too many contacts to draw one by one") == std::string::npos);
  const auto many = run_cli({"audit", "-", "--as-of", "2026-11-25", "--format", "html"}, generated_roster(2000));
  REQUIRE(many.code == 0);
  check_page(many.out);
  CHECK(many.out.find("Too many contacts to draw one by one") != std::string::npos);
  CHECK(many.out.find("Person 1999") == std::string::npos);
  CHECK(many.out.find("<title>Mentors, within 30 days: 125 contacts, mean strength 3.0</title>") != std::string::npos);
  CHECK(many.out.size() < few.out.size() + 4096);  // the page does not grow with the roster
}

TEST_CASE("html: the egogram's rings in words, also for windows too short to fill them", "[html]") {
  const auto names = [](int window) {
    std::vector<std::string> out;
    const Egogram e = make_egogram(8, window);
    for (std::size_t r = 0; r < Egogram::rings; ++r) out.push_back(egogram_ring_name(e, r));
    return out;
  };
  CHECK(names(365) == std::vector<std::string>{"within 30 days", "31 to 91 days", "92 to 365 days",
                                               "dormant (over 365 days)", "no date"});
  CHECK(names(7) ==
        std::vector<std::string>{"within 0 days", "1 day", "2 to 7 days", "dormant (over 7 days)", "no date"});
  CHECK(names(3) ==
        std::vector<std::string>{"within 0 days", "no days", "1 to 3 days", "dormant (over 3 days)", "no date"});
}

TEST_CASE("html: --anonymize shows initials and --save keeps the names", "[html]") {
  const std::string dir = test::temp_dir();
  const auto result =
      run_cli({"audit", example, "--as-of", "2026-11-25", "--format", "html", "--anonymize", "--save", dir, "-q"});
  REQUIRE(result.code == 0);
  CHECK(result.out.find("Priya") == std::string::npos);
  CHECK(result.out.find("Margaret") == std::string::npos);
  CHECK(result.out.find("<h1>P. R.</h1>") != std::string::npos);
  CHECK(result.out.find("D. M. H. <span class=\"muted\">(strength 5, last contact 2025-10-01)</span>") !=
        std::string::npos);
  CHECK(test::read_text(dir + "/2026-11-25.json").find("Dr. Margaret Howe") != std::string::npos);
  const auto text = run_cli({"audit", example, "--as-of", "2026-11-25", "--anonymize"});
  CHECK(text.out.find("netgap audit of P. R. (Senior Data Scientist, Acme Health)") == 0);
}

TEST_CASE("html: --history is for the page only", "[html]") {
  const auto result = run_cli({"audit", example, "--history", "audits"});
  CHECK(result.code == 2);
  CHECK(result.err == "netgap: error: --history: only --format html draws a trend; use 'netgap trend audits'\n");
  const auto missing = run_cli({"audit", example, "--format", "html", "--history", "/nonexistent/audits"});
  CHECK(missing.code == 2);
  CHECK(missing.err == "netgap: error: /nonexistent/audits: cannot open the directory of saved audits\n");
}
