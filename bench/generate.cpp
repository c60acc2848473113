// Deterministic generator of realistic netgap inputs, for benchmarks and the smoke test.
//
//   netgap-generate roster N [SEED]    a roster (format v1) of N contacts
//   netgap-generate roster-activity N [SEED]
//                                      the same roster, every second contact with the activity
//                                      records of two evidence sources (what import --merge writes)
//   netgap-generate linkedin N [SEED]  a LinkedIn Connections.csv of N rows
//   netgap-generate messages N [SEED]  a LinkedIn messages.csv of N messages (owner: /in/me)
//   netgap-generate mbox BYTES [SEED]  an mbox of about BYTES bytes (owner: me@example.org)
//
// The same N and SEED give the same bytes on every machine (std::mt19937 is fully specified,
// and only its raw output is used).
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view first_names[] = {"Ada",     "Grace", "Alan",    "Katherine", "Linus", "Margaret", "Dennis",
                                            "Barbara", "Ken",   "Frances", "Wei",       "Priya", "Kenji",    "Fatima",
                                            "Carlos",  "Olga",  "Chloé",   "Sven",      "Amara", "Diego"};
constexpr std::string_view last_names[] = {
    "Lovelace", "Hopper", "Turing",   "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen",
    "Zhang",    "Raman",  "Watanabe", "Zahra",   "Mendes",   "Petrova",  "Dubois",  "Berg",   "Okafor",   "Ruiz"};
constexpr std::string_view organizations[] = {
    "Acme Health", "Globex",     "Initech",        "Umbrella Corp",          "Stark Industries", "Wayne Enterprises",
    "Hooli",       "Pied Piper", "Mercy Hospital", "University of Michigan", "Hays Recruitment", "Cyberdyne"};
constexpr std::string_view roles[] = {"Data Scientist", "Senior Data Scientist", "ML Engineer",
                                      "Data Analyst",   "Product Manager",       "Marketing Director",
                                      "Sales Lead",     "Technical Recruiter",   "Professor of Statistics",
                                      "Postdoc",        "Software Engineer",     "Operations Manager",
                                      "Nurse",          "Chief Medical Officer", "Talent Acquisition Partner"};
constexpr std::string_view departments[] = {"Data Science", "Marketing",   "Sales",    "Product",
                                            "Operations",   "Engineering", "Research", ""};
constexpr std::string_view how_met[] = {"NeurIPS 2024",
                                        "Kaggle",
                                        "PyData meetup",
                                        "mentorship program",
                                        "alumni mixer",
                                        "career fair",
                                        "conference",
                                        "work",
                                        "",
                                        ""};
constexpr std::string_view schools[] = {"University of Michigan", "MIT", "Stanford University", "ETH Zürich",
                                        "Tsinghua University"};
constexpr std::string_view industries[] = {"healthcare", "finance", "software", "retail"};
constexpr std::string_view categories[] = {
    "data-science-community", "domain", "recruiters", "researchers", "alumni", "mentors", "peers", "cross-functional"};
constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

class Random {
 public:
  explicit Random(std::uint32_t seed) : engine_(seed) {}
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(engine_() % n); }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(static_cast<std::uint32_t>(N))];
  }

 private:
  std::mt19937 engine_;
};

