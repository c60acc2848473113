#include <netgap/read/evidence.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <netgap/util/archive.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "read/evidence_readers.hpp"
#include "read/linkedin_csv.hpp"

namespace netgap {
namespace {

constexpr std::size_t detect_bytes = 8192;

const EvidenceSource* detect(std::string_view base_name, std::string_view head) {
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  for (const auto& source : evidence_sources()) {
    if (source.detect(base_name, head)) return &source;
  }
  return nullptr;
}

/// Why a file of an export is not read as evidence.
std::string skip_reason(std::string_view base_name) {
  if (is_connections_file(base_name)) return "contacts, not interactions";
  return "not evidence";
}

}  // namespace

std::size_t EvidenceReport::ignored_count() const {
  std::size_t total = 0;
  for (const auto& [reason, count] : ignored) total += count;
  return total;
}

std::string EvidenceReport::summary() const {
  std::string reasons;
  for (const auto& [reason, count] : ignored)
    reasons += fmt::format("{}{}: {}", reasons.empty() ? "" : ", ", reason, count);
  return fmt::format("{}: read {} record{}, {} interaction{}, ignored {}{}", file, read, read == 1 ? "" : "s", produced,
                     produced == 1 ? "" : "s", ignored_count(), reasons.empty() ? "" : " (" + reasons + ")");
}

void EvidenceSink::ignore(std::size_t line, std::string_view reason) {
  ++report_.ignored[std::string(reason)];
  visitor_.on_ignored(report_.file, line, reason);
}

bool EvidenceSink::emit(const Interaction& interaction) {
  const std::uint64_t key = std::hash<std::string_view>{}(interaction.id);
  if (!seen_.insert(key).second) {
    ignore(interaction.line, "already read");
    return false;
  }
  ++report_.produced;
  visitor_.on_interaction(interaction);
  return true;
}

const std::vector<EvidenceSource>& evidence_sources() {
  static const std::vector<EvidenceSource> sources = {
      {"linkedin-messages", "LinkedIn export: messages.csv (10- to 13-column headers; look-alikes ignored)",
       detail::detect_linkedin_messages, detail::read_linkedin_messages},
      {"linkedin-invitations", "LinkedIn export: Invitations.csv", detail::detect_linkedin_invitations,
       detail::read_linkedin_invitations},
      {"linkedin-endorsements", "LinkedIn export: Endorsement_Received_Info.csv", detail::detect_linkedin_endorsements,
       detail::read_linkedin_endorsements},
      {"linkedin-recommendations", "LinkedIn export: Recommendations_Received.csv and Recommendations_Given.csv",
       detail::detect_linkedin_recommendations, detail::read_linkedin_recommendations},
      {"mbox", "a mailbox (mboxo, mboxrd; Thunderbird, Google Takeout), headers only", detail::detect_mbox,
       detail::read_mbox},
      {"ics", "an iCalendar file (.ics), events with attendees", detail::detect_ics, detail::read_ics},
  };
  return sources;
}

namespace {

/// Reads one file if it is evidence; false when it is not (`packed` then says whether it starts
/// like a compressed file or an archive).
bool read_file(ByteSource& source, const std::string& name, const std::string& base_name,
               const std::function<std::unique_ptr<ByteSource>()>& reopen, const EvidenceOptions& options,
               InteractionVisitor& visitor, std::unordered_set<std::uint64_t>& seen, EvidenceResult& result,
               bool* packed = nullptr) {
  BufferedInput input(source);
  const std::string_view head = input.head(detect_bytes);
  const EvidenceSource* kind = detect(base_name, head);
  if (kind == nullptr && packed != nullptr) *packed = looks_packed(head);
  if (kind == nullptr) return false;
  EvidenceReport& report = result.files.emplace_back();
  report.file = name;
  report.source = std::string(kind->name);
  EvidenceSink sink(report, visitor, seen);
  EvidenceFile file{input, name, base_name, reopen};
  kind->read(file, options, sink);
  return true;
}

std::string not_evidence(const std::string& name) {
  return fmt::format(
      "{}: not evidence netgap reads (a LinkedIn export or its messages, invitations, endorsements or "
      "recommendations; an mbox; an iCalendar file)",
      name);
}

}  // namespace

bool is_connections_file(std::string_view base_name) {
  const std::string lower = to_lower(base_name);
  return lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".csv") == 0 &&
         detail::file_stem(base_name) == "connections";
}

bool is_evidence(const std::string& path) {
  if (path == "-") return false;
  const FileSet files(path);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto source = files.open(i);
    BufferedInput input(*source);
    if (detect(files.base_name(i), input.head(detect_bytes)) != nullptr) return true;
  }
  return false;
}

EvidenceResult read_evidence(const std::vector<std::string>& paths, const EvidenceOptions& options,
                             InteractionVisitor& visitor) {
  EvidenceResult result;
  std::unordered_set<std::uint64_t> seen;
  for (const auto& path : paths) {
    if (path == "-" && options.standard_input != nullptr) {
      const auto source = stream_source(*options.standard_input, "<stdin>");
      const auto once = []() -> std::unique_ptr<ByteSource> { throw Error("<stdin>: cannot be read twice"); };
      bool packed = false;
      if (!read_file(*source, "<stdin>", "<stdin>", once, options, visitor, seen, result, &packed)) {
        if (packed) {
          throw Error(
              "<stdin>: a compressed file or an archive; netgap unpacks those when given their path, not on "
              "standard input (or unpack it first: zcat mail.mbox.gz | netgap ...)");
        }
        throw Error(not_evidence("<stdin>"));
      }
      continue;
    }
    const FileSet files(path);
    std::size_t found = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      const auto source = files.open(i);
      const auto reopen = [&files, i] { return files.open(i); };
      if (read_file(*source, files.name(i), files.base_name(i), reopen, options, visitor, seen, result)) {
        ++found;
      } else if (files.single()) {
        throw Error(not_evidence(files.name(i)));
      } else {
        result.skipped.push_back({files.name(i), skip_reason(files.base_name(i))});
      }
    }
    if (found == 0 && !files.single()) {
      throw Error(
          fmt::format("{}: no evidence in it (a LinkedIn export's messages, invitations, endorsements or "
                      "recommendations; an mbox; an iCalendar file)",
                      path));
    }
  }
  return result;
}

std::vector<std::string> owner_addresses_unseen(const EvidenceResult& result, const EvidenceOptions& options) {
  const auto told = [](const EvidenceReport& r) { return (r.source == "mbox" || r.source == "ics") && r.read > 0; };
  if (std::none_of(result.files.begin(), result.files.end(), told)) return {};
  std::vector<std::string> unseen;
  for (const auto& address : options.owner_emails) {
    const bool seen = std::any_of(result.files.begin(), result.files.end(),
                                  [&](const EvidenceReport& r) { return r.owner_addresses_seen.count(address) > 0; });
    if (!seen) unseen.push_back(address);
  }
  return unseen;
}

}  // namespace netgap
