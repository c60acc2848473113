// LinkedIn's messages.csv: one row per message, the newest first. Who the owner is decides the
// direction; LinkedIn lists every member of a conversation on each message, so a message's
// participants are its conversation's.
#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <netgap/read/evidence.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/normalize.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <unordered_map>

#include "read/evidence_readers.hpp"
#include "read/import_csv.hpp"
#include "read/linkedin_csv.hpp"

namespace netgap::detail {
namespace {

/// Words that follow a name after a comma ("Emily Zhang, PhD"), not names of their own.
bool is_name_suffix(std::string_view word) {
  static constexpr std::array<std::string_view, 18> suffixes = {"phd", "md",  "mba",  "jr",  "jr.", "sr",
                                                                "sr.", "ii",  "iii",  "iv",  "cfa", "cpa",
                                                                "pmp", "esq", "esq.", "msc", "pe",  "rn"};
  return std::find(suffixes.begin(), suffixes.end(), to_lower(word)) != suffixes.end();
}

/// TO joins names with ", " and a name may hold ", PhD": the names, one per profile URL when
/// they can be told apart, else none.
std::vector<std::string> recipient_names(std::string_view to, std::size_t urls) {
  if (urls == 1) return {std::string(trim(to))};
  std::vector<std::string> names;
  for (const auto& part : split_values(to, ",")) {
    if (!names.empty() && is_name_suffix(part)) {
      names.back() += ", " + std::string(part);
    } else {
      names.emplace_back(part);
    }
  }
  if (names.size() != urls) names.clear();
  return names;
}

struct Presence {
  std::size_t conversations = 0;
  std::string last_conversation;
  std::string url;  // as first written
};

/// The owner is in every conversation of her own export: the profile URL in the most
/// conversations. A tie cannot be told apart and is an error.
std::string find_owner(EvidenceFile& file) {
  const auto source = file.reopen();
  BufferedInput input(*source);
  EvidenceFile again{input, file.name, file.base_name, file.reopen};
  std::unordered_map<std::string, Presence> seen;
  for_each_row(again, nullptr, [&](const Columns& columns, const std::vector<std::string>& record, std::size_t) {
    const std::string_view conversation = columns.get(record, "conversationid");
    const auto count = [&](std::string_view url) {
      Presence& presence = seen[normalize_url(url)];
      if (presence.url.empty()) presence.url = std::string(url);
      if (presence.conversations > 0 && presence.last_conversation == conversation) return;
      ++presence.conversations;
      presence.last_conversation = std::string(conversation);
    };
    if (const auto sender = columns.get(record, "senderprofileurl"); !sender.empty()) count(sender);
    for (const auto& url : split_values(columns.get(record, "recipientprofileurls"), ",")) count(url);
  });
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& entry : seen) ranked.emplace_back(entry.second.conversations, entry.second.url);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  if (ranked.empty()) return {};
  if (ranked.size() > 1 && ranked[1].first == ranked[0].first) {
    throw OwnerUnknown(
        fmt::format("{}: cannot tell whose messages these are: {} and {} are each in {} conversation{}; "
                    "say which profile URL is the owner's",
                    file.name, ranked[0].second, ranked[1].second, ranked[0].first, ranked[0].first == 1 ? "" : "s"),
        OwnerUnknown::Missing::profile_url);
  }
  return normalize_url(ranked[0].second);
}

bool is_yes(std::string_view text) { return to_lower(text) == "yes" || to_lower(text) == "true"; }

class MessageReader {
 public:
  MessageReader(const EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink, std::string owner)
      : options_(options), sink_(sink), owner_(std::move(owner)) {
    interaction_.file = file.name;
  }

