// vCard 2.1, 3.0 and 4.0: a tolerant reader for what real address books export.
#include "read/import_vcard.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

#include "read/vcard_property.hpp"
#include "util/encoding.hpp"

namespace netgap::detail {
namespace {

using vcard::Property;
using vcard::decode_quoted_printable;
using vcard::parse_property;
using vcard::split_unescaped;
using vcard::unescape;

/// Physical lines; CRLF, LF, CR and the "\r\r\n" of some iOS exports all end a line.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r' && text[i] != '\n') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r') {
      while (i + 1 < text.size() && text[i + 1] == '\r') ++i;
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

struct Card {
  std::size_t line = 0;
  bool version_21 = true;
  std::string broken;  // why the card cannot be read, or empty
  std::string fn;
  std::vector<std::string> n;
  std::vector<std::string> org;
  std::string title;
  std::string role;
  std::string email;
  std::string url;
  std::string note;
  std::vector<std::string> categories;
};

}  // namespace

bool detect_vcard(std::string_view head) {
  if (const auto utf16 = detect_utf16(head)) {
    const std::size_t even = head.size() & ~std::size_t{1};
    if (const auto text = to_utf8(head.substr(0, even), *utf16)) return detect_vcard(*text);
    return false;
  }
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::string lower = to_lower(trim(head).substr(0, 200));
  return lower.find("begin:vcard") != std::string::npos;
}

void read_vcards(BufferedInput& input, RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options,
                 ImportReport& report) {
  report.is_import = true;
  report.format = "vcard";
  std::string text;
  while (!input.at_end()) {
    const std::string_view chunk = input.available();
    text.append(chunk);
    input.consume(chunk.size());
  }
  if (const auto utf16 = detect_utf16(text)) {
    auto converted = to_utf8(std::string_view(text).substr(0, text.size() & ~std::size_t{1}), *utf16);
    if (!converted) {
      diagnostics.error(fmt::format("{}: looks like {} but does not convert; save it as UTF-8", input.name(), *utf16));
      return;
    }
    text = std::move(*converted);
  }
  if (starts_with(text, "\xEF\xBB\xBF")) text.erase(0, 3);

  visitor.on_owner(options.owner);
  const auto skip = [&](std::size_t line, const std::string& reason) {
    report.skip(input.name(), line, reason, options.strict, diagnostics);
  };

  Contact contact;
  const auto finish = [&](Card& card) {
    ++report.read;
    if (!card.broken.empty()) {
      skip(card.line, card.broken);
      return;
    }
    contact.clear();
    contact.index = report.imported;
    contact.line = card.line;
    std::string name = card.fn;
    if (name.empty() && !card.n.empty()) {  // N: family;given;additional;prefix;suffix
      for (const std::size_t part : {3U, 1U, 2U, 0U, 4U}) {
        if (part < card.n.size() && !card.n[part].empty()) name += (name.empty() ? "" : " ") + card.n[part];
      }
    }
    if (name.empty()) name = card.email;
    if (name.empty()) {
      skip(card.line, "no name");
      return;
    }
    contact.name = name;
    if (!card.org.empty()) contact.organization = card.org[0];
    if (card.org.size() > 1) contact.department = card.org[1];
    contact.role = card.title.empty() ? card.role : card.title;
    contact.email = card.email;
    contact.url = card.url;
    contact.notes = card.note;
    contact.tags = card.categories;
    ++report.imported;
    visitor.on_contact(contact);
  };

  const std::vector<std::string_view> lines = split_lines(text);
  std::optional<Card> card;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t line_number = i + 1;
    std::string logical(lines[i]);
    while (i + 1 < lines.size() && !lines[i + 1].empty() && (lines[i + 1][0] == ' ' || lines[i + 1][0] == '\t')) {
      logical.append(lines[++i].substr(1));  // folded line
    }
    if (trim(logical).empty() || logical[0] == '#') continue;  // blank lines and comments between properties
    auto property = parse_property(logical);
    if (!property) continue;
    if (property->name == "BEGIN" && to_lower(trim(property->value)) == "vcard") {
      if (card) {
        card->broken = "card not closed by END:VCARD";
        finish(*card);
      }
      card = Card{};
      card->line = line_number;
      continue;
    }
    if (!card) continue;
    if (property->name == "END" && to_lower(trim(property->value)) == "vcard") {
      finish(*card);
      card.reset();
      continue;
    }
    // Quoted-printable soft line breaks: a value ending in '=' goes on in the next line.
    const bool qp = property->flag("QUOTED-PRINTABLE");
    if (qp) {
      while (!property->value.empty() && property->value.back() == '=' && i + 1 < lines.size()) {
        if (lines[i + 1].empty()) {
          card->broken = "quoted-printable line break followed by an empty line";
          break;
        }
        property->value.pop_back();
        property->value.append(lines[++i]);
      }
    }
    if (property->name == "VERSION") {
      card->version_21 = trim(property->value) == "2.1";
      continue;
    }
    static const std::vector<std::string_view> wanted = {"FN",    "N",   "ORG",        "TITLE", "ROLE",
                                                         "EMAIL", "URL", "CATEGORIES", "NOTE"};
    if (std::find(wanted.begin(), wanted.end(), property->name) == wanted.end()) continue;
    if (property->flag("BASE64") || property->flag("B")) continue;
    std::string value = qp ? decode_quoted_printable(property->value) : property->value;
    const std::string charset = property->param("CHARSET");
    if (!charset.empty() && to_lower(charset) != "utf-8") {
      if (auto converted = to_utf8(value, charset)) value = std::move(*converted);
    }
    if (!is_valid_utf8(value)) {
      if (!charset.empty()) {
        card->broken = fmt::format("{} is not valid {}", property->name, charset);
        continue;
      }
      value = windows_1252_to_utf8(value);
    }
    const auto components = [&](char separator) {
      std::vector<std::string> out;
      for (const auto& part : split_unescaped(value, separator)) out.push_back(unescape(part, card->version_21));
      return out;
    };
    if (property->name == "FN" && card->fn.empty()) card->fn = unescape(value, card->version_21);
    if (property->name == "N" && card->n.empty()) card->n = components(';');
    if (property->name == "ORG" && card->org.empty()) card->org = components(';');
    if (property->name == "TITLE" && card->title.empty()) card->title = unescape(value, card->version_21);
    if (property->name == "ROLE" && card->role.empty()) card->role = unescape(value, card->version_21);
    if (property->name == "EMAIL" && card->email.empty()) card->email = unescape(value, card->version_21);
    if (property->name == "URL" && card->url.empty()) card->url = unescape(value, card->version_21);
    if (property->name == "NOTE" && card->note.empty()) card->note = unescape(value, card->version_21);
    if (property->name == "CATEGORIES") {
      for (auto& category : components(',')) {
        if (!category.empty()) card->categories.push_back(category);
      }
    }
  }
  if (card) {
    card->broken = "card not closed by END:VCARD";
    finish(*card);
  }
  if (report.read == 0) diagnostics.error(fmt::format("{}: no BEGIN:VCARD found", input.name()));
}

}  // namespace netgap::detail
