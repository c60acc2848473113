// util/normalize and fold_case_and_accents: the comparable forms identity is built on (docs/identity.md).
#include <catch2/catch.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/unicode.hpp>
#include <nlohmann/json.hpp>
#include <random>

#include "helpers.hpp"

namespace netgap {

TEST_CASE("fold: case and accents off Latin, Greek and Cyrillic letters, other scripts kept", "[normalize]") {
  CHECK(fold_case_and_accents("José ÁLVAREZ-Núñez") == "jose alvarez-nunez");
  CHECK(fold_case_and_accents("Łódź Straße Œuvre Ærø Þór") == "lodz strasse oeuvre aero thor");
  CHECK(fold_case_and_accents("Ayşe Yılmaz İzmir Ștefan Țară") == "ayse yilmaz izmir stefan tara");
  CHECK(fold_case_and_accents("Nguyễn Thị Ánh Tuyết") == "nguyen thi anh tuyet");
  CHECK(fold_case_and_accents("Jose\xCC\x81") == "jose");  // a combining accent
  CHECK(fold_case_and_accents("Άννα Σοφίας ΑΛΈΞΗΣ Ёлка") == "αννα σοφιασ αλεξησ елка");
  CHECK(fold_case_and_accents("ＡＣＭＥ 王小明 ×÷") == "acme 王小明 ×÷");
  CHECK(fold_case_and_accents("\xFF ok") == "\xFF ok");  // bytes that are no UTF-8 stay as they are
}

TEST_CASE("normalize_name: organisations with dotted legal forms, &, accents and The", "[normalize]") {
  const auto& suffixes = builtin_taxonomy().organization_suffixes;
  CHECK(normalize_name("Société Générale S.A.", suffixes) == "societe generale");
  CHECK(normalize_name("Koninklijke Philips N.V.", suffixes) == "koninklijke philips");
  CHECK(normalize_name("Koç Holding A.Ş.", suffixes) == "koc holding");
  CHECK(normalize_name("Procter & Gamble Co.", suffixes) == normalize_name("Procter and Gamble", suffixes));
  CHECK(normalize_name("Siemens GmbH & Co.", suffixes) == "siemens");
  CHECK(normalize_name("The Boring Company", suffixes) == "boring");
  CHECK(normalize_name("J.P. Morgan", suffixes) == "jp morgan");
  CHECK(normalize_name("McDonald's", suffixes) == "mcdonalds");
  CHECK(normalize_name("S.A.", suffixes) == "sa");  // a name that is only a suffix stays a name
}

TEST_CASE("normalize_person_name: honorifics and degrees go, generations stay", "[normalize]") {
  CHECK(normalize_person_name("Dr. José  Álvarez-Núñez, PhD") == "jose alvarez nunez");
  CHECK(normalize_person_name("Prof. Dr. Ada Lovelace, Ph. D., MBA") == "ada lovelace");
  CHECK(normalize_person_name("Ms Ada O’Brien") == "ada obrien");
  CHECK(normalize_person_name("John Smith Junior") == "john smith jr");
  CHECK(normalize_person_name("John Smith, Jr., M.D.") == "john smith jr");
  CHECK(normalize_person_name("Sr. Juan Pérez Sr.") == "juan perez sr");
  CHECK(normalize_person_name("Henry Ford III") == "henry ford iii");
  CHECK(normalize_person_name("J. R. R. Tolkien") == "jrr tolkien");
  CHECK(normalize_person_name("王 小明") == "王 小 明");
  CHECK(normalize_person_name("Dr.") == "dr");  // nothing but an honorific: kept, not emptied
  CHECK(normalize_person_name("Professor Ada Lovelace") == "ada lovelace");  // a listed word over 7 letters
  CHECK(normalize_person_name("Professors Ada") == "professors ada");
  CHECK(normalize_person_name("Ada Lovelace D. Phil.") == "ada lovelace");       // "d" + "phil"
  CHECK(normalize_person_name("Ada Lovelace Jr. Jr.") == "ada lovelace jr jr");  // one generation is taken
  CHECK(normalize_person_name("Ada Lovelace Senior PhD") == "ada lovelace sr");
  CHECK(normalize_person_name("Ada Lovelace Juniors") == "ada lovelace juniors");
  CHECK(normalize_person_name("Ada Lovelace Ph Dee") == "ada lovelace ph dee");
}

TEST_CASE("normalize: ASCII text gives what the Unicode path gives for the same text", "[normalize]") {
  // Text with one non-ASCII byte goes the Unicode way (fold, apostrophes, tokenize): a no-break
  // space in front, which is only a separator, sends the same ASCII text down that path.
  const std::string alphabet = "aZ9 .,-'`&/()_bCDjrsiIphdmMr";
  std::mt19937 random(20261127);
  const auto& suffixes = builtin_taxonomy().organization_suffixes;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const std::size_t length = random() % 24;
    for (std::size_t k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
    const std::string unicode = "\xC2\xA0" + text;
    INFO("text: \"" << text << '"');
    CHECK(normalize_person_name(text) == normalize_person_name(unicode));
    CHECK(normalize_name(text, suffixes) == normalize_name(unicode, suffixes));
  }
}

TEST_CASE("normalize_url: ASCII without escapes gives what the general path gives", "[normalize]") {
  // A '%' after '#' sends a URL down the general path (which decodes, then cuts the fragment off)
  // without changing what it normalises to; random URLs from pieces that matter to the rules.
  const std::string pieces[] = {"https://",
                                "HTTP://",
                                "://",
                                "www.",
                                "WWW.",
                                "uk.",
                                "linkedin.com",
                                "LinkedIn.COM",
                                ".linkedin.com",
                                "example.org",
                                "/",
                                "//",
                                "/in/",
                                "/IN/",
                                "/pub/",
                                "ada",
                                "Ada-1",
                                "?",
                                "?x=1",
                                "#",
                                "a",
                                "details",
                                " ",
                                "wwww.",
                                "x.linkedin.com.evil",
                                "/in"};
  std::mt19937 random(20261127);
  for (int i = 0; i < 5000; ++i) {
    std::string url;
    const std::size_t count = random() % 8;
    for (std::size_t k = 0; k < count; ++k) url += pieces[random() % std::size(pieces)];
    INFO("url: \"" << url << '"');
    CHECK(normalize_url(url + "#") == normalize_url(url + "#%"));
  }
}

TEST_CASE("normalize_url: scheme, www, case, slash, query, fragment, escapes, LinkedIn profiles", "[normalize]") {
  CHECK(normalize_url(" HTTPS://WWW.Example.org/Ada/?utm=x#top ") == "example.org/ada");
  CHECK(normalize_url("https://uk.linkedin.com/in/ada-lovelace-1a2b3c/details/experience/?trk=x") ==
        "linkedin.com/in/ada-lovelace-1a2b3c");
  CHECK(normalize_url("linkedin.com/in/jos%C3%A9-%C3%A1lvarez") == "linkedin.com/in/jos\xC3\xA9-\xC3\xA1lvarez");
  CHECK(normalize_url("http://m.linkedin.com/in/Ada") == "linkedin.com/in/ada");
  CHECK(normalize_url("https://www.linkedin.com/company/acme/") == "linkedin.com/company/acme");
  CHECK(normalize_url("https://notlinkedin.com/in/ada") == "notlinkedin.com/in/ada");
  CHECK(normalize_url("100%ZZ") == "100%zz");  // not an escape: kept
  CHECK(is_linkedin_profile("linkedin.com/in/ada"));
  CHECK_FALSE(is_linkedin_profile("linkedin.com/company/acme"));
}

TEST_CASE("normalize_email: space, mailto: and case", "[normalize]") {
  CHECK(normalize_email(" MailTo:Ada@Example.ORG ") == "ada@example.org");
  CHECK(normalize_email("ada+news@example.org") == "ada+news@example.org");  // a provider's rule, not undone
}

TEST_CASE("the owner's organisation is recognised through accents and dotted legal forms", "[normalize]") {
  const auto explained = test::run_cli({"explain", "-", "--format", "json"}, R"({
    "owner": {"name": "O", "organization": "Societe Generale"},
    "contacts": [{"name": "A", "organization": "Société Générale S.A.", "role": "Data Scientist"},
                 {"name": "B", "organization": "Generali", "role": "Data Scientist"}]})");
  REQUIRE(explained.code == 0);
  const auto contacts = nlohmann::json::parse(explained.out);
  // A works at the owner's organisation, written with accents and a dotted legal form; B does not.
  const auto reasons = [&](std::size_t i) {
    std::string all;
    for (const auto& c : contacts[i]["categories"]) all += c["reason"].get<std::string>() + "\n";
    return all;
  };
  CHECK(reasons(0).find("rule peers/data-role-inside:") != std::string::npos);
  CHECK(reasons(0).find("works at the owner's organization") != std::string::npos);
  CHECK(reasons(1).find("works at the owner's organization") == std::string::npos);
  CHECK(reasons(1).find("rule data-science-community/data-role:") != std::string::npos);
}

}  // namespace netgap
