// An mbox as evidence: the headers of each message say who wrote to whom and when; the body is
// never read. Which way a message went comes from the owner's addresses.
#include "read/evidence_readers.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/read/evidence.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "read/mail_headers.hpp"
#include "read/mbox.hpp"

namespace netgap::detail {
namespace {

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// The first word of a field, lower case: "Bulk" in "Precedence: Bulk", "auto-replied" in
/// "Auto-Submitted: auto-replied; owner-email=...".
std::string keyword(std::string_view value) {
  value = trim(value);
  return lower_ascii(trim(value.substr(0, value.find_first_of("; \t"))));
}

bool has_label(std::string_view labels, std::string_view wanted) {
  for (std::size_t start = 0; start <= labels.size();) {
    const std::size_t end = std::min(labels.find(',', start), labels.size());
    if (lower_ascii(trim(labels.substr(start, end - start))) == wanted) return true;
    start = end + 1;
  }
  return false;
}

/// Why a message is no evidence of a tie whoever it is between: a machine wrote it, or many.
std::optional<std::string_view> from_a_machine(const MailHeaders& headers) {
  if (!headers.auto_submitted.empty() && keyword(headers.auto_submitted) != "no") return "automatic reply";
  const std::string precedence = keyword(headers.precedence);
  if (!headers.list_id.empty() || precedence == "list") return "mailing list";
  if (precedence == "bulk" || precedence == "junk" || !headers.list_unsubscribe.empty()) return "bulk mail";
  if (has_label(headers.gmail_labels, "spam")) return "spam";
  if (has_label(headers.gmail_labels, "draft") || has_label(headers.gmail_labels, "drafts")) return "draft";
  return std::nullopt;
}

class MailReader {
 public:
  MailReader(const EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink)
      : options_(options), sink_(sink) {
    for (const auto& address : options.owner_emails) owner_.push_back(lower_ascii(trim(address)));
    interaction_.file = file.name;
    interaction_.source = InteractionSource::mail;
  }

  void message(const MailHeaders& headers, std::size_t line) {
    sink_.record();
    if (!headers.has_date) return sink_.ignore(line, "no date");
    if (!headers.instant) return sink_.ignore(line, "malformed date");
    if (const auto reason = from_a_machine(headers)) return sink_.ignore(line, *reason);
    if (headers.from.empty()) return sink_.ignore(line, "no sender");
    const bool from_owner = is_owner(headers.from.front().address);
    ++considered_;
    owner_seen_ = owner_seen_ || from_owner ||
                  std::any_of(headers.recipients.begin(), headers.recipients.end(),
                              [&](const MailAddress& recipient) { return is_owner(recipient.address); });
    interaction_.people.clear();
    if (from_owner) {
      for (const auto& recipient : headers.recipients) add_person(recipient);
      if (interaction_.people.empty()) return sink_.ignore(line, "to the owner only");
    } else {
      add_person(headers.from.front());
    }
    const std::size_t others = count_others(headers);
    if (others > options_.max_others) {
      return sink_.ignore(line, fmt::format("more than {} other people", options_.max_others));
    }
    interaction_.direction = from_owner ? Direction::outbound : Direction::inbound;
    interaction_.instant = headers.instant;
    interaction_.utc_offset_minutes = headers.utc_offset_minutes;
    interaction_.day = utc_day(*headers.instant);
    interaction_.participants = others + 1;
    interaction_.line = line;
    interaction_.id = headers.message_id.empty()
                          ? fmt::format("mail|{}|{}", *headers.instant, lower_ascii(headers.from.front().address))
                          : "mail|" + headers.message_id;
    sink_.emit(interaction_);
  }

  /// Throws when messages were read and not one of them was from or to the owner: the addresses
  /// are not the owner's (a typo), and every message would have been taken for one the owner
  /// received — her own sent mail as mail from her, each tie's direction wrong, kept in the roster.
  void check_owner_seen(const std::string& file) const {
    if (considered_ == 0 || owner_seen_) return;
    std::string addresses;
    for (const auto& address : options_.owner_emails) addresses += (addresses.empty() ? "" : ", ") + quote(address);
    const bool one = options_.owner_emails.size() == 1;
    throw OwnerUnknown(
        fmt::format("{}: none of its {} message{} is from or to {}: {} the owner's address{}?", file, considered_,
                    considered_ == 1 ? "" : "s", addresses, one ? "is that" : "are those", one ? "" : "es"),
        OwnerUnknown::Missing::emails);
  }

 private:
  bool is_owner(std::string_view address) const {
    return std::find(owner_.begin(), owner_.end(), lower_ascii(address)) != owner_.end();
  }

  /// A person once, however many times they are named; never the owner.
  void add_person(const MailAddress& address) {
    if (is_owner(address.address)) return;
    const std::string key = lower_ascii(address.address);
    for (const auto& person : interaction_.people) {
      if (lower_ascii(person.emails.front()) == key) return;
    }
    interaction_.people.push_back({address.name, {address.address}, {}, {}});
  }

  /// Everyone on the message but the owner, each address once.
  std::size_t count_others(const MailHeaders& headers) {
    addresses_.clear();
    for (const auto* list : {&headers.from, &headers.recipients}) {
      for (const auto& address : *list) {
        if (!is_owner(address.address)) addresses_.push_back(lower_ascii(address.address));
      }
    }
    std::sort(addresses_.begin(), addresses_.end());
    return static_cast<std::size_t>(std::unique(addresses_.begin(), addresses_.end()) - addresses_.begin());
  }

  const EvidenceOptions& options_;
  EvidenceSink& sink_;
  std::vector<std::string> owner_;
  std::vector<std::string> addresses_;
  Interaction interaction_;
  std::size_t considered_ = 0;  // messages with a date and a sender, not from a machine
  bool owner_seen_ = false;     // one of them was from or to the owner
};

}  // namespace

bool detect_mbox(std::string_view, std::string_view head) { return starts_with(head, "From "); }

void read_mbox(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink) {
  if (options.owner_emails.empty()) {
    throw OwnerUnknown(fmt::format("{}: the owner's e-mail addresses are needed to tell who wrote to whom", file.name),
                       OwnerUnknown::Missing::emails);
  }
  MailReader reader(file, options, sink);
  file.input.skip_utf8_bom();
  MboxReader mbox(file.input);
  std::string block;
  while (mbox.next(block)) {
    if (mbox.cut()) {
      sink.record();
      sink.ignore(mbox.line(), "header block over 1 MB");
      continue;
    }
    reader.message(parse_mail_headers(block), mbox.line());
  }
  reader.check_owner_seen(file.name);
}

}  // namespace netgap::detail
