#include <netgap/write/roster_edit.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <unordered_set>
#include <vector>

#include <sys/stat.h>
#include <netgap/read/reader.hpp>
#include <netgap/read/roster_json.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/output.hpp>
#include <netgap/util/text.hpp>
#include <nlohmann/json.hpp>
#include <utility>

#include "util/json_util.hpp"
#include "write/contact_fields.hpp"

namespace netgap {
namespace {

using nlohmann::ordered_json;

/// The fields of a contact or owner as (key, JSON text) pairs, in the order netgap writes them.
class FieldList {
 public:
  void field(std::string_view key, std::string_view value, bool always) {
    if (value.empty() && !always) return;
    std::string text;
    append_quoted(text, value);
    fields.emplace_back(key, std::move(text));
  }
  void field(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string text = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) text += ", ";
      append_quoted(text, values[i]);
    }
    fields.emplace_back(key, text + "]");
  }
  void raw(std::string_view key, std::string_view json) { fields.emplace_back(key, std::string(json)); }

  [[nodiscard]] const std::string* find(const std::string& key) const {
    for (const auto& [k, v] : fields) {
      if (k == key) return &v;
    }
    return nullptr;
  }

  std::vector<std::pair<std::string, std::string>> fields;
};

FieldList fields_of(const Contact& contact) {
  FieldList list;
  detail::write_contact_fields(list, contact);
  return list;
}

FieldList fields_of(const Owner& owner) {
  FieldList list;
  detail::write_profile_fields(list, owner, false);
  return list;
}

/// Rewrites in `object` the fields that differ between `before` and `after`; true when any did.
bool apply(ordered_json& object, const FieldList& before, const FieldList& after) {
  bool changed = false;
  for (const auto& [key, text] : after.fields) {
    const std::string* old = before.find(key);
    if (old != nullptr && *old == text && object.contains(key)) continue;
    object[key] = ordered_json::parse(text);
    changed = true;
  }
  for (const auto& [key, text] : before.fields) {
    if (after.find(key) == nullptr && object.contains(key)) {
      object.erase(key);
      changed = true;
    }
  }
  return changed;
}

ordered_json object_of(const FieldList& list) {
  ordered_json object = ordered_json::object();
  for (const auto& [key, text] : list.fields) object[key] = ordered_json::parse(text);
  return object;
}

bool is_scalar(const ordered_json& value) { return !value.is_object() && !value.is_array(); }

/// The layout RosterWriter uses: objects one member a line, arrays of scalars on one line.
void print(const ordered_json& value, std::string& out, std::size_t indent) {
  const std::string inner(indent + 2, ' ');
  if (value.is_object()) {
    if (value.empty()) {
      out += "{}";
      return;
    }
    out += "{";
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      out += first ? "\n" : ",\n";
      first = false;
      out += inner;
      append_quoted(out, key);
      out += ": ";
      print(member, out, indent + 2);
    }
    out += "\n" + std::string(indent, ' ') + "}";
  } else if (value.is_array()) {
    const bool flat = std::all_of(value.begin(), value.end(), is_scalar);
    out += "[";
    for (std::size_t i = 0; i < value.size(); ++i) {
      out += flat ? (i > 0 ? ", " : "") : (i > 0 ? ",\n" + inner : "\n" + inner);
      print(value[i], out, indent + 2);
    }
    if (!flat && !value.empty()) out += "\n" + std::string(indent, ' ');
    out += "]";
  } else if (value.is_string()) {
    append_quoted(out, value.get_ref<const std::string&>());
  } else {
    out += value.dump();
  }
}

/// Collects the name of every key a contact may be written with.
struct KeyNames {
  void field(std::string_view key, std::string_view, bool) { keys.emplace_back(key); }
  void field(std::string_view key, const std::vector<std::string>&) { keys.emplace_back(key); }
  void raw(std::string_view key, std::string_view) { keys.emplace_back(key); }
  std::vector<std::string> keys;
};

bool is_contact_field(const std::string& key) {
  static const std::vector<std::string> known = [] {
    Contact every;  // with the fields that are only written when set, set
    every.strength = 1;
    every.last_contact = Date{};
    every.connected_on = Date{};
    KeyNames names;
    detail::write_contact_fields(names, every);
    return names.keys;
  }();
  return std::find(known.begin(), known.end(), key) != known.end();
}

