// analyse/identity: the one definition of "the same person" (docs/identity.md), as a table of pairs
// that must and must not match, decoys included; and the hash index that applies it in a stream.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <netgap/analyse/identity.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/key_index.hpp>
#include <optional>
#include <string>

#include "roster_helpers.hpp"

namespace netgap {
namespace {

using test::person;

Contact with_previous(Contact c, std::vector<std::string> previous) {
  c.previous_organizations = std::move(previous);
  return c;
}

Contact with_emails(Contact c, std::vector<std::string> emails) {
  c.emails = std::move(emails);
  return c;
}

struct Pair {
  std::string what;
  Contact a;
  Contact b;
  std::optional<MatchReason> expected;
};

using R = MatchReason;

std::vector<Pair> one_person() {
  return {
      {"LinkedIn URL spelled differently", person("Ada Lovelace", "", "", "https://www.linkedin.com/in/ada-lovelace/"),
       person("A. King", "Acme", "", "http://uk.linkedin.com/in/Ada-Lovelace?trk=people#top"), R::linkedin_profile},
      {"LinkedIn slug percent-encoded, sub-page", person("José Álvarez", "", "", "linkedin.com/in/jos%C3%A9-alvarez"),
       person("Jose Alvarez", "", "", "https://de.linkedin.com/in/jos\xC3\xA9-alvarez/details/experience/"),
       R::linkedin_profile},
      {"a personal site with a path", person("Ada", "", "", "https://ada.example.org/about/"),
       person("Ada L.", "", "", "http://ADA.example.org/about"), R::profile_url},
      {"e-mail without case and space", person("Ada Lovelace", "", "Ada@Example.org"),
       person("Countess", "", " mailto:ada@example.ORG "), R::email},
      {"an e-mail among several", person("Ada", "", "ada@work.example"),
       with_emails(person("Ada L."), {"ada@home.example", "ada@work.example"}), R::email},
      {"accents folded, dotted legal suffix", person("José Álvarez", "Société Générale"),
       person("Jose Alvarez", "Societe Generale S.A."), R::name_and_organization},
      {"honorific and degree dropped", person("Dr. Ada Lovelace", "Acme"), person("Ada Lovelace, Ph.D.", "Acme Inc."),
       R::name_and_organization},
      {"apostrophes", person("Conan O'Brien", "NBC"),
       person("Conan O\xE2\x80\x99"
              "Brien",
              "NBC"),
       R::name_and_organization},
      {"hyphen or space", person("Jean-Luc Picard", "Starfleet"), person("Jean Luc Picard", "Starfleet"),
       R::name_and_organization},
      {"extra spaces and case", person("  ADA   lovelace ", "acme"), person("Ada Lovelace", "ACME"),
       R::name_and_organization},
      {"Turkish letters and A.Ş.", person("Ayşe Yılmaz", "Koç Holding A.Ş."), person("Ayse Yilmaz", "Koc Holding"),
       R::name_and_organization},
      {"N.V.", person("Jan de Vries", "Koninklijke Philips N.V."), person("Jan de Vries", "Koninklijke Philips"),
       R::name_and_organization},
      {"& and and", person("Sam Lee", "Procter & Gamble"), person("Sam Lee", "Procter and Gamble Co."),
       R::name_and_organization},
      {"a previous organisation", with_previous(person("Ada Lovelace", "Globex"), {"Acme"}),
       person("Ada Lovelace", "Acme Inc"), R::name_and_organization},
      {"CJK name with and without a space", person("王小明", "腾讯"), person("王 小明", "腾讯"),
       R::name_and_organization},
      {"Jr. spelled two ways", person("John Smith Jr.", "Acme"), person("John Smith, Junior", "Acme"),
       R::name_and_organization},
      {"Müller without the umlaut", person("Anna Müller", "Siemens AG"), person("Anna Muller", "Siemens"),
       R::name_and_organization},
      {"the strongest key wins", person("Ada Lovelace", "Acme", "ada@example.org", "linkedin.com/in/ada"),
       person("Ada Lovelace", "Acme", "ada@example.org", "linkedin.com/in/ada"), R::linkedin_profile},
  };
}

std::vector<Pair> maybe_or_two_people() {
  return {
      // --- may be one person: never merged without the user ---
      {"decoy: same name, different organisation", person("Ada Lovelace", "Acme"), person("Ada Lovelace", "Globex"),
       R::probable_other_organization},
      {"same name, no organisation", person("Ada Lovelace"), person("ada lovelace", "Acme"),
       R::probable_no_organization},
      {"decoy: the same words before a different legal form", person("Bo Chen", "Banco S.A."),
       person("Bo Chen", "Banco Santander S.A."), R::probable_other_organization},
      // --- two people ---
      {"decoy: same organisation, different person", person("Ada Lovelace", "Acme"), person("Grace Hopper", "Acme"),
       std::nullopt},
      {"decoy: Jr. and Sr.", person("John Smith Jr.", "Smith & Sons"), person("John Smith Sr.", "Smith & Sons"),
       std::nullopt},
      {"decoy: Jr. and no suffix", person("John Smith Jr.", "Acme"), person("John Smith", "Acme"), std::nullopt},
      {"decoy: one CJK character apart", person("王小明", "腾讯"), person("王晓明", "腾讯"), std::nullopt},
      {"decoy: an apostrophe is not a space", person("Conan O'Brien", "NBC"), person("Conan O Brien", "NBC"),
       std::nullopt},
      {"decoy: a hyphen is not nothing", person("Mary-Jane Watson", "Bugle"), person("Maryjane Watson", "Bugle"),
       std::nullopt},
      {"Mueller is not Müller", person("Anna Müller", "Siemens"), person("Anna Mueller", "Siemens"), std::nullopt},
      {"decoy: a company's website", person("Ada Lovelace", "Acme", "", "https://www.acme.com/"),
       person("Grace Hopper", "Acme", "", "http://acme.com"), std::nullopt},
      {"decoy: a company's LinkedIn page", person("Ada Lovelace", "", "", "linkedin.com/company/acme"),
       person("Grace Hopper", "", "", "https://www.linkedin.com/company/acme/"), std::nullopt},
      {"decoy: a team mailbox", person("Ada Lovelace", "Acme", "info@acme.com"),
       person("Grace Hopper", "Acme", "Info@Acme.com"), std::nullopt},
      {"decoy: namesakes with two LinkedIn profiles", person("Wei Zhang", "Acme", "", "linkedin.com/in/wei-zhang-1"),
       person("Wei Zhang", "Globex", "", "linkedin.com/in/wei-zhang-2"), std::nullopt},
      {"decoy: a previous organisation of someone else", with_previous(person("Ada Lovelace", "Globex"), {"Acme"}),
       person("Grace Hopper", "Acme"), std::nullopt},
      {"nothing in common", person("Ada Lovelace"), person("Grace Hopper"), std::nullopt},
  };
}

const std::vector<Pair>& pairs() {
  static const std::vector<Pair> table = [] {
    std::vector<Pair> all = one_person();
    for (auto& pair : maybe_or_two_people()) all.push_back(std::move(pair));
    return all;
  }();
  return table;
}

const std::vector<std::string>& suffixes() { return builtin_taxonomy().organization_suffixes; }

}  // namespace

TEST_CASE("identity: the table of pairs that must and must not match", "[identity]") {
  for (const auto& pair : pairs()) {
    INFO(pair.what);
    CHECK(match_contacts(pair.a, pair.b, suffixes()) == pair.expected);
    CHECK(match_contacts(pair.b, pair.a, suffixes()) == pair.expected);
  }
}

TEST_CASE("identity: the streaming index agrees with the table", "[identity]") {
  for (const auto& pair : pairs()) {
    INFO(pair.what);
    IdentityIndex index(suffixes(), true);
    CHECK(index.add(pair.a, 0).empty());
    const auto& found = index.add(pair.b, 1);
    if (pair.expected) {
      REQUIRE(found.size() == 1);
      CHECK(found.front().position == 0);
      CHECK(found.front().reason == *pair.expected);
    } else {
      CHECK(found.empty());
    }
  }
}

TEST_CASE("identity: reasons in words, certain and probable", "[identity]") {
  CHECK(reason_text(R::linkedin_profile) == "same LinkedIn profile");
  CHECK(reason_text(R::email) == "same e-mail");
  CHECK(reason_text(R::name_and_organization) == "same name and organisation");
  CHECK(reason_text(R::probable_other_organization) == "same name, different organisation: probable");
  CHECK(is_certain(R::name_and_organization));
  CHECK_FALSE(is_certain(R::probable_other_organization));
  CHECK_FALSE(is_certain(R::probable_no_organization));
}

TEST_CASE("identity: keys strongest first, each once", "[identity]") {
  Contact c = person("Dr. Ada Lovelace", "Acme Inc", "ada@example.org", "https://example.org/ada");
  c.urls = {"https://www.linkedin.com/in/ada/", "HTTPS://EXAMPLE.ORG/ada/"};
  c.emails = {"ADA@example.org", "countess@example.org"};
  c.previous_organizations = {"Globex", "ACME"};
  std::vector<std::string> values;
  for (const auto& key : identity_keys(c, suffixes())) values.push_back(key.value);
  CHECK(values == std::vector<std::string>{"u:linkedin.com/in/ada", "u:example.org/ada", "e:ada@example.org",
                                           "e:countess@example.org", "n:ada lovelace|acme", "n:ada lovelace|globex"});
}

TEST_CASE("identity: a contact joining two earlier people names both, strongest first", "[identity]") {
  IdentityIndex index(suffixes(), true);
  index.add(person("Ada", "", "ada@example.org"), 0);
  index.add(person("Ada L.", "", "", "linkedin.com/in/ada"), 1);
  const auto& found = index.add(person("Ada Lovelace", "", "ada@example.org", "linkedin.com/in/ada"), 2);
  REQUIRE(found.size() == 2);
  CHECK(found[0].position == 1);
  CHECK(found[0].reason == R::linkedin_profile);
  CHECK(found[1].position == 0);
  CHECK(found[1].reason == R::email);
}

TEST_CASE("identity: an index without positions or probable matches only says seen", "[identity]") {
  IdentityIndex index(suffixes(), false, false);
  CHECK(index.add(person("Ada Lovelace", "Acme"), 7).empty());
  CHECK(index.add(person("Ada Lovelace", "Globex"), 8).empty());  // probable: not looked for
  const auto& found = index.add(person("ada lovelace", "ACME Inc."), 9);
  REQUIRE(found.size() == 1);
  CHECK(found.front().position == 0);
  CHECK(found.front().reason == R::name_and_organization);
}

TEST_CASE("identity: the audit's index holds 8 bytes a key slot and nothing of the contacts", "[identity]") {
  IdentityIndex index(suffixes(), false, false);
  std::size_t matched = 0;
  for (int i = 0; i < 10000; ++i) {
    const std::string n = std::to_string(i);
    matched += index.add(person("Person " + n, "Org " + n, n + "@example.org"), 0).size();
  }
  CHECK(matched == 0);
  CHECK(index.bytes() == 32768 * 8);  // 20,000 keys (e-mail, name and organisation) in a 3/4-full table
  CHECK_FALSE(index.add(person("Someone", "", "5@EXAMPLE.org"), 0).empty());
}

TEST_CASE("key index: finds what it stored, grows, and keeps the first value", "[identity]") {
  KeyIndex index;
  CHECK(index.find(42) == KeyIndex::none);
  for (std::uint32_t i = 0; i < 10000; ++i) CHECK(index.insert(hash_text(std::to_string(i)), i) == i);
  CHECK(index.size() == 10000);
  CHECK(index.insert(hash_text("17"), 99) == 17);
  for (std::uint32_t i = 0; i < 10000; i += 97) CHECK(index.find(hash_text(std::to_string(i))) == i);
  CHECK(index.find(hash_text("10000")) == KeyIndex::none);
  CHECK(index.find(0) == KeyIndex::none);
  CHECK(index.insert(0, 5) == 5);  // 0 marks an empty slot; the hash 0 is still a key
  CHECK(index.find(0) == 5);
  CHECK(index.bytes() == 16384 * 12);  // 10,001 keys: at most 3/4 of a power of two
  KeyIndex seen(false);
  seen.insert(1);
  CHECK(seen.find(1) == 0);
  CHECK(seen.bytes() == 64 * 8);
}

TEST_CASE("key index: through many doublings (each giving the old table back page by page) nothing is lost",
          "[identity]") {
  KeyIndex index;
  constexpr std::uint32_t count = 200000;  // doubles 13 times, the last ones over many pages
  for (std::uint32_t i = 0; i < count; ++i) index.insert(hash_text("key " + std::to_string(i)), i);
  CHECK(index.size() == count);
  CHECK(index.bytes() == 524288 * 12);
  std::uint32_t found = 0;
  for (std::uint32_t i = 0; i < count; ++i) found += index.find(hash_text("key " + std::to_string(i))) == i ? 1U : 0U;
  CHECK(found == count);
  CHECK(index.find(hash_text("key " + std::to_string(count))) == KeyIndex::none);
  KeyIndex moved = std::move(index);  // takes the table; the moved-from index is empty and usable
  CHECK(moved.find(hash_text("key 7")) == 7);
  CHECK(index.find(hash_text("key 7")) == KeyIndex::none);  // NOLINT(bugprone-use-after-move)
  CHECK(index.insert(hash_text("key 7"), 70) == 70);
  CHECK(index.size() == 1);
}

TEST_CASE("key index pages: zeroed, writable, and given back by whole pages only", "[identity]") {
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  KeyIndex::Pages pages(5 * page);
  auto* bytes = static_cast<unsigned char*>(pages.data());
  CHECK(bytes[0] == 0);
  CHECK(bytes[5 * page - 1] == 0);
  for (std::size_t i = 0; i < pages.size(); ++i) bytes[i] = 0xAB;
  pages.release(100, 3 * page + 10);  // pages 1 and 2 are whole in that range; 0 and 3 are not
  CHECK(bytes[page - 1] == 0xAB);
  CHECK(bytes[page] == 0);
  CHECK(bytes[3 * page - 1] == 0);
  CHECK(bytes[3 * page] == 0xAB);
  KeyIndex::Pages moved = std::move(pages);
  CHECK(moved.size() == 5 * page);
  CHECK(pages.data() == nullptr);  // NOLINT(bugprone-use-after-move): a moved-from Pages is empty
}

}  // namespace netgap
