// vCard 2.1, 3.0 and 4.0: a tolerant reader for what real address books export, streamed one
// card at a time.
#include "read/import_vcard.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>
#include <tuple>

#include "read/utf16_source.hpp"
#include "read/vcard_lines.hpp"
#include "read/vcard_property.hpp"
#include "util/encoding.hpp"

namespace netgap::detail {
namespace {

using vcard::LogicalLine;
using vcard::Property;

/// What a card says about a contact, as it is read.
struct Card {
  std::size_t line = 0;
  bool version_21 = true;
  std::string broken;  // why the card cannot be read, or empty
  std::string fn;
  std::vector<std::string> n;
  std::vector<std::string> org;
  std::string title;
  std::string role;
  std::vector<std::string> emails;
  std::vector<std::string> urls;
  std::string note;
  std::vector<std::string> categories;
};

/// BEGIN:VCARD or END:VCARD.
bool is_card_marker(const Property& property, std::string_view name) {
  return property.name == name && to_lower(trim(property.value)) == "vcard";
}

/// The properties a contact is made of; the others are read past.
bool is_wanted(const std::string& name) {
  static const std::vector<std::string_view> wanted = {"FN",    "N",   "ORG",        "TITLE", "ROLE",
                                                       "EMAIL", "URL", "CATEGORIES", "NOTE"};
  return std::find(wanted.begin(), wanted.end(), name) != wanted.end();
}

/// Quoted-printable soft line breaks: a '=' that ends a physical line is no text. Where the next
/// line was folded into this one, the '=' goes at the fold; a value that still ends in '=' goes on
/// in the next physical line, whose first space or tab, if any, is a fold's.
void join_soft_breaks(Property& property, const LogicalLine& logical, vcard::Lines& lines, Card& card) {
  const std::size_t value_at = logical.text.size() - property.value.size();
  for (auto fold = logical.folds.rbegin(); fold != logical.folds.rend(); ++fold) {  // from the back: offsets hold
    if (*fold > value_at && property.value[*fold - value_at - 1] == '=') property.value.erase(*fold - value_at - 1, 1);
  }
  while (!property.value.empty() && property.value.back() == '=') {
    const std::string* next = lines.peek();
    if (next == nullptr) break;
    if (next->empty()) {
      card.broken = "quoted-printable line break followed by an empty line";
      break;
    }
    property.value.pop_back();
    property.value.append(*next, next->front() == ' ' || next->front() == '\t' ? 1 : 0, std::string::npos);
    lines.consume();
  }
}

/// The value as UTF-8: quoted-printable decoded, converted from its CHARSET, else read as
/// Windows-1252 when it is not UTF-8. Nullopt, with the card marked broken, when the value is
/// not valid in the CHARSET it names.
std::optional<std::string> utf8_value(const Property& property, bool quoted_printable, Card& card) {
  std::string value = quoted_printable ? vcard::decode_quoted_printable(property.value) : property.value;
  const std::string charset = property.param("CHARSET");
  if (!charset.empty() && to_lower(charset) != "utf-8") {
    if (auto converted = to_utf8(value, charset)) value = std::move(*converted);
  }
  if (is_valid_utf8(value)) return value;
  if (!charset.empty()) {
    card.broken = fmt::format("{} is not valid {}", property.name, charset);
    return std::nullopt;
  }
  return windows_1252_to_utf8(value);
}

std::vector<std::string> components(std::string_view value, char separator, bool version_21) {
  std::vector<std::string> out;
  for (const auto& part : vcard::split_unescaped(value, separator)) out.push_back(vcard::unescape(part, version_21));
  return out;
}

/// Keeps the first FN, N, ORG, TITLE, ROLE and NOTE of a card, and every e-mail, URL and category.
void store(Card& card, const std::string& name, const std::string& value) {
  const auto text = [&] { return vcard::unescape(value, card.version_21); };
  if (name == "FN" && card.fn.empty()) card.fn = text();
  if (name == "N" && card.n.empty()) card.n = components(value, ';', card.version_21);
  if (name == "ORG" && card.org.empty()) card.org = components(value, ';', card.version_21);
  if (name == "TITLE" && card.title.empty()) card.title = text();
  if (name == "ROLE" && card.role.empty()) card.role = text();
  for (auto [property, list] : {std::pair{"EMAIL", &card.emails}, std::pair{"URL", &card.urls}}) {
    if (name != property) continue;
    std::string item(trim(text()));
    if (!item.empty() && std::find(list->begin(), list->end(), item) == list->end()) list->push_back(std::move(item));
  }
  if (name == "NOTE" && card.note.empty()) card.note = text();
  if (name == "CATEGORIES") {
    for (auto& category : components(value, ',', card.version_21)) {
      if (!category.empty()) card.categories.push_back(category);
    }
  }
}

/// Reads one property of an open card, from `logical`; a quoted-printable value may take
/// physical lines after it.
void read_property(Property& property, const LogicalLine& logical, vcard::Lines& lines, Card& card) {
  const bool quoted_printable = property.flag("QUOTED-PRINTABLE");
  if (quoted_printable) join_soft_breaks(property, logical, lines, card);
  if (property.name == "VERSION") {
    card.version_21 = trim(property.value) == "2.1";
    return;
  }
  if (!is_wanted(property.name) || property.flag("BASE64") || property.flag("B")) return;
  if (const auto value = utf8_value(property, quoted_printable, card)) store(card, property.name, *value);
}

/// FN, else N's parts in reading order, else the e-mail address; empty when the card names no one.
std::string card_name(const Card& card) {
  std::string name = card.fn;
  if (name.empty() && !card.n.empty()) {  // N: family;given;additional;prefix;suffix
    for (const std::size_t part : {3U, 1U, 2U, 0U, 4U}) {
      if (part < card.n.size() && !card.n[part].empty()) name += (name.empty() ? "" : " ") + card.n[part];
    }
  }
  if (name.empty() && !card.emails.empty()) name = card.emails.front();
  return name;
}

/// Turns the cards of one file into contacts: every card is imported or skipped with a reason.
class CardImporter {
 public:
  CardImporter(const std::string& source, RosterVisitor& visitor, Diagnostics& diagnostics, const ReadOptions& options,
               ImportReport& report)
      : source_(source), visitor_(visitor), diagnostics_(diagnostics), options_(options), report_(report) {}

