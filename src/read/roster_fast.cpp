#include "read/roster_fast.hpp"

#include <netgap/read/read_options.hpp>
#include <netgap/util/input.hpp>

#include <cstring>
#include <string_view>
#include <vector>

#include "read/contact_reader.hpp"
#include "read/roster_fields.hpp"
#include "read/roster_ondemand.hpp"
#include "read/roster_split.hpp"

namespace netgap::detail::json_roster {
namespace {

// A contact is an object whose values are scalars, lists of strings, and its activity: an object
// of objects (three levels); the owner has no third. Anything nested deeper has a problem that the
// reference reader reports, so the split stops there.
constexpr std::size_t object_depth = 3;

/// A window on the input: the bytes not consumed yet, refilled behind what is kept of them.
class Blocks {
 public:
  explicit Blocks(ByteSource& source)
      : source_(source), buffer_(1 + fast_block_size + 1 + parse_padding), data_(buffer_.data() + 1) {}

  /// Back to byte 0; false when the source cannot go back.
  bool restart() {
    pos_ = end_ = 0;
    eof_ = false;
    return source_.rewind();
  }
  [[nodiscard]] const char* begin() const { return data_ + pos_; }
  [[nodiscard]] const char* end() const { return data_ + end_; }
  void consume_to(const char* at) { pos_ = static_cast<std::size_t>(at - data_); }
  /// The byte at `at`, which may be the one before the block or one past its end, to write.
  char& byte(const char* at) { return data_[at - data_]; }

