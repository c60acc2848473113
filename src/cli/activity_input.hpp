#pragma once
// Evidence of contact as a command reads it: the owner's options, the files read, each file's
// account and how its people were matched to the roster's contacts (import, audit --activity).

#include <netgap/analyse/activity.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/read/evidence.hpp>
#include <netgap/util/date.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.hpp"

namespace netgap::cli {

/// Who the owner is in the evidence: --owner-email (repeated) and --owner-url.
struct EvidenceOwner {
  std::vector<std::string> emails;
  std::string profile_url;
};

/// Adds --owner-email and --owner-url to `app`.
void add_evidence_owner_options(CLI::App& app, EvidenceOwner& owner);

/// read_evidence() for a command: OwnerUnknown told with the option that would help (exit 2), and
/// a warning for each --owner-email on no message or meeting of the mailboxes and calendars read.
EvidenceResult read_evidence_for(Context& context, const std::vector<std::string>& files,
                                 const EvidenceOptions& options, InteractionVisitor& visitor);

/// Reads the evidence `files`, matches its people to `contacts` and extends each contact's
/// activity; prints each file's account and the matching summary (names the unmatched with
/// `verbose`). Returns the positions of the contacts whose activity changed. Throws Error.
std::vector<std::size_t> apply_evidence(Context& context, const std::vector<std::string>& files,
                                        const EvidenceOwner& owner, Date as_of, bool verbose,
                                        std::vector<Contact>& contacts);

}  // namespace netgap::cli
