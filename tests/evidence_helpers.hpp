#pragma once
// Shared by the evidence tests: a visitor that keeps what a reader gave, in a form that reads
// like the tables of tests/data/activity/FACTS.md ("2026-10-06 in [2] José Álvarez").

#include <fmt/format.h>
#include <fstream>
#include <netgap/read/evidence.hpp>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace netgap::test {

/// "José Álvarez", else the address or profile URL of someone without a name.
inline std::string person_label(const Participant& person) {
  if (!person.name.empty()) return person.name;
  if (!person.emails.empty()) return person.emails.front();
  return person.profile_url;
}

/// "2026-10-06 in [2] José Álvarez": the day, the direction as FACTS.md writes it, the
/// participants and the people it counts for.
inline std::string describe(const Interaction& interaction) {
  static constexpr const char* directions[] = {"in", "out", "both"};
  std::string people;
  for (const auto& person : interaction.people) people += (people.empty() ? "" : " + ") + person_label(person);
  return fmt::format("{} {} [{}] {}", format_iso(interaction.day), directions[static_cast<int>(interaction.direction)],
                     interaction.participants, people);
}

/// Keeps every interaction and every ignored record ("messages.csv:2: draft").
struct Gathered final : InteractionVisitor {
  std::vector<Interaction> interactions;
  std::vector<std::string> lines;
  std::vector<std::string> ignored;

  void on_interaction(const Interaction& interaction) override {
    interactions.push_back(interaction);
    lines.push_back(describe(interaction));
  }
  void on_ignored(std::string_view file, std::size_t line, std::string_view reason) override {
    const auto slash = file.find_last_of('/');
    ignored.push_back(
        fmt::format("{}:{}: {}", slash == std::string_view::npos ? file : file.substr(slash + 1), line, reason));
  }
};

/// The owner of the fixtures (Priya Raman) and the day they were exported.
inline EvidenceOptions fixture_options() {
  EvidenceOptions options;
  options.owner_emails = {"priya.raman@acmehealth.example", "priya.r@gmail.example"};
  options.as_of = *parse_iso_date("2026-11-20");
  return options;
}

/// The report of the file whose name ends with `name`.
inline const EvidenceReport& report_of(const EvidenceResult& result, const std::string& name) {
  for (const auto& report : result.files) {
    if (report.file.size() >= name.size() &&
        report.file.compare(report.file.size() - name.size(), name.size(), name) == 0) {
      return report;
    }
  }
  throw std::runtime_error("no report for " + name);
}

/// Writes `text` to `dir/name` and returns the path.
inline std::string write_file(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

/// The path of a file under tests/data/activity.
inline std::string activity(const std::string& name) { return data_path("activity/" + name); }

}  // namespace netgap::test
