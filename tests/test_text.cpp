#include <catch2/catch.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

using namespace netgap;

TEST_CASE("tokenize lowers, splits on punctuation, and keeps accented and non-Latin words", "[text]") {
  std::vector<std::string> words;
  tokenize("Sr. Data-Scientist, ML/AI", words);
  CHECK(words == std::vector<std::string>{"sr", "data", "scientist", "ml", "ai"});
  tokenize("INVESTIGADORA Científica", words);
  CHECK(words == std::vector<std::string>{"investigadora", "científica"});
  tokenize("Ελληνικά ПРОФЕССОР", words);
  CHECK(words == std::vector<std::string>{"ελληνικά", "профессор"});
  tokenize("高级研究员", words);
  CHECK(words == std::vector<std::string>{"高", "级", "研", "究", "员"});
  tokenize("🚀 rocket", words);
  CHECK(words == std::vector<std::string>{"rocket"});
}

TEST_CASE("normalize_name drops case, punctuation and legal suffixes", "[text]") {
  const std::vector<std::string> suffixes{"inc", "llc", "gmbh", "ltd"};
  CHECK(normalize_name("Acme Health, Inc.", suffixes) == "acme health");
  CHECK(normalize_name("ACME  health", suffixes) == "acme health");
  CHECK(normalize_name("Siemens GmbH", suffixes) == "siemens");
  CHECK(normalize_name("The Analytics Co", {"co"}) == "analytics");
  CHECK(normalize_name("Inc", suffixes) == "inc");
}

TEST_CASE("closest_match suggests near names only", "[text]") {
  const std::vector<std::string> ids{"mentors", "peers", "alumni", "recruiters"};
  CHECK(closest_match("mentor", ids) == std::optional<std::string>("mentors"));
  CHECK(closest_match("Alumnni", ids) == std::optional<std::string>("alumni"));
  CHECK_FALSE(closest_match("zzzzzz", ids));
}

TEST_CASE("quoted escapes control characters", "[text]") { CHECK(quote("a\"b\n\x01") == "\"a\\\"b\\n\\u0001\""); }

TEST_CASE("append_quoted: a byte that needs an escape is escaped at every place of every length", "[text]") {
  // Every byte that must not reach a terminal raw, at every place of texts of 1 to 40 bytes: what
  // a faster scan (tried: 8 bytes at a time, the last 8 overlapping) must keep doing.
  const std::string escapes[] = {std::string(1, '\0'), "\x01", "\x1f", "\n", "\"", "\\", "\x7f",
                                 "\xc2\x85",       // NEL, a C1 control
                                 "\xe2\x80\xae"};  // RIGHT-TO-LEFT OVERRIDE
  for (std::size_t length = 1; length <= 40; ++length) {
    const std::string plain(length, 'a');
    std::string out = "x";
    append_quoted(out, plain);
    REQUIRE(out == "x\"" + plain + "\"");  // appended, with what was there kept
    for (std::size_t at = 0; at < length; ++at) {
      for (const std::string& bad : escapes) {
        std::string text = plain;
        text.replace(at, 1, bad);
        std::string quoted;
        append_quoted(quoted, text);
        INFO("length " << length << ", at " << at << ", byte " << static_cast<int>(static_cast<unsigned char>(bad[0])));
        CHECK(quoted != "\"" + text + "\"");
        if (bad == "\"" || bad == "\\") {
          CHECK(quoted.find("\\" + bad) != std::string::npos);  // written with a backslash before it
        } else {
          CHECK(quoted.find(bad) == std::string::npos);  // written as an escape, never raw
        }
        CHECK(quoted.find_first_of(std::string("\x00\x01\x1f\n\x7f", 5)) == std::string::npos);
      }
      // Bytes that need none: other ASCII, and UTF-8 that is no control, are kept as they are.
      std::string text = plain;
      text.replace(at, 1, at % 2 == 0 ? "~" : "\xc3\xa9");
      std::string quoted;
      append_quoted(quoted, text);
      CHECK(quoted == "\"" + text + "\"");
    }
  }
  std::string empty;
  append_quoted(empty, "");
  CHECK(empty == "\"\"");
}

