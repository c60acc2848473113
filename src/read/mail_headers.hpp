#pragma once
// The header fields of one mail message that tell who wrote to whom, when, and whether it was
// a person or a machine, decoded by GMime (RFC 2047 words, folded lines, address lists, dates).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap::detail {

/// A mailbox of an address header: its decoded display name and its address as written.
struct MailAddress {
  std::string name;
  std::string address;
};

/// What netgap reads of a message: never its body, never its subject.
struct MailHeaders {
  std::vector<MailAddress> from;
  std::vector<MailAddress> recipients;  ///< To, Cc and Bcc, in that order; groups flattened
  bool has_date = false;                ///< a Date field was there (it may not have parsed)
  std::optional<std::int64_t> instant;  ///< the Date, in seconds since 1970 UTC
  int utc_offset_minutes = 0;           ///< the Date's zone
  std::string message_id;               ///< without the angle brackets; may be empty
  std::string list_id, list_unsubscribe, precedence, auto_submitted, gmail_labels;
  /// Delivered-To, X-Original-To and Envelope-To, as written: whom the message reached, also when
  /// no address field names them (Bcc, an alias, a list without List-Id).
  std::vector<std::string> delivered_to;
};

/// Decodes a header block (the lines up to the empty line; nothing of the body).
MailHeaders parse_mail_headers(std::string_view block);

}  // namespace netgap::detail
