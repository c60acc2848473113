// An mbox as evidence, against tests/data/activity/FACTS.md (§1.3, §2, §4), and the quirks of
// mail headers inline. Two decisions differ from FACTS: a message with more than 5 other
// people is no tie (M37, to 40 people, is ignored), and one message to two addresses of one
// person (M35) has three participants here: which addresses are one person is the matcher's
// business, after reading.
#include <catch2/catch.hpp>

#include <netgap/read/evidence.hpp>
#include "evidence_helpers.hpp"
#include "read/mail_headers.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

// FACTS §4, the M rows of every person, in the mailbox's order (M1 to M43).
const std::vector<std::string> expected_mail = {
    "2024-07-15 in [2] Hannah Kim",                                 // M1
    "2024-12-09 in [2] Kwame Mensah",                               // M2
    "2025-06-12 out [2] Olivia Bennett",                            // M3
    "2025-06-19 in [2] Olivia Bennett",                             // M4, -0700 (PDT)
    "2025-07-01 in [2] Søren Nygaard",                              // M5, ISO-8859-1 word, no weekday
    "2025-09-15 in [2] 王芳",                                       // M6, a B-encoded word
    "2025-09-16 out [2] 王芳",                                      // M7
    "2025-12-08 in [2] Lukas Schmidt",                              // M8, a >From body line
    "2026-02-20 in [2] Siobhán O'Neill",                            // M9, =27
    "2026-03-02 out [2] Yuki Tanaka",                               // M11, 02:00Z
    "2026-03-10 out [2] Fatima Al-Sayed",                           // M12
    "2026-03-11 in [2] Fatima Al-Sayed",                            // M13
    "2026-03-13 out [2] Fatima Al-Sayed",                           // M14
    "2026-03-16 in [2] Fatima Al-Sayed",                            // M15
    "2026-04-08 out [2] Emily Zhang",                               // M16, 01:15Z
    "2026-04-08 in [2] Zhang, Emily",                               // M17
    "2026-04-08 out [2] Zhang, Emily",                              // M18
    "2026-05-21 in [2] Tomás Ferreira",                             // M19, encoded word + plain word
    "2026-06-18 in [2] David Okafor",                               // M20
    "2026-06-19 out [2] David Okafor",                              // M21
    "2026-07-04 in [2] Ivan Petrov",                                // M22
    "2026-07-20 out [2] Anne-Marie Dubois",                         // M23
    "2026-07-21 in [2] Anne-Marie Dubois",                          // M25
    "2026-08-17 in [2] Nadia Haddad",                               // M26, 00:14Z
    "2026-08-17 out [2] Nadia Haddad",                              // M27
    "2026-08-25 in [2] Amara Nwosu",                                // M28
    "2026-09-03 out [3] Mateo Rossi + Grace Liu",                   // M29
    "2026-09-04 in [3] Mateo Rossi",                                // M30: nothing for Grace
    "2026-10-01 out [2] Laura García-López",                        // M32, lower-case utf-8?q?
    "2026-10-02 in [2] Daniel Park",                                // M33
    "2026-10-17 in [2] José Álvarez",                               // M34, 01:45Z
    "2026-10-19 out [3] José Álvarez + jalvarez.ml@gmail.example",  // M35
    "2026-10-28 in [2] Marcus Chen",                                // M36, mixed case
    "2026-11-13 in [2] Noah Williams",                              // M40, 01:25Z
    "2026-11-17 in [3] Benjamin Cohen",                             // M41: nothing for Marcus
    "2026-11-18 out [2] Benjamin Cohen",                            // M42
};

const std::vector<std::string> expected_ignored = {
    "mail.mbox:124: malformed date",            // M10, 31 Feb 25:61
    "mail.mbox:300: automatic reply",           // M24
    "mail.mbox:396: bulk mail",                 // M31, LinkedIn's notification
    "mail.mbox:472: more than 5 other people",  // M37, to 40
    "mail.mbox:503: mailing list",              // M38
    "mail.mbox:522: bulk mail",                 // M39, a newsletter
    "mail.mbox:577: to the owner only",         // M43
};

