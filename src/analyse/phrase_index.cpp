#include "analyse/phrase_index.hpp"

#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap {
namespace {

/// The ASCII base of the lower-case Latin letters U+00DF..U+017F ("" when there is none).
std::string_view latin_base(char32_t cp) {
  static constexpr std::string_view latin1[] = {"ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e",
                                                "e",  "e", "i", "i", "i", "i", "d", "n",  "o", "o",  "o",
                                                "o",  "o", "",  "o", "u", "u", "u", "u",  "y", "th", "y"};
  if (cp >= 0xDF && cp <= 0xFF) return latin1[cp - 0xDF];
  // Latin Extended-A pairs: the base letter of each run of code points.
  static constexpr struct {
    char32_t first, last;
    std::string_view base;
  } runs[] = {{0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"},  {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"},
              {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x134, 0x135, "j"},  {0x136, 0x138, "k"}, {0x139, 0x142, "l"},
              {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
              {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"},  {0x176, 0x178, "y"}, {0x179, 0x17E, "z"}};
  for (const auto& run : runs) {
    if (cp >= run.first && cp <= run.last) return run.base;
  }
  return {};
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

/// Light English stemming: one common ending off, then trailing e's (advises, advising, advisory
/// and advise all become "advis"). Short words and words of other scripts stay as they are.
void stem(std::string& word) {
  if (word.size() < 5 || !is_ascii(word)) return;
  static constexpr std::pair<std::string_view, std::string_view> endings[] = {
      {"ings", ""}, {"ing", ""}, {"ies", "y"}, {"ory", ""}, {"ed", ""}, {"es", ""}, {"s", ""}};
  for (const auto& [ending, replacement] : endings) {
    if (!ends_with(word, ending) || word.size() - ending.size() < 3) continue;
    if (ending == "s" && (ends_with(word, "ss") || ends_with(word, "us") || ends_with(word, "is"))) continue;
    word.resize(word.size() - ending.size());
    word += replacement;
    break;
  }
  while (word.size() > 3 && word.back() == 'e') word.pop_back();
}

/// Is `cp` a pictograph or dingbat, which headlines use as separators ("📊", "✨")?
bool is_pictograph(char32_t cp) { return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF); }

/// The parts of a title: split at the separators and at pictographs.
std::vector<std::string> title_parts(std::string_view text, const Vocabulary& vocabulary) {
  std::string marked;
  for (std::size_t i = 0; i < text.size();) {
    bool separator = false;
    for (const auto& s : vocabulary.title_separators) {
      if (!s.empty() && text.compare(i, s.size(), s) == 0) {
        marked += '\x1f';
        i += s.size();
        separator = true;
        break;
      }
    }
    if (separator) continue;
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (is_pictograph(cp)) {
      marked += '\x1f';
    } else {
      marked.append(text.substr(start, i - start));
    }
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= marked.size()) {
    const std::size_t end = std::min(marked.find('\x1f', start), marked.size());
    parts.push_back(marked.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::string fold_accents(std::string_view token) {
  if (is_ascii(token)) return std::string(token);
  std::string out;
  for (std::size_t i = 0; i < token.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(token, i);
    const std::string_view base = latin_base(cp);
    if (base.empty()) {
      out.append(token.substr(start, i - start));
    } else {
      out.append(base);
    }
  }
  return out;
}

std::string comparable_word(std::string_view token) {
  std::string word = fold_accents(token);
  stem(word);
  return word;
}

void comparable_words(std::string_view text, const Vocabulary& vocabulary, bool title, std::vector<std::string>& out) {
  out.clear();
  std::vector<std::string> tokens;
  if (!title) {
    tokenize(text, tokens);
    for (const auto& t : tokens) out.push_back(comparable_word(t));
    return;
  }
  for (const auto& part : title_parts(text, vocabulary)) {
    tokenize(part, tokens);
    if (tokens.empty()) continue;
    const auto& former = vocabulary.former_markers;
    if (std::find(former.begin(), former.end(), tokens.front()) != former.end()) continue;
    if (!out.empty()) out.emplace_back(part_break);
    for (const auto& t : tokens) {
      const auto it = vocabulary.abbreviations.find(t);
      if (it == vocabulary.abbreviations.end()) {
        out.push_back(comparable_word(t));
        continue;
      }
      std::vector<std::string> expanded;
      tokenize(it->second, expanded);
      for (const auto& e : expanded) out.push_back(comparable_word(e));
    }
  }
}

PhraseIndex::PhraseIndex(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {
  folded_forms_.reserve(vocabulary.word_forms.size());
  for (const auto& form : vocabulary.word_forms)
    folded_forms_.push_back({fold_accents(form.from), fold_accents(form.to)});
}

void PhraseIndex::add(std::string_view text, std::size_t id) {
  Phrase phrase;
  phrase.id = id;
  phrase.text = std::string(text);
  std::vector<std::string> tokens;
  tokenize(text, tokens);
  if (tokens.empty()) return;
  for (const auto& token : tokens) {
    const std::string folded = fold_accents(token);
    std::vector<std::string> forms{comparable_word(folded)};
    for (const auto& [from, to] : folded_forms_) {
      if (folded.size() <= from.size() || !ends_with(folded, from)) continue;
      const std::string other = comparable_word(folded.substr(0, folded.size() - from.size()) + to);
      if (std::find(forms.begin(), forms.end(), other) == forms.end()) forms.push_back(other);
    }
    phrase.words.push_back(std::move(forms));
  }
  // A phrase that compares like one already there ("hospitals", "hospital") is the same phrase.
  if (const auto it = by_first_word_.find(phrase.words.front().front()); it != by_first_word_.end()) {
    for (const std::size_t p : it->second) {
      if (phrases_[p].id == id && phrases_[p].words == phrase.words) return;
    }
  }
  for (const auto& first : phrase.words.front()) by_first_word_[first].push_back(phrases_.size());
  phrases_.push_back(std::move(phrase));
}

bool PhraseIndex::negated(const std::vector<std::string>& words, std::size_t at) const {
  const auto& negations = vocabulary_.negations;
  for (std::size_t back = 1; back <= 2 && back <= at; ++back) {
    const std::string& word = words[at - back];
    if (word == part_break) return false;
    if (std::find(negations.begin(), negations.end(), word) != negations.end()) return true;
  }
  return false;
}

template <typename Found>
void PhraseIndex::each_match(const std::vector<std::string>& words, Found found) const {
  std::size_t i = 0;
  while (i < words.size()) {
    const auto it = by_first_word_.find(words[i]);
    std::size_t longest = 0;
    if (it != by_first_word_.end()) {
      for (const std::size_t p : it->second) {
        const auto& phrase = phrases_[p].words;
        if (phrase.size() < longest || i + phrase.size() > words.size()) continue;
        bool all = true;
        for (std::size_t k = 1; k < phrase.size() && all; ++k) {
          all = std::find(phrase[k].begin(), phrase[k].end(), words[i + k]) != phrase[k].end();
        }
        if (all) longest = phrase.size();
      }
    }
    if (longest == 0) {
      ++i;
      continue;
    }
    if (!negated(words, i)) {
      for (const std::size_t p : it->second) {
        const auto& phrase = phrases_[p].words;
        if (phrase.size() != longest || i + longest > words.size()) continue;
        bool all = true;
        for (std::size_t k = 1; k < longest && all; ++k) {
          all = std::find(phrase[k].begin(), phrase[k].end(), words[i + k]) != phrase[k].end();
        }
        if (all && !found(phrases_[p])) return;
      }
    }
    i += longest;
  }
}

std::uint64_t PhraseIndex::scan(const std::vector<std::string>& words) const {
  std::uint64_t bits = 0;
  each_match(words, [&](const Phrase& p) {
    bits |= std::uint64_t{1} << p.id;
    return true;
  });
  return bits;
}

const std::string* PhraseIndex::find(const std::vector<std::string>& words, std::size_t id) const {
  const std::string* out = nullptr;
  each_match(words, [&](const Phrase& p) {
    if (p.id != id) return true;
    out = &p.text;
    return false;
  });
  return out;
}

}  // namespace netgap
