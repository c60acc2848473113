#include <netgap/util/normalize.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netgap {
namespace {

/// A word of up to 7 bytes as one number (its bytes, then its length in the top byte), so that a
/// list of short words is searched without a call to memcmp per entry; 0 for a longer word.
constexpr std::uint64_t packed(std::string_view word) {
  if (word.size() > 7) return 0;
  std::uint64_t value = static_cast<std::uint64_t>(word.size()) << 56;
  for (std::size_t i = 0; i < word.size(); ++i) value |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  return value;
}

/// A fixed list of words, for asking whether a folded word is one of them.
template <std::size_t size>
class WordList {
 public:
  constexpr explicit WordList(const std::string_view (&words)[size]) : words_{}, packed_{} {
    for (std::size_t i = 0; i < size; ++i) {
      words_[i] = words[i];
      packed_[i] = packed(words[i]);
    }
  }

  [[nodiscard]] bool contains(std::string_view word) const { return index_of(word) < size; }

  /// The word's position in the list, or `size` when it is not there.
  [[nodiscard]] std::size_t index_of(std::string_view word) const {
    const std::uint64_t key = packed(word);
    for (std::size_t i = 0; i < size; ++i) {
      if (key != 0 ? packed_[i] == key : words_[i] == word) return i;
    }
    return size;
  }

 private:
  std::string_view words_[size];
  std::uint64_t packed_[size];
};

/// Words that come before a name and say nothing about who it is.
constexpr std::string_view honorific_words[] = {"dr",   "prof", "professor", "mr",   "mrs",  "ms",
                                                "miss", "mx",   "sir",       "dame", "herr", "frau",
                                                "mme",  "mlle", "sr",        "sra",  "srta", "rev"};
constexpr WordList honorifics(honorific_words);
/// Degrees and post-nominal letters after a name ("Ph. D." is read as "ph" + "d").
constexpr std::string_view degree_words[] = {"phd", "dphil", "md",  "mba", "msc", "bsc", "esq", "cpa", "cfa",
                                             "jd",  "llm",   "frs", "pmp", "obe", "mbe", "cbe", "dds"};
constexpr WordList degrees(degree_words);
/// Generational suffixes: they tell a father from a son, so they stay, in one spelling (the
/// spelling of each word of `generation_words` is the same entry of `generation_spellings`).
constexpr std::string_view generation_words[] = {"jr", "junior", "sr", "senior", "ii", "iii", "iv"};
constexpr std::string_view generation_spellings[] = {"jr", "jr", "sr", "sr", "ii", "iii", "iv"};
constexpr WordList generations(generation_words);

/// Marks used as apostrophes: ' ` ´ ʼ ‘ ’.
constexpr std::string_view apostrophes[] = {"'", "`", "\xC2\xB4", "\xCA\xBC", "\xE2\x80\x98", "\xE2\x80\x99"};

bool is_apostrophe(std::string_view text, std::size_t at, std::size_t& length) {
  const char first = text[at];  // most bytes start no mark: one test instead of six comparisons
  if (first != '\'' && first != '`' && first != '\xC2' && first != '\xCA' && first != '\xE2') return false;
  for (const std::string_view mark : apostrophes) {
    if (text.compare(at, mark.size(), mark) == 0) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

/// Folded words laid out in one buffer, one space between two words, so that a run of words is a
/// substring of `text`, already joined. Reused from call to call: normalising a name allocates
/// nothing but its result once the buffers have grown.
struct Words {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // [begin, end) of each word in `text`
  std::vector<std::string> slow;                           // tokenize()'s words, off the ASCII path
  std::size_t open = std::string::npos;                    // where the word being written begins
  bool after_letter = false;

  void clear() {
    text.clear();
    spans.clear();
    open = std::string::npos;
    after_letter = false;
  }

  /// Appends one word; a run of single letters is one word ("S. A." and "S.A." are "sa").
  void add(std::string_view w) {
    begin();
    text += w;
    end();
  }

  /// Starts a word at the end of `text`, unless one is being written.
  void begin() {
    if (open != std::string::npos) return;
    if (!text.empty()) text += ' ';
    open = text.size();
  }

  /// Ends the word being written, if any: what add() does with a whole word.
  void end() {
    if (open == std::string::npos) return;
    const std::size_t begin = open;
    open = std::string::npos;
    const bool letter = text.size() == begin + 1 && text[begin] >= 'a' && text[begin] <= 'z';
    if (letter && after_letter) {
      text.erase(begin - 1, 1);  // the space between two single letters
      spans.back().second = text.size();
    } else {
      spans.emplace_back(begin, text.size());
    }
    after_letter = letter;
  }

  [[nodiscard]] std::size_t size() const { return spans.size(); }
  [[nodiscard]] std::string_view at(std::size_t i) const {
    return std::string_view(text).substr(spans[i].first, spans[i].second - spans[i].first);
  }
  /// Words [first, last) joined by one space.
  [[nodiscard]] std::string join(std::size_t first, std::size_t last) const {
    if (first >= last) return {};
    return text.substr(spans[first].first, spans[last - 1].second - spans[first].first);
  }
};

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// The folded words of ASCII `text`, without building the folded text: what fold_case_and_accents,
/// the apostrophe and "&" rules and tokenize() together make of ASCII. A run of letters and digits
/// is copied at once and lower-cased in place. False, with `out` left unusable, at the first byte
/// that is not ASCII.
bool ascii_words(std::string_view text, Words& out) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_ascii_alnum(c)) {
      std::size_t run = i + 1;
      while (run < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[run]))) ++run;
      out.begin();
      const std::size_t at = out.text.size();
      out.text.append(text, i, run - i);
      for (std::size_t k = at; k < out.text.size(); ++k) {
        if (out.text[k] >= 'A' && out.text[k] <= 'Z') out.text[k] = static_cast<char>(out.text[k] + 32);
      }
      i = run;
      continue;
    }
    if (c >= 0x80) return false;
    if (c == '&') {
      out.end();
      out.add("and");
    } else if (c != '\'' && c != '`') {  // an apostrophe joins: "O'Brien" is one word
      out.end();
    }
    ++i;
  }
  out.end();
  return true;
}

