#pragma once
// The words the classifier reads contacts with, as data (data/taxonomy.json "vocabulary"): how
// titles are written, word forms, sectors and their organisations, school and organisation aliases.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// How sure an inferred label is; only likely and certain labels count in an audit.
enum class Confidence { possible, likely, certain };

/// "possible", "likely", "certain".
std::string_view confidence_name(Confidence confidence);
/// The confidence of that name, if any.
std::optional<Confidence> parse_confidence(std::string_view name);

/// An industry the owner can specialise in, and the words that reveal it.
struct Sector {
  std::string id;
  std::string name;
  std::vector<std::string> industries;     ///< industry labels (LinkedIn's and synonyms)
  std::vector<std::string> keywords;       ///< phrases that reveal it in organisation names and titles
  std::vector<std::string> organizations;  ///< well-known organisations of the sector
  bool cross_industry = false;             ///< its people often work for other sectors (a title can tell which)
};

/// The names one school goes by, and the schools within it.
struct SchoolAlias {
  std::vector<std::string> names;  ///< "university of michigan", "umich"
  std::vector<std::string> units;  ///< "ross school of business"
};

/// The parts of an organisation written under other names: `owner` "city of *" and `contact`
/// "* city council" say that "Columbus City Council" is part of "City of Columbus".
struct OrganizationAlias {
  std::string owner;
  std::vector<std::string> contact;
};

/// A suffix rewrite that gives another form of a word ("o" -> "a": científico, científica).
struct WordForm {
  std::string from;
  std::string to;
};

/// Everything the classifier knows about words; empty lists switch a mechanism off.
struct Vocabulary {
  std::vector<std::string> sources;                  ///< where the lists come from, for readers of the file
  std::vector<std::string> title_separators;         ///< split a headline into parts ("|", "·")
  std::vector<std::string> former_markers;           ///< a part starting with one is a past job ("ex", "former")
  std::map<std::string, std::string> abbreviations;  ///< title words written short ("mle")
  std::vector<std::string> negations;                ///< a phrase right after one does not count ("not hiring")
  std::vector<WordForm> word_forms;                  ///< feminine and other forms of keywords
  std::vector<Sector> sectors;
  std::vector<SchoolAlias> schools;
  std::vector<std::string> institution_words;             ///< generic words of school names ("university")
  std::vector<std::string> unit_words;                    ///< words of a school within a university ("school")
  std::map<std::string, std::string> name_abbreviations;  ///< "univ" -> "university"
  std::vector<OrganizationAlias> organization_aliases;
  std::vector<std::string> generic_organization_words;  ///< too common to tell an organisation alone

  /// The index of the sector with this id, or npos.
  [[nodiscard]] std::size_t sector_index(std::string_view id) const;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

}  // namespace netgap
