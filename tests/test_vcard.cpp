#include <fmt/format.h>
#include <fmt/ranges.h>
#include <array>
#include <catch2/catch.hpp>

#include "read/import_vcard.hpp"
#include "roster_helpers.hpp"

using namespace netgap;

namespace {

/// A card per number, cycling through what real exports do: every line end (CRLF, LF, CR, and
/// iOS's "\r\r\n"), folded lines, quoted-printable soft breaks, comments, blank lines, emoji; some
/// cards have no name or no END:VCARD.
std::string numbered_card(std::size_t i) {
  static const std::array<std::string, 4> ends = {"\r\n", "\n", "\r", "\r\r\n"};
  const std::string& e = ends[i % ends.size()];
  const std::string n = std::to_string(i);
  std::string card = "BEGIN:VCARD" + e + "VERSION:" + (i % 2 == 0 ? "2.1" : "3.0") + e;
  if (i % 7 == 3) return card + "NOTE:no name here" + e + "END:VCARD" + e;
  card += "FN:Zoë 李 🚀 " + n + e;
  card +=
      "ORG:Analytical Engines;Research and a department whose name is long enough to be folded " + e + " at " + n + e;
  card += "TITLE;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 owner=20=" + e + "number " + n + e;
  card += "# a comment" + e + e;
  card += "EMAIL;TYPE=INTERNET:zoe" + n + "@example.org" + e + "CATEGORIES:friends,work" + e;
  if (i % 11 == 5) return card;  // never closed: the next BEGIN:VCARD ends it
  return card + "END:VCARD" + e;
}

std::string numbered_cards(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += numbered_card(i);
  return text;
}

/// UTF-8 to UTF-16 (little- or big-endian), for inputs like those of Windows address books.
std::string utf16(const std::string& utf8, bool little_endian) {
  std::string out;
  const auto unit = [&](unsigned u) {
    const char high = static_cast<char>(u >> 8);
    const char low = static_cast<char>(u & 0xFF);
    out += little_endian ? low : high;
    out += little_endian ? high : low;
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned code = length == 1 ? c : c & (0x7FU >> length);
    for (std::size_t k = 1; k < length; ++k) code = code << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    if (code < 0x10000) {
      unit(code);
    } else {
      unit(0xD800 + ((code - 0x10000) >> 10));
      unit(0xDC00 + ((code - 0x10000) & 0x3FF));
    }
  }
  return out;
}

/// Everything a read produced, one line per contact, skipped record and error.
std::vector<std::string> read_vcards(const std::string& bytes, std::size_t buffer_size) {
  test::Collected collected;
  ImportReport report;
  Diagnostics diagnostics(1000, 1000);
  auto source = memory_source(bytes, "t.vcf");
  BufferedInput input(*source, buffer_size);
  detail::read_vcards(input, collected, diagnostics, ReadOptions{}, report);
  std::vector<std::string> out = {report.summary("t.vcf")};
  for (const Contact& c : collected.contacts) {
    out.push_back(fmt::format("{} {}: {} | {} | {} | {} | {} | {}", c.index, c.line, c.name, c.organization,
                              c.department, c.role, c.email, fmt::join(c.tags, ",")));
  }
  out.insert(out.end(), report.skipped_records.begin(), report.skipped_records.end());
  for (const auto& e : diagnostics.errors()) out.push_back("error: " + e);
  return out;
}

test::ReadResult read_vcard_text(const std::string& text) {
  return test::read_text_roster(text, "vcard", false, "t.vcf");
}

}  // namespace

