// The fast path of the JSON roster reader against the reference reader: the JSONTestSuite, the
// hostile inputs and a generated corpus, each read both ways, compared whole (every visitor call
// with every field, every diagnostic word for word).
#include <catch2/catch.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/read_options.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <random>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "read/roster_fast.hpp"
#include "read/roster_json_paths.hpp"
#include "roster_paths.hpp"

using netgap::test::PathTrace;

namespace {

/// Reads `text` both ways, and the fast way also visiting on a second thread, and requires the
/// same; returns what the fast path did.
PathTrace same_both_ways(const std::string& text, const netgap::Owner* owner = nullptr) {
  const PathTrace reference = netgap::test::read_reference(text, owner);
  const PathTrace fast = netgap::test::read_fast(text, owner);
  INFO("input (first 200 bytes): " << text.substr(0, 200));
  REQUIRE(fast.diagnostics == reference.diagnostics);
  REQUIRE(fast.events == reference.events);
  const PathTrace two_threads = netgap::test::read_fast(text, owner, true);
  REQUIRE(two_threads.diagnostics == reference.diagnostics);
  REQUIRE(two_threads.events == reference.events);
  REQUIRE(two_threads.fast_visited == fast.fast_visited);
  return fast;
}

const char* const first_names[] = {"Ada", "Grace", "Chloé", "Zoë \\\"Z\\\"", "Wei \\u00e9", "Amara\\ud83d\\ude00"};
/// An id of the built-in taxonomy's categories or lenses.
std::string category(std::size_t i) {
  const auto& all = netgap::builtin_taxonomy().categories;
  return all[i % all.size()].id;
}
std::string lens(std::size_t i) {
  const auto& all = netgap::builtin_taxonomy().lenses;
  return all[i % all.size()].id;
}

/// A contact in the generator's shape, with escapes, lists, dates and nulls here and there.
std::string contact(std::size_t i) {
  std::string text = "{\"name\": \"" + std::string(first_names[i % 6]) + " " + std::to_string(i) + "\"";
  text += ", \"organization\": \"Acme\\tHealth\", \"role\": \"Data Scientist\"";
  if (i % 3 == 0) text += ", \"categories\": [\" " + category(i) + " \"]";
  if (i % 4 == 0) text += ", \"tags\": [], \"schools\": [\"MIT\", \"ETH Z\\u00fcrich\"]";
  if (i % 5 == 0) text += ", \"department\": null, \"strength\": " + std::to_string(i % 5 + 1);
  if (i % 7 == 0) text += ",\n \"last_contact\": \"2024-02-29\", \"connected_on\": \"2019-01-31\"";
  if (i % 11 == 0) text += ", \"lenses\": [\"" + lens(i) + "\"], \"notes\": \"line\\nbreak \\/ \\\\ \\b\\f\\r\"";
  if (i % 13 == 0) {  // evidence: two sources out of order (they are sorted), a null, an escaped key
    text +=
        ", \"activity\": {\"calendar\": {\"last_two_way\": \"2025-05-06\", \"days\": 1}, \"ma\\u0069l\": "
        "{\"first_seen\": \"2024-01-02\", \"last_inbound\": null, \"last_outbound\": \"2025-03-04\", \"days\": " +
        std::to_string(i % 9) + "}}";
  } else if (i % 17 == 0) {
    text += ", \"previous_organizations\": [\"Old Co\"], \"emails\": [\"old@example.org\"], \"activity\": {}";
  }
  return text + ", \"email\": \"p" + std::to_string(i) + "@example.org\"}";
}

std::string contacts(std::size_t n) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) text += (i > 0 ? ",\n    " : "\n    ") + contact(i);
  return text + "\n  ";
}

const std::string owner_json =
    R"({"name": "Priya Raman", "organization": "Acme Health", "schools": [" University of Michigan "], "role": null})";

std::string roster(std::size_t n) {
  return "{\n  \"$schema\": \"https://example.org/roster.schema.json\",\n  \"schema_version\": 1,\n  \"owner\": " +
         owner_json + ",\n  \"contacts\": [" + contacts(n) + "]\n}\n";
}

}  // namespace

