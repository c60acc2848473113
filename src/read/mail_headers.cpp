// GMime is used on header blocks only: the mbox reader splits messages itself and never hands a
// body to the library, so a 1 GB mailbox is parsed a few kilobytes at a time.
#include "read/mail_headers.hpp"

#include <gmime/gmime.h>
#include <mutex>

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
  for (const auto type : {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC, GMIME_ADDRESS_TYPE_BCC}) {
    add_addresses(g_mime_message_get_addresses(message.get(), type), headers.recipients);
  }
  headers.has_date = g_mime_object_get_header(GMIME_OBJECT(message.get()), "Date") != nullptr;
  if (GDateTime* date = g_mime_message_get_date(message.get())) {
    headers.instant = g_date_time_to_unix(date);
    headers.utc_offset_minutes = static_cast<int>(g_date_time_get_utc_offset(date) / G_TIME_SPAN_MINUTE);
  }
  if (const char* id = g_mime_message_get_message_id(message.get())) headers.message_id = id;
  headers.list_id = header(message.get(), "List-Id");
  headers.list_unsubscribe = header(message.get(), "List-Unsubscribe");
  headers.precedence = header(message.get(), "Precedence");
  headers.auto_submitted = header(message.get(), "Auto-Submitted");
  headers.gmail_labels = header(message.get(), "X-Gmail-Labels");
  return headers;
}

}  // namespace netgap::detail
