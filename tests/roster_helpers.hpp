#pragma once
// Reading rosters in tests: every contact kept, every problem collected.

#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <optional>
#include <string>
#include <vector>

namespace netgap::test {

/// Keeps what a reader hands over.
struct Collected final : RosterVisitor {
  std::optional<Owner> owner;
  bool owner_called = false;
  std::size_t contacts_before_owner = 0;
  std::vector<Contact> contacts;
  void on_owner(const Owner* o) override {
    owner_called = true;
    contacts_before_owner = contacts.size();
    if (o != nullptr) owner = *o;
  }
  void on_contact(const Contact& c) override { contacts.push_back(c); }
};

struct ReadResult {
  Collected collected;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

/// Reads roster text (format "auto" unless given) with the built-in taxonomy.
inline ReadResult read_text_roster(const std::string& text, const std::string& format = "auto", bool strict = false,
                                   const std::string& name = "roster.json") {
  ReadResult result;
  Diagnostics diagnostics(1000, 1000);
  auto source = memory_source(text, name);
  ReadOptions options;
  options.strict = strict;
  read_contacts(*source, format, builtin_taxonomy(), result.collected, diagnostics, options);
  result.errors = diagnostics.errors();
  result.warnings = diagnostics.warnings();
  return result;
}

/// Every contact of a roster file (for checking what a command wrote).
inline std::vector<Contact> read_collected(const std::string& path) {
  Collected collected;
  Diagnostics diagnostics;
  auto source = open_source(path);
  read_contacts(*source, "json", builtin_taxonomy(), collected, diagnostics);
  diagnostics.checkpoint();
  return collected.contacts;
}

/// A contact with a name and, when given, an organisation, an e-mail and a URL.
inline Contact person(std::string name, std::string organization = "", std::string email = "", std::string url = "") {
  Contact c;
  c.name = std::move(name);
  c.organization = std::move(organization);
  c.email = std::move(email);
  c.url = std::move(url);
  return c;
}

}  // namespace netgap::test
