// Deterministic generator of realistic netgap inputs, for benchmarks and the smoke test.
//
//   netgap-generate roster N [SEED]    a roster (format v1) of N contacts
//   netgap-generate linkedin N [SEED]  a LinkedIn Connections.csv of N rows
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

void roster(unsigned long n, Random& random) {
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
    line.append(", \"email\": \"person").append(std::to_string(i)).append("@example.org\"}");
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
  constexpr const char* usage = "usage: netgap-generate roster|linkedin N [SEED]\n";
  const std::string_view kind = argc > 1 ? argv[1] : "";
  if (argc == 2 && (kind == "--help" || kind == "-h")) {
    std::fputs(usage, stdout);
    return std::fflush(stdout) == 0 ? 0 : 2;
  }
  const auto n = argc >= 3 && argc <= 4 ? count_of(argv[2]) : std::nullopt;
  const auto seed = argc > 3 ? count_of(argv[3]) : std::optional<unsigned long>(42);
  if (!n || !seed || (kind != "roster" && kind != "linkedin")) {
    std::fputs(usage, stderr);
    return 2;
  }
  Random random(static_cast<std::uint32_t>(*seed));
  kind == "roster" ? roster(*n, random) : linkedin(*n, random);
  return std::fflush(stdout) == 0 ? 0 : 3;
}
