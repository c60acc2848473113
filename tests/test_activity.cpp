// The activity record of a contact (roster fields) and evidence matched to contacts, asserted
// against tests/data/activity/FACTS.md §4 (groups of more than 5 others excluded: docs/activity.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <netgap/analyse/activity.hpp>
#include <netgap/analyse/explain.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/write/roster_writer.hpp>
#include <sstream>

#include "evidence_helpers.hpp"
#include "roster_helpers.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

/// "mail 2026-09-03..2026-09-04 in 2026-09-04 out 2026-09-03 both - days 2": one record, compared whole.
std::string describe(const SourceActivity& r) {
  const auto day = [](const std::optional<Date>& d) { return d ? format_iso(*d) : std::string("-"); };
  return fmt::format("{} {}..{} in {} out {} both {} days {}", r.source, day(r.first_seen), day(r.last_seen()),
                     day(r.last_inbound), day(r.last_outbound), day(r.last_two_way), r.days);
}

std::vector<std::string> describe(const std::vector<SourceActivity>& activity) {
  std::vector<std::string> out;
  for (const auto& record : activity) out.push_back(describe(record));
  return out;
}

const std::string activity_roster = R"({"contacts": [{"name": "Ada", "activity": {
  "mail": {"first_seen": "2025-01-02", "last_inbound": "2025-03-04", "days": 3},
  "linkedin-message": {"first_seen": "2024-05-06", "last_outbound": "2024-05-06", "last_two_way": "2024-05-06", "days": 1}
}}]})";

/// The fixture roster with the evidence of the main export, the mailbox and the calendar applied.
struct Matched {
  std::vector<Contact> contacts;
  ActivityCounts counts;
};

Matched match_fixtures(const std::vector<std::string>& files) {
  Matched out;
  out.contacts = read_collected(activity("roster.json"));
  ActivityMatcher matcher(out.contacts, builtin_taxonomy().organization_suffixes);
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(activity(f));
  read_evidence(paths, fixture_options(), matcher);
  for (auto& c : out.contacts) extend_activity(c.activity, matcher.evidence(c.index));
  out.counts = matcher.counts();
  return out;
}

const Contact& named(const Matched& m, const std::string& name) {
  for (const auto& c : m.contacts) {
    if (c.name == name) return c;
  }
  throw std::runtime_error("no contact " + name);
}

}  // namespace

TEST_CASE("activity: a roster's activity object is read per source, in source order") {
  const auto r = read_text_roster(activity_roster);
  REQUIRE(r.errors.empty());
  REQUIRE(r.collected.contacts.size() == 1);
  CHECK(describe(r.collected.contacts[0].activity) ==
        std::vector<std::string>{"linkedin-message 2024-05-06..2024-05-06 in - out 2024-05-06 both 2024-05-06 days 1",
                                 "mail 2025-01-02..2025-03-04 in 2025-03-04 out - both - days 3"});
}

TEST_CASE("activity: the writer writes what the reader reads") {
  const auto r = read_text_roster(activity_roster);
  std::ostringstream out;
  RosterWriter writer(out, nullptr);
  writer.add(r.collected.contacts.at(0));
  writer.finish();
  CHECK(
      out.str().find(R"("activity": {"linkedin-message": {"first_seen": "2024-05-06", "last_outbound": "2024-05-06", )"
                     R"("last_two_way": "2024-05-06", "days": 1}, "mail": {"first_seen": "2025-01-02", )"
                     R"("last_inbound": "2025-03-04", "days": 3}})") != std::string::npos);
  const auto again = read_text_roster(out.str());
  REQUIRE(again.errors.empty());
  CHECK(again.collected.contacts.at(0).activity == r.collected.contacts.at(0).activity);
}

TEST_CASE("activity: a v1 roster without activity stays valid and has none") {
  const auto r = read_text_roster(R"({"contacts": [{"name": "Ada", "last_contact": "2026-01-02"}]})");
  REQUIRE(r.errors.empty());
  CHECK(r.collected.contacts.at(0).activity.empty());
}

