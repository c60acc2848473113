#include <netgap/read/reader.hpp>

#include <fmt/format.h>
#include <netgap/read/roster_json.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include "read/import_csv.hpp"
#include "read/import_vcard.hpp"

namespace netgap {
namespace {

bool looks_like_json(std::string_view head) {
  const std::string_view text = trim(head);
  return !text.empty() && (text.front() == '{' || text.front() == '[');
}

void read_json(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
               const ReadOptions& options, ImportReport&) {
  read_json_roster(input, taxonomy, visitor, diagnostics, options);
}

template <detail::Dialect dialect>
bool detect_csv(std::string_view head) {
  return detail::detect_csv_dialect(head, dialect);
}

template <detail::Dialect dialect>
void read_csv(BufferedInput& input, const Taxonomy&, RosterVisitor& visitor, Diagnostics& diagnostics,
              const ReadOptions& options, ImportReport& report) {
  detail::read_csv_contacts(input, dialect, visitor, diagnostics, options, report);
}

void read_vcard(BufferedInput& input, const Taxonomy&, RosterVisitor& visitor, Diagnostics& diagnostics,
                const ReadOptions& options, ImportReport& report) {
  detail::read_vcards(input, visitor, diagnostics, options, report);
}

using detail::Dialect;

}  // namespace

const std::vector<InputFormat>& input_formats() {
  static const std::vector<InputFormat> formats = {
      {"json", "netgap roster, format v1 (docs/roster-format.md)", looks_like_json, read_json},
      {"vcard", "vCard 2.1, 3.0 or 4.0 (.vcf), from any address book", detail::detect_vcard, read_vcard},
      {"linkedin", "LinkedIn's Connections.csv", detect_csv<Dialect::linkedin>, read_csv<Dialect::linkedin>},
      {"google", "Google Contacts CSV, current or older header", detect_csv<Dialect::google>,
       read_csv<Dialect::google>},
      {"outlook", "Outlook contacts CSV", detect_csv<Dialect::outlook>, read_csv<Dialect::outlook>},
      {"csv", "any contacts CSV with name or e-mail columns", detect_csv<Dialect::generic>, read_csv<Dialect::generic>},
  };
  return formats;
}

ImportReport read_contacts(ByteSource& source, std::string_view format, const Taxonomy& taxonomy,
                           RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options) {
  BufferedInput input(source);
  const InputFormat* chosen = nullptr;
  if (format == "auto") {
    const std::string_view head = input.head(8192);
    for (const auto& f : input_formats()) {
      if (f.detect(head)) {
        chosen = &f;
        break;
      }
    }
    if (chosen == nullptr) {  // nothing fits: the reader that the name suggests says what is wrong
      const std::string name = to_lower(source.name());
      const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
      };
      const std::string_view fallback = ends_with(".csv") ? "csv" : ends_with(".vcf") ? "vcard" : "json";
      for (const auto& f : input_formats()) {
        if (f.name == fallback) chosen = &f;
      }
    }
  } else {
    for (const auto& f : input_formats()) {
      if (f.name == format) chosen = &f;
    }
    if (chosen == nullptr) {
      std::vector<std::string> names;
      for (const auto& f : input_formats()) names.emplace_back(f.name);
      throw Error("unknown input format " + quote(format) + did_you_mean(format, names));
    }
  }
  ImportReport report;
  report.format = std::string(chosen->name);
  chosen->read(input, taxonomy, visitor, diagnostics, options, report);
  return report;
}

}  // namespace netgap