TEST_CASE("utf-8 validation and display width", "[text]") {
  CHECK(is_valid_utf8("héllo 研究"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
  // Past the eight-byte ASCII steps, at every offset.
  for (std::size_t pad = 0; pad < 20; ++pad) {
    CHECK(is_valid_utf8(std::string(pad, 'a') + "h\xC3\xA9llo"));
    CHECK_FALSE(is_valid_utf8(std::string(pad, 'a') + "\xFF" + std::string(pad, 'b')));
    CHECK_FALSE(is_valid_utf8(std::string(pad, 'a') + "\xC3"));
  }
  CHECK(display_width("abc") == 3);
  CHECK(display_width("研究") == 4);
  CHECK(display_width("e\xCC\x81") == 1);
}

TEST_CASE("fit pads or cuts to a width, one whole character at a time", "[text]") {
  CHECK(fit("abc", 5) == "abc  ");
  CHECK(fit("abcdef", 4) == "abc\u2026");
  CHECK(fit("a\u00e9bc", 3) == "a\u00e9\u2026");  // an ASCII letter cut: the accented one before it stays
  CHECK(fit("\u00e9\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u2026");
  CHECK(fit("\u738b\u5c0f\u660e", 4) == "\u738b\u2026 ");  // wide characters: two columns each
}

TEST_CASE("wrap breaks at spaces within the width", "[text]") {
  CHECK(wrap("one two three", 9, "  ") == "  one two\n  three\n");
  CHECK(wrap("one two", 80, "    ", std::string_view("  - ")) == "  - one two\n");
}

TEST_CASE("dates are strict ISO calendar dates", "[text]") {
  CHECK(parse_iso_date("2024-02-29"));
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2024-13-01"));
  CHECK_FALSE(parse_iso_date("2024-1-01"));
  CHECK_FALSE(parse_iso_date("24-01-01xx"));
  CHECK(format_iso(*parse_iso_date("1999-12-31")) == "1999-12-31");
  CHECK(format_iso(*parse_iso_date("0001-01-01")) == "0001-01-01");
  CHECK(format_iso(*parse_iso_date("9999-12-31")) == "9999-12-31");
  CHECK(format_iso(*parse_iso_date("2024-02-29")) == "2024-02-29");
  CHECK(parse_iso_date("1970-01-02")->days == 1);
  const Date d = *parse_iso_date("2026-11-25");
  CHECK(to_ymd(d).year == 2026);
  CHECK(to_ymd(d).month == 11);
  CHECK(to_ymd(d).day == 25);
}

TEST_CASE("printable escapes terminal controls and bytes that are not UTF-8, and keeps the rest", "[text]") {
  CHECK(printable("plain ascii ~") == "plain ascii ~");
  CHECK(printable("caf\xC3\xA9 \xE7\xA0\x94\xE7\xA9\xB6") == "caf\xC3\xA9 \xE7\xA0\x94\xE7\xA9\xB6");
  CHECK(printable("a\x1b]0;t\x07\r\n\tb\x7f") == "a\\u001b]0;t\\u0007\\r\\n\\tb\\u007f");
  CHECK(printable("\xC2\x9B"
                  "2J") == "\\u009b2J");
  CHECK(printable("x\xE2\x80\xAEy\xE2\x81\xA6z\xE2\x80\xA8") == "x\\u202ey\\u2066z\\u2028");
  CHECK(printable("rtl\xE2\x80\x8F mark") == "rtl\xE2\x80\x8F mark");  // U+200F is kept
  CHECK(printable("bad \xFF\x9B byte") == "bad \\xff\\x9b byte");
  CHECK(printable("overlong \xC0\xAF") == "overlong \\xc0\\xaf");
  CHECK(printable(std::string("nul\0", 4)) == "nul\\u0000");
}

TEST_CASE("quote escapes C1 controls and bidirectional overrides as JSON does", "[text]") {
  CHECK(quote("a\xC2\x9B\xE2\x80\xAE\x7f") == "\"a\\u009b\\u202e\\u007f\"");
  CHECK(quote("\xC2\xA9 \xE2\x80\x94") == "\"\xC2\xA9 \xE2\x80\x94\"");  // (c) and an em dash are text
}