TEST_CASE("activity: bad activity values are errors naming the field") {
  const auto check = [](const std::string& activity, const std::string& error) {
    const auto r = read_text_roster(R"({"contacts": [{"name": "Ada", "activity": )" + activity + "}]}");
    CHECK(r.errors == std::vector<std::string>{error});
  };
  check(R"({"gmail": {"days": 1}})",
        R"(roster.json: contacts[0] "Ada": activity: unknown source "gmail" (did you mean "mail"?))");
  check(R"({"mail": {"days": -1}})",
        R"(roster.json: contacts[0] "Ada": activity.mail.days: expected an integer from 0 to 1000000, got -1)");
  check(R"({"mail": {"first_seen": "2026-02-30"}})",
        R"(roster.json: contacts[0] "Ada": activity.mail.first_seen: expected a date YYYY-MM-DD, got "2026-02-30")");
  check(R"({"mail": {"dayz": 1}})",
        R"(roster.json: contacts[0] "Ada": activity.mail: unknown field "dayz" (did you mean "days"?))");
  check(R"({"mail": {}, "mail": {}})", R"(roster.json: contacts[0] "Ada": activity.mail: given twice)");
  check(R"({"mail": 3})", R"(roster.json: contacts[0] "Ada": activity.mail: expected an object, got 3)");
  check(
      R"(["mail"])",
      R"(roster.json: contacts[0] "Ada": activity: expected an object with one record per evidence source, got an array)");
}

TEST_CASE("activity: evidence lands on the right contacts, per source (FACTS §4)") {
  const Matched m = match_fixtures({"linkedin-export.zip", "mail.mbox", "calendar.ics"});
  // José: the roster knows only his work address; M34 and E7 (personal address) match by his name.
  // 8 days in all, as FACTS §4 counts them.
  CHECK(describe(named(m, "José Álvarez").activity) ==
        std::vector<std::string>{"linkedin-message 2026-10-06..2026-10-16 in 2026-10-09 out 2026-10-16 both - days 4",
                                 "linkedin-invitation 2026-09-25..2026-09-25 in - out 2026-09-25 both - days 1",
                                 "mail 2026-10-17..2026-10-19 in 2026-10-17 out 2026-10-19 both - days 2",
                                 "calendar 2026-10-15..2026-10-15 in - out - both 2026-10-15 days 1"});
  // Ben: a recommendation matched by name and organisation; ten weekly 1:1s; the all-hands is a group.
  CHECK(describe(named(m, "Benjamin Cohen").activity) ==
        std::vector<std::string>{"recommendation 2024-03-05..2024-03-05 in 2024-03-05 out - both - days 1",
                                 "mail 2026-11-17..2026-11-18 in 2026-11-17 out 2026-11-18 both - days 2",
                                 "calendar 2026-09-10..2026-11-19 in - out - both 2026-11-19 days 10"});
  CHECK(describe(named(m, "Mateo Rossi").activity) ==
        std::vector<std::string>{"endorsement 2025-01-15..2025-01-15 in 2025-01-15 out - both - days 1",
                                 "recommendation 2025-04-22..2025-04-22 in - out 2025-04-22 both - days 1",
                                 "mail 2026-09-03..2026-09-04 in 2026-09-04 out 2026-09-03 both - days 2",
                                 "calendar 2026-06-11..2026-06-11 in - out - both 2026-06-11 days 1"});
  // Grace: Cc'd by Priya (out); Cc'd by Mateo gives nothing; she declined E8.
  CHECK(describe(named(m, "Grace Liu").activity) ==
        std::vector<std::string>{"mail 2026-09-03..2026-09-03 in - out 2026-09-03 both - days 1"});
  // Sarah: only the spam-folder message and the 41-person mail: nothing.
  CHECK(named(m, "Sarah Johnson").activity.empty());
}

TEST_CASE("activity: identity traps of the fixtures (FACTS §4)") {
  const Matched m = match_fixtures({"linkedin-export.zip", "mail.mbox", "calendar.ics"});
  // Kwame's roster URL has a trailing slash; the reading-group message ([8]) is a group.
  CHECK(describe(named(m, "Kwame Mensah").activity) ==
        std::vector<std::string>{"linkedin-message 2024-12-02..2024-12-03 in 2024-12-02 out 2024-12-03 both - days 2",
                                 "recommendation 2026-10-01..2026-10-01 in 2026-10-01 out - both - days 1",
                                 "mail 2024-12-09..2024-12-09 in 2024-12-09 out - both - days 1",
                                 "calendar 2026-11-03..2026-11-03 in - out - both 2026-11-03 days 1"});
}

