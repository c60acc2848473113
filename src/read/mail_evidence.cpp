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

/// The address in a Delivered-To value: "<a@x>" or "a@x", lower case.
std::string delivered_address(std::string_view value) {
  value = trim(value);
  if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = trim(value.substr(1, value.size() - 2));
  return lower_ascii(value);
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
    note_owner(headers);
    if (!headers.has_date) return ignore(line, "no date");
    if (!headers.instant) return ignore(line, "malformed date");
    if (const auto reason = from_a_machine(headers)) return ignore(line, *reason);
    if (headers.from.empty()) return ignore(line, "no sender");
    const bool from_owner = is_owner(headers.from.front().address);
    interaction_.people.clear();
    if (from_owner) {
      for (const auto& recipient : headers.recipients) add_person(recipient);
      if (interaction_.people.empty()) return ignore(line, "to the owner only");
    } else {
      add_person(headers.from.front());
    }
    const std::size_t others = count_others(headers);
    if (others > options_.max_others)
      return ignore(line, fmt::format("more than {} other people", options_.max_others));
    interaction_.direction = from_owner ? Direction::outbound : Direction::inbound;
    interaction_.instant = headers.instant;
    interaction_.utc_offset_minutes = headers.utc_offset_minutes;
    interaction_.day = utc_day(*headers.instant);
    interaction_.participants = others + 1;
    interaction_.line = line;
    interaction_.id = headers.message_id.empty()
                          ? fmt::format("mail|{}|{}", *headers.instant, lower_ascii(headers.from.front().address))
                          : "mail|" + headers.message_id;
    ++used_;
    if (owner_seen_) return static_cast<void>(sink_.emit(interaction_));
    held_.push_back({interaction_, line, {}});
  }

  /// Ends the file. Throws when messages would have been used and not one message was from, to
  /// or delivered to the owner: the addresses are not hers (a typo), and every message would have
  /// been taken for one she received — her own mail as mail from her, each tie's direction wrong,
  /// kept in the roster. Until the owner is seen, what the reader found is held back, so that
  /// nothing of such a file reaches the visitor (`netgap evidence` prints as it reads).
  void finish(const std::string& file) {
    if (!owner_seen_ && used_ > 0) {
      std::string addresses;
      for (const auto& address : options_.owner_emails) addresses += (addresses.empty() ? "" : ", ") + quote(address);
      const bool one = options_.owner_emails.size() == 1;
      throw OwnerUnknown(
          fmt::format("{}: none of its {} message{} is from, to or delivered to {}: {} the owner's "
                      "address{}?",
                      file, used_, used_ == 1 ? "" : "s", addresses, one ? "is that" : "are those", one ? "" : "es"),
          OwnerUnknown::Missing::emails);
    }
    release();
  }

 private:
  /// What was found in a message read before the owner was seen: an interaction, or why none.
  struct Held {
    Interaction interaction;
    std::size_t line = 0;
    std::string ignored;  // empty for an interaction
  };

  void ignore(std::size_t line, std::string_view reason) {
    if (owner_seen_) return sink_.ignore(line, reason);
    held_.push_back({{}, line, std::string(reason)});
  }

  /// Passes on what was held back, in file order.
  void release() {
    for (const Held& held : held_) {
      if (held.ignored.empty()) {
        sink_.emit(held.interaction);
      } else {
        sink_.ignore(held.line, held.ignored);
      }
    }
    held_.clear();
  }

  /// Notes each of the owner's addresses on the message: as sender, recipient or where it was delivered.
  void note_owner(const MailHeaders& headers) {
    const bool before = owner_seen_;
    for (const auto* list : {&headers.from, &headers.recipients}) {
      for (const auto& address : *list) note_if_owner(lower_ascii(address.address));
    }
    for (const auto& value : headers.delivered_to) note_if_owner(delivered_address(value));
    if (owner_seen_ && !before) release();
  }

  void note_if_owner(const std::string& lowered) {
    for (std::size_t i = 0; i < owner_.size(); ++i) {
      if (owner_[i] != lowered) continue;
      owner_seen_ = true;
      sink_.owner_address_seen(options_.owner_emails[i]);
    }
  }

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
  std::vector<std::string> owner_;  // lower case, in the order of options_.owner_emails
  std::vector<std::string> addresses_;
  Interaction interaction_;
  std::size_t used_ = 0;     // messages that gave an interaction
  bool owner_seen_ = false;  // one message was from, to or delivered to the owner
  std::vector<Held> held_;   // what was found before that message
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
  reader.finish(file.name);
}

}  // namespace netgap::detail