void print(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

/// ", \"activity\": {...}" with a LinkedIn-message and a mail record: first seen in 2023-2024, last
/// seen in 2025 or up to October 2026.
std::string activity(Random& random) {
  const auto day = [&](unsigned first_year) {
    char date[16];
    std::snprintf(date, sizeof date, "%u-%02u-%02u", first_year + random.below(2), random.below(10) + 1,
                  random.below(28) + 1);
    return std::string(date);
  };
  std::string out = ", \"activity\": {\"linkedin-message\": {\"first_seen\": \"" + day(2023);
  out += "\", \"last_inbound\": \"" + day(2025) + "\", \"last_outbound\": \"" + day(2025);
  out += "\", \"days\": " + std::to_string(random.below(40) + 1) + "}, \"mail\": {\"first_seen\": \"" + day(2023);
  out += "\", \"last_two_way\": \"" + day(2025) + "\", \"days\": " + std::to_string(random.below(90) + 1) + "}}";
  return out;
}

/// A roster of `n` contacts; with `with_activity`, every second one has activity records (the
/// other fields are the same bytes as without).
void roster(unsigned long n, Random& random, bool with_activity) {
  print(
      "{\n  \"schema_version\": 1,\n  \"owner\": {\"name\": \"Priya Raman\", \"organization\": \"Acme Health\", "
      "\"department\": \"Data Science\", \"role\": \"Data Scientist\", \"industry\": \"healthcare\", "
      "\"schools\": [\"University of Michigan\"]},\n  \"contacts\": [\n");
  std::string line;
  for (unsigned long i = 0; i < n; ++i) {
    line = "    {\"name\": \"";
    line.append(random.pick(first_names)).append(" ").append(random.pick(last_names)).append(" ");
    line += std::to_string(i);
    line.append("\", \"organization\": \"").append(random.pick(organizations));
    line.append("\", \"department\": \"").append(random.pick(departments));
    line.append("\", \"role\": \"").append(random.pick(roles));
    line.append("\", \"industry\": \"").append(random.pick(industries));
    line.append("\", \"schools\": [\"").append(random.pick(schools));
    line.append("\"], \"how_met\": \"").append(random.pick(how_met)).append("\"");
    if (random.below(10) < 3) line.append(", \"categories\": [\"").append(random.pick(categories)).append("\"]");
    if (random.below(10) == 0) line.append(", \"tags\": [\"mentor\"]");
    char date[64];
    std::snprintf(date, sizeof date, ", \"strength\": %u, \"last_contact\": \"%u-%02u-%02u\"", random.below(5) + 1,
                  2019 + random.below(8), random.below(12) + 1, random.below(28) + 1);
    line += date;
    line.append(", \"email\": \"person").append(std::to_string(i)).append("@example.org\"");
    if (with_activity && i % 2 == 1) line += activity(random);
    line += '}';
    line.append(i + 1 < n ? ",\n" : "\n");
    print(line);
  }
  print("  ]\n}\n");
}

void linkedin(unsigned long n, Random& random) {
  print(
      "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
      "missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
  std::string line;
  for (unsigned long i = 0; i < n; ++i) {
    const std::string index = std::to_string(i);
    line.assign(random.pick(first_names)).append(",").append(random.pick(last_names)).append(" ").append(index);
    line.append(",https://www.linkedin.com/in/p").append(index).append(",,");
    line.append(random.pick(organizations)).append(",").append(random.pick(roles)).append(",");
    char date[32];
    std::snprintf(date, sizeof date, "%02u %s %u\n", random.below(28) + 1, random.pick(months).data(),
                  2010 + random.below(17));
    line += date;
    print(line);
  }
}

/// Words for message text; commas, quotes and line breaks make the CSV quoting work.
constexpr std::string_view words[] = {"thanks", "for",  "the",  "intro,", "happy",     "to",
                                      "chat",   "next", "week", "about",  "the",       "\"model\"",
                                      "review", "and",  "the",  "data",   "pipeline.", "Best,\nAda",
                                      "cheers", "see",  "you",  "at",     "PyData",    "soon"};

std::string text(Random& random, unsigned count) {
  std::string out;
  for (unsigned i = 0; i < count; ++i) out.append(i == 0 ? "" : " ").append(random.pick(words));
  return out;
}

std::string csv_quoted(const std::string& field) {
  std::string out = "\"";
  for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// Conversations of 1 to 8 messages between the owner and one other member (a group of up to
/// nine in one conversation out of ten), newest first, with a few drafts and spam.
void messages(unsigned long n, Random& random) {
  print(
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
      "CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n");
  const std::string me = "https://www.linkedin.com/in/me";
  std::string line;
  for (unsigned long i = 0, conversation = 0; i < n; ++conversation) {
    const unsigned others = random.below(10) == 0 ? 2 + random.below(7) : 1;
    const unsigned length = 1 + random.below(8);
    std::vector<std::string> people;
    for (unsigned k = 0; k < others; ++k) people.push_back(std::to_string(random.below(5000)));
    for (unsigned m = 0; m < length && i < n; ++m, ++i) {
      const bool mine = random.below(2) == 0;
      const std::string& who = people[random.below(others)];
      std::string urls = mine ? "" : me;
      for (const auto& p : people) {
        if (mine || p != who) urls.append(urls.empty() ? "" : ",").append("https://www.linkedin.com/in/p" + p);
      }
      char date[40];
      const std::uint32_t y = 2010 + random.below(16);  // the order of dates does not matter to the reader
      std::snprintf(date, sizeof date, "%u-%02u-%02u %02u:%02u:%02u UTC", y, 1 + random.below(12), 1 + random.below(28),
                    random.below(24), random.below(60), random.below(60));
      line.assign("c").append(std::to_string(conversation)).append(",,");
      line.append(mine ? "Me" : "Member " + who).append(",").append(mine ? me : "https://www.linkedin.com/in/p" + who);
      line.append(",").append(csv_quoted("Someone, Someone Else")).append(",").append(csv_quoted(urls)).append(",");
      line.append(date).append(",,").append(csv_quoted(text(random, 5 + random.below(60))));
      line.append(random.below(100) == 0 ? ",SPAM" : ",INBOX").append(",,");
      line.append(random.below(100) == 0 ? "Yes\n" : "No\n");
      print(line);
    }
  }
}

/// Headers as mail clients and servers write them, bodies of 1 to 12 KB (one in fifty with a
/// 200 KB base64 attachment); a fifth are list mail, one in twenty goes to 40 people.
void mbox(unsigned long long bytes, Random& random) {
  std::string message;
  unsigned long long written = 0;
  for (unsigned long i = 0; written < bytes; ++i) {
    const bool mine = random.below(3) == 0;
    const std::string other = "p" + std::to_string(random.below(5000)) + "@example.com";
    const std::string from = mine ? "me@example.org" : other;
    char date[80];
    const unsigned day = 1 + random.below(28);
    const unsigned hour = random.below(24);
    std::snprintf(date, sizeof date, "Mon, %u %s 20%02u %02u:%02u:%02u -0400", day, random.pick(months).data(),
                  10 + random.below(16), hour, random.below(60), random.below(60));
    message.assign("From ").append(from).append(" Mon Jan  1 00:00:00 2024\n");
    for (int hop = 0; hop < 3; ++hop) {
      message.append("Received: from mx")
          .append(std::to_string(hop))
          .append(
              ".example.net (mx.example.net "
              "[192.0.2.1])\n\tby mail.example.org with ESMTPS id abc")
          .append(std::to_string(i))
          .append("\n\tfor <me@example.org>; ")
          .append(date)
          .append("\n");
    }
    message.append("Date: ").append(date).append("\nFrom: =?UTF-8?Q?Chlo=C3=A9_").append(random.pick(last_names));
    message.append("?= <").append(from).append(">\nTo: ").append(mine ? other : "me@example.org");
    if (random.below(20) == 0) {
      for (int k = 0; k < 40; ++k) message.append(",\n p").append(std::to_string(k)).append("@example.net");
    }
    message.append("\nSubject: ").append(text(random, 6)).append("\nMessage-ID: <").append(std::to_string(i));
    message.append("@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n");
    if (random.below(5) == 0) message.append("List-Id: <list.example.org>\nPrecedence: list\n");
    message.append("\n");
    const unsigned lines = 15 + random.below(150);
    for (unsigned k = 0; k < lines; ++k) {
      message.append(k % 40 == 39 ? ">From the archive, " : "").append(text(random, 12)).append("\n");
    }
    if (random.below(50) == 0) {
      for (int k = 0; k < 2700; ++k)
        message.append("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5\n");
    }
    message.append("\n");
    print(message);
    written += message.size();
  }
}

}  // namespace

/// The whole of `text` as a count, or nullopt.
std::optional<unsigned long> count_of(const char* text) {
  char* end = nullptr;
  errno = 0;
  const unsigned long value = std::strtoul(text, &end, 10);
  if (*text < '0' || *text > '9' || *end != '\0' || errno != 0) return std::nullopt;
  return value;
}

int main(int argc, char** argv) {
  constexpr const char* usage =
      "usage: netgap-generate roster|roster-activity|linkedin|messages N [SEED], netgap-generate mbox BYTES "
      "[SEED]\n";
  const std::string_view kind = argc > 1 ? argv[1] : "";
  if (argc == 2 && (kind == "--help" || kind == "-h")) {
    std::fputs(usage, stdout);
    return std::fflush(stdout) == 0 ? 0 : 2;
  }
  const auto n = argc >= 3 && argc <= 4 ? count_of(argv[2]) : std::nullopt;
  const auto seed = argc > 3 ? count_of(argv[3]) : std::optional<unsigned long>(42);
  if (!n || !seed ||
      (kind != "roster" && kind != "roster-activity" && kind != "linkedin" && kind != "messages" && kind != "mbox")) {
    std::fputs(usage, stderr);
    return 2;
  }
  Random random(static_cast<std::uint32_t>(*seed));
  if (kind == "roster" || kind == "roster-activity") roster(*n, random, kind == "roster-activity");
  if (kind == "linkedin") linkedin(*n, random);
  if (kind == "messages") messages(*n, random);
  if (kind == "mbox") mbox(*n, random);
  return std::fflush(stdout) == 0 ? 0 : 3;
}
