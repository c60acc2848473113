#include <netgap/reader.hpp>

#include <fmt/format.h>
#include <netgap/error.hpp>
#include <netgap/input.hpp>
#include <netgap/text.hpp>

namespace netgap {
namespace {

bool looks_like_json(std::string_view head) {
  const std::string_view text = trim(head);
  return !text.empty() && (text.front() == '{' || text.front() == '[');
}

}  // namespace

const std::vector<InputFormat>& input_formats() {
  static const std::vector<InputFormat> formats = {
      {"json", "netgap roster, format v1 (docs/roster-format.md)", looks_like_json, read_json_roster},
  };
  return formats;
}

void read_contacts(ByteSource& source, std::string_view format, const Taxonomy& taxonomy, RosterVisitor& visitor,
                   Diagnostics& diagnostics, const ReadOptions& options) {
  BufferedInput input(source);
  const InputFormat* chosen = nullptr;
  if (format == "auto") {
    input.skip_utf8_bom();
    const std::string_view head = input.head(4096);
    for (const auto& f : input_formats()) {
      if (f.detect(head)) {
        chosen = &f;
        break;
      }
    }
    if (chosen == nullptr) chosen = &input_formats().front();  // its reader says what is wrong
  } else {
    for (const auto& f : input_formats()) {
      if (f.name == format) chosen = &f;
    }
    if (chosen == nullptr) {
      std::vector<std::string> names;
      for (const auto& f : input_formats()) names.emplace_back(f.name);
      std::string message = fmt::format("unknown input format {}", quote(format));
      if (const auto near = closest_match(format, names)) message += fmt::format(" (did you mean \"{}\"?)", *near);
      throw Error(message);
    }
  }
  chosen->read(input, taxonomy, visitor, diagnostics, options);
}

}  // namespace netgap