TEST_CASE("fast path: a roster over several blocks is read whole, as the reference reader reads it", "[roster_fast]") {
  const std::string text = roster(8000);
  REQUIRE(text.size() > 3 * netgap::detail::json_roster::fast_block_size);
  const PathTrace fast = same_both_ways(text);
  CHECK(fast.fast_done);
  CHECK(fast.fast_visited == 8000);
  CHECK(same_both_ways("\xEF\xBB\xBF  [" + contacts(3) + "]\r\n\t").fast_done);
  CHECK(same_both_ways("[]").fast_done);
  CHECK(same_both_ways("{\"contacts\": []}").fast_done);
}

TEST_CASE("fast path: where the owner is decides when contacts are visited", "[roster_fast]") {
  netgap::Owner given;
  given.name = "Given Owner";
  // No owner before the contacts: the first pass only checks, the second visits.
  const PathTrace none = same_both_ways("{\"schema_version\": 1, \"contacts\": [" + contacts(500) + "]}", &given);
  CHECK(none.fast_done);
  CHECK(none.fast_visited == 500);
  CHECK(same_both_ways("{\"owner\": null, \"contacts\": [" + contacts(5) + "]}", &given).fast_done);
  CHECK(same_both_ways("[" + contacts(5) + "]", &given).fast_done);
  // An owner after the contacts is the reference reader's, and nothing was visited before.
  const PathTrace after = same_both_ways("{\"contacts\": [" + contacts(500) + "], \"owner\": " + owner_json + "}");
  CHECK_FALSE(after.fast_done);
  CHECK(after.fast_visited == 0);
  const PathTrace cut = same_both_ways("{\"contacts\": [" + contacts(500) + "]");
  CHECK_FALSE(cut.fast_done);
  CHECK(cut.fast_visited == 0);
}

TEST_CASE("fast path: giving up after visiting contacts hands on only the rest", "[roster_fast]") {
  const std::string head = "{\"owner\": " + owner_json + ", \"contacts\": [" + contacts(3000);
  const PathTrace unknown = same_both_ways(head + ", {\"name\": \"X\", \"nickname\": \"x\"}, " + contact(1) + "]}");
  CHECK_FALSE(unknown.fast_done);
  CHECK(unknown.fast_visited == 3000);
  const PathTrace syntax = same_both_ways(head + ", {\"name\": \"X\", \"strength\": 01}, " + contact(1) + "]}");
  CHECK(syntax.fast_visited == 3000);
  const PathTrace invalid = same_both_ways(head + ", {\"name\": \"\", \"strength\": 9}, " + contact(1) + "]}");
  CHECK(invalid.fast_visited == 3000);
  const PathTrace after = same_both_ways(head + "], \"owner\": {\"name\": \"Late\"}}");
  CHECK(after.fast_visited == 3000);
  // A contact's activity with a problem: the contacts before it were visited.
  for (const std::string activity :
       {R"({"email": {"days": 1}})", R"({"mail": {"days": 1}, "mail": {"days": 2}})", R"({"mail": 3})",
        R"({"mail": []})", R"({"mail": null})", R"({"mail": {"first_seen": "2024-13-01"}})",
        R"({"mail": {"days": 1.5}})", R"({"mail": {"days": -1}})", R"({"mail": {"days": true}})",
        R"({"mail": {"dayz": 1}})", R"([])", R"("mail")", R"({"mail": {"days": 99999999999999999999}})"}) {
    INFO(activity);
    const PathTrace bad =
        same_both_ways(head + ", {\"name\": \"X\", \"activity\": " + activity + "}, " + contact(1) + "]}");
    CHECK_FALSE(bad.fast_done);
    CHECK(bad.fast_visited == 3000);
  }
  // Nested deeper than a record's values: the split gives up on the whole block that holds it.
  for (const std::string activity : {R"({"mail": {"days": [1]}})", R"({"mail": {"days": {"x": {}}}})"}) {
    INFO(activity);
    const PathTrace deep =
        same_both_ways(head + ", {\"name\": \"X\", \"activity\": " + activity + "}, " + contact(1) + "]}");
    CHECK_FALSE(deep.fast_done);
    CHECK(deep.fast_visited < 3000);
  }
  // Giving up at and around the second thread's batches (512 contacts), and after several.
  for (const std::size_t n : {511U, 512U, 513U, 1024U, 2049U}) {
    const std::string start = "{\"owner\": " + owner_json + ", \"contacts\": [" + contacts(n);
    CHECK(same_both_ways(start + ", {\"name\": \"X\", \"nickname\": \"x\"}, " + contact(1) + "]}").fast_visited == n);
  }
  // One contact larger than a block.
  const std::string big(netgap::detail::json_roster::fast_block_size, 'x');
  const PathTrace large =
      same_both_ways(head + ", {\"name\": \"Big\", \"notes\": \"" + big + "\"}, " + contact(2) + "]}");
  CHECK(large.fast_visited == 3000);
}