/// The words of `text`, folded: apostrophes join ("O'Brien" is one word), "&" is "and", and a
/// run of single letters is one word ("S. A." and "S.A." are "sa", like "SA"). Valid until the
/// next call on the same thread.
const Words& folded_words(std::string_view text) {
  thread_local Words words;
  words.clear();
  if (ascii_words(text, words)) return words;
  words.clear();
  std::string folded = fold_case_and_accents(text);
  if (folded.find_first_of("'`&\xC2\xCA\xE2") != std::string::npos) {  // an apostrophe or "&" may be there
    std::string prepared;
    prepared.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
      std::size_t length = 0;
      if (is_apostrophe(folded, i, length)) {
        i += length;
      } else if (folded[i] == '&') {
        prepared += " and ";
        ++i;
      } else {
        prepared += folded[i++];
      }
    }
    folded.swap(prepared);
  }
  tokenize(folded, words.slow);
  for (const auto& w : words.slow) words.add(w);
  return words;
}

/// True when `first` followed by `second` is a degree ("ph" + "d").
bool is_split_degree(std::string_view first, std::string_view second) {
  if (first.size() + second.size() > 7) return false;  // no degree is that long
  char joined[8] = {};
  first.copy(joined, first.size());
  second.copy(joined + first.size(), second.size());
  return degrees.contains(std::string_view(joined, first.size() + second.size()));
}

/// 0..15 for a hexadecimal digit, else -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// True when every byte of `text` is ASCII; eight bytes at a time.
bool is_ascii(std::string_view text) {
  std::size_t i = 0;
  for (std::uint64_t word = 0; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if ((word & 0x8080808080808080U) != 0) return false;
  }
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// True when ASCII `text` is `lower` (lower-case ASCII) but for case.
bool equals_folded(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() && std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b;
         });
}

/// Appends ASCII `text` to `out`, lower-cased. (ascii_words() lower-cases its runs in place
/// itself: through this function it cost 2.5 M more instructions at 30k contacts.)
void append_lower_ascii(std::string& out, std::string_view text) {
  const std::size_t at = out.size();
  out.append(text);
  for (std::size_t i = at; i < out.size(); ++i) {
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
  }
}

