#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <netgap/model/vocabulary.hpp>
#include <string>
#include <vector>

namespace netgap {

struct Contact;
struct Owner;
struct Taxonomy;
enum class TypeKind;

/// Why a contact carries a label.
enum class LabelSource {
  field,  ///< listed in the contact's "categories" or "lenses"
  tag,    ///< a tag equal to the type's id or one of its aliases
  rule,   ///< inferred by one of the type's rules
};

/// One category or lens of a contact, with its reason and how sure it is.
struct Label {
  std::size_t type = 0;  ///< index into Taxonomy::categories or Taxonomy::lenses
  LabelSource source = LabelSource::field;
  std::size_t detail = 0;                       ///< the rule's index (rule), or the tag's index (tag)
  Confidence confidence = Confidence::certain;  ///< explicit labels are certain; a rule says its own

  /// True when the label counts in an audit (likely or certain); a possible one is only a suggestion.
  [[nodiscard]] bool counts() const { return confidence != Confidence::possible; }
};

/// The categories and lenses of one contact.
struct Labels {
  std::vector<Label> categories;
  std::vector<Label> lenses;

  /// True when the contact is in that category or lens and the label counts.
  [[nodiscard]] bool has_category(std::size_t index) const;
  [[nodiscard]] bool has_lens(std::size_t index) const;
  /// True when at least one category counts.
  [[nodiscard]] bool classified() const;
};

/// Sorts contacts into the taxonomy's categories and lenses: explicit labels first (they are
/// authoritative), otherwise the taxonomy's rules, prepared once so that each contact is cheap.
class Classifier {
 public:
  /// `owner` may be null: rules that compare with the owner are then skipped (see skipped_rules).
  /// The taxonomy must outlive the classifier. Throws Error when the taxonomy has more than 64
  /// keyword sets.
  Classifier(const Taxonomy& taxonomy, const Owner* owner);
  ~Classifier();
  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;

  /// The labels of `contact`; valid until the next call.
  const Labels& classify(const Contact& contact);

  /// The reason for one label of the contact last classified, in words
  /// ("rule recruiters/recruiting-role: role \"Tech Recruiter\" mentions \"recruiter\"").
  [[nodiscard]] std::string explain(const Contact& contact, const Label& label, TypeKind kind) const;

  /// "alumni/shared-school" for every rule skipped because there is no owner.
  [[nodiscard]] const std::vector<std::string>& skipped_rules() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Labels labels_;
};

/// The one warning for rules skipped without an owner: `source: the roster has no owner, ...`.
std::string skipped_rules_warning(const std::string& source, const std::vector<std::string>& rules);

}  // namespace netgap
