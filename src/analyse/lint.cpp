#include <netgap/analyse/lint.hpp>

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include <cstdint>
#include <optional>
#include <vector>

#include "write/contact_fields.hpp"

namespace netgap {
namespace {

/// The first terminal control in `text`, if any.
std::optional<char32_t> first_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (terminal_control_at(text, i) != 0) {
      std::size_t at = i;
      return next_code_point(text, at);
    }
  }
  return std::nullopt;
}

/// A sink for write_contact_fields() that words a problem for each field holding a control: the
/// fields checked are exactly those a roster has.
class ControlFinder {
 public:
  void field(std::string_view key, std::string_view value, bool) { check(std::string(key), value); }
  void field(std::string_view key, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) check(fmt::format("{}[{}]", key, i), values[i]);
  }
  void raw(std::string_view, std::string_view) {}

  std::vector<std::string> problems;

 private:
  void check(const std::string& path, std::string_view value) {
    const auto cp = first_control(value);
    if (!cp) return;
    const std::string_view what = *cp >= 0x202A   ? "bidirectional control"
                                  : *cp >= 0x2028 ? "line separator"
                                                  : "control character";
    problems.push_back(fmt::format("{}: contains the {} U+{:04X}, which netgap prints escaped", path, what,
                                   static_cast<std::uint32_t>(*cp)));
  }
};

}  // namespace

RosterLint::RosterLint(std::string source, Date today, bool strict, Diagnostics& diagnostics)
    : source_(std::move(source)), today_(today), strict_(strict), diagnostics_(diagnostics) {}

void RosterLint::on_owner(const Owner* owner) {
  if (owner == nullptr) return;
  ControlFinder finder;
  detail::write_profile_fields(finder, *owner, false);
  for (const auto& p : finder.problems) problem(fmt::format("{}: owner.{}", source_, p));
}

void RosterLint::on_contact(const Contact& contact) {
  ControlFinder finder;
  detail::write_contact_fields(finder, contact);
  for (const auto& p : finder.problems) problem(fmt::format("{}: {}: {}", source_, contact_label(contact), p));
  const auto future = [&](std::string_view field, const std::optional<Date>& date, std::string_view effect) {
    if (!date || *date <= today_) return;
    diagnostics_.warn(fmt::format("{}: {}: {}: {} is in the future (today is {}); {}", source_, contact_label(contact),
                                  field, format_iso(*date), format_iso(today_), effect));
  };
  future("last_contact", contact.last_contact, "an audit as of today does not count it as contact");
  future("connected_on", contact.connected_on, "an audit as of today leaves the contact out");
}

void RosterLint::problem(const std::string& message) {
  if (strict_) {
    diagnostics_.error(message);
  } else {
    diagnostics_.warn(message);
  }
}

}  // namespace netgap