TEST_CASE("activity: reading the same evidence again changes nothing, newer evidence extends") {
  std::vector<Contact> contacts = read_collected(activity("roster.json"));
  const auto apply = [&](const std::vector<std::string>& files) {
    ActivityMatcher matcher(contacts, builtin_taxonomy().organization_suffixes);
    std::vector<std::string> paths;
    for (const auto& f : files) paths.push_back(activity(f));
    read_evidence(paths, fixture_options(), matcher);
    std::size_t changed = 0;
    for (auto& c : contacts) changed += extend_activity(c.activity, matcher.evidence(c.index)) ? 1U : 0U;
    return changed;
  };
  // The old export alone: Ben 2024-02-12 in, 2024-02-13 out (FACTS §5).
  CHECK(apply({"linkedin-old"}) == 4);  // Ben, Hannah, Marcus, Mateo
  CHECK(apply({"linkedin-old"}) == 0);
  const auto ben = [&] {
    for (const auto& c : contacts) {
      if (c.name == "Benjamin Cohen") return describe(c.activity);
    }
    return std::vector<std::string>{};
  };
  CHECK(ben() ==
        std::vector<std::string>{"linkedin-message 2024-02-12..2024-02-13 in 2024-02-12 out 2024-02-13 both - days 2"});
  const auto one = [&](const std::string& name) {
    for (const auto& c : contacts) {
      if (c.name == name) return describe(c.activity);
    }
    return std::vector<std::string>{};
  };
  // Marcus wrote and was answered on one day: two-way; Marcus's message gives Mateo nothing.
  CHECK(one("Marcus Chen") ==
        std::vector<std::string>{
            "linkedin-message 2024-05-06..2024-05-06 in 2024-05-06 out 2024-05-06 both 2024-05-06 days 1"});
  CHECK(one("Mateo Rossi") ==
        std::vector<std::string>{"linkedin-message 2024-05-06..2024-05-06 in - out 2024-05-06 both - days 1"});
  // Hannah's two messages are in both exports: read again, they add nothing.
  apply({"linkedin-export.zip"});
  for (const auto& c : contacts) {
    if (c.name == "Hannah Kim")
      CHECK(describe(c.activity) ==
            std::vector<std::string>{
                "linkedin-message 2024-07-08..2024-07-10 in 2024-07-08 out 2024-07-10 both - days 2"});
  }
  CHECK(apply({"linkedin-export.zip"}) == 0);
}

TEST_CASE("activity: every person on the evidence is matched, unmatched or ambiguous") {
  const Matched m = match_fixtures({"linkedin-export.zip", "mail.mbox", "calendar.ics"});
  // 24 + 7 + 8 + 4 + 3 interactions from the export, 36 from the mailbox, 20 from the calendar.
  // Unmatched: Daniel Park 3 and Nadia Haddad 6 (not in the roster), and M35's Cc of José's
  // personal address, which the mail reader gives as a second person without a name.
  // Ignored: 8 + 2 + 2 (look-alikes) in the export, 7 in the mailbox, 4 in the calendar.
  CHECK(m.counts.summary() ==
        "read 102 interactions with 108 people, matched 98 to contacts, unmatched 10, ambiguous 0, ignored 23 records");
}

