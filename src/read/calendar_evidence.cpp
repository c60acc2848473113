// An iCalendar file as evidence, one component at a time: VTIMEZONEs are kept, each VEVENT is
// decoded on its own, and recurring events wait for the end of the file so that the occurrences
// that other VEVENTs override (RECURRENCE-ID) are not counted twice.
#include "read/evidence_readers.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstring>
#include <netgap/read/evidence.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <set>

#include "read/ical_event.hpp"

namespace netgap::detail {
namespace {

constexpr std::size_t max_component_bytes = 4 << 20;

/// Reads a file's physical lines (LF or CRLF), counting them.
class LineReader {
 public:
  explicit LineReader(BufferedInput& input) : input_(input) {}
  bool next(std::string& line) {
    line.clear();
    if (input_.at_end()) return false;
    ++number_;
    while (!input_.at_end()) {
      const std::string_view chunk = input_.available();
      const void* end = std::memchr(chunk.data(), '\n', chunk.size());
      const std::size_t take =
          end == nullptr ? chunk.size() : static_cast<std::size_t>(static_cast<const char*>(end) - chunk.data());
      if (line.size() < max_component_bytes) line.append(chunk.data(), std::min(take, max_component_bytes));
      input_.consume(end == nullptr ? take : take + 1);
      if (end != nullptr) break;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  }
  [[nodiscard]] std::size_t number() const { return number_; }

 private:
  BufferedInput& input_;
  std::size_t number_ = 0;
};

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

struct Deferred {
  CalendarEvent event;
  std::size_t line;
};

class CalendarReader {
 public:
  CalendarReader(const EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink)
      : options_(options), sink_(sink) {
    for (const auto& address : options.owner_emails) owner_.push_back(std::string(trim(address)));
    interaction_.file = file.name;
    interaction_.source = InteractionSource::calendar;
    interaction_.direction = Direction::two_way;
  }

  /// X-WR-CALNAME: Google names an exported calendar after its owner's address.
  void calendar_name(std::string_view name) {
    if (owner_.empty() && name.find('@') != std::string_view::npos && name.find(' ') == std::string_view::npos) {
      owner_.emplace_back(trim(name));
    }
  }

  void time_zone(std::string_view text) { zones_.add(text); }

  void event(std::string_view text, std::size_t line) {
    sink_.record();
    require_owner();
    auto event = parse_event(text, zones_, options_.as_of);
    if (!event) return sink_.ignore(line, "unreadable event");
    note_owner(*event);
    if (event->malformed_date) return sink_.ignore(line, "malformed date");
    // An override replaces its occurrence of the series, even when it cancels it.
    if (event->recurrence_id) overridden_.insert(event->uid + "|" + std::to_string(event->recurrence_id->key));
    if (event->cancelled) return sink_.ignore(line, "cancelled");
    if (!event->start) return sink_.ignore(line, "no start time");
    if (event->recurring) {
      deferred_.push_back({std::move(*event), line});
      return;
    }
    const CalendarTime& key = event->recurrence_id ? *event->recurrence_id : *event->start;
    if (event->start->day > options_.as_of) return sink_.ignore(line, "after the as-of date");
    if (const auto reason = unwanted(*event)) return sink_.ignore(line, *reason);
    emit(*event, *event->start, key, line);
  }

  void other(std::size_t line) {
    sink_.record();
    sink_.ignore(line, "not an event");
  }

  /// A component over the size cap: its text was not kept whole, so it is not read.
  void too_large(std::size_t line) {
    sink_.record();
    sink_.ignore(line, fmt::format("component over {} MB", max_component_bytes >> 20));
  }

  /// A component the file ends inside (a cut download): counted, and not used.
  void unfinished(std::string_view kind, std::size_t line) {
    sink_.record();
    sink_.ignore(line, fmt::format("the file ends inside this {} (no END:{})", kind, kind));
  }

  /// The recurring events, once every override is known.
  void finish() {
    for (const auto& [event, line] : deferred_) {
      if (event.more_than_daily) {
        sink_.ignore(line, "recurs more often than daily");
        continue;
      }
      if (event.too_many_occurrences) {
        sink_.ignore(line, fmt::format("more than {} occurrences", max_occurrences));
        continue;
      }
      if (const auto reason = unwanted(event)) {
        sink_.ignore(line, *reason);
        continue;
      }
      std::size_t emitted = 0;
      for (const auto& occurrence : event.occurrences) {
        if (overridden_.count(event.uid + "|" + std::to_string(occurrence.key)) > 0) continue;
        emit(event, occurrence, occurrence, line);
        ++emitted;
      }
      if (emitted == 0) sink_.ignore(line, event.later_occurrences ? "after the as-of date" : "no occurrence");
    }
  }

