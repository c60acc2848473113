// GMime is used on header blocks only: the mbox reader splits messages itself and never hands a
// body to the library, so a 1 GB mailbox is parsed a few kilobytes at a time.
#include "read/mail_headers.hpp"

#include <gmime/gmime.h>
#include <mutex>
#include <netgap/util/date.hpp>
#include <netgap/util/text.hpp>
#include <optional>

namespace netgap::detail {
namespace {

/// A GObject reference released however the scope ends.
template <typename T>
class Ref {
 public:
  explicit Ref(T* object) : object_(object) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() {
    if (object_ != nullptr) g_object_unref(object_);
  }
  T* get() const { return object_; }

 private:
  T* object_;
};

void init_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

void add_addresses(InternetAddressList* list, std::vector<MailAddress>& out) {
  if (list == nullptr) return;
  const int count = internet_address_list_length(list);
  for (int i = 0; i < count; ++i) {
    InternetAddress* address = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_GROUP(address)) {
      add_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
      continue;
    }
    const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
    if (addr == nullptr || *addr == '\0') continue;
    const char* name = internet_address_get_name(address);
    out.push_back({name != nullptr ? name : "", addr});
  }
}

/// Whether a Date field's day, month and year name a real day ("30 Feb 2026" and year "0000"
/// do not; GMime would roll the first into March and read the second as 2000). Two-digit years
/// are read as RFC 5322 says (00-49: 2000s, 50-99: 1900s), three-digit ones plus 1900. A field
/// whose parts cannot be told apart is left to GMime.
bool names_a_real_day(std::string_view value) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const bool separator = i == value.size() || value[i] == ' ' || value[i] == '\t' || value[i] == ',' ||
                           value[i] == '\r' || value[i] == '\n';
    if (!separator && start == std::string_view::npos) start = i;
    if (separator && start != std::string_view::npos) {
      words.push_back(value.substr(start, i - start));
      start = std::string_view::npos;
    }
  }
  for (std::size_t m = 0; m < words.size(); ++m) {
    const std::optional<int> month = words[m].size() == 3 ? month_from_name(words[m]) : std::nullopt;
    if (!month) continue;
    // "11 Mar 2026 ..." (RFC 5322) or "Mar 11 ... 2026" (asctime)
    const bool day_first = m > 0 && parse_small_number(words[m - 1]) && words[m - 1].size() <= 2;
    const std::size_t day_at = day_first ? m - 1 : m + 1;
    if (day_at >= words.size() || !parse_small_number(words[day_at]) || words[day_at].size() > 2) return true;
    std::size_t year_at = day_first ? m + 1 : m + 2;
    while (year_at < words.size() && words[year_at].find(':') != std::string_view::npos) ++year_at;  // a time
    if (year_at >= words.size() || !parse_small_number(words[year_at]) || words[year_at].size() < 2) return true;
    int year = *parse_small_number(words[year_at]);
    if (words[year_at].size() == 2) year += year < 50 ? 2000 : 1900;
    if (words[year_at].size() == 3) year += 1900;
    return make_date(year, *month, *parse_small_number(words[day_at])).has_value();
  }
  return true;
}

/// The mailbox of a From field GMime could not read (a control character in an unquoted display
/// name): the address in the last <...>, or the field itself when it is one bare address; the
/// name as written before the <. Empty when neither is there.
std::optional<MailAddress> mailbox_by_hand(std::string_view value) {
  const std::size_t open = value.rfind('<');
  const std::size_t close = value.rfind('>');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close) {
    const std::string_view address = value.substr(open + 1, close - open - 1);
    if (address.find('@') == std::string_view::npos) return std::nullopt;
    return MailAddress{std::string(trim(value.substr(0, open))), std::string(address)};
  }
  const std::string_view address = trim(value);
  if (address.find('@') == std::string_view::npos || address.find_first_of(" \t,;") != std::string_view::npos) {
    return std::nullopt;
  }
  return MailAddress{"", std::string(address)};
}

std::string header(GMimeMessage* message, const char* name) {
  const char* value = g_mime_object_get_header(GMIME_OBJECT(message), name);
  return value != nullptr ? value : "";
}

}  // namespace

MailHeaders parse_mail_headers(std::string_view block) {
  init_gmime();
  std::string text(block);
  text += "\n";  // the empty line that ends a header block
  Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(text.data(), text.size()));
  Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  Ref<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  MailHeaders headers;
  if (message.get() == nullptr) return headers;
  add_addresses(g_mime_message_get_from(message.get()), headers.from);
  if (headers.from.empty()) {
    if (const char* from = g_mime_object_get_header(GMIME_OBJECT(message.get()), "From")) {
      if (auto mailbox = mailbox_by_hand(from)) headers.from.push_back(std::move(*mailbox));
    }
  }
  for (const auto type : {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC, GMIME_ADDRESS_TYPE_BCC}) {
    add_addresses(g_mime_message_get_addresses(message.get(), type), headers.recipients);
  }
  const char* date_field = g_mime_object_get_header(GMIME_OBJECT(message.get()), "Date");
  headers.has_date = date_field != nullptr;
  GDateTime* date = g_mime_message_get_date(message.get());
  if (date != nullptr && names_a_real_day(date_field != nullptr ? date_field : "") &&
      is_writable(utc_day(g_date_time_to_unix(date)))) {
    headers.instant = g_date_time_to_unix(date);
    headers.utc_offset_minutes = static_cast<int>(g_date_time_get_utc_offset(date) / G_TIME_SPAN_MINUTE);
  }
  if (const char* id = g_mime_message_get_message_id(message.get())) headers.message_id = id;
  headers.list_id = header(message.get(), "List-Id");
  headers.list_unsubscribe = header(message.get(), "List-Unsubscribe");
  headers.precedence = header(message.get(), "Precedence");
  headers.auto_submitted = header(message.get(), "Auto-Submitted");
  headers.gmail_labels = header(message.get(), "X-Gmail-Labels");
  for (const char* name : {"Delivered-To", "X-Original-To", "Envelope-To"}) {
    if (std::string value = header(message.get(), name); !value.empty())
      headers.delivered_to.push_back(std::move(value));
  }
  return headers;
}

}  // namespace netgap::detail
