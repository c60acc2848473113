// The LinkedIn export as evidence, against tests/data/activity/FACTS.md (§1.1, §2, §4, §5).
// One decision differs from FACTS, which chose no cap: a record with more than 5 other people
// is a group, not a tie (docs/activity.md), so the three "[8]" reading-group messages are ignored.
#include <catch2/catch.hpp>

#include "evidence_helpers.hpp"
#include "read/csv.hpp"

using namespace netgap;
using namespace netgap::test;

namespace {

const std::string export_dir = "linkedin/Basic_LinkedInDataExport_11-20-2026";

struct Read {
  Gathered gathered;
  EvidenceResult result;
};

Read read(const std::vector<std::string>& paths, EvidenceOptions options = fixture_options()) {
  Read out;
  out.result = read_evidence(paths, options, out.gathered);
  return out;
}

std::vector<std::string> lines_of(const Read& read, const std::string& file) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < read.gathered.interactions.size(); ++i) {
    const std::string& name = read.gathered.interactions[i].file;
    if (name.size() >= file.size() && name.compare(name.size() - file.size(), file.size(), file) == 0) {
      lines.push_back(read.gathered.lines[i]);
    }
  }
  return lines;
}

// FACTS §4, the LI rows of every person, in the file's order (newest conversation first).
const std::vector<std::string> expected_messages = {
    "2025-06-11 out [2] Olivia Bennett",
    "2025-06-10 in [2] Olivia Bennett",
    "2026-10-16 out [2] José Álvarez",
    "2026-10-09 in [2] José Álvarez",
    "2026-10-07 out [2] José Álvarez",
    "2026-10-06 in [2] José Álvarez",
    "2026-09-30 in [2] Daniel Park",
    "2026-08-15 in [2] Nadia Haddad",
    "2026-08-14 out [2] Nadia Haddad",
    "2026-06-05 in [3] Anne-Marie Dubois",
    "2026-06-04 in [3] Laura García-López",
    "2026-06-03 out [3] Anne-Marie Dubois + Laura García-López",
    "2026-05-20 out [2] Tomás Ferreira",
    "2026-05-19 in [2] Tomás Ferreira",
    "2026-02-14 in [2] Siobhán O’Neill",
    "2025-11-03 in [2] Siobhán O’Neill",
    "2025-11-03 out [2] Siobhán O’Neill",
    "2026-01-20 out [2] Rahul Mehta",
    "2025-09-10 out [2] 芳 王",
    "2025-09-09 in [2] 芳 王",
    "2024-12-03 out [2] Kwame Mensah",
    "2024-12-02 in [2] Kwame Mensah",
    "2024-07-10 out [2] Hannah Kim",
    "2024-07-08 in [2] Hannah Kim",
};

}  // namespace

TEST_CASE("linkedin export: messages.csv, every row used or ignored as FACTS says", "[linkedin_evidence]") {
  const Read r = read({activity(export_dir)});
  CHECK(lines_of(r, "/messages.csv") == expected_messages);
  const EvidenceReport& messages = report_of(r.result, "/messages.csv");
  CHECK(messages.source == "linkedin-messages");
  CHECK(messages.summary() == activity(export_dir) +
                                  "/messages.csv: read 32 records, 24 interactions, ignored 8 (draft: 1, group of "
                                  "more than 5 others: 3, recipient without a profile URL: 1, sender without a "
                                  "profile URL: 1, spam folder: 1, sponsored: 1)");
  // Which rows: the draft is the first row, the spam the fourth (the header is line 1).
  std::vector<std::string> ignored;
  for (const auto& line : r.gathered.ignored) {
    if (line.rfind("messages.csv:", 0) == 0) ignored.push_back(line);
  }
  CHECK(ignored.at(0) == "messages.csv:2: draft");
  CHECK(ignored.at(1) == "messages.csv:5: spam folder");
}

