#include <catch2/catch.hpp>
#include <fstream>
#include <netgap/analyse/merge.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include "read/csv.hpp"

#include "helpers.hpp"
#include "read/import_csv.hpp"
#include "roster_helpers.hpp"

using namespace netgap;
using netgap::test::run_cli;

namespace {

struct Imported {
  test::Collected collected;
  ImportReport report;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

Imported import_file(const std::string& path, const std::string& format = "auto", bool strict = false) {
  Imported result;
  const auto source = open_source(path);
  Diagnostics diagnostics(1000, 1000);
  ReadOptions options;
  options.strict = strict;
  result.report = read_contacts(*source, format, builtin_taxonomy(), result.collected, diagnostics, options);
  result.errors = diagnostics.errors();
  result.warnings = diagnostics.warnings();
  return result;
}

std::vector<std::string> names(const Imported& imported) {
  std::vector<std::string> out;
  for (const auto& c : imported.collected.contacts) out.push_back(c.name);
  return out;
}

/// The FN values of a vCard file, in order (for the Roundcube expected files).
std::vector<std::string> fn_values(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(test::read_text(path));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("FN:", 0) == 0) out.push_back(line.substr(3));
  }
  return out;
}

}  // namespace

TEST_CASE("csv-spectrum: every file parses to its expected JSON", "[import][corpus]") {
  const auto dir = test::corpus("csv-spectrum");
  if (!dir) return;
  std::size_t files = 0;
  for (const auto& name : test::list_dir(*dir + "/csvs")) {
    INFO(name);
    const auto records = parse_csv_text(test::read_text(*dir + "/csvs/" + name));
    const auto expected =
        nlohmann::json::parse(test::read_text(*dir + "/json/" + name.substr(0, name.size() - 4) + ".json"));
    nlohmann::json actual = nlohmann::json::array();
    for (std::size_t r = 1; r < records.size(); ++r) {
      nlohmann::json row = nlohmann::json::object();
      for (std::size_t f = 0; f < records[0].size(); ++f)
        row[records[0][f]] = f < records[r].size() ? records[r][f] : "";
      actual.push_back(row);
    }
    CHECK(actual == expected);
    ++files;
  }
  CHECK(files == 11);
}

TEST_CASE("the CSV reader reuses its field strings: each record holds its own fields and nothing else", "[import]") {
  const std::string long_text(40, 'L');  // longer than a short string: its memory is what is reused
  const std::string text = "a," + long_text + ",c,d\n\"" + long_text + "\"\n,\n\"q\"\"\",x,\"\"\nlast," + long_text;
  const std::vector<std::vector<std::string>> expected = {
      {"a", long_text, "c", "d"}, {long_text}, {"", ""}, {"q\"", "x", ""}, {"last", long_text}};
  auto source = memory_source(text, "mixed.csv");
  BufferedInput input(*source, 16);
  CsvReader reader(input);
  std::vector<std::string> fields;
  for (const auto& record : expected) {
    REQUIRE(reader.next(fields));
    CHECK(fields == record);
  }
  CHECK_FALSE(reader.next(fields));
  CHECK(fields.empty());
  // A quoted field that never ends: the error, and the record up to there, not an earlier one's.
  auto broken = memory_source("a,b,c,d\nx,\"never", "broken.csv");
  BufferedInput broken_input(*broken);
  CsvReader broken_reader(broken_input);
  REQUIRE(broken_reader.next(fields));
  CHECK_THROWS_WITH(broken_reader.next(fields), "broken.csv:2: a quoted field starts here and never ends");
  CHECK(fields == std::vector<std::string>{"x", "never"});
}

TEST_CASE("the CSV reader streams records across buffer boundaries", "[import]") {
  std::string text = "a,b\n";
  for (int i = 0; i < 20000; ++i) text += "\"x,\"\"" + std::to_string(i) + "\"\"\",\"line\nbreak\"\r\n";
  auto source = memory_source(text, "big.csv");
  BufferedInput input(*source, 4096);
  CsvReader reader(input);
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  std::size_t n = 0;
  while (reader.next(fields)) {
    REQUIRE(fields.size() == 2);
    CHECK(fields[0] == "x,\"" + std::to_string(n) + "\"");
    CHECK(fields[1] == "line\nbreak");
    ++n;
  }
  CHECK(n == 20000);
  CHECK(reader.line() == 2 + 2 * 19999);
  auto open_quote = memory_source("a\n\"never closed\n", "q.csv");
  BufferedInput quoted(*open_quote);
  CsvReader broken(quoted);
  REQUIRE(broken.next(fields));
  CHECK_THROWS_WITH(broken.next(fields), "q.csv:2: a quoted field starts here and never ends");
}

