#include <netgap/util/normalize.hpp>

#include <algorithm>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap {

std::string normalize_name(std::string_view text, const std::vector<std::string>& drop_suffixes) {
  std::vector<std::string> words;
  tokenize(text, words);
  while (words.size() > 1 &&
         std::find(drop_suffixes.begin(), drop_suffixes.end(), words.back()) != drop_suffixes.end()) {
    words.pop_back();
  }
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string normalize_url(std::string_view url) {
  std::string out = to_lower(trim(url));
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (starts_with(out, scheme)) out.erase(0, scheme.size());
  }
  if (starts_with(out, "www.")) out.erase(0, 4);
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace netgap
