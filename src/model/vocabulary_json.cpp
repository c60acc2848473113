#include "model/vocabulary_json.hpp"

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <set>

#include "util/json_util.hpp"

namespace netgap {
namespace {

using detail::ObjectReader;
using nlohmann::json;

/// A list of strings, lower-cased, each non-empty.
std::vector<std::string> phrases(ObjectReader& reader, const std::string& key) {
  std::vector<std::string> out = reader.string_list(key);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = to_lower(out[i]);
    if (trim(out[i]).empty()) reader.fail(fmt::format("{}[{}]", reader.path_of(key), i), "must not be empty");
  }
  return out;
}

/// An object whose every value is a string: {"mle": "machine learning engineer"}.
std::map<std::string, std::string> string_map(ObjectReader& reader, const std::string& key) {
  std::map<std::string, std::string> out;
  const json* object = reader.member(key);
  if (object == nullptr) return out;
  if (!object->is_object()) {
    reader.fail(reader.path_of(key),
                fmt::format("expected an object of strings, got {}", detail::type_phrase(*object)));
    return out;
  }
  for (const auto& [name, value] : object->items()) {
    if (!value.is_string() || trim(value.get_ref<const std::string&>()).empty()) {
      reader.fail(reader.path_of(key) + "." + name, "expected a non-empty string");
      continue;
    }
    out[to_lower(name)] = to_lower(value.get<std::string>());
  }
  return out;
}

/// Calls `parse` with a reader for each object of the array at `key`; keys it did not read are errors.
template <typename Parse>
void objects(ObjectReader& reader, const std::string& key, Parse parse) {
  reader.for_each_object(key, reader.member(key), [&](ObjectReader& item) {
    parse(item);
    item.reject_unknown_keys();
  });
}

std::vector<WordForm> word_forms(ObjectReader& reader) {
  std::vector<WordForm> out;
  const json* list = reader.member("word_forms");
  if (list == nullptr) return out;
  const std::string path = reader.path_of("word_forms");
  if (!list->is_array()) {
    reader.fail(path, fmt::format("expected an array of [from, to] pairs, got {}", detail::type_phrase(*list)));
    return out;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& pair = (*list)[i];
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string() || pair[0] == pair[1]) {
      reader.fail(fmt::format("{}[{}]", path, i), "expected a pair of different strings [from, to]");
      continue;
    }
    out.push_back({to_lower(pair[0].get<std::string>()), to_lower(pair[1].get<std::string>())});
  }
  return out;
}

void parse_sectors(ObjectReader& top, Vocabulary& v) {
  std::set<std::string> ids;
  objects(top, "sectors", [&](ObjectReader& item) {
    Sector sector;
    sector.id = item.required_string("id");
    if (!sector.id.empty() && !ids.insert(sector.id).second) {
      item.fail(item.path_of("id"), "duplicate sector " + quote(sector.id));
    }
    sector.name = item.required_string("name");
    sector.industries = phrases(item, "industries");
    sector.keywords = phrases(item, "keywords");
    sector.organizations = phrases(item, "organizations");
    sector.cross_industry = item.optional_bool("cross_industry", false);
    v.sectors.push_back(std::move(sector));
  });
  if (v.sectors.size() > 64) top.fail(top.path_of("sectors"), "netgap handles at most 64 sectors");
}

}  // namespace

Vocabulary parse_vocabulary(const json& value, std::string_view source, Diagnostics& diagnostics) {
  Vocabulary v;
  if (!value.is_object()) {
    diagnostics.error(fmt::format("{}: vocabulary: expected an object, got {}", source, detail::type_phrase(value)));
    return v;
  }
  ObjectReader top(value, "vocabulary", source, diagnostics);
  v.sources = top.string_list("sources");
  v.title_separators = top.string_list("title_separators");
  v.former_markers = phrases(top, "former_markers");
  v.abbreviations = string_map(top, "abbreviations");
  v.negations = phrases(top, "negations");
  v.word_forms = word_forms(top);
  parse_sectors(top, v);
  objects(top, "schools", [&](ObjectReader& item) {
    SchoolAlias school;
    school.names = phrases(item, "names");
    if (school.names.empty()) item.fail(item.path_of("names"), "must name the school at least once");
    school.units = phrases(item, "units");
    v.schools.push_back(std::move(school));
  });
  v.institution_words = phrases(top, "institution_words");
  v.unit_words = phrases(top, "unit_words");
  v.name_abbreviations = string_map(top, "name_abbreviations");
  objects(top, "organization_aliases", [&](ObjectReader& item) {
    OrganizationAlias alias;
    alias.owner = to_lower(item.required_string("owner"));
    alias.contact = phrases(item, "contact");
    if (alias.owner.find('*') == std::string::npos) item.fail(item.path_of("owner"), "must hold one \"*\"");
    v.organization_aliases.push_back(std::move(alias));
  });
  v.generic_organization_words = phrases(top, "generic_organization_words");
  top.reject_unknown_keys();
  return v;
}

nlohmann::ordered_json vocabulary_to_json(const Vocabulary& v) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["sources"] = v.sources;
  out["title_separators"] = v.title_separators;
  out["former_markers"] = v.former_markers;
  out["abbreviations"] = v.abbreviations;
  out["negations"] = v.negations;
  auto forms = ordered_json::array();
  for (const auto& f : v.word_forms) forms.push_back({f.from, f.to});
  out["word_forms"] = forms;
  auto sectors = ordered_json::array();
  for (const auto& s : v.sectors) {
    sectors.push_back({{"id", s.id},
                       {"name", s.name},
                       {"industries", s.industries},
                       {"keywords", s.keywords},
                       {"organizations", s.organizations},
                       {"cross_industry", s.cross_industry}});
  }
  out["sectors"] = sectors;
  auto schools = ordered_json::array();
  for (const auto& s : v.schools) schools.push_back({{"names", s.names}, {"units", s.units}});
  out["schools"] = schools;
  out["institution_words"] = v.institution_words;
  out["unit_words"] = v.unit_words;
  out["name_abbreviations"] = v.name_abbreviations;
  auto aliases = ordered_json::array();
  for (const auto& a : v.organization_aliases) aliases.push_back({{"owner", a.owner}, {"contact", a.contact}});
  out["organization_aliases"] = aliases;
  out["generic_organization_words"] = v.generic_organization_words;
  return out;
}

}  // namespace netgap
