#pragma once
// The readers of the evidence sources, the rows of the table in src/read/evidence.cpp: each
// detects its files by name and first bytes, and reads every record into the sink.

#include <string_view>

namespace netgap {
struct EvidenceFile;
struct EvidenceOptions;
class EvidenceSink;
}  // namespace netgap

namespace netgap::detail {

/// messages.csv, by its header (CONVERSATION ID, FROM, SENDER PROFILE URL, TO, ..., DATE).
bool detect_linkedin_messages(std::string_view base_name, std::string_view head);
/// Each message, from the owner or to her; drafts, spam, sponsored messages and groups ignored.
/// Throws OwnerUnknown when the owner is not given and two profiles are in as many conversations.
void read_linkedin_messages(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

/// Invitations.csv, by its header (From, To, Sent At, Direction).
bool detect_linkedin_invitations(std::string_view base_name, std::string_view head);
/// Each invitation, sent or received.
void read_linkedin_invitations(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

/// Endorsement_Received_Info.csv, by its header.
bool detect_linkedin_endorsements(std::string_view base_name, std::string_view head);
/// Each endorsement received, whatever its status.
void read_linkedin_endorsements(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

/// Recommendations_Received.csv and Recommendations_Given.csv, by their common header.
bool detect_linkedin_recommendations(std::string_view base_name, std::string_view head);
/// Each recommendation; received or given is told by the file's name.
void read_linkedin_recommendations(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

/// An mbox: the first line is a "From " separator.
bool detect_mbox(std::string_view base_name, std::string_view head);
/// Each message from the owner (to every recipient) or to her (from its sender); lists, bulk
/// mail, automatic replies and messages to many people ignored. Throws OwnerUnknown without the
/// owner's addresses.
void read_mbox(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

/// An iCalendar file: it starts with BEGIN:VCALENDAR.
bool detect_ics(std::string_view base_name, std::string_view head);
/// Each meeting the owner attended with at most a few others, once per occurrence up to the
/// as-of day; cancelled, declined and large meetings ignored. Throws OwnerUnknown when the
/// owner's addresses are neither given nor the calendar's name.
void read_ics(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink);

}  // namespace netgap::detail
