#include <catch2/catch.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <nlohmann/json.hpp>

#include "helpers.hpp"

using namespace netgap;

namespace {

/// A minimal valid taxonomy; tests break one thing in it at a time.
nlohmann::json minimal() {
  return nlohmann::json::parse(R"({
    "schema_version": 1, "title": "T", "purpose": "P",
    "groups": [{"id": "g", "name": "G"}],
    "categories": [{"id": "c", "group": "g", "name": "C", "who": "W",
                    "actions": [{"text": "Do.", "source": "document"}],
                    "benefits": [{"text": "Gain.", "source": "document"}]}],
    "lenses": [{"id": "l", "name": "L", "definition": "D",
                "actions": [{"text": "Act.", "source": "netgap"}]}],
    "keyword_sets": {"k": ["word"]}
  })");
}

std::string error_of(const nlohmann::json& document) {
  try {
    parse_taxonomy(document.dump(), "t.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("the embedded taxonomy has every network type of the document", "[taxonomy]") {
  const Taxonomy& t = builtin_taxonomy();
  std::vector<std::string> groups;
  for (const auto& g : t.groups) groups.push_back(g.id);
  CHECK(groups == std::vector<std::string>{"professional", "academic", "workplace"});
  std::vector<std::string> categories;
  for (const auto& c : t.categories) categories.push_back(c.id + "@" + c.group);
  CHECK(categories == std::vector<std::string>{"data-science-community@professional", "domain@professional",
                                               "recruiters@professional", "researchers@academic", "alumni@academic",
                                               "mentors@workplace", "peers@workplace", "cross-functional@workplace"});
  std::vector<std::string> lenses;
  for (const auto& l : t.lenses) lenses.push_back(l.id);
  CHECK(lenses == std::vector<std::string>{"operational", "strategic", "developmental"});
  for (const auto& c : t.categories) {
    INFO(c.id);
    const auto from_document = [](const std::vector<Statement>& list) {
      return std::count_if(list.begin(), list.end(), [](const Statement& s) { return s.source == Source::document; });
    };
    CHECK(from_document(c.actions) >= 1);
    CHECK(from_document(c.benefits) >= 1);
    CHECK(c.target > 0);
    CHECK_FALSE(c.rules.empty());
  }
  for (const auto& l : t.lenses) {
    INFO(l.id);
    CHECK_FALSE(l.actions.empty());
    for (const auto& a : l.actions) CHECK(a.source == Source::netgap);  // the document gives none
  }
  CHECK(t.purpose.find("network groups that is missing") != std::string::npos);
}

TEST_CASE("every action and benefit marked as the document's is in the document", "[taxonomy][corpus]") {
  const auto shared = test::corpus("../seed");
  if (!shared) return;
  const std::string document = to_lower(test::read_text(*shared + "/000_aa90c9ff3b208a73.txt"));
  std::vector<std::string> doc_words;
  tokenize(document, doc_words);
  const Taxonomy& t = builtin_taxonomy();
  const auto check = [&](const NetworkType& type, const std::vector<Statement>& list) {
    for (const auto& s : list) {
      if (s.source != Source::document) continue;
      std::vector<std::string> words;
      tokenize(s.text, words);
      for (const auto& w : words) {
        // Every word of ours comes from the document (a plural or a verb's -s aside).
        const bool found = std::any_of(doc_words.begin(), doc_words.end(), [&](const std::string& d) {
          return d == w || d + "s" == w || d == w + "s" || d + "e" == w || w + "e" == d;
        });
        INFO(type.id << ": " << s.text << ": word " << w);
        CHECK(found);
      }
    }
  };
  for (const auto& c : t.categories) {
    check(c, c.actions);
    check(c, c.benefits);
  }
  for (const auto& l : t.lenses) CHECK(document.find(to_lower(l.description.substr(0, 30))) != std::string::npos);
}

TEST_CASE("the taxonomy rendered as JSON loads again unchanged", "[taxonomy]") {
  const std::string once = render_taxonomy_json(builtin_taxonomy(), nullptr, RenderOptions{});
  const Taxonomy again = parse_taxonomy(once, "again.json");
  CHECK(render_taxonomy_json(again, nullptr, RenderOptions{}) == once);
}

TEST_CASE("a minimal taxonomy parses", "[taxonomy]") {
  const Taxonomy t = parse_taxonomy(minimal().dump(), "t.json");
  CHECK(t.categories.size() == 1);
  CHECK(t.find("l")->kind == TypeKind::lens);
  CHECK(t.find("zzz") == nullptr);
}

TEST_CASE("bad taxonomy files give exact messages", "[taxonomy]") {
  SECTION("syntax error with line and column") {
    CHECK_THROWS_WITH(parse_taxonomy("{\n  \"title\": \"x\"\n  \"purpose\": 1\n}", "t.json"),
                      "t.json:3:3: expected ',' or '}' after a member, got a string");
  }
  SECTION("empty file") { CHECK_THROWS_WITH(parse_taxonomy("  \n", "t.json"), "t.json: the file is empty"); }
  SECTION("unknown key with a suggestion") {
    auto d = minimal();
    d["categories"][0]["action"] = d["categories"][0]["actions"];
    CHECK(error_of(d) == "t.json: categories[0]: unknown key \"action\" (did you mean \"actions\"?)");
  }
  SECTION("missing field") {
    auto d = minimal();
    d["categories"][0].erase("name");
    CHECK(error_of(d) == "t.json: categories[0]: missing required key \"name\"");
  }
  SECTION("duplicate id") {
    auto d = minimal();
    d["categories"].push_back(d["categories"][0]);
    CHECK(error_of(d) == "t.json: categories[1].id: duplicate id \"c\" (also categories[0].id)");
  }
  SECTION("a category in a group that does not exist") {
    auto d = minimal();
    d["categories"][0]["group"] = "gg";
    CHECK(error_of(d) == "t.json: categories[0].group: unknown group \"gg\" (did you mean \"g\"?)");
  }
  SECTION("an empty action list") {
    auto d = minimal();
    d["categories"][0]["actions"] = nlohmann::json::array();
    CHECK(error_of(d) == "t.json: actions: must not be empty");
  }
  SECTION("a wrong type") {
    auto d = minimal();
    d["categories"][0]["target"] = "three";
    CHECK(error_of(d) ==
          "t.json: categories[0].target: expected a number greater than 0 and at most 10000, got \"three\"");
  }
  SECTION("a weight or target too large to score (issue #11 item 8)") {
    auto d = minimal();
    d["categories"][0]["weight"] = 1e300;
    d["lenses"][0]["target"] = 1e6;
    CHECK(error_of(d) ==
          "t.json: categories[0].weight: expected a number greater than 0 and at most 1000, got 1e+300\n"
          "t.json: lenses[0].target: expected a number greater than 0 and at most 10000, got 1000000.0");
  }
  SECTION("an unknown source, keyword set and field") {
    auto d = minimal();
    d["categories"][0]["actions"][0]["source"] = "me";
    d["categories"][0]["rules"] =
        nlohmann::json::parse(R"([{"id": "r", "match": [{"keywords": "kk", "fields": ["rol"]}]}])");
    CHECK(error_of(d) ==
          "t.json: categories[0].actions[0].source: expected \"document\" or \"netgap\", got \"me\"\n"
          "t.json: categories[0].rules[0].match[0].keywords: unknown keyword set \"kk\" (did you mean \"k\"?)\n"
          "t.json: categories[0].rules[0].match[0].fields: unknown field \"rol\" (did you mean \"role\"?)");
  }
  SECTION("a lens rule naming an unknown category") {
    auto d = minimal();
    d["lenses"][0]["rules"] = nlohmann::json::parse(R"([{"id": "r", "has_category": ["cc"]}])");
    CHECK(error_of(d) == "t.json: lenses[0].rules[0].has_category: unknown category \"cc\" (did you mean \"c\"?)");
  }
  SECTION("not an object") {
    CHECK(error_of(nlohmann::json::array()) == "t.json: the top level must be an object, got an array");
  }
}