TEST_CASE("the CSV reader holds at most one capped record: a 3 MB field or 3 million commas", "[import]") {
  const std::size_t cap = CsvReader::max_record_bytes;
  const std::string text = "a,b\n" + std::string(cap - 2, 'x') + ",y\n" +  // exactly at the cap: kept
                           "\"" + std::string(3 * cap, 'q') + "\",z\n" +   // quoted, over it
                           std::string(3 * cap, ',') + "\n" +              // a line of commas
                           "last,one\n";
  auto source = memory_source(text, "big.csv");
  BufferedInput input(*source, 4096);
  CsvReader reader(input);
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  REQUIRE(reader.next(fields));
  CHECK_FALSE(reader.cut());
  CHECK(fields.size() == 2);
  CHECK(fields[0].size() == cap - 2);
  REQUIRE(reader.next(fields));
  CHECK(reader.cut());
  CHECK(reader.line() == 3);
  CHECK(fields.at(0).size() <= cap);
  REQUIRE(reader.next(fields));
  CHECK(reader.cut());
  CHECK(fields.size() <= cap + 1);  // one separator counts as one byte
  REQUIRE(reader.next(fields));
  CHECK_FALSE(reader.cut());
  CHECK(fields == std::vector<std::string>{"last", "one"});
  CHECK(reader.line() == 5);
  CHECK_FALSE(reader.next(fields));
}

TEST_CASE("import: a record over the cap is skipped and counted, the rest imported", "[import]") {
  const std::string csv = test::temp_dir() + "/contacts.csv";
  std::ofstream(csv) << "Name,Email\nAda,ada@x.example\n\"" << std::string(CsvReader::max_record_bytes + 1, 'n')
                     << "\",b@x\nCy,cy@x\n";
  const auto r = run_cli({"import", csv, "--verbose"});
  CHECK(r.code == 0);
  CHECK(r.out.find("\"Ada\"") != std::string::npos);
  CHECK(r.out.find("\"Cy\"") != std::string::npos);
  CHECK(r.out.find("nnnn") == std::string::npos);
  CHECK(r.err.find("netgap:   skipped " + csv + ":3: record over 1 MB\n") != std::string::npos);
  CHECK(r.err.find("read 3 records, imported 2, skipped 1 (record over 1 MB: 1)") != std::string::npos);
}

TEST_CASE("import: a quoted field after the cap stays in its record, not a contact of its own", "[import]") {
  // Past the cap the record's fields are not kept; a quoted field there still holds its comma
  // and line break, so the line after it is not read as a record (it was: "Ghost" got imported).
  const std::string csv = test::temp_dir() + "/contacts.csv";
  std::ofstream(csv) << "Name,Email,Notes,More\nAda,ada@x.example," << std::string(CsvReader::max_record_bytes + 1, 'n')
                     << ",\"multi\nGhost,ghost@x.example\"\nCy,cy@x\n";
  const auto r = run_cli({"import", csv});
  CHECK(r.code == 0);
  CHECK(r.out.find("\"Cy\"") != std::string::npos);
  CHECK(r.out.find("Ghost") == std::string::npos);
  CHECK(r.err.find("read 2 records, imported 1, skipped 1 (record over 1 MB: 1)") != std::string::npos);
}

TEST_CASE("export dates in LinkedIn's three formats", "[import]") {
  CHECK(format_iso(*detail::parse_export_date("09 Oct 2024")) == "2024-10-09");
  CHECK(format_iso(*detail::parse_export_date("1/8/18, 6:14 PM")) == "2018-01-08");
  CHECK(format_iso(*detail::parse_export_date("6-Feb-26")) == "2026-02-06");
  CHECK(format_iso(*detail::parse_export_date("2024-10-09")) == "2024-10-09");
  CHECK_FALSE(detail::parse_export_date("31 Feb 2024"));
  CHECK_FALSE(detail::parse_export_date("yesterday"));
}