TEST_CASE("activity: last contact and a suggested strength are derived, hand-set values win") {
  const Date as_of = *parse_iso_date("2026-11-20");
  const Matched m = match_fixtures({"linkedin-export.zip", "mail.mbox", "calendar.ics"});
  // Ben: 1 + 2 + 10 days, two-way, recommended: 1 + 1 (3 days) + 1 (10 days) + 1 + 1 = 5.
  const TieEvidence ben = tie_evidence(named(m, "Benjamin Cohen").activity);
  CHECK(ben.days == 13);
  CHECK(ben.last_contact == parse_iso_date("2026-11-19"));
  CHECK(ben.last_contact_source == "calendar");
  CHECK(ben.suggested_strength == 5);
  CHECK(explain_activity(named(m, "Benjamin Cohen"), as_of) ==
        std::vector<std::string>{"last two-way: calendar 2026-11-19", "last outbound: mail 2026-11-18",
                                 "last inbound: mail 2026-11-17", "13 days with contact since 2024-03-05",
                                 "last contact 2026-11-19 from calendar",
                                 "strength 5 suggested by the evidence (docs/activity.md)"});
  // Chloé only reached out (a pending invitation): no contact, a rekindle candidate; strength 1.
  Contact chloe = named(m, "Chloé Martin");
  CHECK(tie_evidence(chloe.activity).suggested_strength == 1);
  apply_activity(chloe, *parse_iso_date("2026-11-20"));
  CHECK(!chloe.last_contact);
  CHECK(chloe.strength == 1);
  CHECK(explain_activity(named(m, "Chloé Martin"), as_of).at(2) ==
        "no outbound or two-way contact: only they reached out (a rekindle candidate)");
  // Written by hand: a later date and any strength stay.
  Contact grace = named(m, "Grace Liu");
  grace.strength = 4;
  grace.last_contact = parse_iso_date("2026-10-01");
  apply_activity(grace, *parse_iso_date("2026-11-20"));
  CHECK(grace.last_contact == parse_iso_date("2026-10-01"));  // the evidence's 2026-09-03 is earlier
  CHECK(grace.strength == 4);
  CHECK(explain_activity(grace, as_of).back() == "strength 4 set by hand (evidence suggests 1)");
}

TEST_CASE("activity: the suggested strength never falls when evidence is added") {
  SourceActivity mail;
  mail.source = "mail";
  mail.first_seen = parse_iso_date("2026-01-01");
  mail.last_inbound = parse_iso_date("2026-01-01");
  int previous = 0;
  for (int days = 1; days <= 12; ++days) {
    mail.days = days;
    std::vector<SourceActivity> activity{mail};
    const int one_way = tie_evidence(activity).suggested_strength;
    CHECK(one_way >= previous);
    activity[0].last_outbound = parse_iso_date("2026-01-02");
    CHECK(tie_evidence(activity).suggested_strength >= one_way);
    SourceActivity recommendation;
    recommendation.source = "recommendation";
    recommendation.days = 1;
    activity.push_back(recommendation);
    CHECK(tie_evidence(activity).suggested_strength >= one_way);
    previous = one_way;
  }
}

namespace {

SourceActivity record(const char* source, const char* first, const char* last_in, const char* last_out, int days) {
  SourceActivity r;
  r.source = source;
  r.first_seen = parse_iso_date(first);
  if (last_in != nullptr) r.last_inbound = parse_iso_date(last_in);
  if (last_out != nullptr) r.last_outbound = parse_iso_date(last_out);
  r.days = days;
  return r;
}

}  // namespace

