// netgap dedupe ROSTER [--apply] [--format text|json]: the contacts of a roster that are one
// person (or may be), with the reasons; --apply merges the certain ones in place.
#include <fmt/format.h>
#include <algorithm>
#include <netgap/analyse/combine.hpp>
#include <netgap/analyse/duplicates.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/write/roster_edit.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "util/json_util.hpp"

namespace netgap::cli {
namespace {

struct DedupeOptions {
  std::string path;
  std::string format = "text";
  bool apply = false;
  bool strict = false;
};

std::string text_listing(const std::vector<DuplicateGroup>& groups, const std::vector<Contact>& contacts) {
  std::string out;
  for (const auto& group : groups) {
    out += group.certain ? "One person:\n" : "Maybe one person:\n";
    for (std::size_t i = 0; i < group.members.size(); ++i) {
      const DuplicateFinding& m = group.members[i];
      out += "  " + contact_label(contacts[m.index]);  // quoted: control characters escaped
      if (i > 0) {
        out += fmt::format(" ({}, with contacts[{}])", reason_text(m.reason), m.earlier);
      }
      out += '\n';
    }
  }
  return out;
}

std::string json_listing(const std::vector<DuplicateGroup>& groups, const std::vector<Contact>& contacts,
                         const std::string& source, std::size_t merged) {
  nlohmann::ordered_json doc = {{"kind", "netgap-dedupe"}, {"schema_version", 1}, {"source", source}};
  auto list = nlohmann::ordered_json::array();
  for (const auto& group : groups) {
    auto members = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < group.members.size(); ++i) {
      const DuplicateFinding& m = group.members[i];
      nlohmann::ordered_json member = {{"index", m.index}, {"name", contacts[m.index].name}};
      if (i > 0) {
        member["matched"] = m.earlier;
        member["reason"] = std::string(reason_text(m.reason));
      }
      members.push_back(std::move(member));
    }
    list.push_back({{"certain", group.certain}, {"members", std::move(members)}});
  }
  doc["groups"] = std::move(list);
  doc["merged"] = merged;
  return detail::terminal_safe(doc.dump(2) + "\n");
}

/// Folds each certain group into its first contact and removes the others; returns how many
/// contacts were removed. `lost` gets a line for each removed contact that said something the
/// kept one does not keep (a different name, how_met, a key netgap does not know...).
std::size_t apply_groups(RosterEdit& roster, const std::vector<DuplicateGroup>& groups,
                         const std::vector<std::string>& suffixes, std::vector<std::string>& lost) {
  std::vector<std::size_t> removed;
  for (const auto& group : groups) {
    if (!group.certain) continue;
    const std::size_t kept = group.members.front().index;
    Contact combined = roster.contacts()[kept];
    std::vector<std::pair<std::size_t, std::vector<std::string>>> folded;  // with its unknown keys not kept
    for (std::size_t i = 1; i < group.members.size(); ++i) {
      const std::size_t other = group.members[i].index;
      const auto confirmed = match_contacts(combined, roster.contacts()[other], suffixes);
      if (!confirmed || !is_certain(*confirmed)) continue;  // the key hashes collided: two people
      combine_records(combined, roster.contacts()[other], suffixes);
      folded.emplace_back(other, roster.absorb_unknown(kept, other));
      removed.push_back(other);
    }
    for (const auto& [other, unknown_keys] : folded) {
      std::vector<std::string> not_kept = values_not_kept(combined, roster.contacts()[other]);
      not_kept.insert(not_kept.end(), unknown_keys.begin(), unknown_keys.end());
      if (not_kept.empty()) continue;
      lost.push_back(fmt::format("{} merged into {}; not kept of it: {}", contact_label(roster.contacts()[other]),
                                 contact_label(roster.contacts()[kept]), join(not_kept)));
    }
    roster.update(kept, combined);
  }
  std::sort(removed.begin(), removed.end());
  for (auto it = removed.rbegin(); it != removed.rend(); ++it) roster.remove(*it);
  return removed.size();
}

ExitCode run_dedupe(const DedupeOptions& options, Context& context) {
  if (options.apply && options.path == "-")
    throw Error("--apply: standard input cannot be rewritten; name the roster file");
  Diagnostics diagnostics;
  RosterEdit roster(options.path, context.taxonomy(), options.strict, diagnostics, false,
                    context.waiting_for(options.path));
  context.print_warnings(diagnostics);
  diagnostics.checkpoint();
  const std::vector<Contact> contacts = roster.contacts();  // as read: the listing names them so
  const auto& suffixes = context.taxonomy().organization_suffixes;
  const std::vector<DuplicateGroup> groups = duplicate_groups(contacts, suffixes);
  std::vector<std::string> lost;
  const std::size_t merged = options.apply ? apply_groups(roster, groups, suffixes, lost) : 0;
  context.print(options.format == "json" ? json_listing(groups, contacts, options.path, merged)
                                         : text_listing(groups, contacts));
  const auto certain = static_cast<std::size_t>(
      std::count_if(groups.begin(), groups.end(), [](const DuplicateGroup& g) { return g.certain; }));
  const std::string counts = fmt::format("{} group{} of one person, {} that may be", certain, certain == 1 ? "" : "s",
                                         groups.size() - certain);
  if (!options.apply) {
    context.note(fmt::format("{}: {}{}", options.path, counts, certain > 0 ? "; --apply merges the certain ones" : ""));
  } else if (roster.save(".bak")) {
    context.note(fmt::format("{}: {}; merged {} contact{} into others; the previous version is {}.bak", options.path,
                             counts, merged, merged == 1 ? "" : "s", options.path));
    for (const auto& line : lost)
      context.warn(fmt::format("{}: {} (still in {}.bak)", options.path, line, options.path));
  } else {
    context.note(fmt::format("{}: {}; nothing to merge, the file was not rewritten", options.path, counts));
  }
  return ExitCode::ok;
}

}  // namespace

Command add_dedupe_command(CLI::App& app) {
  auto options = std::make_shared<DedupeOptions>();
  CLI::App* sub =
      app.add_subcommand("dedupe", "List the contacts of a roster that are one person; --apply merges them");
  sub->add_option("roster", options->path, "The roster (a netgap JSON file)")->required()->type_name("ROSTER");
  sub->add_flag("--apply", options->apply,
                "Merge each certain group into its first contact, in place (the old file kept as ROSTER.bak)");
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("text|json");
  sub->add_flag("--strict", options->strict, "Treat unknown fields as errors");
  return {sub, [options](Context& context) { return run_dedupe(*options, context); }};
}

}  // namespace netgap::cli