/// Reads `mbox` as the file "inbox", with `owner` the owner's address.
EvidenceResult read_inbox(const std::string& mbox, const std::string& owner, Gathered& gathered) {
  EvidenceOptions options;
  options.owner_emails = {owner};
  return read_evidence({write_file(temp_dir(), "inbox", mbox)}, options, gathered);
}

}  // namespace

TEST_CASE("mbox: every message used or ignored as FACTS says", "[mail_evidence]") {
  Gathered gathered;
  const auto result = read_evidence({activity("mail.mbox")}, fixture_options(), gathered);
  CHECK(gathered.lines == expected_mail);
  CHECK(gathered.ignored == expected_ignored);
  REQUIRE(result.files.size() == 1);
  CHECK(result.files[0].summary() == activity("mail.mbox") +
                                         ": read 43 records, 36 interactions, ignored 7 (automatic reply: 1, bulk "
                                         "mail: 2, mailing list: 1, malformed date: 1, more than 5 other people: 1, "
                                         "to the owner only: 1)");
}

TEST_CASE("mbox: the .gz gives what the plain file gives", "[mail_evidence]") {
  Gathered plain;
  Gathered packed;
  read_evidence({activity("mail.mbox")}, fixture_options(), plain);
  const auto result = read_evidence({activity("mail.mbox.gz")}, fixture_options(), packed);
  CHECK(packed.lines == plain.lines);
  CHECK(result.files.at(0).file == activity("mail.mbox.gz"));
  CHECK(result.files.at(0).source == "mbox");
}

TEST_CASE("mbox: instants, zones, ids and addresses as found", "[mail_evidence]") {
  Gathered gathered;
  read_evidence({activity("mail.mbox")}, fixture_options(), gathered);
  const Interaction& olivia = gathered.interactions.at(3);  // M4: Wed, 18 Jun 2025 19:30:00 -0700 (PDT)
  CHECK(*olivia.instant == to_instant(*parse_iso_date("2025-06-19"), 2, 30, 0));
  CHECK(*olivia.utc_offset_minutes == -420);
  CHECK(olivia.id == "mail|CAOb9x2u5Qk@mail.northwindcap.example");
  CHECK(olivia.people.at(0).emails == std::vector<std::string>{"olivia@northwindcap.example"});
  CHECK(olivia.line == 40);
  const Interaction& marcus = gathered.interactions.at(32);  // M36
  CHECK(marcus.people.at(0).emails == std::vector<std::string>{"Marcus.Chen@AcmeHealth.EXAMPLE"});
  CHECK(marcus.source == InteractionSource::mail);
}

TEST_CASE("mbox: without the owner's addresses nothing can be told", "[mail_evidence]") {
  Gathered gathered;
  EvidenceOptions options;
  REQUIRE_THROWS_AS(read_evidence({activity("mail.mbox")}, options, gathered), OwnerUnknown);
  REQUIRE_THROWS_WITH(read_evidence({activity("mail.mbox")}, options, gathered),
                      activity("mail.mbox") + ": the owner's e-mail addresses are needed to tell who wrote to whom");
}

TEST_CASE("mbox: addresses that are on no message are not the owner's: an error, not every mail inbound",
          "[mail_evidence]") {
  EvidenceOptions options = fixture_options();
  Gathered gathered;
  options.owner_emails = {"priya.ramen@acmehealth.example"};  // a typo of the owner's
  REQUIRE_THROWS_AS(read_evidence({activity("mail.mbox")}, options, gathered), OwnerUnknown);
  CHECK(gathered.lines.empty());  // nothing of the file reached the visitor (netgap evidence prints as it reads)
  CHECK(gathered.ignored.empty());
  REQUIRE_THROWS_WITH(read_evidence({activity("mail.mbox")}, options, gathered),
                      activity("mail.mbox") +
                          ": none of its 37 messages is from, to or delivered to \"priya.ramen@acmehealth.example\": "
                          "is that the owner's address?");
  options.owner_emails = {"x@y.example", "a\x1b[2Jb"};  // user data in a message: quoted, escaped
  REQUIRE_THROWS_WITH(read_evidence({activity("mail.mbox")}, options, gathered),
                      activity("mail.mbox") +
                          ": none of its 37 messages is from, to or delivered to \"x@y.example\", \"a\\u001b[2Jb\": "
                          "are those the owner's addresses?");
}