TEST_CASE("LinkedIn: the sample export imports", "[import][corpus]") {
  const auto dir = test::corpus("linkedin/hirefrank-network-jobs");
  if (!dir) return;
  const auto r = import_file(*dir + "/Connections.csv");
  CHECK(r.report.format == "linkedin");
  CHECK(r.report.read == 10);
  CHECK(r.report.imported == 10);
  CHECK(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 10);
  const Contact& ada = r.collected.contacts[0];
  CHECK(ada.name == "Ada Lovelace");
  CHECK(ada.organization == "Analytical Engines Inc");
  CHECK(ada.role == "Engineer");
  CHECK(ada.url == "https://www.linkedin.com/in/ada");
  CHECK(ada.how_met == "LinkedIn");
  CHECK(format_iso(*ada.connected_on) == "2024-01-01");
}

TEST_CASE("LinkedIn: preamble, BOM, CRLF, three date formats, date-only rows, emoji and CJK", "[import]") {
  const auto r = import_file(test::data_path("import/connections-current.csv"));
  CHECK(r.report.format == "linkedin");
  CHECK(r.report.read == 6);
  CHECK(r.report.imported == 4);
  CHECK(r.report.skipped == std::map<std::string, std::size_t>{{"no name", 2}});
  CHECK(r.report.summary("c.csv") == "c.csv: read 6 records, imported 4, skipped 2 (no name: 2)");
  CHECK(names(r) == std::vector<std::string>{"Ada Lovelace", "Kenji Watanabe", "🚀 Zoë 李", "Grace Hopper"});
  const auto& c = r.collected.contacts;
  CHECK(c[0].role == "Data Scientist, ML");
  CHECK(format_iso(*c[0].connected_on) == "2024-10-09");
  CHECK(format_iso(*c[1].connected_on) == "2026-02-06");
  CHECK(format_iso(*c[2].connected_on) == "2018-01-08");
  CHECK(c[2].organization == "Acme, Inc.");
  CHECK_FALSE(c[3].connected_on);
  CHECK(r.warnings ==
        std::vector<std::string>{test::data_path("import/connections-current.csv") +
                                 ":10: \"Connected On\" \"not a date\" is not a date netgap knows; left out"});
  CHECK(r.report.skipped_records ==
        std::vector<std::string>{test::data_path("import/connections-current.csv") + ":6: no name",
                                 test::data_path("import/connections-current.csv") + ":9: no name"});
  const auto strict = import_file(test::data_path("import/connections-current.csv"), "auto", true);
  CHECK(strict.errors.size() == 2);
}

TEST_CASE("LinkedIn: an older export without preamble or URL column", "[import]") {
  const auto r = import_file(test::data_path("import/connections-old.csv"));
  CHECK(r.report.format == "linkedin");
  CHECK(names(r) == std::vector<std::string>{"Linus Torvalds", "Margaret Hamilton"});
  CHECK(format_iso(*r.collected.contacts[0].connected_on) == "2018-01-08");
  CHECK(format_iso(*r.collected.contacts[1].connected_on) == "2009-12-24");
}

TEST_CASE("Roundcube contact CSVs import the people their expected vCards name", "[import][corpus]") {
  const auto dir = test::corpus("contacts-csv/roundcube");
  if (!dir) return;
  for (const std::string name : {"all", "email", "gmail", "outlook", "tb_plain"}) {
    INFO(name);
    const auto r = import_file(*dir + "/" + name + ".csv");
    CHECK(r.errors.empty());
    CHECK(r.report.read == r.report.imported + r.report.skipped_count());
    CHECK(names(r) == fn_values(*dir + "/" + name + ".expected.vcf"));
  }
  const auto gmail = import_file(*dir + "/gmail.csv");
  CHECK(gmail.report.format == "google");
  CHECK(gmail.collected.contacts[0].organization == "company");
  CHECK(gmail.collected.contacts[0].role == "jobtitle");
  CHECK(gmail.collected.contacts[0].email == "home@aaa.pl");
  CHECK(gmail.collected.contacts[0].tags == std::vector<std::string>{"Test"});
  // Every address and website of the file, the third and fourth of each too.
  CHECK(gmail.collected.contacts[0].emails ==
        std::vector<std::string>{"work@email.pl", "unknown@email.com", "other@email.com"});
  CHECK(gmail.collected.contacts[0].urls == std::vector<std::string>{"home.page.com"});
  const auto all = import_file(*dir + "/all.csv");
  CHECK(all.collected.contacts.at(0).url == "https://blog");
  CHECK(all.collected.contacts[0].urls ==
        std::vector<std::string>{"https://home", "https://other", "https://profile", "https://work"});
  CHECK(import_file(*dir + "/outlook.csv").report.format == "outlook");
}

