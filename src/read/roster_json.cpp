// The streaming JSON roster reader: checks what kind of file it is, then lets nlohmann's SAX
// parser drive RosterSax (src/read/roster_sax.*), which fills one reused Contact at a time.
#include <netgap/read/roster_json.hpp>

#include <fmt/format.h>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

#include <algorithm>
#include <istream>

#include "read/input_streambuf.hpp"
#include "read/roster_sax.hpp"
#include "util/json_util.hpp"

namespace netgap {

void read_json_roster(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
                      const ReadOptions& options) {
  input.skip_utf8_bom();
  const std::string_view head = input.head(4096);
  if (trim(head).empty() && head.size() < 4096) {
    diagnostics.error(fmt::format("{}: the file is empty", input.name()));
    return;
  }
  if (head.size() >= 2 &&
      (head[0] == '\0' || head[1] == '\0' || starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF"))) {
    diagnostics.error(fmt::format("{}: the file is UTF-16 or binary; netgap reads UTF-8 JSON", input.name()));
    return;
  }
  detail::json_roster::InputStreambuf buffer(input);
  std::istream stream(&buffer);
  detail::json_roster::RosterSax sax(input, buffer, taxonomy, visitor, diagnostics, options);
  const std::size_t leading_space = std::min(head.find_first_not_of(" \t\r\n"), head.size());
  sax.set_first_byte(input.offset() + leading_space);
  try {
    const bool parsed = detail::json_roster::parse_roster_events(stream, sax);
    buffer.give_back();
    // nlohmann stops at a NUL byte as if the input ended there; anything after it is garbage.
    if (parsed && !input.at_end()) {
      const TextPosition at = input.locate(input.offset() - 1);
      diagnostics.error(fmt::format("{}:{}:{}: a NUL byte, and more after it; is this a JSON file?", input.name(),
                                    at.line, at.column));
    }
  } catch (const nlohmann::json::exception& e) {
    diagnostics.error(fmt::format("{}: {}", input.name(), detail::describe_parse_error(e)));
  }
}

}  // namespace netgap