TEST_CASE("fast path: the hostile inputs", "[roster_fast]") {
  same_both_ways(std::string(100000, '['));
  same_both_ways("[" + std::string(100, '{') + "]");
  same_both_ways("[{\"name\": [[[[[[\"deep\"]]]]]]}]");
  same_both_ways("[{\"name\": \"Ad\xFF\"}]");
  same_both_ways(std::string("[{\"name\": \"A\"}]\0garbage", 23));
  same_both_ways(std::string("[{\"name\": \"A\0B\"}]", 17));
  same_both_ways("[{\"name\": \"A\", \"strength\": 1e99999}]");
  same_both_ways("[{\"name\": \"A\", \"strength\": 99999999999999999999999}]");
  same_both_ways("[{\"name\": \"A\", \"strength\": -9223372036854775809}]");
  same_both_ways("[{\"name\": \"A\", \"strength\": 4.0}]");
  std::string text = "[{\"name\": \"";
  text.append(50u << 20, 'x');
  text += "\", \"role\": \"Data Scientist\"}]";
  same_both_ways(text);
  same_both_ways(text.substr(0, text.size() - 30));
  same_both_ways("");
  same_both_ways("   \n");
  same_both_ways("\xFF\xFE[\0]");
  same_both_ways("{\"contacts\": [{\"name\": \"A\"},]}");
  same_both_ways("{\"contacts\": [{\"name\": \"A\"} {\"name\": \"B\"}]}");
  same_both_ways("{\"contacts\": [{\"name\": \"A\"}]} {}");
  same_both_ways("{\"contacts\": [{\"name\": \"A\"]}]}");
  same_both_ways("{\"contacts\": [{\"name\": \"A\", \"tags\": [\"x\"}]}");
  same_both_ways("{\"schema_version\": 1.0, \"contacts\": []}");
  same_both_ways("{\"schema_version\": 2, \"contacts\": []}");
  same_both_ways("{\"schema_version\": 1, \"schema_version\": 1, \"contacts\": []}");
  same_both_ways("{\"c\\u006fntacts\": [{\"name\": \"A\"}]}");
  same_both_ways("[{\"n\\u0061me\": \"A\"}]");
  same_both_ways("[{\"name\": \"A\", \"name\": \"B\", \"tags\": [\"a\"], \"tags\": [\"b\"]}]");
}

TEST_CASE("fast path: every JSONTestSuite file, alone and inside a roster", "[roster_fast]") {
  const auto dir = netgap::test::corpus("json-test-suite");
  if (!dir) return;
  std::size_t files = 0;
  std::size_t fast_done = 0;
  for (const auto& name : netgap::test::list_dir(*dir + "/test_parsing")) {
    const std::string json = netgap::test::read_text(*dir + "/test_parsing/" + name);
    INFO(name);
    ++files;
    const std::string owner = "\"owner\": {\"name\": \"O\"}, ";
    for (const std::string& text :
         {json, "[{\"name\": \"A\", \"notes\": " + json + "}]", "[{\"name\": \"A\", \"tags\": " + json + "}]",
          "[{\"name\": \"A\", \"tags\": [" + json + "]}]", "[{\"name\": \"A\"}, " + json + "]",
          "{" + owner + "\"contacts\": " + json + "}", "{\"owner\": {\"name\": " + json + "}, \"contacts\": []}",
          "{\"$schema\": " + json + ", \"contacts\": []}",
          "{\"contacts\": [{\"name\": \"A\"}], \"x\": " + json + "}"}) {
      fast_done += same_both_ways(text).fast_done ? 1U : 0U;
    }
  }
  CHECK(files > 300);
  CHECK(fast_done >= 60);  // the fast path read many of them itself (68 when this was written)
}