TEST_CASE("vCard: every corpus file imports, with the right names, organisations and titles", "[import][corpus]") {
  const auto dir = test::corpus("vcard");
  if (!dir) return;
  struct Expected {
    std::string file;
    std::vector<std::string> names;
    std::string organization;  // of the first card
    std::string role;
  };
  // Read off the files by hand: FN (or N), ORG's first component, TITLE.
  const std::vector<Expected> table = {
      {"aosp/v21_adr_multiple_line.vcf", {"bogus"}, "", ""},
      {"aosp/v21_backslash.vcf", {"A;B\\C;D:E\\\\"}, "", ""},
      {"aosp/v21_invalid_comment_line.vcf", {"Conference Call"}, "", ""},
      {"aosp/v21_japanese_2.vcf", {"安藤 ロイド 1"}, "", ""},
      {"aosp/v21_multiple_entry.vcf", {"安藤ロイド3", "安藤ロイド4", "安藤ロイド5"}, "", ""},
      {"aosp/v30_comma_separated.vcf", {"G M F"}, "", ""},
      {"aosp/v30_ios_613_multiline.vcf", {"Bob Smith"}, "Smith Auto Repair", ""},
      {"aosp/v40_sort_as.vcf", {"安藤 ロイド"}, "グーグル", ""},
      {"ez-vcard/John_Doe_ANDROID.vcf",
       {"john.doe@company.com", "jane.doe@company.com", "Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ"},
       "",
       ""},
      {"ez-vcard/John_Doe_EVOLUTION.vcf", {"Mr. John Richter, James Doe Sr."}, "IBM", "Money Counter"},
      {"ez-vcard/John_Doe_GMAIL.vcf", {"Mr. John Richter, James Doe Sr."}, "IBM", "Money Counter"},
      {"ez-vcard/John_Doe_IPHONE.vcf", {"Mr. John Richter James Doe Sr."}, "IBM", "Money Counter"},
      {"ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", {"Mr. John Richter,James Doe Sr."}, "IBM", "Money Counter"},
      {"ez-vcard/John_Doe_MS_OUTLOOK.vcf", {"Mr. John Richter James Doe Sr."}, "IBM", "Money Counter"},
      {"ez-vcard/fullcontact.vcf", {"Prefix FirstName MiddleName LastName Suffix"}, "Organization1", "Title1"},
      {"ez-vcard/gmail-list.vcf", {"Arnold Smith", "Chris Beatle", "Doug White"}, "", ""},
      {"ez-vcard/gmail-single2.vcf", {"VCard Test"}, "TheCompany", "TheJobTitle"},
      {"ez-vcard/issue114.vcf", {"Dummy, Dummy"}, "Dummy GmbH", ""},
      {"ez-vcard/outlook-2003.vcf", {"John Doe III"}, "Company, The", "The Job Title"},
      {"ez-vcard/outlook-2007.vcf", {"Mr. Michael Angstadt Jr."}, "TheCompany", "TheJobTitle"},
      {"ez-vcard/rfc6350-example.vcf", {"Simon Perreault"}, "Viagenie", ""},
      {"ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf", {"John Doe"}, "TheOrganization", "TheTitle"},
      {"roundcube/johndoe.vcf", {"John Doë"}, "roundcube.net", ""},
      {"roundcube/thebat.vcf", {"Piotr Iksiñski"}, "", ""},  // no CHARSET: read as Windows-1252
      {"roundcube/utf-16_sample.vcf", {"Ǽgean ĽdaMonté"}, "", ""},
  };
  std::size_t files = 0;
  for (const auto& sub : {"aosp", "ez-vcard", "roundcube"}) {
    for (const auto& name : test::list_dir(*dir + "/" + sub)) {
      if (name.size() > 4 && name.substr(name.size() - 4) == ".vcf") ++files;
    }
  }
  CHECK(files == table.size());
  for (const auto& expected : table) {
    INFO(expected.file);
    const auto r = import_file(*dir + "/" + expected.file);
    CHECK(r.report.format == "vcard");
    CHECK(r.errors.empty());
    CHECK(names(r) == expected.names);
    CHECK(r.report.read == r.report.imported + r.report.skipped_count());
    REQUIRE_FALSE(r.collected.contacts.empty());
    CHECK(r.collected.contacts[0].organization == expected.organization);
    CHECK(r.collected.contacts[0].role == expected.role);
  }
  const auto android = import_file(*dir + "/ez-vcard/John_Doe_ANDROID.vcf");
  CHECK(android.report.read == 6);
  CHECK(android.report.skipped ==
        std::map<std::string, std::size_t>{{"quoted-printable line break followed by an empty line", 1}});
  const auto evolution = import_file(*dir + "/ez-vcard/John_Doe_EVOLUTION.vcf");
  CHECK(evolution.collected.contacts[0].department == "Accounting");
  CHECK(evolution.collected.contacts[0].tags == std::vector<std::string>{"VIP"});
  CHECK(evolution.collected.contacts[0].email == "john.doe@ibm.com");
}