/// Keeps the owner and every contact of the roster as read.
struct KeepAll final : RosterVisitor {
  std::optional<Owner> owner;
  std::vector<Contact> contacts;
  void on_owner(const Owner* o) override {
    if (o != nullptr) owner = *o;
  }
  void on_contact(const Contact& c) override { contacts.push_back(c); }
};

/// What tells one version of a file from another: which file it is, its size and when it was
/// last written; nothing when there is no file.
struct FileStamp {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  std::int64_t modified_ns = 0;
  bool operator==(const FileStamp& o) const {
    return device == o.device && inode == o.inode && size == o.size && modified_ns == o.modified_ns;
  }
};

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileStamp{info.st_dev, info.st_ino, info.st_size,
                   static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

/// A JSON number's value as sign, significant digits and a power of ten: "1.10", "11e-1" and
/// "0.0110e2" are all (+, "11", -1); zero is (+, "", 0) whatever its sign.
struct Decimal {
  bool negative = false;
  std::string digits;
  long exponent = 0;
  bool operator==(const Decimal& o) const {
    return negative == o.negative && digits == o.digits && exponent == o.exponent;
  }
};

Decimal decimal_of(std::string_view number) {
  Decimal d;
  std::size_t i = 0;
  if (i < number.size() && number[i] == '-') {
    d.negative = true;
    ++i;
  }
  for (bool fraction = false; i < number.size(); ++i) {
    const char c = number[i];
    if (c == '.') {
      fraction = true;
    } else if (c >= '0' && c <= '9') {
      d.digits += c;
      if (fraction) --d.exponent;
    } else {
      break;  // 'e' or 'E'
    }
  }
  if (i < number.size()) {
    const long written = std::strtol(std::string(number.substr(i + 1)).c_str(), nullptr, 10);
    d.exponent += std::clamp(written, -100000L, 100000L);  // beyond: no double holds it anyway
  }
  const std::size_t first = d.digits.find_first_not_of('0');
  if (first == std::string::npos) return Decimal{};
  d.digits.erase(0, first);
  while (d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  return d;
}

/// True when the JSON number `number` is held exactly by a document: its value, written back,
/// is the same number (1.10 and 1.1 are; 1e-400, 3.14159265358979323846 and integers beyond 64
/// bits are not). `written` is what it would be written as.
bool held_exactly(std::string_view number, std::string& written) {
  // Nearly every number is an integer of a few digits (strength, days): held exactly.
  if (number.size() <= 18 && number.find_first_of(".eE") == std::string_view::npos) return true;
  written = ordered_json::parse(number).dump();
  return decimal_of(number) == decimal_of(written);
}

/// What a rewrite through the document would change of `text` (valid JSON) without a word: the
/// first key given twice in one object (as written: "a" and "\u0061" are not compared) — the
/// document keeps one value —, and the first number it
/// cannot hold exactly. One pass over the text, strings skipped whole.
struct RewriteHazards {
  std::string repeated;  // "contacts[3]: \"notes\""
  std::string inexact;   // "line 4, column 8: the number ... would be written back as ..."
};

RewriteHazards rewrite_hazards(std::string_view text) {
  struct Frame {
    bool object = false;
    bool expecting_key = false;
    std::string_view key;   // an object's key being read, as written
    std::size_t index = 0;  // an array's elements begun
    std::unordered_set<std::string_view> keys;
  };
  std::vector<Frame> frames;
  RewriteHazards found;
  const auto element_begins = [&] {
    if (!frames.empty() && !frames.back().object) ++frames.back().index;
  };
  const auto where = [&] {
    std::string out;
    for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
      if (frames[i].object) {
        out += (out.empty() ? "" : ".") + std::string(frames[i].key.substr(1, frames[i].key.size() - 2));
      } else {
        out += fmt::format("[{}]", frames[i].index - 1);
      }
    }
    return out.empty() ? std::string("the top level") : out;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '{' || c == '[') {
      element_begins();
      frames.push_back({c == '{', c == '{', {}, 0, {}});
      ++i;
    } else if (c == '}' || c == ']') {
      if (!frames.empty()) frames.pop_back();
      ++i;
    } else if (c == ',') {
      if (!frames.empty() && frames.back().object) frames.back().expecting_key = true;
      ++i;
    } else if (c == '"') {
      std::size_t end = i + 1;
      for (; end < text.size() && text[end] != '"'; ++end) {
        if (text[end] == '\\') ++end;
      }
      const std::string_view string = text.substr(i, std::min(end + 1, text.size()) - i);
      if (!frames.empty() && frames.back().expecting_key) {
        Frame& object = frames.back();
        object.expecting_key = false;
        object.key = string;
        if (!object.keys.insert(string).second && found.repeated.empty())
          found.repeated = where() + ": " + std::string(string);
      } else {
        element_begins();
      }
      i = end + 1;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      element_begins();
      std::size_t end = i;
      while (end < text.size() &&
             std::string_view("-+.eE0123456789truefalsn").find(text[end]) != std::string_view::npos) {
        ++end;
      }
      std::string written;
      if (c != 't' && c != 'f' && c != 'n' && found.inexact.empty() &&
          !held_exactly(text.substr(i, end - i), written)) {
        const auto at = detail::line_column(text, i + 1);
        found.inexact = fmt::format("line {}, column {}: the number {} would be written back as {}", at.line, at.column,
                                    text.substr(i, end - i), written);
      }
      i = end;
    } else {
      ++i;  // white space, ':'
    }
  }
  return found;
}

}  // namespace