TEST_CASE("mbox: one right address of two reads the file, the other is named as seen nowhere", "[mail_evidence]") {
  EvidenceOptions options = fixture_options();
  options.owner_emails = {"priya.ramen@acmehealth.example", "priya.r@gmail.example"};
  Gathered gathered;
  const EvidenceResult result = read_evidence({activity("mail.mbox")}, options, gathered);
  CHECK(owner_addresses_unseen(result, options) == std::vector<std::string>{"priya.ramen@acmehealth.example"});
  CHECK(owner_addresses_unseen(read_evidence({activity("mail.mbox")}, fixture_options(), gathered), fixture_options())
            .empty());
  // What is found before the owner is first seen is held back, then passed on in file order.
  struct Events final : InteractionVisitor {
    std::vector<std::string> all;
    void on_interaction(const Interaction& interaction) override { all.push_back(describe(interaction)); }
    void on_ignored(std::string_view, std::size_t line, std::string_view reason) override {
      all.push_back(fmt::format("{}: {}", line, reason));
    }
  } events;
  const std::string mbox =
      "From a@x Mon Jan  1 00:00:00 2024\nFrom: Ann <ann@x.example>\nTo: team@x.example\n"
      "Date: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
      "From b@x Mon Jan  1 00:00:00 2024\nFrom: Bo <bo@x.example>\nTo: team@x.example\n\n"
      "From c@x Mon Jan  1 00:00:00 2024\nFrom: Cy <cy@x.example>\nTo: me@x.example\n"
      "Date: Tue, 2 Jan 2024 10:00:00 +0000\n\n"
      "From d@x Mon Jan  1 00:00:00 2024\nFrom: Di <di@x.example>\nTo: team@x.example\n\n";
  EvidenceOptions mine;
  mine.owner_emails = {"me@x.example"};
  read_evidence({write_file(temp_dir(), "inbox", mbox)}, mine, events);
  CHECK(events.all ==
        std::vector<std::string>{"2024-01-01 in [3] Ann", "6: no date", "2024-01-02 in [2] Cy", "15: no date"});
}

TEST_CASE("mbox: the owner reached by Bcc, an alias or a list, or only on ignored mail, is no error",
          "[mail_evidence]") {
  // Delivered-To, X-Original-To and Envelope-To say whom the message reached.
  std::string mbox;
  const std::vector<std::pair<std::string, std::string>> deliveries = {
      {"Delivered-To: me@x.example", "data-team@x.example"},
      {"X-Original-To: <ME@x.example>", "undisclosed-recipients:;"},
      {"Envelope-To: me@x.example", "all@x.example"}};
  const std::vector<std::string> expected = {"2024-01-01 in [3] Ann", "2024-01-01 in [2] Ann",
                                             "2024-01-01 in [3] Ann"};  // the alias is one more address
  for (std::size_t i = 0; i < deliveries.size(); ++i) {
    Gathered gathered;
    const std::string message = fmt::format(
        "From a@x Mon Jan  1 00:00:00 2024\nFrom: Ann <ann@x.example>\nTo: {}\n{}\nDate: Mon, 1 Jan 2024 10:00:00 "
        "+0000\nMessage-ID: <m{}@x>\n\n",
        deliveries[i].second, deliveries[i].first, i);
    INFO(deliveries[i].first);
    CHECK_NOTHROW(read_inbox(message, "me@x.example", gathered));
    CHECK(gathered.lines == std::vector<std::string>{expected[i]});
  }
  // A Sent folder: the owner is on every message as its sender only.
  const std::string sent =
      "From me@x Mon Jan  1 00:00:00 2024\n"
      "From: Me <me@x.example>\nTo: ann@x.example\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n";
  Gathered gathered;
  CHECK_NOTHROW(read_inbox(sent, "me@x.example", gathered));
  CHECK(gathered.lines == std::vector<std::string>{"2024-01-01 out [2] ann@x.example"});
  // Mail that gives no interaction (from machines, to many, undated): nothing was taken the wrong way.
  std::string many_text = "From a@x Mon Jan  1 00:00:00 2024\nFrom: b@x.example\nTo: ";
  for (int i = 0; i < 8; ++i) many_text += fmt::format("{}p{}@x.example", i == 0 ? "" : ", ", i);
  many_text += "\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n";
  const std::string& many = many_text;
  const std::string machine =
      "From a@x Mon Jan  1 00:00:00 2024\n"
      "From: news@x.example\nTo: list@x.example\nPrecedence: bulk\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n";
  const std::string undated = "From a@x Mon Jan  1 00:00:00 2024\nFrom: b@x.example\nTo: c@x.example\n\n";
  for (const std::string* text : {&many, &machine, &undated}) {
    Gathered ignored;
    CHECK_NOTHROW(read_inbox(*text, "me@x.example", ignored));
    CHECK(ignored.lines.empty());
    CHECK(ignored.ignored.size() == 1);  // still accounted for
  }
}

