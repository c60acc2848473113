#pragma once
// Comparable forms of names and URLs: two spellings of the same thing become equal strings.

#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// Case- and punctuation-insensitive form of a name, without the given trailing words
/// ("Acme Health, Inc." -> "acme health" with suffix "inc").
std::string normalize_name(std::string_view text, const std::vector<std::string>& drop_suffixes = {});

/// A URL without scheme, "www.", trailing slashes or case, for telling two URLs apart.
std::string normalize_url(std::string_view url);

}  // namespace netgap