struct RosterEdit::Impl {
  Impl(std::string path_, const std::function<void()>& on_wait) : path(std::move(path_)), lock(path, on_wait) {}

  /// Throws when a rewrite would change what the file says beyond the change asked for (checked
  /// before any change: the document may not even match what the readers read).
  void check_rewritable() const {
    if (!repeated.empty()) {
      throw Error(
          fmt::format("{}: {} is given twice in one object; netgap keeps one value of a key, so it will not "
                      "rewrite the file and lose the other: remove one, then run the command again",
                      path, repeated));
    }
    if (!inexact.empty()) {
      throw Error(
          fmt::format("{}: {}; netgap will not rewrite the file and change it: write the number as a string "
                      "(in quotes), then run the command again",
                      path, inexact));
    }
  }

  /// Throws when the file is not the one read (or last written) here: the lock keeps other
  /// netgap processes out, not an editor or a script, whose change a save would undo unseen.
  void check_unchanged() const {
    if (stamp_of(follow_links(path)) == stamp) return;
    throw Error(
        fmt::format("{}: changed since netgap read it (another program wrote it); nothing was written, so "
                    "that its change is kept: run the command again",
                    path));
  }

  ordered_json& contact_list() { return document.is_array() ? document : document["contacts"]; }

  std::string path;
  FileLock lock;
  ordered_json document;
  std::optional<Owner> owner;
  std::vector<Contact> contacts;
  bool changed = false;
  std::optional<FileStamp> stamp;  // the file as read, or as last written here
  std::string repeated;            // where the file gives a key twice in one object, if it does
  std::string inexact;             // where it has a number the document does not hold exactly
};

RosterEdit::RosterEdit(std::string path, const Taxonomy& taxonomy, bool strict, Diagnostics& diagnostics, bool create,
                       const std::function<void()>& on_wait)
    : impl_(std::make_unique<Impl>(std::move(path), on_wait)) {
  struct stat info {};
  if (create && ::stat(follow_links(impl_->path).c_str(), &info) != 0) {
    impl_->document = ordered_json{{"schema_version", 1}, {"contacts", ordered_json::array()}};
    impl_->changed = true;
    return;
  }
  impl_->stamp = stamp_of(follow_links(impl_->path));
  const std::string text = read_file(impl_->path);  // read under the lock: no other writer is half-way
  impl_->check_unchanged();                         // nor another program
  KeepAll all;
  const auto source = memory_source(text, impl_->path);
  BufferedInput input(*source);
  ReadOptions options;
  options.strict = strict;
  read_json_roster(input, taxonomy, all, diagnostics, options);
  if (diagnostics.has_errors()) return;
  impl_->document = ordered_json::parse(text);  // valid: the reader accepted it
  RewriteHazards hazards = rewrite_hazards(text);
  impl_->repeated = std::move(hazards.repeated);
  impl_->inexact = std::move(hazards.inexact);
  impl_->owner = std::move(all.owner);
  impl_->contacts = std::move(all.contacts);
}