TEST_CASE("mbox quirks: folded and encoded headers, From quoting, bad dates, 40 recipients", "[mail_evidence]") {
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += fmt::format("{}p{}@x.example", i == 0 ? "" : ",\r\n\t", i);
  const std::string mbox =
      "From a@x Mon Jan  1 00:00:00 2024\r\n"
      "From: =?UTF-8?B?546L6Iqz?= <wang@x.example>\r\n"
      "To: me@x.example\r\n"
      "Date: Mon, 1 Jan 2024\r\n 10:00:00 +0100\r\n"
      "Message-ID: <one@x>\r\n"
      "\r\n"
      "body line\r\n"
      ">From the quoted line, body still\r\n"
      "From inside a paragraph is no separator either\r\n"
      "\r\n"
      "From me@x Tue Jan  2 00:00:00 2024\r\n"
      "From: me@x.example\r\n"
      "To: " +
      forty +
      "\r\n"
      "Date: Tue, 2 Jan 2024 10:00:00 +0000\r\n"
      "\r\n"
      "From b@x Wed Jan  3 00:00:00 2024\r\n"
      "From: =?iso-8859-1?q?Ren=E9?= <rene@x.example>\r\n"
      "To: me@x.example\r\n"
      "Date: Wed, 3 Jan 2024 99:00:00 +0000\r\n"
      "\r\n"
      "From c@x Thu Jan  4 00:00:00 2024\r\n"
      "From: c@x.example\r\n"
      "To: me@x.example\r\n"
      "Auto-Submitted: no\r\n"
      "Date: Thu, 4 Jan 2024 23:30:00 -0300\r\n"
      "\r\n"
      "From d@x Fri Jan  5 00:00:00 2024\r\n"
      "From: d@x.example\r\n"
      "To: me@x.example\r\n"
      "\r\n";
  Gathered gathered;
  const auto result = read_inbox(mbox, "ME@x.example", gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2024-01-01 in [2] 王芳", "2024-01-05 in [2] c@x.example"});
  CHECK(gathered.ignored == std::vector<std::string>{"inbox:12: more than 5 other people", "inbox:56: malformed date",
                                                     "inbox:67: no date"});
  CHECK(result.files.at(0).read == 5);
  CHECK(gathered.interactions.at(0).id == "mail|one@x");
  CHECK(gathered.interactions.at(1).id.rfind("mail|", 0) == 0);  // no Message-ID: the date and sender
}

TEST_CASE("mail headers: what is decoded, and nothing of the body", "[mail_evidence]") {
  const auto headers = detail::parse_mail_headers(
      "From: \"Zhang, Emily\" <ezhang@w.example>\n"
      "To: undisclosed-recipients:;\n"
      "Cc: Marcus Chen\n <m@x.example>, =?UTF-8?Q?Siobh=C3=A1n_O=27Neill?= <s@x.example>\n"
      "Date: 11 Mar 2026 14:03:10 GMT\n"
      "Precedence: Bulk\n"
      "List-Unsubscribe: <mailto:u@x.example>\n");
  REQUIRE(headers.from.size() == 1);
  CHECK(headers.from[0].name == "Zhang, Emily");
  REQUIRE(headers.recipients.size() == 2);
  CHECK(headers.recipients[0].name == "Marcus Chen");
  CHECK(headers.recipients[1].name == "Siobhán O'Neill");
  CHECK(*headers.instant == to_instant(*parse_iso_date("2026-03-11"), 14, 3, 10));
  CHECK(headers.precedence == "Bulk");
  CHECK(headers.list_unsubscribe == "<mailto:u@x.example>");
  CHECK(headers.message_id.empty());
}

TEST_CASE("mail headers: a Date that is no real day has no instant, whatever GMime makes of it", "[mail_evidence]") {
  const auto instant_of = [](const std::string& date) {
    return detail::parse_mail_headers("From: a@x.example\nDate: " + date + "\n").instant;
  };
  CHECK_FALSE(instant_of("Mon, 30 Feb 2026 10:00:00 +0000"));
  CHECK_FALSE(instant_of("31 Apr 2026 10:00:00 GMT"));
  CHECK_FALSE(instant_of("Sat, 1 Jan 0000 10:00:00 +0000"));  // not 2000
  CHECK(*instant_of("Sat, 1 Jan 00 10:00:00 +0000") == to_instant(*parse_iso_date("2000-01-01"), 10, 0, 0));
  CHECK(*instant_of("Fri, 1 Jan 99 10:00:00 +0000") == to_instant(*parse_iso_date("1999-01-01"), 10, 0, 0));
  CHECK(*instant_of("Sun, 29 Feb 2004 23:30:00 -0100") == to_instant(*parse_iso_date("2004-03-01"), 0, 30, 0));
  CHECK(*instant_of("Wed Mar 11 14:03:10 2026") == to_instant(*parse_iso_date("2026-03-11"), 14, 3, 10));
}

TEST_CASE("mbox: a body line starting 'From ' after an empty line is no separator unless it has a date",
          "[mail_evidence]") {
  const std::string mbox =
      "From a@x Mon Jan  1 00:00:00 2024\n"
      "From: Ann <a@x.example>\n"
      "To: me@x.example\n"
      "Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
      "\n"
      "Forwarded below, unquoted by a careless writer:\n"
      "\n"
      "From the desk of Secret Body Name\n"  // line 8
      "From: Secret Body Name <secret@x.example>\n"
      "Date: Tue, 2 Jan 2024 10:00:00 +0000\n"
      "\n"
      "From MAILER-DAEMON Wed Jan  3 09:00:00 2024\n"  // line 12: a real one
      "From: Bob <b@x.example>\n"
      "To: me@x.example\n"
      "Date: Wed, 3 Jan 2024 10:00:00 +0000\n"
      "\n"
      "From 1786098512345678901@xxx Thu Jan 04 10:11:12 +0000 2024\n"  // line 17: Google Takeout's
      "From: Cy <c@x.example>\n"
      "To: me@x.example\n"
      "Date: Thu, 4 Jan 2024 10:00:00 +0000\n"
      "\n";
  Gathered gathered;
  const auto result = read_inbox(mbox, "me@x.example", gathered);
  CHECK(gathered.lines ==
        std::vector<std::string>{"2024-01-01 in [2] Ann", "2024-01-03 in [2] Bob", "2024-01-04 in [2] Cy"});
  CHECK(gathered.ignored.empty());
  CHECK(result.files.at(0).read == 3);
  for (const auto& interaction : gathered.interactions) {
    for (const auto& person : interaction.people) CHECK(person.name.find("Secret") == std::string::npos);
  }
}

TEST_CASE("mail headers: a From GMime cannot read still gives its address", "[mail_evidence]") {
  const auto from_of = [](const std::string& from) {
    return detail::parse_mail_headers("From: " + from + "\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n").from;
  };
  const auto unquoted = from_of("Bad\x1b[31mName <bad@x.example>");
  REQUIRE(unquoted.size() == 1);
  CHECK(unquoted[0].address == "bad@x.example");
  CHECK(unquoted[0].name == "Bad\x1b[31mName");  // kept as written; every output escapes it
  CHECK(from_of("no address at all").empty());
}