  /// Reads every card of `input` (UTF-8, a BOM allowed), one at a time.
  void read(BufferedInput& input) {
    input.skip_utf8_bom();
    visitor_.on_owner(options_.owner);
    vcard::Lines lines(input);
    LogicalLine logical;
    std::optional<Card> card;
    while (lines.next(logical)) {
      if (trim(logical.text).empty() || logical.text[0] == '#')
        continue;  // blank lines and comments between properties
      auto property = vcard::parse_property(logical.text);
      if (!property) continue;
      if (is_card_marker(*property, "BEGIN")) {
        if (card) finish_unclosed(*card);
        card.emplace().line = logical.line;
      } else if (card && is_card_marker(*property, "END")) {
        finish(*card);
        card.reset();
      } else if (card) {
        read_property(*property, logical, lines, *card);
      }
    }
    if (card) finish_unclosed(*card);
  }

 private:
  void finish_unclosed(Card& card) {
    card.broken = "card not closed by END:VCARD";
    finish(card);
  }

  void finish(const Card& card) {
    ++report_.read;
    if (!card.broken.empty()) {
      skip(card.line, card.broken);
      return;
    }
    const std::string name = card_name(card);
    if (name.empty()) {
      skip(card.line, "no name");
      return;
    }
    contact_.clear();
    contact_.index = report_.imported;
    contact_.line = card.line;
    contact_.name = name;
    if (!card.org.empty()) contact_.organization = card.org[0];
    if (card.org.size() > 1) contact_.department = card.org[1];
    contact_.role = card.title.empty() ? card.role : card.title;
    for (auto [list, first, rest] : {std::tuple{&card.emails, &contact_.email, &contact_.emails},
                                     std::tuple{&card.urls, &contact_.url, &contact_.urls}}) {
      if (list->empty()) continue;
      *first = list->front();
      rest->assign(list->begin() + 1, list->end());
    }
    contact_.notes = card.note;
    contact_.tags = card.categories;
    ++report_.imported;
    visitor_.on_contact(contact_);
  }

  void skip(std::size_t line, const std::string& reason) {
    report_.skip(source_, line, reason, options_.strict, diagnostics_);
  }

  const std::string& source_;
  RosterVisitor& visitor_;
  Diagnostics& diagnostics_;
  const ReadOptions& options_;
  ImportReport& report_;
  Contact contact_;
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
  CardImporter importer(input.name(), visitor, diagnostics, options, report);
  if (const auto utf16 = detect_utf16(input.head(64))) {  // detect_utf16 looks at 64 bytes at most
    Utf16Source source(input, *utf16);
    BufferedInput utf8(source);
    try {
      importer.read(utf8);
    } catch (const ConversionError& e) {
      diagnostics.error(e.what());  // the cards before the bad bytes were read
      return;
    }
  } else {
    importer.read(input);
  }
  if (report.read == 0) diagnostics.error(fmt::format("{}: no BEGIN:VCARD found", input.name()));
}

}  // namespace netgap::detail