RosterEdit::~RosterEdit() = default;

const std::optional<Owner>& RosterEdit::owner() const { return impl_->owner; }
const std::vector<Contact>& RosterEdit::contacts() const { return impl_->contacts; }
const std::string& RosterEdit::path() const { return impl_->path; }
bool RosterEdit::changed() const { return impl_->changed; }

void RosterEdit::check_rewritable() const {
  impl_->check_rewritable();
  refuse_read_only(impl_->path);
}

void RosterEdit::set_owner(const Owner& owner) {
  impl_->check_rewritable();
  ordered_json& doc = impl_->document;
  if (doc.is_array()) doc = ordered_json{{"schema_version", 1}, {"contacts", std::move(doc)}};
  if (!doc.contains("owner") || !doc["owner"].is_object()) {
    // The owner goes before the contacts, as netgap writes it.
    ordered_json rebuilt = ordered_json::object();
    for (auto& [key, value] : doc.items()) {
      if (key == "contacts") rebuilt["owner"] = ordered_json::object();
      if (key != "owner") rebuilt[key] = std::move(value);
    }
    if (!rebuilt.contains("owner")) rebuilt["owner"] = ordered_json::object();
    doc = std::move(rebuilt);
  }
  const FieldList before = impl_->owner ? fields_of(*impl_->owner) : FieldList{};
  impl_->changed = apply(doc["owner"], before, fields_of(owner)) || impl_->changed;
  impl_->owner = owner;
}

void RosterEdit::update(std::size_t index, const Contact& contact) {
  impl_->check_rewritable();
  Contact& known = impl_->contacts.at(index);
  impl_->changed = apply(impl_->contact_list().at(index), fields_of(known), fields_of(contact)) || impl_->changed;
  known = contact;
  known.index = index;
}

void RosterEdit::append(const Contact& contact) {
  impl_->check_rewritable();
  impl_->contact_list().push_back(object_of(fields_of(contact)));
  impl_->contacts.push_back(contact);
  impl_->contacts.back().index = impl_->contacts.size() - 1;
  impl_->changed = true;
}

std::vector<std::string> RosterEdit::absorb_unknown(std::size_t into, std::size_t from) {
  impl_->check_rewritable();
  auto& list = impl_->contact_list();
  ordered_json& target = list.at(into);
  const ordered_json& source = list.at(from);
  std::vector<std::string> differing;
  if (!target.is_object() || !source.is_object()) return differing;
  for (const auto& [key, value] : source.items()) {
    if (is_contact_field(key)) continue;
    if (target.contains(key)) {
      if (target[key] == value) continue;
      std::string shown = value.dump();  // "\"phone\": \"222\"", cut short when long
      if (shown.size() > 40) {
        std::size_t cut = 39;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        shown = shown.substr(0, cut) + "\u2026";
      }
      differing.push_back(quote(key) + ": " + shown);
      continue;
    }
    target[key] = value;
    impl_->changed = true;
  }
  return differing;
}

void RosterEdit::remove(std::size_t index) {
  impl_->check_rewritable();
  auto& list = impl_->contact_list();
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
  impl_->contacts.erase(impl_->contacts.begin() + static_cast<std::ptrdiff_t>(index));
  for (std::size_t i = index; i < impl_->contacts.size(); ++i) impl_->contacts[i].index = i;
  impl_->changed = true;
}

std::string RosterEdit::text() const {
  std::string out;
  print(impl_->document, out, 0);
  return out + "\n";
}

bool RosterEdit::save(const std::string& backup_suffix) {
  if (!impl_->changed) return false;
  impl_->check_rewritable();
  impl_->check_unchanged();
  AtomicFile file(impl_->path, true);
  if (!backup_suffix.empty()) file.keep_backup(backup_suffix);
  file.stream() << text();
  file.commit();
  impl_->changed = false;
  impl_->stamp = stamp_of(follow_links(impl_->path));
  return true;
}

}  // namespace netgap
