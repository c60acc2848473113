#pragma once
// Comparable forms of names, addresses and URLs: two spellings of the same thing become equal
// strings (docs/identity.md lists every rule and the reason for it).

#include <string>
#include <string_view>
#include <vector>

namespace netgap {

/// The name of a thing (an organisation, a school, a department) without case, accents,
/// punctuation, a leading "the" or the given trailing words; "&" is "and" and dotted letters are
/// one word: "Société Générale S.A." -> "societe generale" with the suffix "sa".
std::string normalize_name(std::string_view text, const std::vector<std::string>& drop_suffixes = {});

/// A person's name without case, accents, punctuation, apostrophes, honorifics ("Dr.", "Prof.",
/// "Ms.") or degrees ("PhD", "MBA"); a generational suffix stays, as "jr", "sr", "ii"...:
/// "Dr. José  Álvarez-Núñez, PhD" -> "jose alvarez nunez", "John Smith Junior" -> "john smith jr".
std::string normalize_person_name(std::string_view name);

/// A URL without scheme, "www.", query, fragment, trailing slashes, percent-escapes or case; a
/// LinkedIn profile becomes "linkedin.com/in/<slug>" whatever its country subdomain or sub-page.
std::string normalize_url(std::string_view url);

/// True when a normalize_url() result is a LinkedIn profile.
bool is_linkedin_profile(std::string_view normalized_url);

/// An e-mail address without surrounding space, a "mailto:" or case.
std::string normalize_email(std::string_view email);

}  // namespace netgap