TEST_CASE("every e-mail address and URL of a record is kept", "[import]") {
  const auto google = test::read_text_roster(
      "Name,E-mail 1 - Value,E-mail 2 - Value,Website 1 - Value\n"
      "Ada,a@x.org ::: b@x.org,b@x.org ::: c@x.org,https://a.example/ ::: https://linkedin.com/in/ada\n");
  REQUIRE(google.collected.contacts.size() == 1);
  const Contact& ada = google.collected.contacts[0];
  CHECK(ada.email == "a@x.org");
  CHECK(ada.emails == std::vector<std::string>{"b@x.org", "c@x.org"});
  CHECK(ada.url == "https://a.example/");
  CHECK(ada.urls == std::vector<std::string>{"https://linkedin.com/in/ada"});
  const auto card = test::read_text_roster(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEMAIL;TYPE=work:a@x.org\r\nEMAIL;TYPE=home:b@x.org\r\n"
      "EMAIL:a@x.org\r\nURL:https://a.example/\r\nURL:https://linkedin.com/in/ada\r\nEND:VCARD\r\n");
  REQUIRE(card.collected.contacts.size() == 1);
  CHECK(card.collected.contacts[0].email == "a@x.org");
  CHECK(card.collected.contacts[0].emails == std::vector<std::string>{"b@x.org"});
  CHECK(card.collected.contacts[0].urls == std::vector<std::string>{"https://linkedin.com/in/ada"});
  // Columns past the ones a list names: Google's fifth address and third website, Thunderbird's
  // third web page, Roundcube's websites by kind; not their "- Type" columns, nor Outlook's
  // "E-mail Type" and "E-mail Display Name".
  const auto many = test::read_text_roster(
      "Name,E-mail 1 - Value,E-mail 5 - Type,E-mail 5 - Value,Website 3 - Type,Website 3 - Value,Web Page 3,"
      "Website Blog,Website Work,E-mail Type,E-mail Display Name,E-mail 4 Address,Website Type,Website Label\n"
      "Ada,a@x.org,Work,e@x.org,Blog,https://c.example/,https://d.example/,https://blog.example/,"
      "https://work.example/,SMTP,Ada (a@x.org),f@x.org,Blog,Personal\n");
  REQUIRE(many.collected.contacts.size() == 1);
  CHECK(many.collected.contacts[0].email == "a@x.org");
  CHECK(many.collected.contacts[0].emails == std::vector<std::string>{"e@x.org", "f@x.org"});
  CHECK(many.collected.contacts[0].url == "https://c.example/");
  CHECK(many.collected.contacts[0].urls ==
        std::vector<std::string>{"https://d.example/", "https://blog.example/", "https://work.example/"});
}

TEST_CASE("a file that is no known format says so", "[import]") {
  const auto r = import_file(test::data_path("import/not-an-export.csv"));
  CHECK(r.errors ==
        std::vector<std::string>{
            test::data_path("import/not-an-export.csv") +
            ": no header with a name or e-mail column in the first 12 records; is this a contacts export?"});
}

