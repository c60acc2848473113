#pragma once
// Helpers shared by the readers of JSON documents (taxonomy, roster, reports): they turn
// nlohmann's exceptions into netgap messages that name the place.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace netgap::detail {

/// A 1-based line and column.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// The line and column of the byte nlohmann reports as `position` (its chars_read_total).
LineColumn line_column(std::string_view text, std::size_t position);

/// How many bytes before nlohmann's error position the offending token starts, so that an error
/// points at the token's first byte. nlohmann's `last_token` holds the token only for strings and
/// numbers (and writes a control character as `<U+0001>`); for the rest the token is known from
/// the message.
std::size_t offending_token_length(const nlohmann::json::exception& error, std::string_view last_token);

/// "expected ',' or '}' after a member, got a number" from an exception of nlohmann's parser.
std::string describe_parse_error(const nlohmann::json::exception& error);

/// "a string", "an object", ... for messages.
std::string_view type_phrase(const nlohmann::json& value);

/// Parses a whole JSON document; throws Error `source:line:col: ...` on bad syntax.
nlohmann::json parse_document(std::string_view text, std::string_view source);

/// JSON text from nlohmann's dump() with the terminal controls it leaves raw (DEL, C1, the
/// bidirectional overrides) escaped as \uXXXX, as append_quoted() does: the same JSON, safe to
/// print on a terminal. nlohmann escapes C0 itself, and outside strings its output is ASCII.
std::string terminal_safe(std::string json_text);

}  // namespace netgap::detail

namespace netgap {
class Diagnostics;
}

namespace netgap::detail {

/// Reads the members of one JSON object for a validating loader: type errors, missing keys and
/// unknown keys go to `diagnostics` as `source: path: problem` and never throw.
class ObjectReader {
 public:
  ObjectReader(const nlohmann::json& object, std::string path, std::string_view source, Diagnostics& diagnostics);

  /// A required non-empty string (empty string on error).
  std::string required_string(const std::string& key);
  /// An optional string (`fallback` when absent).
  std::string optional_string(const std::string& key, const std::string& fallback = {});
  /// An optional number greater than zero and at most `max`.
  double positive_number(const std::string& key, double fallback, double max);
  /// An optional boolean.
  bool optional_bool(const std::string& key, bool fallback);
  /// An optional array of strings.
  std::vector<std::string> string_list(const std::string& key);
  /// The member, or nullptr when absent.
  const nlohmann::json* member(const std::string& key);
  /// A required member of the given type (nullptr and an error when absent or of another type).
  const nlohmann::json* required(const std::string& key, nlohmann::json::value_t type);

  /// Reports every key not read so far, with a suggestion; call after reading all known keys.
  void reject_unknown_keys();

  /// Calls `parse` with a reader for each object of `list`, the member `key` (nothing when it is
  /// nullptr); a list that is not an array, or an item that is not an object, is an error at its path.
  template <typename Parse>
  void for_each_object(const std::string& key, const nlohmann::json* list, Parse parse) {
    if (list == nullptr) return;
    if (!list->is_array()) {
      fail(path_of(key), "expected an array, got " + std::string(type_phrase(*list)));
      return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = path_of(key) + "[" + std::to_string(i) + "]";
      if (!(*list)[i].is_object()) {
        fail(path, "expected an object, got " + std::string(type_phrase((*list)[i])));
        continue;
      }
      ObjectReader item((*list)[i], path, source_, diagnostics_);
      parse(item);
    }
  }

  /// "categories[2].actions"
  [[nodiscard]] std::string path_of(const std::string& key) const;
  /// Records an error at `path`.
  void fail(const std::string& path, const std::string& problem);

 private:
  const nlohmann::json& object_;
  std::string path_;
  std::string source_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

}  // namespace netgap::detail