TEST_CASE("vCard: cards that span buffer boundaries read as from one buffer, in UTF-8 and UTF-16", "[vcard]") {
  const std::string text = numbered_cards(400);
  REQUIRE(text.size() > 65536);  // more than BufferedInput's default buffer
  const auto whole = read_vcards(text, text.size() + 1);
  REQUIRE(whole.size() > 3);
  CHECK(whole[1] ==
        "0 1: Zoë 李 🚀 0 | Analytical Engines | Research and a department whose name is long enough to be folded at "
        "0 | Café owner number 0 | zoe0@example.org | friends,work");
  std::size_t nameless = 0;
  std::size_t unclosed = 0;
  for (std::size_t i = 0; i < 400; ++i) {
    nameless += i % 7 == 3 ? 1U : 0U;
    unclosed += i % 7 != 3 && i % 11 == 5 ? 1U : 0U;
  }
  CHECK(whole[0] == fmt::format("t.vcf: read 400 records, imported {}, skipped {} (card not closed by END:VCARD: {}, "
                                "no name: {})",
                                400 - unclosed - nameless, unclosed + nameless, unclosed, nameless));
  for (const std::size_t buffer_size : {64U, 65U, 127U, 4096U}) {
    INFO("buffer of " << buffer_size << " bytes");
    CHECK(read_vcards(text, buffer_size) == whole);
    CHECK(read_vcards("\xEF\xBB\xBF" + text, buffer_size) == whole);
    CHECK(read_vcards("\xFF\xFE" + utf16(text, true), buffer_size) == whole);
    CHECK(read_vcards(utf16(text, false), buffer_size) == whole);
    CHECK(read_vcards(utf16(text, true) + "x", buffer_size) == whole);  // a lone last byte is dropped
  }
  // Through the table of formats, with its detection and its default buffer.
  const auto r = test::read_text_roster("\xFF\xFE" + utf16(text, true), "auto", false, "t.vcf");
  CHECK(r.errors.empty());
  CHECK(r.collected.contacts.size() == 400 - unclosed - nameless);
}

TEST_CASE("vCard: UTF-16 that does not convert says so, as the whole-file conversion did", "[vcard]") {
  const std::string card = "BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n";
  const std::string broken =
      "\xFF\xFE" + utf16(card + card, true) + std::string("\x00\xDC", 2) + utf16(card, true);  // a lone low surrogate
  const std::string message = "error: t.vcf: looks like UTF-16LE but does not convert; save it as UTF-8";
  // In one buffer nothing is read, as before; in small ones the cards before the bad bytes are.
  CHECK(read_vcards(broken, 1 << 16) ==
        std::vector<std::string>{"t.vcf: read 0 records, imported 0, skipped 0", message});
  CHECK(read_vcards(broken, 64) ==
        std::vector<std::string>{"t.vcf: read 1 record, imported 1, skipped 0", "0 1: Ada |  |  |  |  | ", message});
  const std::string cut_short = "\xFF\xFE" + utf16(card + "🚀", true).substr(0, 2 * card.size() + 2);
  CHECK(read_vcards(cut_short, 1 << 16) ==
        std::vector<std::string>{"t.vcf: read 0 records, imported 0, skipped 0", message});
}

TEST_CASE("vCard: a quoted-printable soft break before a folded line joins the two (issue #11 item 16)", "[vcard]") {
  const auto r = read_vcard_text(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN;ENCODING=QUOTED-PRINTABLE:caf=C3=\r\n"
      " =A9\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:Hello Wor=\r\n"
      " ld\r\n"
      "TITLE;ENCODING=QUOTED-PRINTABLE:Chef de=20=\r\n"
      "cuisine\r\n"
      "URL:https://example.org/?a=\r\n"
      " b\r\n"
      "END:VCARD\r\n"
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN:Zoë\r\n"
      "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=\r\n"
      "=C3=\r\n"
      " =A9 Ltd\r\n"
      "END:VCARD\r\n");
  CHECK(r.errors.empty());
  REQUIRE_FALSE(r.collected.contacts.empty());
  const Contact& c = r.collected.contacts[0];
  CHECK(c.name == "café");  // was "cafÃ=©"
  CHECK(c.notes == "Hello World");
  CHECK(c.role == "Chef de cuisine");          // a soft break before an unindented line, as before
  CHECK(c.url == "https://example.org/?a=b");  // not quoted-printable: the '=' is text
  REQUIRE(r.collected.contacts.size() == 2);   // the second card was skipped: "ORG is not valid UTF-8"
  CHECK(r.collected.contacts[1].organization == "Café Ltd");
}