TEST_CASE("netgap import writes a roster, accounts for every record, and writes files atomically", "[import]") {
  const std::string csv = test::data_path("import/connections-current.csv");
  const auto printed = run_cli({"import", csv});
  REQUIRE(printed.code == 0);
  CHECK(printed.err == "netgap: warning: " + csv +
                           ":10: \"Connected On\" \"not a date\" is not a date netgap knows; left out\n"
                           "netgap: " +
                           csv + ": read 6 records, imported 4, skipped 2 (no name: 2)\n");
  const auto valid = run_cli({"validate", "-"}, printed.out);
  CHECK(valid.out == "<stdin>: ok, 4 contacts, no owner\n");
  const auto verbose = run_cli({"import", csv, "--verbose", "-q"});
  CHECK(verbose.err.empty());  // --quiet wins
  const auto named = run_cli({"import", csv, "--verbose"});
  CHECK(named.err.find("netgap:   skipped " + csv + ":6: no name\n") != std::string::npos);
  CHECK(run_cli({"import", csv, "--strict"}).code == 2);

  const std::string dir = test::temp_dir();
  const std::string out = dir + "/roster.json";
  CHECK(run_cli({"import", csv, "-o", out}).code == 0);
  CHECK(test::read_text(out) == printed.out);
  CHECK(run_cli({"import", csv, "-o", out}).code == 2);
  CHECK(run_cli({"import", csv, "-o", out, "--force"}).code == 0);
  const auto audited = run_cli({"audit", csv, "--format", "json", "--owner",
                                std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json"});
  REQUIRE(audited.code == 0);
  CHECK(nlohmann::json::parse(audited.out)["roster"]["contacts"] == 4);
  CHECK(audited.err.find("read 6 records, imported 4, skipped 2") != std::string::npos);
  CHECK(audited.err.find("no owner") == std::string::npos);
}

TEST_CASE("merge keeps what was written by hand and drops no contact", "[import]") {
  const std::string dir = test::temp_dir();
  const std::string roster = dir + "/roster.json";
  std::ofstream(roster) << R"({"owner": {"name": "Me", "organization": "Acme"}, "contacts": [
    {"name": "Ada Lovelace", "organization": "Old Co", "tags": ["mentor"], "notes": "met at PyCon",
     "strength": 5, "last_contact": "2026-01-02", "categories": ["mentors"], "url": "https://www.linkedin.com/in/ada/"},
    {"name": "Only In Roster", "notes": "keep me"}]})";
  const auto merged = run_cli({"import", "--merge", roster, test::data_path("import/connections-current.csv")});
  REQUIRE(merged.code == 0);
  CHECK(merged.err.find("added 3, updated 1, left alone 1") != std::string::npos);
  const auto result = test::read_collected(roster);
  REQUIRE(result.size() == 5);
  CHECK(result[0].name == "Ada Lovelace");
  CHECK(result[0].organization == "Analytical Engines");  // refreshed from the export
  CHECK(result[0].role == "Data Scientist, ML");
  CHECK(format_iso(*result[0].connected_on) == "2024-10-09");
  CHECK(result[0].tags == std::vector<std::string>{"mentor"});  // hand-written, kept
  CHECK(result[0].notes == "met at PyCon");
  CHECK(result[0].strength == 5);
  CHECK(format_iso(*result[0].last_contact) == "2026-01-02");
  CHECK(result[0].categories == std::vector<std::string>{"mentors"});
  CHECK(result[1].name == "Only In Roster");
  CHECK(result[1].notes == "keep me");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json", "roster.json.bak"});
  // A second merge of the same export changes nothing.
  const auto again = run_cli({"import", "--merge", roster, test::data_path("import/connections-current.csv")});
  CHECK(again.err.find("added 0, updated 0, left alone 5") != std::string::npos);
}

TEST_CASE("an import of overlapping exports writes each person once, with what every file says", "[import]") {
  const std::string csv = test::data_path("import/connections-current.csv");
  const auto twice = run_cli({"import", csv, csv});
  REQUIRE(twice.code == 0);
  CHECK(twice.out == run_cli({"import", csv}).out);  // exact copies add nothing
  CHECK(twice.err.find("netgap: merged 4 duplicates\n") != std::string::npos);

  const std::string dir = test::temp_dir();
  const std::string phone = dir + "/phone.vcf";
  std::ofstream(phone, std::ios::binary)
      << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ADA@example.org\r\nEMAIL:ada@home.org\r\n"
         "NOTE:met at PyCon\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:Navy\r\nEMAIL:grace@navy.mil\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kenji Watanabe\r\nEND:VCARD\r\n";
  const auto both = run_cli({"import", csv, phone});
  REQUIRE(both.code == 0);
  CHECK(both.err.find("netgap: merged 2 duplicates\n"
                      "netgap: kept apart 1 contact that may be the same person as another\n") != std::string::npos);
  const std::string out = dir + "/roster.json";
  REQUIRE(run_cli({"import", csv, phone, "-o", out}).code == 0);
  CHECK(test::read_text(out) == both.out);
  const auto contacts = test::read_collected(out);
  REQUIRE(contacts.size() == 5);  // 4 people of the CSV, and a Kenji who may or may not be the other
  CHECK(contacts[0].name == "Ada Lovelace");
  CHECK(contacts[0].email == "ada@example.org");
  CHECK(contacts[0].emails == std::vector<std::string>{"ada@home.org"});
  CHECK(contacts[0].notes == "met at PyCon");
  CHECK(contacts[0].organization == "Analytical Engines");
  CHECK(contacts[3].name == "Grace Hopper");
  CHECK(contacts[3].email == "grace@navy.mil");
  CHECK(contacts[4].name == "Kenji Watanabe");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"phone.vcf", "roster.json"});
}