TEST_CASE("linkedin export: invitations, endorsements and recommendations", "[linkedin_evidence]") {
  const Read r = read({activity(export_dir)});
  CHECK(lines_of(r, "/Invitations.csv") == std::vector<std::string>{
                                               "2026-11-19 in [2] Chloé Martin",
                                               "2026-11-14 out [2] Noah Williams",
                                               "2026-09-28 in [2] Daniel Park",
                                               "2026-09-25 out [2] José Álvarez",
                                               "2026-08-10 in [2] Nadia Haddad",
                                               "2026-05-12 in [2] Tomás Ferreira",
                                               "2026-02-27 out [2] Yuki Tanaka",
                                           });
  CHECK(lines_of(r, "/Endorsement_Received_Info.csv") == std::vector<std::string>{
                                                             "2026-10-30 in [2] Lukas Schmidt",
                                                             "2026-08-02 in [2] Emily Zhang, PhD",
                                                             "2026-07-04 in [2] Ivan Petrov",
                                                             "2026-02-14 in [2] Siobhán O’Neill",
                                                             "2025-06-30 in [2] Søren Nygaard",
                                                             "2025-01-15 in [2] Mateo Rossi",
                                                             "2024-03-05 in [2] Marcus Chen",
                                                             "2024-03-05 in [2] Marcus Chen",
                                                         });
  CHECK(lines_of(r, "/Recommendations_Received.csv") == std::vector<std::string>{
                                                            "2026-10-01 in [2] Kwame Mensah",
                                                            "2026-06-18 in [2] David Okafor",
                                                            "2025-11-02 in [2] Anne-Marie Dubois",
                                                            "2024-03-05 in [2] Benjamin Cohen",
                                                        });
  CHECK(lines_of(r, "/Recommendations_Given.csv") == std::vector<std::string>{
                                                         "2026-09-30 out [2] Laura García-López",
                                                         "2025-12-09 out [2] Lukas Schmidt",
                                                         "2025-04-22 out [2] Mateo Rossi",
                                                     });
  for (const char* file : {"/Invitations.csv", "/Endorsement_Received_Info.csv", "/Recommendations_Received.csv",
                           "/Recommendations_Given.csv"}) {
    CHECK(report_of(r.result, file).ignored_count() == 0);
  }
  CHECK(report_of(r.result, "/Invitations.csv").read == 7);
  CHECK(report_of(r.result, "/Endorsement_Received_Info.csv").read == 8);
}

TEST_CASE("linkedin export: what each row says beyond its day", "[linkedin_evidence]") {
  const Read r = read({activity(export_dir)});
  const auto& all = r.gathered.interactions;
  const auto find = [&](InteractionSource source, const std::string& line) -> const Interaction& {
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].source == source && r.gathered.lines[i] == line) return all[i];
    }
    throw std::runtime_error("missing " + line);
  };
  // 芳 王 at 02:14:36 UTC: the UTC day, the instant kept.
  const Interaction& wang = find(InteractionSource::linkedin_message, "2025-09-09 in [2] 芳 王");
  REQUIRE(wang.instant);
  CHECK(*wang.instant == to_instant(*parse_iso_date("2025-09-09"), 2, 14, 36));
  CHECK(wang.people.at(0).profile_url == "https://www.linkedin.com/in/wang-fang-szbio");
  // Ivan's endorsement at 03:15 UTC is 07-04 (the evening before in New York: FACTS §6).
  CHECK(find(InteractionSource::endorsement, "2026-07-04 in [2] Ivan Petrov").people.at(0).profile_url ==
        "www.linkedin.com/in/ivan-petrov-ml");
  // Invitations carry no zone: the date as written, no instant.
  const Interaction& yuki = find(InteractionSource::linkedin_invitation, "2026-02-27 out [2] Yuki Tanaka");
  CHECK_FALSE(yuki.instant);
  CHECK(yuki.people.at(0).profile_url == "https://www.linkedin.com/in/yuki-tanaka-jp");
  CHECK(find(InteractionSource::linkedin_invitation, "2026-11-19 in [2] Chloé Martin").people.at(0).profile_url ==
        "https://www.linkedin.com/in/chlo%C3%A9-martin-paris");
  // Recommendations have no URL column: a name and an organisation to match by.
  const Interaction& david = find(InteractionSource::recommendation, "2026-06-18 in [2] David Okafor");
  CHECK(david.people.at(0).profile_url.empty());
  CHECK(david.people.at(0).organization == "Okafor Advisory, LLC");
  // Marcus's two endorsements on one day are two records with two ids.
  CHECK(all.size() == 46);
}

