#include "write/contact_fields.hpp"

#include <fmt/format.h>
#include <netgap/util/text.hpp>

namespace netgap::detail {

std::string activity_json(const std::vector<SourceActivity>& activity) {
  std::string out = "{";
  for (const SourceActivity& record : activity) {
    if (out.size() > 1) out += ", ";
    append_quoted(out, record.source);
    out += ": {";
    const std::pair<const char*, const std::optional<Date>*> dates[] = {{"first_seen", &record.first_seen},
                                                                        {"last_inbound", &record.last_inbound},
                                                                        {"last_outbound", &record.last_outbound},
                                                                        {"last_two_way", &record.last_two_way}};
    for (const auto& [key, day] : dates) {
      if (*day) out += fmt::format("\"{}\": \"{}\", ", key, format_iso(**day));
    }
    out += fmt::format("\"days\": {}}}", record.days);
  }
  return out + "}";
}

}  // namespace netgap::detail
