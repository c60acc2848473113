#include "roster_paths.hpp"

#include <fmt/format.h>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/read_options.hpp>
#include <netgap/util/date.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

#include <optional>
#include <vector>

#include "read/roster_json_paths.hpp"

namespace netgap::test {
namespace {

std::string list(const std::vector<std::string>& items) {
  std::string text = "[";
  for (const auto& item : items) text += fmt::format("{:?}", item) + ",";
  return text + "]";
}

std::string date(const std::optional<Date>& d) { return d ? format_iso(*d) : "-"; }

std::string profile(const Profile& p) {
  return fmt::format("name={:?} org={:?} dept={:?} role={:?} industry={:?} schools={}", p.name, p.organization,
                     p.department, p.role, p.industry, list(p.schools));
}

/// Writes down every call, with every field.
struct Trace final : RosterVisitor {
  std::string text;
  void on_owner(const Owner* owner) override {
    text += owner != nullptr ? "owner " + profile(*owner) + "\n" : "owner none\n";
  }
  void on_contact(const Contact& c) override {
    text += fmt::format(
        "contact {} line={} {} categories={} lenses={} tags={} how_met={:?} strength={} last={} connected={} "
        "email={:?} url={:?} notes={:?} previous={} emails={} urls={} activity={}\n",
        c.index, c.line, profile(c), list(c.categories), list(c.lenses), list(c.tags), c.how_met, c.strength,
        date(c.last_contact), date(c.connected_on), c.email, c.url, c.notes, list(c.previous_organizations),
        list(c.emails), list(c.urls), activity(c.activity));
  }
  static std::string activity(const std::vector<SourceActivity>& records) {
    std::string text = "[";
    for (const auto& r : records) {
      text += fmt::format("{{{:?} first={} in={} out={} both={} days={}}}", r.source, date(r.first_seen),
                          date(r.last_inbound), date(r.last_outbound), date(r.last_two_way), r.days);
    }
    return text + "]";
  }
};

std::string said(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& w : diagnostics.warnings()) text += "warning: " + w + "\n";
  for (const auto& e : diagnostics.errors()) text += "error: " + e + "\n";
  return text + fmt::format("{} errors, {} warnings\n", diagnostics.error_count(), diagnostics.warning_count());
}

template <typename Read>
PathTrace read_with(const std::string& text, const Owner* owner, bool second_thread, Read read) {
  const auto source = memory_source(text, "roster.json");
  BufferedInput input(*source);
  input.head(8192);  // as read_contacts() does to detect the format
  Trace trace;
  Diagnostics diagnostics(1000, 1000);
  ReadOptions options;
  options.owner = owner;
  options.second_thread = second_thread;
  PathTrace result;
  try {
    const detail::json_roster::FastRead fast = read(input, trace, diagnostics, options);
    result.fast_done = fast.done;
    result.fast_visited = fast.visited;
  } catch (const Error& e) {
    trace.text += std::string("Error: ") + e.what() + "\n";
  }
  result.events = trace.text;
  result.diagnostics = said(diagnostics);
  return result;
}

}  // namespace

PathTrace read_reference(const std::string& text, const Owner* owner) {
  return read_with(text, owner, false, [](BufferedInput& input, Trace& trace, Diagnostics& d, const ReadOptions& o) {
    detail::json_roster::read_json_roster_reference(input, builtin_taxonomy(), trace, d, o);
    return detail::json_roster::FastRead{};
  });
}

PathTrace read_fast(const std::string& text, const Owner* owner, bool second_thread) {
  return read_with(text, owner, second_thread,
                   [](BufferedInput& input, Trace& trace, Diagnostics& d, const ReadOptions& o) {
                     return detail::json_roster::read_json_roster_fast(input, builtin_taxonomy(), trace, d, o);
                   });
}

}  // namespace netgap::test