TEST_CASE("import --merge with evidence extends each contact's activity, again, nothing is written", "[import]") {
  const std::string dir = test::temp_dir();
  const std::string roster = dir + "/roster.json";
  std::ofstream(roster) << test::read_text(test::data_path("activity/roster.json"));
  const std::vector<std::string> args = {"import",
                                         "--merge",
                                         roster,
                                         test::data_path("activity/linkedin-export.zip"),
                                         test::data_path("activity/mail.mbox.gz"),
                                         test::data_path("activity/calendar.ics"),
                                         "--as-of",
                                         "2026-11-20",
                                         "--owner-email",
                                         "priya.raman@acmehealth.example",
                                         "--owner-email",
                                         "priya.r@gmail.example"};
  const auto first = run_cli(args);
  REQUIRE(first.code == 0);
  // The export's Connections.csv is read as contacts too (docs/activity.md): one new, 21 refreshed.
  CHECK(first.err.find("netgap: " + roster + ": added 1, updated 21, left alone 4, activity of 25 extended") !=
        std::string::npos);
  const auto contacts = test::read_collected(roster);
  CHECK(contacts.at(5).name == "Benjamin Cohen");
  REQUIRE(contacts.at(5).activity.size() == 3);
  CHECK(contacts[5].activity[2].source == "calendar");
  CHECK(contacts[5].activity[2].days == 10);
  CHECK(contacts[5].activity[2].last_two_way == parse_iso_date("2026-11-19"));

  std::remove((roster + ".bak").c_str());
  const std::string written = test::read_text(roster);
  const auto again = run_cli(args);
  REQUIRE(again.code == 0);
  CHECK(again.err.find("nothing changed, the file was not rewritten") != std::string::npos);
  CHECK(test::read_text(roster) == written);
  CHECK(!std::ifstream(roster + ".bak").good());
}

TEST_CASE("import --merge with a mistyped owner address writes nothing", "[import]") {
  const std::string dir = test::temp_dir();
  const std::string roster = dir + "/roster.json";
  const std::string text = test::read_text(test::data_path("activity/roster.json"));
  std::ofstream(roster) << text;
  const auto typo = run_cli({"import", "--merge", roster, test::data_path("activity/mail.mbox.gz"), "--owner-email",
                             "priya.ramen@acmehealth.example"});
  CHECK(typo.code == 2);
  CHECK(typo.err.find("mail.mbox.gz: none of its 37 messages is from, to or delivered to "
                      "\"priya.ramen@acmehealth.example\": is that the owner's address? (--owner-email ADDR)") !=
        std::string::npos);
  CHECK(test::read_text(roster) == text);
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json"});  // no .bak, no temporary file
  // netgap evidence lists as it reads: nothing of the rejected mailbox reaches standard output.
  const auto listed = run_cli({"evidence", test::data_path("activity/mail.mbox.gz"), "--owner-email",
                               "priya.ramen@acmehealth.example", "--format", "json"});
  CHECK(listed.code == 2);
  CHECK(listed.out.empty());
  // One right address of two: read, and the other named, on every command that reads mail.
  const std::string warning =
      "netgap: warning: --owner-email \"priya.ramen@acmehealth.example\" is on no message or "
      "meeting read: mistyped? (Mail from it is taken for mail received.)\n";
  const auto both = run_cli({"evidence", test::data_path("activity/mail.mbox.gz"), "--owner-email",
                             "priya.ramen@acmehealth.example", "--owner-email", "priya.r@gmail.example"});
  CHECK(both.code == 0);
  CHECK(both.err.find(warning) != std::string::npos);
  const auto audited =
      run_cli({"audit", roster, "--activity", test::data_path("activity/mail.mbox.gz"), "--owner-email",
               "priya.ramen@acmehealth.example", "--owner-email", "priya.r@gmail.example", "--format", "json"});
  CHECK(audited.code == 0);
  CHECK(audited.err.find(warning) != std::string::npos);
  const auto right =
      run_cli({"evidence", test::data_path("activity/mail.mbox.gz"), test::data_path("activity/calendar.ics"),
               "--owner-email", "priya.raman@acmehealth.example", "--owner-email", "priya.r@gmail.example"});
  CHECK(right.err.find("warning") == std::string::npos);
}