TEST_CASE("fast path: a generated corpus of damaged rosters", "[roster_fast]") {
  const std::string base = roster(40);
  const std::vector<std::string> tokens = {",",    "]",    "}",    "[",     "{",       "\"",      "\\",      ":",
                                           "null", "1",    "-0",   "1e5",   "true",    "\\u00e9", "\\ud800", " ",
                                           "\x01", "\xC3", "\xFF", "\"x\"", "[\"y\"]", "{}",      "01",      "\\x"};
  std::mt19937 random(20251125);
  std::size_t fast_done = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string text = base;
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % text.size();
      switch (random() % 3) {
        case 0:
          text.erase(at, 1 + random() % 3);
          break;
        case 1:
          text.insert(at, tokens[random() % tokens.size()]);
          break;
        default:
          text[at] = tokens[random() % tokens.size()][0];
          break;
      }
    }
    fast_done += same_both_ways(text).fast_done ? 1U : 0U;
  }
  CHECK(fast_done > 0);  // some edits land in whitespace or inside a string and keep the roster valid
}

namespace {

/// A file that something cuts short while netgap reads it: whole until the first rewind, then
/// `cut` bytes; changed() says so when `tells` is set.
class CutWhileRead final : public netgap::ByteSource {
 public:
  CutWhileRead(std::string text, std::size_t cut, bool tells) : text_(std::move(text)), cut_(cut), tells_(tells) {}
  std::size_t read(char* buffer, std::size_t size) override {
    // Rewound before the first bytes are checked, after, by the fast path, and for the reference reader.
    const std::size_t end = rewinds_ >= 4 ? cut_ : text_.size();
    const std::size_t n = std::min(size, end - std::min(end, at_));
    std::memcpy(buffer, text_.data() + at_, n);
    at_ += n;
    return n;
  }
  [[nodiscard]] const std::string& name() const override { return name_; }
  bool rewind() override {
    at_ = 0;
    ++rewinds_;
    return true;
  }
  [[nodiscard]] bool changed() const override { return tells_ && rewinds_ >= 4; }

 private:
  std::string text_;
  std::string name_ = "roster.json";
  std::size_t cut_;
  bool tells_;
  std::size_t at_ = 0;
  int rewinds_ = 0;
};

struct Nothing final : netgap::RosterVisitor {
  void on_owner(const netgap::Owner*) override {}
  void on_contact(const netgap::Contact&) override {}
};

}  // namespace

TEST_CASE("fast path: a file cut short between the two readings is an input problem, not a disagreement",
          "[roster_fast]") {
  // The fast path reads 3,000 contacts, gives up at the last one, and the reference reader finds
  // the file shorter than what the fast path read.
  const std::string text =
      "{\"owner\": " + owner_json + ", \"contacts\": [" + contacts(3000) + ", {\"name\": \"X\", \"nickname\": \"x\"}]}";
  for (const bool tells : {true, false}) {
    CutWhileRead source(text, text.size() / 2, tells);
    netgap::BufferedInput input(source);
    input.head(8192);
    Nothing nothing;
    netgap::Diagnostics diagnostics;
    const auto read = [&] {
      netgap::detail::json_roster::read_json_roster_fast(input, netgap::builtin_taxonomy(), nothing, diagnostics,
                                                         netgap::ReadOptions{});
    };
    if (tells) {
      CHECK_THROWS_WITH(read(), "roster.json: the file changed while netgap read it; read it again once it is written");
    } else {
      CHECK_THROWS_AS(read(), std::logic_error);  // what cannot tell stays an internal error (exit 3)
    }
  }
}
