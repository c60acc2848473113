#include <netgap/util/normalize.hpp>

#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netgap {
namespace {

/// Words that come before a name and say nothing about who it is.
constexpr std::string_view honorifics[] = {"dr",   "prof", "professor", "mr",  "mrs",  "ms", "miss", "mx",   "sir",
                                           "dame", "herr", "frau",      "mme", "mlle", "sr", "sra",  "srta", "rev"};
/// Degrees and post-nominal letters after a name ("Ph. D." is read as "ph" + "d").
constexpr std::string_view degrees[] = {"phd", "dphil", "md",  "mba", "msc", "bsc", "esq", "cpa", "cfa",
                                        "jd",  "llm",   "frs", "pmp", "obe", "mbe", "cbe", "dds"};
/// Generational suffixes: they tell a father from a son, so they stay, in one spelling.
constexpr std::pair<std::string_view, std::string_view> generations[] = {
    {"jr", "jr"}, {"junior", "jr"}, {"sr", "sr"}, {"senior", "sr"}, {"ii", "ii"}, {"iii", "iii"}, {"iv", "iv"}};

template <std::size_t size>
bool among(const std::string_view (&list)[size], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

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
  std::string word;                                        // the word being read
  std::vector<std::string> slow;                           // tokenize()'s words, off the ASCII path
  bool after_letter = false;

  void clear() {
    text.clear();
    spans.clear();
    word.clear();
    after_letter = false;
  }

  /// Appends one word; a run of single letters is one word ("S. A." and "S.A." are "sa").
  void add(std::string_view w) {
    const bool letter = w.size() == 1 && w[0] >= 'a' && w[0] <= 'z';
    if (letter && after_letter) {
      text += w;
      spans.back().second = text.size();
    } else {
      if (!text.empty()) text += ' ';
      spans.emplace_back(text.size(), text.size() + w.size());
      text += w;
    }
    after_letter = letter;
  }

  void flush() {
    if (word.empty()) return;
    add(word);
    word.clear();
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

/// The folded words of ASCII `text`, without building the folded text: what fold_case_and_accents,
/// the apostrophe and "&" rules and tokenize() together make of ASCII. False, with `out` left
/// unusable, at the first byte that is not ASCII.
bool ascii_words(std::string_view text, Words& out) {
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    if (c >= 0x80) return false;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.word += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.word += static_cast<char>(c + 32);
    } else if (c == '\'' || c == '`') {
      // an apostrophe joins: "O'Brien" is one word
    } else if (c == '&') {
      out.flush();
      out.add("and");
    } else {
      out.flush();
    }
  }
  out.flush();
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
  return std::any_of(std::begin(degrees), std::end(degrees), [&](std::string_view degree) {
    return degree.size() == first.size() + second.size() && degree.substr(0, first.size()) == first &&
           degree.substr(first.size()) == second;
  });
}

/// 0..15 for a hexadecimal digit, else -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
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
  while (last - first > 1 && among(honorifics, words.at(first))) ++first;
  std::string_view generation;
  while (last - first > 1) {
    const std::string_view back = words.at(last - 1);
    const auto* gen =
        std::find_if(std::begin(generations), std::end(generations), [&](const auto& g) { return g.first == back; });
    if (gen != std::end(generations) && generation.empty()) {
      generation = gen->second;
      --last;
    } else if (among(degrees, back)) {
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
  const auto mailto = [](std::string_view prefix) {
    return std::equal(prefix.begin(), prefix.end(), std::string_view("mailto:").begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b; });
  };
  if (text.size() > 7 && mailto(text.substr(0, 7))) text.remove_prefix(7);
  return to_lower(trim(text));
}

}  // namespace netgap