TEST_CASE("activity survives every way two records of one person become one", "[import][dedupe]") {
  // Ana's two records: her mail in 2025 on the first, her mail and meetings of 2026 on the second.
  const std::string twice = R"({"schema_version": 1, "contacts": [
    {"name": "Ana Silva", "email": "ana@example.org",
     "activity": {"mail": {"first_seen": "2025-01-10", "last_inbound": "2025-03-01", "days": 5}}},
    {"name": "Ana Silva", "email": "ana@example.org", "organization": "Acme",
     "activity": {"mail": {"first_seen": "2026-01-10", "last_inbound": "2026-10-01", "days": 7},
                  "calendar": {"first_seen": "2026-09-10", "last_two_way": "2026-11-19", "days": 10}}},
    {"name": "Bo Li", "email": "bo@example.org",
     "activity": {"mail": {"first_seen": "2025-01-10", "last_inbound": "2025-03-01", "days": 5}}},
    {"name": "Bo Li", "email": "bo@example.org",
     "activity": {"mail": {"first_seen": "2025-02-01", "last_inbound": "2026-10-01", "days": 9}}}]})";
  const auto check = [](const std::vector<Contact>& contacts) {
    REQUIRE(contacts.size() == 2);
    const Contact& ana = contacts[0];
    REQUIRE(ana.activity.size() == 2);
    CHECK(ana.activity[0].source == "mail");
    CHECK(ana.activity[0].first_seen == parse_iso_date("2025-01-10"));
    CHECK(ana.activity[0].last_inbound == parse_iso_date("2026-10-01"));
    CHECK(ana.activity[0].days == 12);  // apart: 5 + 7
    CHECK(ana.activity[1].source == "calendar");
    CHECK(ana.activity[1].last_two_way == parse_iso_date("2026-11-19"));
    CHECK(ana.activity[1].days == 10);
    // Bo's records differ in their activity alone; their spans overlap: the larger count.
    const Contact& bo = contacts[1];
    REQUIRE(bo.activity.size() == 1);
    CHECK(bo.activity[0].last_inbound == parse_iso_date("2026-10-01"));
    CHECK(bo.activity[0].days == 9);
  };
  const std::string dir = test::temp_dir();
  const test::WorkingDirectory in_dir(dir);
  std::ofstream("twice.json") << twice;

  SECTION("dedupe --apply") {
    REQUIRE(run_cli({"dedupe", "twice.json", "--apply", "-q"}).code == 0);
    check(test::read_collected(dir + "/twice.json"));
  }
  SECTION("an import of the roster, which writes each person once") {
    const auto imported = run_cli({"import", "twice.json", "-o", "once.json"});
    REQUIRE(imported.code == 0);
    CHECK(imported.err.find("merged 2 duplicates") != std::string::npos);
    check(test::read_collected(dir + "/once.json"));
  }
  SECTION("import --merge of the second records into a roster of the first, twice") {
    const auto records = nlohmann::json::parse(twice)["contacts"];
    std::ofstream("first.json") << nlohmann::json{{"schema_version", 1}, {"contacts", {records[0], records[2]}}};
    std::ofstream("second.json") << nlohmann::json{{"schema_version", 1}, {"contacts", {records[1], records[3]}}};
    const auto merged = run_cli({"import", "--merge", "first.json", "second.json"});
    REQUIRE(merged.code == 0);
    CHECK(merged.err.find("added 0, updated 2, left alone 0") != std::string::npos);
    check(test::read_collected(dir + "/first.json"));
    const auto again = run_cli({"import", "--merge", "first.json", "second.json"});
    CHECK(again.err.find("updated 0, left alone 2; nothing changed") != std::string::npos);
  }
}

TEST_CASE("a file source tells when its file was written to after it was opened", "[input]") {
  const std::string path = netgap::test::temp_dir() + "/roster.json";
  { std::ofstream(path) << "{\"contacts\": []}"; }
  const auto source = netgap::open_source(path);
  CHECK_FALSE(source->changed());
  { std::ofstream(path, std::ios::app) << "\n"; }
  CHECK(source->changed());
  CHECK_FALSE(netgap::open_source(path)->changed());
  const auto piped = netgap::memory_source("[]", "<stdin>");
  CHECK_FALSE(piped->changed());
}
