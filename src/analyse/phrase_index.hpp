#pragma once
// Text as the classifier compares it, and phrases found in it. Words are lower-cased, their accents
// folded and their English endings stemmed ("advises", "advising", "advisory" are one word); a
// keyword also matches in the other forms the vocabulary gives ("científico", "científica"). A
// title is read as people write LinkedIn headlines: split into parts, past jobs ("ex-Meta")
// dropped, abbreviations ("Sr. MLE") expanded.

#include <cstddef>
#include <cstdint>
#include <netgap/model/vocabulary.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netgap {

/// Separates the parts of a text; no phrase reaches across it.
inline constexpr std::string_view part_break = "|";

/// The comparable form of one lower-cased token: accents folded, then an English ending stemmed.
std::string comparable_word(std::string_view token);

/// Accents folded (é -> e, ß -> ss) in a lower-cased token; other characters kept.
std::string fold_accents(std::string_view token);

/// Splits `text` into comparable words (cleared first). With `title`, the text is read as a job
/// title: parts split at the vocabulary's separators and at emoji, parts about a past job dropped,
/// abbreviations expanded; part_break separates the parts.
void comparable_words(std::string_view text, const Vocabulary& vocabulary, bool title, std::vector<std::string>& out);

/// Phrases, each with an id below 64, found in comparable words: leftmost-longest (so "financial
/// analyst" hides "analyst"), and not right after a negation ("not hiring").
class PhraseIndex {
 public:
  explicit PhraseIndex(const Vocabulary& vocabulary);

  /// Adds `phrase` (as written in the taxonomy) with `id`.
  void add(std::string_view phrase, std::size_t id);

  /// The ids of every phrase found, as bits.
  [[nodiscard]] std::uint64_t scan(const std::vector<std::string>& words) const;
  /// The first phrase with `id` found, as written, or nullptr.
  [[nodiscard]] const std::string* find(const std::vector<std::string>& words, std::size_t id) const;

 private:
  struct Phrase {
    std::vector<std::vector<std::string>> words;  // each position: the accepted forms
    std::size_t id = 0;
    std::string text;
  };
  /// Calls `found(phrase)` for each longest phrase at each position not covered by an earlier one.
  template <typename Found>
  void each_match(const std::vector<std::string>& words, Found found) const;
  [[nodiscard]] bool negated(const std::vector<std::string>& words, std::size_t at) const;

  const Vocabulary& vocabulary_;
  std::vector<WordForm> folded_forms_;  // the vocabulary's word forms, accents folded once
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace netgap