TEST_CASE("linkedin export: look-alikes and files that are not evidence", "[linkedin_evidence]") {
  const Read r = read({activity(export_dir)});
  CHECK(report_of(r.result, "/guide_messages.csv").summary() ==
        activity(export_dir) +
            "/guide_messages.csv: read 2 records, 0 interactions, ignored 2 (look-alike of "
            "messages.csv: 2)");
  CHECK(report_of(r.result, "/learning_role_play_messages.csv").ignored.at("look-alike of messages.csv") == 2);
  std::vector<std::string> skipped;
  for (const auto& file : r.result.skipped)
    skipped.push_back(file.file.substr(file.file.rfind('/') + 1) + ": " + file.reason);
  CHECK(skipped == std::vector<std::string>{"Comments_48213377.csv: not evidence",
                                            "Connections.csv: contacts, not interactions",
                                            "Email Addresses.csv: not evidence", "Profile.csv: not evidence"});
  CHECK(r.result.files.size() == 7);
}

TEST_CASE("linkedin export: the zip gives what the folder gives", "[linkedin_evidence]") {
  const Read folder = read({activity(export_dir)});
  const Read zip = read({activity("linkedin-export.zip")});
  auto a = folder.gathered.lines;
  auto b = zip.gathered.lines;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  CHECK(a == b);
  CHECK(lines_of(zip, "linkedin-export.zip/messages.csv") == expected_messages);
  CHECK(report_of(zip.result, "linkedin-export.zip/messages.csv").ignored_count() == 8);
  CHECK(zip.result.skipped.size() == 4);
}

TEST_CASE("linkedin export: the older 10-column messages.csv (FACTS §5)", "[linkedin_evidence]") {
  const Read r = read({activity("linkedin-old")});
  CHECK(r.gathered.lines == std::vector<std::string>{
                                "2024-07-10 out [2] Hannah Kim",
                                "2024-07-08 in [2] Hannah Kim",
                                "2024-05-06 out [3] Marcus Chen + Mateo Rossi",
                                "2024-05-06 in [3] Marcus Chen",
                                "2024-02-13 out [2] Benjamin Cohen",
                                "2024-02-12 in [2] Benjamin Cohen",
                            });
  CHECK(report_of(r.result, "/messages.csv").ignored ==
        std::map<std::string, std::size_t>{{"sender without a profile URL", 1}});
  CHECK(r.result.skipped.size() == 1);  // its Connections.csv
}

TEST_CASE("linkedin export: both exports read together count Hannah's messages once", "[linkedin_evidence]") {
  const Read r = read({activity(export_dir), activity("linkedin-old")});
  const EvidenceReport& old = report_of(r.result, "linkedin-old/messages.csv");
  CHECK(old.produced == 4);
  CHECK(old.ignored.at("already read") == 2);
  const auto hannah = std::count_if(r.gathered.lines.begin(), r.gathered.lines.end(), [](const std::string& line) {
    return line.find("Hannah Kim") != std::string::npos;
  });
  CHECK(hannah == 2);
}

