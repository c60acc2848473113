// An iCalendar file as evidence, against tests/data/activity/FACTS.md (§1.4, §2, §4), and the
// quirks of calendars inline. One decision differs from FACTS, which chose no cap: a meeting with
// more than 5 other people is no tie, so the 60-person all-hands (E5) is ignored.
#include <catch2/catch.hpp>

#include "evidence_helpers.hpp"
#include "read/ical_event.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

// Single events in file order, then the recurring ones once every override is known.
const std::vector<std::string> expected_meetings = {
    "2026-10-23 both [2] Benjamin Cohen",                           // E2, the override: 14:00 EDT
    "2026-08-25 both [2] Nadia Haddad",                             // E6
    "2026-10-15 both [2] José Álvarez",                             // E7, UTC
    "2026-06-11 both [5] Mateo Rossi + Marcus Chen + Amara Nwosu",  // E8: Grace declined
    "2026-07-23 both [2] Anne-Marie Dubois",                        // E10, all day
    "2026-01-27 both [3] Marcus Chen + Lukas Schmidt",              // E12
    "2026-11-03 both [2] Kwame Mensah",                             // E13: NEEDS-ACTION counts
    "2026-09-10 both [2] Benjamin Cohen",                           // E1, weekly: 2026-10-08 is an EXDATE,
    "2026-09-17 both [2] Benjamin Cohen",                           // 2026-10-22 moved to 10-23 (E2),
    "2026-09-24 both [2] Benjamin Cohen",                           // 11-26 and 12-03 after the export
    "2026-10-01 both [2] Benjamin Cohen",
    "2026-10-15 both [2] Benjamin Cohen",
    "2026-10-29 both [2] Benjamin Cohen",
    "2026-11-05 both [2] Benjamin Cohen",
    "2026-11-12 both [2] Benjamin Cohen",
    "2026-11-19 both [2] Benjamin Cohen",
    "2026-03-03 both [2] Marcus Chen",  // E3, fortnightly until 04-28 03:59:59Z
    "2026-03-17 both [2] Marcus Chen",
    "2026-03-31 both [2] Marcus Chen",
    "2026-04-14 both [2] Marcus Chen",
};

/// Reads `ics` as the file cal.ics, as of 2026-06-01.
EvidenceResult read_calendar(const std::string& ics, Gathered& gathered) {
  EvidenceOptions options;
  options.as_of = *parse_iso_date("2026-06-01");
  return read_evidence({write_file(temp_dir(), "cal.ics", ics)}, options, gathered);
}

}  // namespace

TEST_CASE("ics: every event used or ignored as FACTS says", "[calendar_evidence]") {
  Gathered gathered;
  const auto result = read_evidence({activity("calendar.ics")}, fixture_options(), gathered);
  CHECK(gathered.lines == expected_meetings);
  CHECK(gathered.ignored == std::vector<std::string>{
                                "calendar.ics:88: cancelled",                  // E4
                                "calendar.ics:107: more than 5 other people",  // E5, 60 invited
                                "calendar.ics:308: declined by the owner",     // E9
                                "calendar.ics:349: no other attendees",        // E11
                            });
  CHECK(result.files.at(0).summary() ==
        activity("calendar.ics") +
            ": read 13 records, 20 interactions, ignored 4 (cancelled: 1, declined by the "
            "owner: 1, more than 5 other people: 1, no other attendees: 1)");
}

TEST_CASE("ics: times across the DST changes, ids per occurrence", "[calendar_evidence]") {
  Gathered gathered;
  read_evidence({activity("calendar.ics")}, fixture_options(), gathered);
  const auto& all = gathered.interactions;
  // E3 at 15:00 New York: 20:00Z before the March change, 19:00Z after.
  CHECK(*all.at(16).instant == to_instant(*parse_iso_date("2026-03-03"), 20, 0, 0));
  CHECK(*all.at(16).utc_offset_minutes == -300);
  CHECK(*all.at(17).instant == to_instant(*parse_iso_date("2026-03-17"), 19, 0, 0));
  CHECK(*all.at(17).utc_offset_minutes == -240);
  // The all-day visit has a day and no instant.
  CHECK_FALSE(all.at(4).instant);
  CHECK(all.at(4).direction == Direction::two_way);
  // Each occurrence is its own record for de-duplication; the override has the id of the
  // occurrence it replaces.
  CHECK(all.at(7).id != all.at(8).id);
  CHECK(all.at(0).id == "calendar|3v9k2m1q8r7t6y5u4i3o2p1a0s@google.com|" +
                            std::to_string(to_instant(*parse_iso_date("2026-10-22"), 14, 0, 0)));
  CHECK(all.at(5).people.at(1).emails == std::vector<std::string>{"Lukas.Schmidt@Datenwerk.example"});
}

