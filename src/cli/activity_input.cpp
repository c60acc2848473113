#include "cli/activity_input.hpp"

#include <fmt/format.h>
#include <netgap/model/taxonomy.hpp>
#include <netgap/read/evidence.hpp>
#include <netgap/util/text.hpp>

namespace netgap::cli {

void add_evidence_owner_options(CLI::App& app, EvidenceOwner& owner) {
  app.add_option("--owner-email", owner.emails, "An address of yours (repeat for each); mail and calendars")
      ->type_name("ADDR");
  app.add_option("--owner-url", owner.profile_url, "Your LinkedIn profile URL (default: found in messages.csv)")
      ->type_name("URL");
}

EvidenceResult read_evidence_for(Context& context, const std::vector<std::string>& files,
                                 const EvidenceOptions& options, InteractionVisitor& visitor) {
  EvidenceResult result;
  try {
    result = read_evidence(files, options, visitor);
  } catch (const OwnerUnknown& e) {
    throw Error(fmt::format("{} ({})", e.what(),
                            e.missing == OwnerUnknown::Missing::emails ? "--owner-email ADDR" : "--owner-url URL"));
  }
  for (const auto& address : owner_addresses_unseen(result, options)) {
    context.warn(
        fmt::format("--owner-email {} is on no message or meeting read: mistyped? (Mail from it is taken "
                    "for mail received.)",
                    quote(address)));
  }
  return result;
}

std::vector<std::size_t> apply_evidence(Context& context, const std::vector<std::string>& files,
                                        const EvidenceOwner& owner, Date as_of, bool verbose,
                                        std::vector<Contact>& contacts) {
  EvidenceOptions options;
  options.owner_emails = owner.emails;
  options.owner_profile_url = owner.profile_url;
  options.as_of = as_of;
  options.standard_input = &context.in;
  ActivityMatcher matcher(contacts, context.taxonomy().organization_suffixes);
  const EvidenceResult result = read_evidence_for(context, files, options, matcher);
  for (const auto& report : result.files) context.note(printable(report.summary()));
  context.note(printable("evidence: " + matcher.counts().summary()));
  if (verbose) {
    for (const auto& [who, n] : matcher.unmatched_people()) {
      context.note(printable(fmt::format("evidence: not matched to one contact: {} ({}×)", who, n)));
    }
  }
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    if (extend_activity(contacts[i].activity, matcher.evidence(i))) changed.push_back(i);
  }
  return changed;
}

}  // namespace netgap::cli