  /// Moves the unconsumed bytes to the front and reads more after them; false when none came
  /// (the input ended, or one piece fills the whole block).
  bool more() {
    if (eof_) return false;
    if (pos_ > 0) {
      std::memmove(data_, data_ + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    if (end_ == fast_block_size) return false;
    const std::size_t n = source_.read(data_ + end_, fast_block_size - end_);
    eof_ = n == 0;
    end_ += n;
    return n > 0;
  }
  /// True when at least `count` bytes are unconsumed, reading more when needed.
  bool has(std::size_t count) {
    while (end_ - pos_ < count) {
      if (!more()) return false;
    }
    return true;
  }

 private:
  ByteSource& source_;
  std::vector<char> buffer_;  // a byte before the block, the block, a byte after it, simdjson's padding
  char* data_;                // the block
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
};

bool ends_token(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '}' || c == ']'; }

class FastReader {
 public:
  FastReader(ByteSource& source, const Taxonomy& taxonomy, RosterVisitor& visitor, const ReadOptions& options)
      : blocks_(source), contact_(taxonomy), visitor_(visitor), options_(options) {}

  FastRead run() {
    Outcome outcome = pass(false);
    if (outcome == Outcome::again) outcome = pass(true);
    result_.done = outcome == Outcome::done;
    return result_;
  }

 private:
  /// How a pass over the input ended; `again`: every contact is valid, and the owner is known
  /// only now, so a second pass visits them.
  enum class Outcome { done, anomaly, again };

  Outcome pass(bool owner_is_options) {
    if (!blocks_.restart()) return Outcome::anomaly;
    if (blocks_.has(3) && std::memcmp(blocks_.begin(), "\xEF\xBB\xBF", 3) == 0) blocks_.consume_to(blocks_.begin() + 3);
    if (at('[')) {  // a bare array of contacts: the owner is the one the options give
      announce(options_.owner);
      return contacts(true) && finished() ? Outcome::done : Outcome::anomaly;
    }
    return at('{') ? members(owner_is_options) : Outcome::anomaly;
  }

  /// The members of the top-level object, up to and including the contacts.
  Outcome members(bool owner_is_options) {
    bool seen[4] = {};  // by TopKey: a key given twice is the reference reader's to sort out
    bool owner_known = false;
    owner_ = Owner{};
    do {
      const TopKey key = top_key();
      const auto k = static_cast<std::size_t>(key);
      if (key == TopKey::unknown || seen[k] || !at(':')) return Outcome::anomaly;
      seen[k] = true;
      std::string_view text;
      switch (key) {
        case TopKey::schema_version:
          if (!literal("1")) return Outcome::anomaly;
          break;
        case TopKey::schema:
          if (!piece('"', text) || !parser_.string(text)) return Outcome::anomaly;
          consume(text);
          break;
        case TopKey::owner:
          if (literal("null")) break;  // as if there were none: the reference reader waits for another
          if (!piece('{', text) || !parser_.owner(text, owner_)) return Outcome::anomaly;
          consume(text);
          owner_known = true;
          break;
        case TopKey::contacts:
          return last_member(owner_known        ? &owner_
                             : owner_is_options ? options_.owner
                                                : nullptr,
                             owner_known || owner_is_options);
        case TopKey::unknown:
          return Outcome::anomaly;
      }
    } while (at(','));
    return Outcome::anomaly;  // no contacts: the reference reader says so
  }

  /// The contacts array and the end of the file after it; contacts are visited when the owner
  /// is `known` (else another key may still name it after the contacts).
  Outcome last_member(const Owner* owner, bool known) {
    if (!at('[')) return Outcome::anomaly;
    if (known) announce(owner);  // when the array opens, as the reference reader does
    if (!contacts(known) || !at('}') || !finished()) return Outcome::anomaly;
    return known ? Outcome::done : Outcome::again;
  }

  /// The contacts, after the array's '['; true when all are valid and the array closed. The
  /// contacts a block holds whole are parsed as one array, so that simdjson's first stage runs
  /// once a block rather than once a contact.
  bool contacts(bool visit) {
    if (at(']')) return true;
    std::size_t index = 0;
    do {
      std::size_t count = 0;
      const char* last = nullptr;
      if (!span(count, last)) return false;
      // '[' over the byte before the first contact, ']' over the byte after the last, for as long as
      // simdjson reads them; both are put back.
      char& open = blocks_.byte(blocks_.begin() - 1);
      char& close = blocks_.byte(last);
      const char saved[2] = {open, close};
      open = '[';
      close = ']';
      const std::size_t read = parser_.contacts({&open, static_cast<std::size_t>(last + 1 - &open)}, index, contact_,
                                                visit ? &visitor_ : nullptr);
      open = saved[0];
      close = saved[1];
      if (visit) result_.visited += read;
      if (read != count) return false;
      index += count;
      blocks_.consume_to(last);
    } while (at(','));
    return at(']');
  }

  /// The contacts the buffer holds whole from where it is, one or more (reading more when not
  /// even one is whole): how many, and where the last ends. False at anything but contacts
  /// separated by commas.
  bool span(std::size_t& count, const char*& last) {
    for (;;) {
      if (!whitespace() || *blocks_.begin() != '{') return false;
      const char* const end = blocks_.end();
      count = 0;
      for (const char* next = blocks_.begin();;) {
        const Split split = split_container(next, end, object_depth, end + parse_padding);
        if (split.status == SplitStatus::anomaly) return false;
        if (split.status == SplitStatus::incomplete) break;
        ++count;
        last = split.end;
        next = skip_whitespace(split.end, end);
        if (next == end || *next != ',') break;
        next = skip_whitespace(next + 1, end);
        if (next == end || *next != '{') break;  // the comma is left for the caller to consume
      }
      if (count > 0) return true;
      if (!blocks_.more()) return false;  // the input ended, or one contact is larger than a block
    }
  }

  void announce(const Owner* owner) {
    visitor_.on_owner(owner);
    result_.owner_announced = true;
  }

  /// Skips whitespace; false at the end of the input.
  bool whitespace() {
    for (;;) {
      const char* next = skip_whitespace(blocks_.begin(), blocks_.end());
      blocks_.consume_to(next);
      if (next < blocks_.end()) return true;
      if (!blocks_.more()) return false;
    }
  }

  /// Consumes `c`, the next byte after whitespace, if it is that.
  bool at(char c) {
    if (!whitespace() || *blocks_.begin() != c) return false;
    blocks_.consume_to(blocks_.begin() + 1);
    return true;
  }

  /// Consumes `word` (null, 1) when it is the next token, whole.
  bool literal(std::string_view word) {
    if (!whitespace()) return false;
    const bool more = blocks_.has(word.size() + 1);
    const std::string_view next(blocks_.begin(), more ? word.size() + 1 : word.size());
    if (next.size() < word.size() || next.substr(0, word.size()) != word || (more && !ends_token(next.back()))) {
      return false;
    }
    blocks_.consume_to(blocks_.begin() + word.size());
    return true;
  }

  /// A top-level key and nothing else; a key with an escape is left to the reference reader.
  TopKey top_key() {
    std::string_view text;
    if (!piece('"', text)) return TopKey::unknown;
    consume(text);
    const std::string_view name = text.substr(1, text.size() - 2);
    return name.find('\\') == std::string_view::npos ? find_top_key(name) : TopKey::unknown;
  }

  /// The next value, a string or object opening with `open`, whole in the buffer (not consumed).
  bool piece(char open, std::string_view& text) {
    if (!whitespace() || *blocks_.begin() != open) return false;
    for (;;) {
      const char* begin = blocks_.begin();
      Split split{SplitStatus::anomaly, nullptr};
      if (open == '"') {
        const char* end = skip_string(begin + 1, blocks_.end());
        split = {end != nullptr ? SplitStatus::complete : SplitStatus::incomplete, end};
      } else {
        split = split_container(begin, blocks_.end(), object_depth, blocks_.end() + parse_padding);
      }
      if (split.status == SplitStatus::complete) {
        text = {begin, static_cast<std::size_t>(split.end - begin)};
        return true;
      }
      if (split.status == SplitStatus::anomaly || !blocks_.more()) return false;
    }
  }

  void consume(std::string_view text) { blocks_.consume_to(text.data() + text.size()); }

  /// True when only whitespace is left.
  bool finished() { return !whitespace(); }

  Blocks blocks_;
  ValueParser parser_;
  ContactReader contact_;
  RosterVisitor& visitor_;
  const ReadOptions& options_;
  Owner owner_;
  FastRead result_;
};

}  // namespace

FastRead read_roster_fast(ByteSource& source, const Taxonomy& taxonomy, RosterVisitor& visitor,
                          const ReadOptions& options) {
  FastReader reader(source, taxonomy, visitor, options);
  return reader.run();
}

}  // namespace netgap::detail::json_roster
