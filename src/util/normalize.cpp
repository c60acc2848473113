#include <netgap/util/normalize.hpp>

#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

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

/// The words of `text`, folded: apostrophes join ("O'Brien" is one word), "&" is "and", and a
/// run of single letters is one word ("S. A." and "S.A." are "sa", like "SA").
std::vector<std::string> folded_words(std::string_view text) {
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
  std::vector<std::string> words;
  tokenize(folded, words);
  std::size_t kept = 0;  // joined in place: words[0, kept) are the result
  bool after_letter = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool letter = words[i].size() == 1 && words[i][0] >= 'a' && words[i][0] <= 'z';
    if (letter && after_letter) {
      words[kept - 1] += words[i];
    } else {
      if (kept != i) words[kept] = std::move(words[i]);
      ++kept;
    }
    after_letter = letter;
  }
  words.resize(kept);
  return words;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
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
  std::vector<std::string> words = folded_words(text);
  bool dropped = false;
  while (words.size() > 1) {
    const bool suffix = std::find(drop_suffixes.begin(), drop_suffixes.end(), words.back()) != drop_suffixes.end();
    if (!suffix && !(dropped && words.back() == "and")) break;  // "GmbH & Co." leaves no "and" behind
    words.pop_back();
    dropped = true;
  }
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  return join_words(words);
}

std::string normalize_person_name(std::string_view name) {
  std::vector<std::string> words = folded_words(name);
  while (words.size() > 1 && among(honorifics, words.front())) words.erase(words.begin());
  std::string_view generation;
  while (words.size() > 1) {
    const std::string& last = words.back();
    const auto* gen =
        std::find_if(std::begin(generations), std::end(generations), [&](const auto& g) { return g.first == last; });
    if (gen != std::end(generations) && generation.empty()) {
      generation = gen->second;
      words.pop_back();
    } else if (among(degrees, last)) {
      words.pop_back();
    } else if (words.size() > 2 && among(degrees, words[words.size() - 2] + last)) {
      words.resize(words.size() - 2);  // "ph d"
    } else {
      break;
    }
  }
  if (!generation.empty()) words.emplace_back(generation);
  return join_words(words);
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
  out.erase(std::min(out.find_first_of("?#"), out.size()));
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
  if (text.size() > 7 && to_lower(text.substr(0, 7)) == "mailto:") text.remove_prefix(7);
  return to_lower(trim(text));
}

}  // namespace netgap