 private:
  void require_owner() const {
    if (owner_.empty()) {
      throw OwnerUnknown(
          fmt::format("{}: the owner's e-mail addresses are needed to tell her own meetings", interaction_.file),
          OwnerUnknown::Missing::emails);
    }
  }

  /// Notes each of the owner's addresses (as given) among the event's people.
  void note_owner(const CalendarEvent& event) {
    for (const auto& person : event.people) {
      for (std::size_t i = 0; i < options_.owner_emails.size() && i < owner_.size(); ++i) {
        if (equals_ignoring_case(owner_[i], person.address)) sink_.owner_address_seen(options_.owner_emails[i]);
      }
    }
  }

  bool is_owner(const std::string& address) const {
    return std::any_of(owner_.begin(), owner_.end(),
                       [&](const std::string& o) { return equals_ignoring_case(o, address); });
  }

  /// Why the owner's meeting is no evidence of a tie with its other people.
  std::optional<std::string> unwanted(const CalendarEvent& event) const {
    std::size_t others = 0;
    std::size_t attending = 0;
    bool owner_there = false;
    bool owner_declined = false;
    for (const auto& person : event.people) {
      if (is_owner(person.address)) {
        owner_there = true;
        owner_declined = owner_declined || person.declined;
        continue;
      }
      ++others;
      attending += person.declined ? 0 : 1;
    }
    if (others == 0) return std::string("no other attendees");
    if (!owner_there) return std::string("the owner is not among the attendees");
    if (owner_declined) return std::string("declined by the owner");
    if (others > options_.max_others) return fmt::format("more than {} other people", options_.max_others);
    if (attending == 0) return std::string("every other attendee declined");
    return std::nullopt;
  }

  void emit(const CalendarEvent& event, const CalendarTime& start, const CalendarTime& key, std::size_t line) {
    interaction_.people.clear();
    std::size_t participants = 1;
    for (const auto& person : event.people) {
      if (is_owner(person.address)) continue;
      ++participants;
      if (!person.declined) interaction_.people.push_back({person.name, {person.address}, {}, {}});
    }
    interaction_.day = start.day;
    interaction_.instant = start.instant;
    interaction_.utc_offset_minutes = start.utc_offset_minutes;
    interaction_.participants = participants;
    interaction_.line = line;
    interaction_.id = fmt::format("calendar|{}|{}", event.uid, key.key);
    sink_.emit(interaction_);
  }

  const EvidenceOptions& options_;
  EvidenceSink& sink_;
  std::vector<std::string> owner_;
  TimeZones zones_;
  std::vector<Deferred> deferred_;
  std::set<std::string> overridden_;
  Interaction interaction_;
};

/// The component a BEGIN line opens, upper case ("VEVENT"), or "" for any other line.
std::string begins(std::string_view line) {
  if (line.size() <= 6 || !equals_ignoring_case(line.substr(0, 6), "BEGIN:")) return {};
  std::string name(trim(line.substr(6)));
  for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return name;
}

}  // namespace

bool detect_ics(std::string_view, std::string_view head) {
  head = trim(head);
  return head.size() >= 15 && equals_ignoring_case(head.substr(0, 15), "BEGIN:VCALENDAR");
}

void read_ics(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink) {
  file.input.skip_utf8_bom();
  CalendarReader reader(file, options, sink);
  LineReader lines(file.input);
  std::string line;
  std::string component;  // the text of the top-level component being read
  std::string kind;       // its name, "" between components
  std::size_t depth = 0;  // BEGIN/END nesting inside it
  std::size_t start = 0;
  while (lines.next(line)) {
    if (kind.empty()) {
      kind = begins(line);
      if (kind == "VCALENDAR") {
        kind.clear();
      } else if (!kind.empty()) {
        component = line + "\n";
        depth = 1;
        start = lines.number();
      } else if (equals_ignoring_case(line.substr(0, std::min<std::size_t>(line.size(), 13)), "X-WR-CALNAME:")) {
        reader.calendar_name(trim(std::string_view(line).substr(13)));
      }
      continue;
    }
    if (component.size() < max_component_bytes) component += line + "\n";
    if (!begins(line).empty()) ++depth;
    if (line.size() >= 4 && equals_ignoring_case(line.substr(0, 4), "END:") && --depth == 0) {
      if (component.size() >= max_component_bytes) {
        reader.too_large(start);
      } else if (kind == "VEVENT") {
        reader.event(component, start);
      } else if (kind == "VTIMEZONE") {
        reader.time_zone(component);
      } else {
        reader.other(start);
      }
      kind.clear();
    }
  }
  if (!kind.empty()) reader.unfinished(kind, start);
  reader.finish();
}

}  // namespace netgap::detail