TEST_CASE("linkedin quirks: BOM, CRLF, a CRLF inside CONTENT, header spelling, numeric suffix", "[linkedin_evidence]") {
  const std::string dir = temp_dir();
  const std::string path = write_file(
      dir, "messages_2.csv",
      "\xEF\xBB\xBF"
      "conversation id,Conversation Title,from,Sender Profile Url,TO,Recipient Profile URLs,Date,"
      "subject,content,folder,attachments,IS CONVERSATION DRAFT,IS MESSAGE DRAFT\r\n"
      "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Owner,https://www.linkedin.com/in/owner,"
      "2025-01-02 03:04:05 UTC,,\"line one\r\nline two, with \"\"quotes\"\"\",INBOX,,No,No\r\n"
      "c1,,Owner,https://www.linkedin.com/in/owner,Ada Lovelace,https://www.linkedin.com/in/ada,"
      "2025-01-03 10:00:00 UTC,,hi,INBOX,,Yes,No\r\n"
      "c2,,Owner,https://www.linkedin.com/in/owner/,Bob,https://www.linkedin.com/in/bob,yesterday,,x,INBOX,,No,No\r\n"
      "c3,,Owner,https://www.linkedin.com/in/owner,Cy,http://linkedin.com/in/cy,2025-02-01 23:59:59,,x,INBOX,,No,No");
  Gathered gathered;
  const auto result = read_evidence({path}, fixture_options(), gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2025-01-02 in [2] Ada Lovelace", "2025-02-01 out [2] Cy"});
  CHECK(gathered.ignored == std::vector<std::string>{"messages_2.csv:4: draft", "messages_2.csv:5: malformed date"});
  CHECK(result.files.at(0).read == 4);
}

TEST_CASE("linkedin quirks: the owner of messages.csv", "[linkedin_evidence]") {
  const std::string dir = temp_dir();
  const std::string path = write_file(dir, "messages.csv",
                                      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n"
                                      "c1,Ada,https://www.linkedin.com/in/ada,Bo,https://www.linkedin.com/in/bo,"
                                      "2025-01-02 03:04:05 UTC\n");
  Gathered gathered;
  REQUIRE_THROWS_AS(read_evidence({path}, fixture_options(), gathered), OwnerUnknown);
  REQUIRE_THROWS_WITH(read_evidence({path}, fixture_options(), gathered),
                      path +
                          ": cannot tell whose messages these are: https://www.linkedin.com/in/ada and "
                          "https://www.linkedin.com/in/bo are each in 1 conversation; say which profile URL is "
                          "the owner's");
  EvidenceOptions options = fixture_options();
  options.owner_profile_url = "linkedin.com/in/BO/";
  Gathered given;
  read_evidence({path}, options, given);
  CHECK(given.lines == std::vector<std::string>{"2025-01-02 in [2] Ada"});
}

TEST_CASE("linkedin quirks: group names, caps, missing URL columns, unknown files", "[linkedin_evidence]") {
  const std::string dir = temp_dir();
  const std::string header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n";
  const std::string me = "https://www.linkedin.com/in/me";
  write_file(dir, "messages.csv",
             header + "g,Me," + me + ",\"Emily Zhang, PhD, Yuki Tanaka\",\"https://www.linkedin.com/in/e," +
                 "https://www.linkedin.com/in/y\",2026-03-02 15:12:44 UTC\n" + "h,Me," + me +
                 ",\"A, B, C\",\"https://www.linkedin.com/in/a,https://www.linkedin.com/in/b\"," +
                 "2026-03-03 00:00:00 UTC\n" + "i,Zed,https://www.linkedin.com/in/z,Me," + me +
                 ",2026-03-04 00:00:00 UTC\n");
  write_file(dir, "Invitations.csv",
             "From,To,Sent At,Message,Direction\nAda King,Me,\"1/8/18, 6:14 PM\",,INCOMING\n"
             "Me,Bo,\"1/9/18, 6:14 PM\",,SIDEWAYS\n");
  write_file(
      dir, "recs.csv",
      "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nA,B,C,D,E,\"1/1/25, 1:00 AM\",VISIBLE\n");
  EvidenceOptions options = fixture_options();
  options.max_others = 1;
  Gathered gathered;
  const auto result = read_evidence({dir}, options, gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2018-01-08 in [2] Ada King", "2026-03-04 in [2] Zed"});
  CHECK(gathered.interactions.at(0).people.at(0).profile_url.empty());
  CHECK(report_of(result, "/messages.csv").ignored.at("group of more than 1 others") == 2);
  CHECK(report_of(result, "/Invitations.csv").ignored.at("unknown direction") == 1);
  CHECK(report_of(result, "/recs.csv").ignored.at("recommendations neither received nor given (by the file's name)") ==
        1);

  options.max_others = 5;
  Gathered wide;
  read_evidence({dir + "/messages.csv"}, options, wide);
  REQUIRE(wide.interactions.size() == 3);
  CHECK(wide.lines.at(0) == "2026-03-02 out [3] Emily Zhang, PhD + Yuki Tanaka");
  // Three names for two URLs: the names cannot be told apart, so none is given.
  CHECK(wide.lines.at(1) == "2026-03-03 out [3] https://www.linkedin.com/in/a + https://www.linkedin.com/in/b");
}

TEST_CASE("evidence: a file or folder that holds none is an error", "[linkedin_evidence]") {
  const std::string dir = temp_dir();
  const std::string notes = write_file(dir, "notes.txt", "nothing to see\n");
  Gathered gathered;
  REQUIRE_THROWS_WITH(read_evidence({notes}, fixture_options(), gathered),
                      notes +
                          ": not evidence netgap reads (a LinkedIn export or its messages, invitations, "
                          "endorsements or recommendations; an mbox; an iCalendar file)");
  REQUIRE_THROWS_WITH(read_evidence({dir}, fixture_options(), gathered),
                      dir +
                          ": no evidence in it (a LinkedIn export's messages, invitations, endorsements or "
                          "recommendations; an mbox; an iCalendar file)");
  REQUIRE_THROWS_WITH(read_evidence({dir + "/missing.zip"}, fixture_options(), gathered),
                      dir + "/missing.zip: cannot open: No such file or directory");
  const std::string broken = write_file(dir, "broken.zip", std::string("PK\x03\x04", 4) + "garbage");
  REQUIRE_THROWS_AS(read_evidence({broken}, fixture_options(), gathered), Error);
}

TEST_CASE("linkedin quirks: a row with fields missing or extra, and one over the record cap, are ignored",
          "[linkedin_evidence]") {
  const std::string dir = temp_dir();
  const std::string header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE\n";
  const std::string me = "https://www.linkedin.com/in/me";
  const std::string huge(CsvReader::max_record_bytes + 10, 'x');
  write_file(dir, "messages.csv",
             header +                                                                               // line 1
                 "a,Ann,https://www.linkedin.com/in/ann,Me," + me + ",2026-03-01 10:00:00 UTC\n" +  // line 2
                 "b,Bo,https://www.linkedin.com/in/bo,Me," + me + "\n" +                            // line 3: no DATE
                 "c,Cy,https://www.linkedin.com/in/cy,Me," + me + ",2026-03-02 10:00:00 UTC,extra\n" +  // line 4
                 "d,Di,https://www.linkedin.com/in/di,Me," + me + ",\"" + huge + "\"\n" +               // line 5
                 "e,Ed,https://www.linkedin.com/in/ed,Me," + me + ",2026-03-03 10:00:00 UTC\n");        // line 6
  Gathered gathered;
  const auto result = read_evidence({dir + "/messages.csv"}, fixture_options(), gathered);
  CHECK(gathered.lines == std::vector<std::string>{"2026-03-01 in [2] Ann", "2026-03-03 in [2] Ed"});
  CHECK(gathered.ignored == std::vector<std::string>{"messages.csv:3: 5 fields where the header has 6",
                                                     "messages.csv:4: 7 fields where the header has 6",
                                                     "messages.csv:5: record over 1 MB"});
  CHECK(result.files.at(0).read == 5);
}
