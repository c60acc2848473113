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

// A contact or the owner is an object whose values are strings or lists of strings: anything
// nested deeper has a problem that the reference reader reports, so the split stops there.
constexpr std::size_t object_depth = 2;

/// A window on the input: the bytes not consumed yet, refilled behind what is kept of them.
class Blocks {
 public:
  explicit Blocks(ByteSource& source) : source_(source), buffer_(fast_block_size + parse_padding) {}

  /// Back to byte 0; false when the source cannot go back.
  bool restart() {
    pos_ = end_ = 0;
    eof_ = false;
    return source_.rewind();
  }
  [[nodiscard]] const char* begin() const { return buffer_.data() + pos_; }
  [[nodiscard]] const char* end() const { return buffer_.data() + end_; }
  void consume_to(const char* at) { pos_ = static_cast<std::size_t>(at - buffer_.data()); }

  /// Moves the unconsumed bytes to the front and reads more after them; false when none came
  /// (the input ended, or one piece fills the whole block).
  bool more() {
    if (eof_) return false;
    if (pos_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    if (end_ == fast_block_size) return false;
    const std::size_t n = source_.read(buffer_.data() + end_, fast_block_size - end_);
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
  std::vector<char> buffer_;  // a block and simdjson's padding
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

  /// The contacts, after the array's '['; true when all are valid and the array closed.
  bool contacts(bool visit) {
    if (at(']')) return true;
    std::size_t index = 0;
    do {
      std::string_view text;
      if (!piece('{', text) || !parser_.contact(text, index, contact_)) return false;
      consume(text);
      if (visit) {
        visitor_.on_contact(contact_.contact());
        ++result_.visited;
      }
      ++index;
    } while (at(','));
    return at(']');
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
