#include "util/json_util.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

namespace netgap::detail {
namespace {

std::string_view after(std::string_view text, std::string_view marker) {
  const auto at = text.find(marker);
  return at == std::string_view::npos ? std::string_view{} : text.substr(at + marker.size());
}

std::string_view before(std::string_view text, std::string_view marker) {
  const auto at = text.find(marker);
  return at == std::string_view::npos ? text : text.substr(0, at);
}

/// nlohmann's last_token for a bad literal runs from the previous string or number to the byte
/// that did not fit; the literal is what follows the last structural character, plus that byte.
std::string_view literal_tail(std::string_view last_token) {
  if (last_token.empty()) return last_token;
  const std::string_view before_bad = last_token.substr(0, last_token.size() - 1);
  const auto cut = before_bad.find_last_of(" \t\r\n:,[]{}\"");
  return cut == std::string_view::npos ? last_token : last_token.substr(cut + 1);
}

std::string token_phrase(std::string_view token) {
  if (token == "end of input") return "the end of the input";
  if (token == "string literal") return "a string";
  if (token == "number literal") return "a number";
  if (token == "true literal") return "true";
  if (token == "false literal") return "false";
  if (token == "null literal") return "null";
  if (token == "'[', '{', or a literal") return "a value";
  return std::string(token);
}

std::string expectation(std::string_view context, std::string_view expected) {
  if (context == "object" && expected == "'}'") return "expected ',' or '}' after a member";
  if (context == "array" && expected == "']'") return "expected ',' or ']' after an array element";
  if (context == "object separator") return "expected ':' after an object key";
  if (context == "object key") return "expected a quoted object key";
  if (expected == "end of input") return "expected the end of the input after the value";
  return "expected " + token_phrase(expected);
}

/// nlohmann's DOM builder, keeping the token that a syntax error stopped at.
class DocumentBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  explicit DocumentBuilder(nlohmann::json& document) : json_sax_dom_parser(document, false) {}

  bool parse_error(std::size_t at, const std::string& token, const nlohmann::detail::exception& error) {
    position = at;
    token_length = offending_token_length(error, token);
    message = describe_parse_error(error);
    return false;
  }

  std::size_t position = 0;
  std::size_t token_length = 0;
  std::string message;
};

}  // namespace

LineColumn line_column(std::string_view text, std::size_t position) {
  LineColumn at;
  if (position == 0) return at;
  const std::size_t k = std::min(position - 1, text.size());
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < k; ++i) {
    if (text[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  }
  at.column = k - line_start + 1;
  return at;
}

std::size_t offending_token_length(const nlohmann::json::exception& error, std::string_view last_token) {
  const std::string_view what = error.what();
  const std::string_view got = before(after(what, "; unexpected "), ";").empty()
                                   ? before(after(what, "- unexpected "), ";")
                                   : before(after(what, "; unexpected "), ";");
  const bool overflow = what.find("number overflow") != std::string_view::npos;
  const bool bad_string = what.find("invalid string") != std::string_view::npos;
  if (what.find("invalid literal") != std::string_view::npos) return literal_tail(last_token).size();
  if (got == "string literal" || got == "number literal" || overflow || bad_string) {
    std::size_t length = last_token.size();
    for (auto at = last_token.find("<U+"); at != std::string_view::npos; at = last_token.find("<U+", at + 1)) {
      if (at + 8 <= last_token.size() && last_token[at + 7] == '>') length -= 7;
    }
    return length;
  }
  if (got == "true literal" || got == "null literal") return 4;
  if (got == "false literal") return 5;
  if (got == "end of input") return 0;
  return 1;  // a structural character, or the byte where the lexer gave up
}

std::string describe_parse_error(const nlohmann::json::exception& error) {
  const std::string_view what = error.what();
  if (what.find("number overflow") != std::string_view::npos) {
    return fmt::format("number out of range: {}", before(after(what, "parsing '"), "'"));
  }
  std::string_view detail = after(what, "syntax error ");
  if (detail.empty()) return std::string(after(what, "] "));
  const std::string_view context = before(after(detail, "while parsing "), " - ");
  detail = after(detail, "- ");
  const std::string_view expected = after(detail, "; expected ");
  if (starts_with(detail, "unexpected ")) {
    const std::string_view got = before(detail.substr(11), ";");
    if (expected.empty()) return "unexpected " + token_phrase(got);
    return fmt::format("{}, got {}", expectation(context, expected), token_phrase(got));
  }
  // A lexer error: "invalid literal; last read: 'tru'" and the like.
  std::string message(before(detail, "; last read: "));
  std::string_view last_read = before(after(detail, "; last read: '"), "'");
  if (message == "invalid literal") last_read = literal_tail(last_read);
  const bool readable = last_read.find_first_of(" \t\n:,") == std::string_view::npos && last_read.size() <= 40;
  if (!last_read.empty() && readable && message.find("control character") == std::string::npos) {
    message += fmt::format(" near '{}'", last_read);
  }
  return message;
}

std::string_view type_phrase(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "an integer";
    case nlohmann::json::value_t::number_float:
      return "a number";
    default:
      return "a value";
  }
}

