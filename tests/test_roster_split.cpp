// The structural split of the fast roster reader: strings, escapes and brackets, at every offset
// of the 16-byte steps the SSE2 loop takes.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <utility>

#include "read/roster_split.hpp"

using netgap::detail::json_roster::skip_string;
using netgap::detail::json_roster::skip_whitespace;
using netgap::detail::json_roster::split_container;
using netgap::detail::json_roster::SplitStatus;

namespace {

/// Where skip_string() ends in `text` (which starts after an opening quote), or -1.
long string_end(const std::string& text) {
  const char* end = skip_string(text.data(), text.data() + text.size());
  return end == nullptr ? -1 : end - text.data();
}

}  // namespace

TEST_CASE("split: a string ends at its first unescaped quote, wherever it falls", "[roster_split]") {
  for (std::size_t pad = 0; pad < 40; ++pad) {
    const std::string before(pad, 'a');
    INFO("pad " << pad);
    CHECK(string_end(before + "\"rest") == static_cast<long>(pad + 1));
    CHECK(string_end(before + "\\\"x\"") == static_cast<long>(pad + 4));     // \" is not the end
    CHECK(string_end(before + "\\\\\"x") == static_cast<long>(pad + 3));     // \\ then the end
    CHECK(string_end(before + "\\\\\\\"\"") == static_cast<long>(pad + 5));  // \\ \" then the end
    CHECK(string_end(before + "\\u0022\"") == static_cast<long>(pad + 7));
    CHECK(string_end(before) == -1);
    CHECK(string_end(before + "\\") == -1);    // an escape cut off at the end
    CHECK(string_end(before + "\\\"") == -1);  // the last quote is escaped
  }
}

TEST_CASE("split: an object or array ends at its matching bracket, outside strings", "[roster_split]") {
  const auto split = [](const std::string& text, std::size_t depth = 2) {
    const auto s = split_container(text.data(), text.data() + text.size(), depth);
    return std::make_pair(s.status, s.status == SplitStatus::complete ? s.end - text.data() : -1);
  };
  CHECK(split("{}, {}") == std::make_pair(SplitStatus::complete, 2L));
  CHECK(split(R"({"a": ["}", "]"], "b": "{"} tail)") == std::make_pair(SplitStatus::complete, 27L));
  CHECK(split(R"({"a": "\"}"}x)") == std::make_pair(SplitStatus::complete, 12L));
  CHECK(split("[1, [2]]") == std::make_pair(SplitStatus::complete, 8L));
  CHECK(split(R"({"a": [1, 2)").first == SplitStatus::incomplete);
  CHECK(split(R"({"a": "})").first == SplitStatus::incomplete);
  CHECK(split(R"({"a": [}])").first == SplitStatus::anomaly);
  CHECK(split(R"({"a": ]})").first == SplitStatus::anomaly);
  CHECK(split(R"({"a": [[1]]})").first == SplitStatus::anomaly);  // three levels, two allowed
  CHECK(split(R"({"a": [[1]]})", 3) == std::make_pair(SplitStatus::complete, 12L));
}

TEST_CASE("split: whitespace is JSON's four characters only", "[roster_split]") {
  const std::string text = " \t\r\n\f x";
  CHECK(skip_whitespace(text.data(), text.data() + text.size()) - text.data() == 4);
  CHECK(skip_whitespace(text.data(), text.data()) == text.data());
}

namespace {

/// The split as the byte loop of its definition reads it: the reference for the 64-byte path.
std::pair<SplitStatus, long> naive_split(const std::string& text, std::size_t max_depth) {
  std::string open;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (open.size() == max_depth) return {SplitStatus::anomaly, -1};
      open += c == '{' ? '}' : ']';
    } else if (c == '}' || c == ']') {
      if (open.empty() || open.back() != c) return {SplitStatus::anomaly, -1};
      open.pop_back();
      if (open.empty()) return {SplitStatus::complete, static_cast<long>(i + 1)};
    }
  }
  return {SplitStatus::incomplete, -1};
}

}  // namespace

TEST_CASE("split: random objects agree with the byte loop, across 64-byte blocks", "[roster_split]") {
  const char pieces[] = {'"', '"', '\\', '{', '}', '[', ']', 'a', ' ', ':', ','};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text = "{";
    const std::size_t size = random() % 300;
    while (text.size() < size) {
      // Mostly letters, so that strings run across block boundaries; specials now and then.
      text += random() % 4 == 0 ? pieces[random() % sizeof pieces] : 'a';
    }
    const auto expected = naive_split(text, 3);
    INFO(text);
    const auto s = split_container(text.data(), text.data() + text.size(), 3);
    REQUIRE(s.status == expected.first);
    if (s.status == SplitStatus::complete) REQUIRE(s.end - text.data() == expected.second);
    // With 64 readable bytes of brackets and quotes after the end, which must not count.
    const std::string padded = text + std::string(32, '"') + std::string(32, '}');
    const auto p = split_container(padded.data(), padded.data() + text.size(), 3, padded.data() + padded.size());
    REQUIRE(p.status == expected.first);
    if (p.status == SplitStatus::complete) REQUIRE(p.end - padded.data() == expected.second);
  }
}