  void row(const Columns& columns, const std::vector<std::string>& record, std::size_t line) {
    sink_.record();
    if (const auto reason = unwanted(columns, record)) return sink_.ignore(line, *reason);
    const auto instant = parse_utc_timestamp(columns.get(record, "date"));
    if (!instant) return sink_.ignore(line, "malformed date");
    const std::string_view sender = columns.get(record, "senderprofileurl");
    const auto recipients = split_values(columns.get(record, "recipientprofileurls"), ",");
    interaction_.people.clear();
    const bool from_owner = !sender.empty() && normalize_url(sender) == owner_;
    if (from_owner) {
      add_recipients(recipients, columns.get(record, "to"));
      if (interaction_.people.empty()) return sink_.ignore(line, "recipient without a profile URL");
    } else {
      if (sender.empty()) return sink_.ignore(line, "sender without a profile URL");
      if (!has_owner(recipients)) return sink_.ignore(line, "the owner is not in the conversation");
      interaction_.people.push_back({std::string(columns.get(record, "from")), {}, std::string(sender), {}});
    }
    const std::size_t participants = count_participants(sender, recipients);
    if (participants - 1 > options_.max_others) {
      return sink_.ignore(line, fmt::format("group of more than {} others", options_.max_others));
    }
    interaction_.source = InteractionSource::linkedin_message;
    interaction_.direction = from_owner ? Direction::outbound : Direction::inbound;
    interaction_.instant = *instant;
    interaction_.utc_offset_minutes = 0;
    interaction_.day = utc_day(*instant);
    interaction_.participants = participants;
    interaction_.line = line;
    interaction_.id = fmt::format("linkedin-message|{}|{}|{}", columns.get(record, "conversationid"),
                                  columns.get(record, "date"), normalize_url(sender));
    sink_.emit(interaction_);
  }

 private:
  /// Why a message is no evidence of a tie, before looking at who is on it.
  static std::optional<std::string_view> unwanted(const Columns& columns, const std::vector<std::string>& record) {
    if (is_yes(columns.get(record, "ismessagedraft")) || is_yes(columns.get(record, "isconversationdraft"))) {
      return "draft";
    }
    if (to_lower(columns.get(record, "folder")) == "spam") return "spam folder";
    // Sponsored InMail: LinkedIn titles the conversation so, and its HTML is the ad tool's.
    if (to_lower(columns.get(record, "conversationtitle")) == "sponsored conversation" ||
        columns.get(record, "content").substr(0, 200).find("spinmail-quill-editor") != std::string_view::npos) {
      return "sponsored";
    }
    return std::nullopt;
  }

  void add_recipients(const std::vector<std::string>& urls, std::string_view to) {
    const auto names = recipient_names(to, urls.size());
    for (std::size_t i = 0; i < urls.size(); ++i) {
      if (normalize_url(urls[i]) == owner_) continue;
      interaction_.people.push_back({names.empty() ? std::string() : names[i], {}, std::string(urls[i]), {}});
    }
  }

  bool has_owner(const std::vector<std::string>& urls) const {
    return std::any_of(urls.begin(), urls.end(), [&](std::string_view url) { return normalize_url(url) == owner_; });
  }

  static std::size_t count_participants(std::string_view sender, const std::vector<std::string>& recipients) {
    std::vector<std::string> everyone;
    if (!sender.empty()) everyone.push_back(normalize_url(sender));
    for (const auto& url : recipients) everyone.push_back(normalize_url(url));
    std::sort(everyone.begin(), everyone.end());
    return static_cast<std::size_t>(std::unique(everyone.begin(), everyone.end()) - everyone.begin());
  }

  const EvidenceOptions& options_;
  EvidenceSink& sink_;
  std::string owner_;
  Interaction interaction_;
};

}  // namespace

bool detect_linkedin_messages(std::string_view, std::string_view head) {
  const auto columns = head_columns(head);
  return columns &&
         columns->has_all({"conversationid", "from", "senderprofileurl", "to", "recipientprofileurls", "date"});
}

void read_linkedin_messages(EvidenceFile& file, const EvidenceOptions& options, EvidenceSink& sink) {
  // LinkedIn's AI guide and Learning role plays (guide_messages.csv, learning_role_play_messages.csv)
  // come with the same header; they are no one's messages.
  const std::string stem = file_stem(file.base_name);
  if (stem.size() > 9 && stem.compare(stem.size() - 9, 9, "_messages") == 0) {
    return ignore_all_rows(file, sink, "look-alike of messages.csv");
  }
  if (options.owner_profile_url.empty() && file.name == "<stdin>") {  // finding the owner reads the file twice
    throw OwnerUnknown("<stdin>: messages.csv on standard input is read once; say which profile URL is the owner's",
                       OwnerUnknown::Missing::profile_url);
  }
  const std::string owner =
      options.owner_profile_url.empty() ? find_owner(file) : normalize_url(options.owner_profile_url);
  MessageReader reader(file, options, sink, owner);
  for_each_row(file, &sink, [&](const Columns& columns, const std::vector<std::string>& record, std::size_t line) {
    reader.row(columns, record, line);
  });
}

}  // namespace netgap::detail
