#pragma once
// Why each contact is in its network types: the data behind `netgap explain`.

#include <cstddef>
#include <memory>
#include <netgap/analyse/classifier.hpp>
#include <netgap/model/roster.hpp>
#include <netgap/model/taxonomy.hpp>
#include <netgap/util/date.hpp>
#include <set>
#include <string>
#include <vector>

namespace netgap {

class Diagnostics;

/// One label of a contact, with its reason in words.
struct ExplainedLabel {
  std::string id;
  LabelSource source = LabelSource::field;
  Confidence confidence = Confidence::certain;
  std::string reason;
};

/// One contact's labels and why.
struct ExplainedContact {
  std::size_t index = 0;
  std::string name;
  std::vector<ExplainedLabel> categories;
  std::vector<ExplainedLabel> lenses;
  /// Where its recency and strength come from, one sentence each; empty without evidence.
  std::vector<std::string> activity;
};

/// The contacts explained, and how many the roster has.
struct Explanation {
  std::vector<ExplainedContact> contacts;  ///< in roster order
  std::size_t total = 0;                   ///< contacts read
  std::size_t unclassified = 0;            ///< of those, in no category
  bool filtered = false;                   ///< only contacts whose names were asked for
};

/// Where `contact`'s recency and strength come from ("last two-way: calendar 2026-11-19", ...),
/// and, on `as_of`, whether the tie has gone quiet against its own rhythm.
std::vector<std::string> explain_activity(const Contact& contact, Date as_of);

/// "explicit", "tag" or "rule".
std::string_view label_source_name(LabelSource source);

/// Classifies each contact as it streams past and keeps the explanation of those selected: every
/// contact, or those whose name contains one of `names` (case-insensitive).
class Explainer final : public RosterVisitor {
 public:
  /// Warns in `diagnostics` about rules skipped for want of an owner, naming `source`; the
  /// activity of each contact is explained as of `as_of`.
  Explainer(const Taxonomy& taxonomy, std::vector<std::string> names, std::string source, Diagnostics& diagnostics,
            Date as_of);
  ~Explainer() override;
  Explainer(const Explainer&) = delete;
  Explainer& operator=(const Explainer&) = delete;

  void on_owner(const Owner* owner) override;
  void on_contact(const Contact& contact) override;

  /// The names asked for that matched no contact.
  [[nodiscard]] std::vector<std::string> unmatched_names() const;
  /// The explanation so far.
  [[nodiscard]] const Explanation& explanation() const { return explanation_; }

 private:
  [[nodiscard]] bool selected(const Contact& contact);
  std::vector<ExplainedLabel> explain(const Contact& contact, const std::vector<Label>& labels, TypeKind kind) const;

  const Taxonomy& taxonomy_;
  std::vector<std::string> names_;
  std::vector<std::string> wanted_;  // lower-cased names
  std::set<std::size_t> found_;
  std::string source_;
  Date as_of_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Classifier> classifier_;
  Explanation explanation_;
};

}  // namespace netgap