nlohmann::json parse_document(std::string_view text, std::string_view source) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  if (trim(text).empty()) throw Error(fmt::format("{}: the file is empty", source));
  nlohmann::json document;
  DocumentBuilder builder(document);
  try {
    if (nlohmann::json::sax_parse(text.begin(), text.end(), &builder)) return document;
  } catch (const nlohmann::json::exception& e) {  // thrown by the DOM builder itself
    throw Error(fmt::format("{}: {}", source, describe_parse_error(e)));
  }
  // nlohmann counts the end of input as a byte read; point at the start of the offending token.
  const std::size_t end = std::min(builder.position, text.size());
  const std::size_t start = end - std::min(end, builder.token_length);
  const LineColumn at = line_column(text, start + 1);
  throw Error(fmt::format("{}:{}:{}: {}", source, at.line, at.column, builder.message));
}

std::string terminal_safe(std::string json_text) {
  std::size_t i = 0;
  while (i < json_text.size() && static_cast<unsigned char>(json_text[i]) < 0x7F) ++i;
  if (i == json_text.size()) return json_text;  // the common case: nothing to look at
  std::string out(json_text, 0, i);
  for (; i < json_text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(json_text[i]);
    const std::size_t length = c >= 0x7F ? terminal_control_at(json_text, i) : 0;
    if (length == 0) {
      out += static_cast<char>(c);
      continue;
    }
    std::size_t at = i;
    out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(next_code_point(json_text, at)));
    i += length - 1;
  }
  return out;
}

}  // namespace netgap::detail

namespace netgap::detail {

ObjectReader::ObjectReader(const nlohmann::json& object, std::string path, std::string_view source,
                           Diagnostics& diagnostics)
    : object_(object), path_(std::move(path)), source_(source), diagnostics_(diagnostics) {}

std::string ObjectReader::path_of(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

void ObjectReader::fail(const std::string& path, const std::string& problem) {
  diagnostics_.error(fmt::format("{}: {}: {}", source_, path, problem));
}

const nlohmann::json* ObjectReader::member(const std::string& key) {
  known_.push_back(key);
  const auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

const nlohmann::json* ObjectReader::required(const std::string& key, nlohmann::json::value_t type) {
  const nlohmann::json* value = member(key);
  if (value == nullptr) {
    fail(path_.empty() ? std::string("(top level)") : path_, fmt::format("missing required key \"{}\"", key));
    return nullptr;
  }
  const bool numeric = type == nlohmann::json::value_t::number_float && value->is_number();
  if (value->type() != type && !numeric) {
    fail(path_of(key), fmt::format("expected {}, got {}", type_phrase(nlohmann::json(type)), type_phrase(*value)));
    return nullptr;
  }
  return value;
}

std::string ObjectReader::required_string(const std::string& key) {
  const nlohmann::json* value = required(key, nlohmann::json::value_t::string);
  if (value == nullptr) return {};
  auto text = value->get<std::string>();
  if (trim(text).empty()) fail(path_of(key), "must not be empty");
  return text;
}

std::string ObjectReader::optional_string(const std::string& key, const std::string& fallback) {
  const nlohmann::json* value = member(key);
  if (value == nullptr) return fallback;
  if (!value->is_string()) {
    fail(path_of(key), fmt::format("expected a string, got {}", type_phrase(*value)));
    return fallback;
  }
  return value->get<std::string>();
}

double ObjectReader::positive_number(const std::string& key, double fallback, double max) {
  const nlohmann::json* value = member(key);
  if (value == nullptr) return fallback;
  if (!value->is_number() || !(value->get<double>() > 0 && value->get<double>() <= max)) {
    fail(path_of(key), fmt::format("expected a number greater than 0 and at most {:g}, got {}", max, value->dump()));
    return fallback;
  }
  return value->get<double>();
}

bool ObjectReader::optional_bool(const std::string& key, bool fallback) {
  const nlohmann::json* value = member(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) {
    fail(path_of(key), fmt::format("expected true or false, got {}", type_phrase(*value)));
    return fallback;
  }
  return value->get<bool>();
}

std::vector<std::string> ObjectReader::string_list(const std::string& key) {
  std::vector<std::string> out;
  const nlohmann::json* value = member(key);
  if (value == nullptr) return out;
  if (!value->is_array()) {
    fail(path_of(key), fmt::format("expected an array of strings, got {}", type_phrase(*value)));
    return out;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    const auto& item = (*value)[i];
    if (!item.is_string()) {
      fail(fmt::format("{}[{}]", path_of(key), i), fmt::format("expected a string, got {}", type_phrase(item)));
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

void ObjectReader::reject_unknown_keys() {
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    const std::string& key = it.key();
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    fail(path_.empty() ? std::string("(top level)") : path_, "unknown key " + quote(key) + did_you_mean(key, known_));
  }
}

}  // namespace netgap::detail