/// normalize_url() of ASCII text without a '%' (nearly every URL): the parts found in the text
/// itself and the result built at once, without lower-casing a copy and cutting it down.
std::string normalize_ascii_url(std::string_view text) {
  std::size_t begin = 0;
  if (const auto scheme = text.find("://"); scheme != std::string_view::npos && scheme < 10) begin = scheme + 3;
  // The first '?' or '#': two memchr (vectorised) rather than a test of every byte.
  std::size_t end = text.size();
  for (const char mark : {'?', '#'}) {
    if (const auto at = text.find(mark, begin); at < end) end = at;
  }
  while (end > begin && text[end - 1] == '/') --end;
  std::size_t host_end = begin;
  while (host_end < end && text[host_end] != '/') ++host_end;
  const std::string_view host = text.substr(begin, host_end - begin);
  std::string out;
  if (equals_folded(host, "linkedin.com") ||
      (host.size() > 13 && equals_folded(host.substr(host.size() - 13), ".linkedin.com"))) {
    std::size_t cut = end;
    if (equals_folded(text.substr(host_end, std::min<std::size_t>(4, end - host_end)), "/in/")) {
      cut = host_end + 4;  // /in/<slug>/details/...: the profile is /in/<slug>
      while (cut < end && text[cut] != '/') ++cut;
    }
    out = "linkedin.com";  // any country subdomain
    append_lower_ascii(out, text.substr(host_end, cut - host_end));
    return out;
  }
  if (host.size() >= 4 && equals_folded(host.substr(0, 4), "www.")) begin += 4;
  append_lower_ascii(out, text.substr(begin, end - begin));
  return out;
}

}  // namespace

std::string normalize_name(std::string_view text, const std::vector<std::string>& drop_suffixes) {
  const Words& words = folded_words(text);
  std::size_t first = 0;
  std::size_t last = words.size();
  bool dropped = false;
  while (last - first > 1) {
    const std::string_view back = words.at(last - 1);
    const bool suffix = std::find(drop_suffixes.begin(), drop_suffixes.end(), back) != drop_suffixes.end();
    if (!suffix && !(dropped && back == "and")) break;  // "GmbH & Co." leaves no "and" behind
    --last;
    dropped = true;
  }
  if (last - first > 1 && words.at(first) == "the") ++first;
  return words.join(first, last);
}

std::string normalize_person_name(std::string_view name) {
  const Words& words = folded_words(name);
  std::size_t first = 0;
  std::size_t last = words.size();
  while (last - first > 1 && honorifics.contains(words.at(first))) ++first;
  std::string_view generation;
  while (last - first > 1) {
    const std::string_view back = words.at(last - 1);
    const std::size_t gen = generation.empty() ? generations.index_of(back) : std::size(generation_words);
    if (gen < std::size(generation_words)) {
      generation = generation_spellings[gen];
      --last;
    } else if (degrees.contains(back)) {
      --last;
    } else if (last - first > 2 && is_split_degree(words.at(last - 2), back)) {
      last -= 2;  // "ph d"
    } else {
      break;
    }
  }
  std::string out = words.join(first, last);
  if (!generation.empty()) {
    if (!out.empty()) out += ' ';
    out += generation;
  }
  return out;
}

std::string normalize_url(std::string_view url) {
  const std::string_view text = trim(url);
  if (is_ascii(text) && text.find('%') == std::string_view::npos) return normalize_ascii_url(text);
  std::string out;
  if (text.find('%') == std::string_view::npos) {
    out = to_lower(text);  // no escape to decode: the common case, without a pass byte by byte
  } else {
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      const int high = i + 2 < text.size() && text[i] == '%' ? hex_value(text[i + 1]) : -1;
      const int low = high >= 0 ? hex_value(text[i + 2]) : -1;
      if (low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
      } else {
        out += text[i];
      }
    }
    out = to_lower(out);
  }
  if (const auto scheme = out.find("://"); scheme != std::string::npos && scheme < 10) out.erase(0, scheme + 3);
  // A plain loop: find_first_of("?#") calls memchr once per byte.
  out.erase(static_cast<std::size_t>(std::find_if(out.begin(), out.end(), [](char c) { return c == '?' || c == '#'; }) -
                                     out.begin()));
  while (!out.empty() && out.back() == '/') out.pop_back();
  const std::size_t host_end = std::min(out.find('/'), out.size());
  const std::string_view host(out.data(), host_end);
  if (host == "linkedin.com" || (host.size() > 13 && host.substr(host.size() - 13) == ".linkedin.com")) {
    if (out.compare(host_end, 4, "/in/") == 0) out.erase(std::min(out.find('/', host_end + 4), out.size()));
    out.replace(0, host_end, "linkedin.com");  // /in/<slug>/details/... above; any country subdomain here
    return out;
  }
  if (starts_with(host, "www.")) out.erase(0, 4);
  return out;
}

bool is_linkedin_profile(std::string_view normalized_url) { return starts_with(normalized_url, "linkedin.com/in/"); }

std::string normalize_email(std::string_view email) {
  std::string_view text = trim(email);
  // What to_lower(text.substr(0, 7)) == "mailto:" said: only ASCII lower-cases to ASCII byte for byte.
  if (text.size() > 7 && equals_folded(text.substr(0, 7), "mailto:")) text.remove_prefix(7);
  return to_lower(trim(text));
}

}  // namespace netgap