TEST_CASE("activity: a tie that only reached out, or went quiet against its own rhythm, is told apart") {
  const Date as_of = *parse_iso_date("2026-11-20");
  SECTION("only inbound days: it reached out") {
    const TieQuiet quiet = tie_quiet({record("mail", "2026-10-01", "2026-10-03", nullptr, 2)}, as_of);
    CHECK(quiet.why == RekindleWhy::reached_out);
    CHECK(quiet.last_inbound == parse_iso_date("2026-10-03"));
  }
  SECTION("inbound after the audit's day has not happened: nothing to say") {
    CHECK(tie_quiet({record("mail", "2026-12-01", "2026-12-01", nullptr, 1)}, as_of).why == RekindleWhy::dormant);
  }
  SECTION("weekly for ten weeks, then 9 weeks of silence: quiet (more than 8 x 7 days)") {
    // 2026-06-01 .. 2026-08-10 is 70 days over 11 days with contact: every 7 days.
    const TieQuiet quiet =
        tie_quiet({record("calendar", "2026-06-01", "2026-08-10", "2026-08-10", 11)}, *parse_iso_date("2026-10-13"));
    CHECK(quiet.why == RekindleWhy::quiet);
    CHECK(quiet.usual_days == 7);
    Contact tie;
    tie.activity = {record("calendar", "2026-06-01", "2026-08-10", "2026-08-10", 11)};
    const auto lines = explain_activity(tie, *parse_iso_date("2026-10-13"));
    CHECK(std::find(lines.begin(), lines.end(),
                    "quiet: no contact for 64 days, over 8 times its usual 7 days between contacts (a rekindle "
                    "candidate)") != lines.end());
    const auto before = explain_activity(tie, *parse_iso_date("2026-09-01"));  // 22 days: not yet
    CHECK(std::none_of(before.begin(), before.end(), [](const std::string& l) { return l.rfind("quiet", 0) == 0; }));
    CHECK(quiet.last_seen == parse_iso_date("2026-08-10"));
  }
  SECTION("the same tie after exactly 8 intervals is not yet quiet") {
    CHECK(tie_quiet({record("calendar", "2026-06-01", "2026-08-10", "2026-08-10", 11)}, *parse_iso_date("2026-10-05"))
              .why == RekindleWhy::dormant);
  }
  SECTION("two days with contact are no rhythm") {
    CHECK(tie_quiet({record("mail", "2026-01-01", "2026-01-02", "2026-01-02", 2)}, as_of).why == RekindleWhy::dormant);
  }
}

TEST_CASE("activity: the audit's rekindle list names quiet and reached-out ties, and ranks them first", "[audit]") {
  const std::string dir = temp_dir();
  // Peers of the owner's organisation, all active inside the 365-day window on 2026-11-20:
  // Bea met weekly and went silent for 12 weeks, Cem only wrote, Dan writes back and forth.
  const std::string roster = write_file(dir, "roster.json", R"({"owner": {"name": "Olu", "organization": "Acme"},
"contacts": [
 {"name": "Ann Dormant", "organization": "Acme", "role": "Engineer", "strength": 3, "last_contact": "2024-01-01"},
 {"name": "Bea Quiet", "organization": "Acme", "role": "Engineer", "strength": 3, "activity": {
   "calendar": {"first_seen": "2026-06-01", "last_two_way": "2026-08-24", "days": 13}}},
 {"name": "Cem Wrote", "organization": "Acme", "role": "Engineer", "strength": 3, "activity": {
   "mail": {"first_seen": "2026-10-01", "last_inbound": "2026-10-03", "days": 2}}},
 {"name": "Dan Steady", "organization": "Acme", "role": "Engineer", "strength": 3, "activity": {
   "mail": {"first_seen": "2026-01-01", "last_inbound": "2026-11-18", "last_outbound": "2026-11-19", "days": 40}}}
]})");
  const auto r = run_cli({"audit", roster, "--as-of", "2026-11-20", "--top", "8"});
  REQUIRE(r.code == 0);
  const std::size_t at = r.out.find("Rekindle: ");
  REQUIRE(at != std::string::npos);
  std::string line = r.out.substr(at, r.out.find("\n    Also", at) - at);
  for (std::size_t nl; (nl = line.find("\n      ")) != std::string::npos;) line.replace(nl, 7, " ");
  CHECK(line.substr(0, line.find('\n')) ==
        "Rekindle: Bea Quiet (strength 3, quiet since 2026-08-24, usually every 7 days), Cem Wrote (strength 3, "
        "reached out 2026-10-03, not answered), Ann Dormant (strength 3, last contact 2024-01-01)");
  CHECK(line.find("Dan Steady") == std::string::npos);
}

