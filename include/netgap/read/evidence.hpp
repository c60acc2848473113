#pragma once
// Evidence of contact read from the owner's own downloads (a LinkedIn export, mbox, iCalendar),
// as one table of sources like the input formats; every record is used or ignored with a reason.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <netgap/model/interaction.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/error.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace netgap {

class BufferedInput;
class ByteSource;

/// Who the owner is and which records count; docs/activity.md explains each default.
struct EvidenceOptions {
  std::vector<std::string> owner_emails;   ///< the owner's addresses (any case); mail and calendars need them
  std::string owner_profile_url;           ///< empty: the profile in most conversations of messages.csv
  Date as_of = today_local();              ///< meetings after this day have not happened
  std::size_t max_others = 5;              ///< a record with more other people is a group, not a tie
  std::istream* standard_input = nullptr;  ///< what the path "-" reads; nullptr: the process's
};

/// The owner cannot be told from the files: the caller must say who it is.
class OwnerUnknown : public Error {
 public:
  /// What would tell: the owner's LinkedIn profile URL, or her e-mail addresses.
  enum class Missing { profile_url, emails };
  /// `message` names the file and what is missing.
  OwnerUnknown(const std::string& message, Missing what) : Error(message), missing(what) {}
  Missing missing;
};

/// What a reader did with the records of one file.
struct EvidenceReport {
  std::string file;                            ///< "export.zip/messages.csv"
  std::string source;                          ///< the evidence source's name ("linkedin-messages", "mbox", ...)
  std::size_t read = 0;                        ///< records read: rows, messages, events
  std::size_t produced = 0;                    ///< interactions; a recurring event gives one per occurrence
  std::map<std::string, std::size_t> ignored;  ///< reason -> records
  std::set<std::string> owner_addresses_seen;  ///< the owner's addresses (as given) on a message or meeting

  /// Records ignored for any reason; read == used + ignored_count().
  [[nodiscard]] std::size_t ignored_count() const;
  /// `messages.csv: read 32 records, 24 interactions, ignored 8 (draft: 1, ...)`.
  [[nodiscard]] std::string summary() const;
};

/// What a reader hands its results to: counts them, drops records already read, and passes the
/// rest on to the visitor.
class EvidenceSink {
 public:
  EvidenceSink(EvidenceReport& report, InteractionVisitor& visitor, std::unordered_set<std::uint64_t>& seen)
      : report_(report), visitor_(visitor), seen_(seen) {}

  /// Counts a record read.
  void record() { ++report_.read; }
  /// Counts the record at `line` as ignored for `reason`.
  void ignore(std::size_t line, std::string_view reason);
  /// Passes an interaction on, unless an interaction with its id was already passed on. Returns
  /// whether it was new.
  bool emit(const Interaction& interaction);
  /// Notes that the owner's address `given` (as EvidenceOptions has it) is on a record.
  void owner_address_seen(const std::string& given) { report_.owner_addresses_seen.insert(given); }
  /// The file's report, for readers that know more than one record at a time.
  [[nodiscard]] const EvidenceReport& report() const { return report_; }

 private:
  EvidenceReport& report_;
  InteractionVisitor& visitor_;
  std::unordered_set<std::uint64_t>& seen_;
};

/// One file to read as evidence: its bytes, its names and a way to read it again from the start.
struct EvidenceFile {
  BufferedInput& input;
  std::string name;       ///< for messages
  std::string base_name;  ///< the file's own name, for sources that tell files apart by name
  std::function<std::unique_ptr<ByteSource>()> reopen;
};

/// A kind of evidence file: detected from its name and first bytes, read record by record.
struct EvidenceSource {
  std::string_view name;  ///< "linkedin-messages", "mbox", "ics", ...
  std::string_view description;
  /// True when a file of this name, starting with `head` (BOM skipped), is this source.
  bool (*detect)(std::string_view base_name, std::string_view head);
  /// Reads every record of `file` into `sink`; throws Error for input that cannot be read on.
  void (*read)(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);
};

/// Every evidence source, in the order detection tries them.
const std::vector<EvidenceSource>& evidence_sources();

/// A file of a folder or archive that is not evidence, and why.
struct SkippedFile {
  std::string file;
  std::string reason;
};

/// What reading some paths gave.
struct EvidenceResult {
  std::vector<EvidenceReport> files;
  std::vector<SkippedFile> skipped;
};

/// True for the name of a LinkedIn export's contact list: Connections.csv, also with a numeric
/// suffix (Connections_2.csv), without case. Its rows are contacts, not interactions.
bool is_connections_file(std::string_view base_name);

/// True when `path` is evidence read_evidence reads: a file one source detects, or a folder or
/// archive holding one ("-" is never: standard input is read as contacts). Throws Error for I/O.
bool is_evidence(const std::string& path);

/// Reads each path (a file, a folder, a .zip; .gz decompressed) and streams its interactions to
/// `visitor`; an interaction read twice (the same id) is passed on once. Throws Error for a path
/// that is no evidence, a folder or archive without any, and input that cannot be read.
EvidenceResult read_evidence(const std::vector<std::string>& paths, const EvidenceOptions& options,
                             InteractionVisitor& visitor);

/// The owner's addresses of `options` that are on no message or meeting of `result`'s mailboxes
/// and calendars (none when it has none): mistyped, most likely, or of a mailbox not read.
std::vector<std::string> owner_addresses_unseen(const EvidenceResult& result, const EvidenceOptions& options);

}  // namespace netgap