TEST_CASE("ics: the as-of day decides which occurrences happened", "[calendar_evidence]") {
  EvidenceOptions options = fixture_options();
  options.as_of = *parse_iso_date("2026-09-16");
  Gathered gathered;
  const auto result = read_evidence({activity("calendar.ics")}, options, gathered);
  const auto ben = std::count_if(gathered.lines.begin(), gathered.lines.end(), [](const std::string& line) {
    return line.find("Benjamin Cohen") != std::string::npos;
  });
  CHECK(ben == 1);  // 09-10 only; the override (10-23) and Kwame's 11-03 check-in have not happened
  CHECK(result.files.at(0).ignored.at("after the as-of date") == 4);  // E2, E7, E11, E13
}

TEST_CASE("ics: a calendar without its owner's address", "[calendar_evidence]") {
  const std::string dir = temp_dir();
  const std::string path = write_file(dir, "cal.ics",
                                      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T100000Z\r\n"
                                      "ATTENDEE:mailto:a@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  Gathered gathered;
  REQUIRE_THROWS_AS(read_evidence({path}, EvidenceOptions{}, gathered), OwnerUnknown);
  REQUIRE_THROWS_WITH(read_evidence({path}, EvidenceOptions{}, gathered),
                      path + ": the owner's e-mail addresses are needed to tell her own meetings");
}

TEST_CASE("ics quirks: EXDATE, an override, a cancelled occurrence, an all-hands, a to-do", "[calendar_evidence]") {
  std::string all_hands;
  for (int i = 0; i < 59; ++i) all_hands += fmt::format("ATTENDEE;CN=P{}:mailto:p{}@x.example\r\n", i, i);
  const std::string ics =
      "BEGIN:VCALENDAR\r\n"
      "X-WR-CALNAME:Me@X.example\r\n"
      "BEGIN:VEVENT\r\n"  // line 3: daily 1:1 on 5 days, one excluded, one moved, one cancelled
      "UID:daily\r\nDTSTART:20260105T090000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\nEXDATE:20260106T090000Z\r\n"
      "ORGANIZER;CN=Ada:mailto:ada@x.example\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:me@x.example\r\n"
      "END:VEVENT\r\n"
      "BEGIN:VEVENT\r\n"  // line 11: 01-07 moved to 01-10
      "UID:daily\r\nRECURRENCE-ID:20260107T090000Z\r\nDTSTART:20260110T230000Z\r\n"
      "ORGANIZER;CN=Ada:mailto:ada@x.example\r\nATTENDEE:mailto:me@x.example\r\n"
      "END:VEVENT\r\n"
      "BEGIN:VEVENT\r\n"  // line 18: 01-08 cancelled
      "UID:daily\r\nRECURRENCE-ID:20260108T090000Z\r\nDTSTART:20260108T090000Z\r\nSTATUS:CANCELLED\r\n"
      "END:VEVENT\r\n"
      "BEGIN:VEVENT\r\n"  // line 24: all-hands
      "UID:all\r\nDTSTART;VALUE=DATE:20260201\r\nATTENDEE:mailto:me@x.example\r\n" +
      all_hands +
      "END:VEVENT\r\n"
      "BEGIN:VTODO\r\nUID:todo\r\nEND:VTODO\r\n"                                      // line 88
      "BEGIN:VEVENT\r\nUID:nostart\r\nATTENDEE:mailto:b@x.example\r\nEND:VEVENT\r\n"  // line 91
      "BEGIN:VEVENT\r\nUID:later\r\nDTSTART:20270101T000000\r\n"                      // line 95: floating
      "ATTENDEE:mailto:b@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:no\r\nDTSTART:20260301T100000Z\r\n"  // line 101: B declined
      "ATTENDEE;PARTSTAT=DECLINED;CN=B:mailto:b@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  const std::string dir = temp_dir();
  const std::string path = write_file(dir, "cal.ics", ics);
  EvidenceOptions options;
  options.as_of = *parse_iso_date("2026-06-01");
  Gathered gathered;
  const auto result = read_evidence({path}, options, gathered);
  CHECK(gathered.lines ==
        std::vector<std::string>{"2026-01-10 both [2] Ada", "2026-01-05 both [2] Ada", "2026-01-09 both [2] Ada"});
  CHECK(gathered.ignored == std::vector<std::string>{"cal.ics:18: cancelled", "cal.ics:24: more than 5 other people",
                                                     "cal.ics:88: not an event", "cal.ics:91: no start time",
                                                     "cal.ics:95: after the as-of date",
                                                     "cal.ics:101: every other attendee declined"});
  CHECK(result.files.at(0).read == 8);
}

TEST_CASE("ics: a start that is no real day is a malformed date, never day 0 or a rolled day", "[calendar_evidence]") {
  const auto event = [](const std::string& uid, const std::string& start) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART" + start +
           "\r\nATTENDEE:mailto:b@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n";
  };
  const std::string ics = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:me@x.example\r\n" +  // events from line 3, 6 lines each
                          event("year0", ";VALUE=DATE:00000101") + event("year0-time", ":00000101T000000Z") +
                          event("feb30", ":20260230T100000Z") + event("apr31", ";VALUE=DATE:20260431") +
                          event("fine", ":20260228T100000Z") + "END:VCALENDAR\r\n";
  Gathered gathered;
  const auto result = read_calendar(ics, gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2026-02-28 both [2] b@x.example"});
  CHECK(gathered.ignored == std::vector<std::string>{"cal.ics:3: malformed date", "cal.ics:9: malformed date",
                                                     "cal.ics:15: malformed date", "cal.ics:21: malformed date"});
  CHECK(result.files.at(0).read == 5);
}

TEST_CASE("ics: a rule with more occurrences than the cap is ignored, saying so, not cut short",
          "[calendar_evidence]") {
  const std::string ics =
      "BEGIN:VCALENDAR\r\nX-WR-CALNAME:me@x.example\r\n"
      "BEGIN:VEVENT\r\nUID:every-day\r\nDTSTART:17000101T000000Z\r\nRRULE:FREQ=DAILY\r\n"  // line 3
      "ATTENDEE:mailto:b@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:weekly\r\nDTSTART:20260105T090000Z\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"  // line 9
      "ATTENDEE:mailto:c@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  Gathered gathered;
  read_calendar(ics, gathered);
  CHECK(gathered.lines ==
        std::vector<std::string>{"2026-01-05 both [2] c@x.example", "2026-01-12 both [2] c@x.example"});
  CHECK(gathered.ignored ==
        std::vector<std::string>{fmt::format("cal.ics:3: more than {} occurrences", detail::max_occurrences)});
}

TEST_CASE("ics: a file cut inside an event says so for that event", "[calendar_evidence]") {
  const std::string ics =
      "BEGIN:VCALENDAR\r\nX-WR-CALNAME:me@x.example\r\n"
      "BEGIN:VEVENT\r\nUID:whole\r\nDTSTART:20260105T090000Z\r\n"  // line 3
      "ATTENDEE:mailto:c@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:cut\r\nDTSTART:20260106T090000Z\r\nATTENDEE:mailto:d@x.exa";  // line 9
  Gathered gathered;
  const auto result = read_calendar(ics, gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2026-01-05 both [2] c@x.example"});
  CHECK(gathered.ignored == std::vector<std::string>{"cal.ics:9: the file ends inside this VEVENT (no END:VEVENT)"});
  CHECK(result.files.at(0).read == 2);
}

TEST_CASE("ics: an event over the size cap is ignored, saying so, and the next one read", "[calendar_evidence]") {
  const std::string ics =
      "BEGIN:VCALENDAR\r\nX-WR-CALNAME:me@x.example\r\n"
      "BEGIN:VEVENT\r\nUID:huge\r\nDTSTART:20260105T090000Z\r\nDESCRIPTION:" +  // line 3
      std::string(5 << 20, 'd') +
      "\r\nATTENDEE:mailto:c@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:small\r\nDTSTART:20260106T090000Z\r\n"  // line 10
      "ATTENDEE:mailto:d@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  Gathered gathered;
  const auto result = read_calendar(ics, gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2026-01-06 both [2] d@x.example"});
  CHECK(gathered.ignored == std::vector<std::string>{"cal.ics:3: component over 4 MB"});
  CHECK(result.files.at(0).read == 2);
}

TEST_CASE("ics: rules by the hour are not expanded, DTSTART always counts, a time that does not exist is malformed",
          "[calendar_evidence]") {
  const auto event = [](const std::string& uid, const std::string& lines) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\n" + lines +
           "ATTENDEE:mailto:b@x.example\r\nATTENDEE:mailto:me@x.example\r\nEND:VEVENT\r\n";  // 5 lines + lines
  };
  const std::string ics =
      "BEGIN:VCALENDAR\r\nX-WR-CALNAME:me@x.example\r\n" +
      // line 3: can never match, and libical would search for hours
      event("never", "DTSTART:20260101T100000Z\r\nRRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\r\n") +
      // line 10: hourly
      event("hourly", "DTSTART:20260101T100000Z\r\nRRULE:FREQ=HOURLY;COUNT=3\r\n") +
      // line 17: RDATE only: DTSTART and the RDATE; a bad RDATE is left out, the rest kept
      event("rdate", "DTSTART:20260102T100000Z\r\nRDATE:20260105T100000Z\r\nRDATE:20260230T100000Z\r\n") +
      // line 25: hour 25
      event("hour25", "DTSTART:20260228T250000Z\r\n") +
      // line 31: minute 61
      event("minute61", "DTSTART:20260228T106100Z\r\n") + "END:VCALENDAR\r\n";
  Gathered gathered;
  const auto result = read_calendar(ics, gathered);
  CHECK(gathered.lines ==
        std::vector<std::string>{"2026-01-02 both [2] b@x.example", "2026-01-05 both [2] b@x.example"});
  CHECK(gathered.ignored == std::vector<std::string>{"cal.ics:25: malformed date", "cal.ics:31: malformed date",
                                                     "cal.ics:3: recurs more often than daily",
                                                     "cal.ics:10: recurs more often than daily"});
  CHECK(result.files.at(0).read == 5);
}