TEST_CASE("activity: two records of one person combine their activity per source, never inventing days") {
  const auto record = [](std::string source, const char* first, const char* in, const char* out, int days) {
    SourceActivity r;
    r.source = std::move(source);
    r.first_seen = parse_iso_date(first);
    if (in != nullptr) r.last_inbound = parse_iso_date(in);
    if (out != nullptr) r.last_outbound = parse_iso_date(out);
    r.days = days;
    return r;
  };
  // Spans apart: no day can be in both, the days add up; the first and last days span both.
  std::vector<SourceActivity> into = {record("mail", "2025-01-10", "2025-03-01", nullptr, 5)};
  CHECK(combine_activity(into, {record("mail", "2026-01-10", "2026-10-01", "2026-02-02", 7)}));
  CHECK(describe(into) ==
        std::vector<std::string>{"mail 2025-01-10..2026-10-01 in 2026-10-01 out 2026-02-02 both - days 12"});
  // Spans overlap: a day may be in both, the larger count is kept (a lower bound), the dates widen.
  into = {record("mail", "2025-01-10", "2025-06-01", nullptr, 5)};
  CHECK(combine_activity(into, {record("mail", "2025-03-01", nullptr, "2025-08-01", 3)}));
  CHECK(describe(into) ==
        std::vector<std::string>{"mail 2025-01-10..2025-08-01 in 2025-06-01 out 2025-08-01 both - days 5"});
  // A source only the other record has is added in source order (mail before calendar).
  into = {record("calendar", "2026-09-10", "2026-11-19", nullptr, 10)};
  CHECK(combine_activity(into, {record("mail", "2025-01-10", "2025-03-01", nullptr, 5),
                                record("linkedin-message", "2024-01-01", nullptr, "2024-01-01", 1)}));
  CHECK(describe(into) ==
        std::vector<std::string>{"linkedin-message 2024-01-01..2024-01-01 in - out 2024-01-01 both - days 1",
                                 "mail 2025-01-10..2025-03-01 in 2025-03-01 out - both - days 5",
                                 "calendar 2026-09-10..2026-11-19 in 2026-11-19 out - both - days 10"});
  // Again, or a copy of what is there: nothing changes (a roster merged twice stays as it is).
  const auto before = into;
  CHECK_FALSE(combine_activity(into, before));
  CHECK_FALSE(combine_activity(into, {record("mail", "2025-02-01", "2025-02-02", nullptr, 1)}));
  CHECK_FALSE(combine_activity(into, {}));
  CHECK(into == before);
  // The sum stays within what a roster may say; so does a day added by evidence.
  into = {record("mail", "2000-01-01", "2000-01-02", nullptr, SourceActivity::max_days)};
  CHECK(combine_activity(into, {record("mail", "2001-01-01", "2001-01-02", nullptr, 5)}));
  CHECK(into.front().days == SourceActivity::max_days);
  ContactEvidence evidence;
  evidence[InteractionSource::mail][*parse_iso_date("2002-01-01")] = DayFlags::inbound;
  CHECK(extend_activity(into, evidence));  // its last inbound day moves
  CHECK(into.front().days == SourceActivity::max_days);
}

TEST_CASE("activity: a record written by hand with a last day before its first_seen combines the same way twice") {
  // The span is the earliest to the latest of its days, whichever fields hold them: with
  // first_seen..last_seen() taken as written, the second merge found no overlap and added again.
  SourceActivity odd;
  odd.source = "mail";
  odd.first_seen = parse_iso_date("2025-06-01");
  odd.last_inbound = parse_iso_date("2025-01-01");
  odd.days = 3;
  SourceActivity known;
  known.source = "mail";
  known.first_seen = parse_iso_date("2025-03-01");
  known.last_inbound = parse_iso_date("2025-03-05");
  known.days = 2;
  std::vector<SourceActivity> into = {known};
  CHECK(combine_activity(into, {odd}));
  CHECK(into.front().days == 3);  // 2025-01-01..2025-06-01 holds 2025-03-01..05: overlapping
  const auto once = into;
  CHECK_FALSE(combine_activity(into, {odd}));
  CHECK(into == once);
  std::vector<SourceActivity> only_first = {odd};
  only_first.front().last_inbound.reset();  // first_seen alone: a span of one day
  std::vector<SourceActivity> only_last = {odd};
  only_last.front().first_seen.reset();
  CHECK(combine_activity(only_first, only_last));
  CHECK(only_first.front().days == 6);  // 2025-06-01 and 2025-01-01: apart
  const auto twice = only_first;
  CHECK_FALSE(combine_activity(only_first, only_last));
  CHECK(only_first == twice);
}
