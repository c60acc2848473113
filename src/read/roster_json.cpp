// The streaming JSON roster reader. A regular file goes through the fast path first
// (read/roster_fast.*); the reference reader, nlohmann's SAX parser driving RosterSax
// (read/roster_sax.*), reads everything else, and any file the fast path gave up on, from byte 0,
// so that what it says is word for word the same on either path.
#include <netgap/read/roster_json.hpp>

#include <fmt/format.h>
#include <netgap/read/reader.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>
#include <netgap/util/unicode.hpp>

#include <algorithm>
#include <cctype>
#include <istream>
#include <stdexcept>

#include "read/hand_off.hpp"
#include "read/input_streambuf.hpp"
#include "read/roster_fast.hpp"
#include "read/roster_json_paths.hpp"
#include "read/roster_sax.hpp"
#include "util/json_util.hpp"

namespace netgap {
namespace detail::json_roster {
namespace {

/// Passes on to `inner` what the fast path has not given it yet: the reference reader, reading
/// again from byte 0, first meets the contacts the fast path visited, in the same order, with
/// nothing said about any of them (else the fast path would not have taken them).
class Resume final : public RosterVisitor {
 public:
  Resume(RosterVisitor& inner, const FastRead& fast, const Diagnostics& diagnostics, const ByteSource& source)
      : source_(source),
        inner_(inner),
        owner_left_(fast.owner_announced),
        contacts_left_(fast.visited),
        diagnostics_(diagnostics),
        said_before_(said(diagnostics)) {}

  void on_owner(const Owner* owner) override {
    if (!owner_left_) return inner_.on_owner(owner);
    owner_left_ = false;
  }
  void on_contact(const Contact& contact) override {
    if (contacts_left_ == 0) return inner_.on_contact(contact);
    if (said(diagnostics_) != said_before_) disagree();
    --contacts_left_;
  }
  /// Throws std::logic_error when the reference reader stopped before the fast path did.
  void check_finished() const {
    if (owner_left_ || contacts_left_ > 0) disagree();
  }

 private:
  static std::size_t said(const Diagnostics& d) { return d.error_count() + d.warning_count(); }
  [[noreturn]] void disagree() const {
    // The two readings differ when something wrote to the file in between: an input problem.
    if (source_.changed()) {
      throw Error(
          fmt::format("{}: the file changed while netgap read it; read it again once it is written", source_.name()));
    }
    throw std::logic_error("the fast and the reference JSON roster readers disagree about a roster");
  }

  const ByteSource& source_;
  RosterVisitor& inner_;
  bool owner_left_;
  std::size_t contacts_left_;
  const Diagnostics& diagnostics_;
  std::size_t said_before_;
};

/// What the reference reader says about the first bytes before it parses anything (after
/// skipping a UTF-8 byte-order mark), or an empty string.
/// "a CSV file" or "a vCard file" when `head` is the start of one (no JSON starts so), else "".
std::string_view export_kind(std::string_view head) {
  head = trim(head);
  if (head.size() >= 11 && to_lower(head.substr(0, 11)) == "begin:vcard") return "a vCard file";
  if (head.empty() || head.front() == '{' || head.front() == '[') return {};
  const auto c = static_cast<unsigned char>(head.front());
  if (!(std::isalpha(c) != 0 || c == '"')) return {};
  // A header among the first lines (LinkedIn's Connections.csv starts with a "Notes:" preamble):
  // a comma outside quotes, and nothing of JSON's structure ({, [, :), which a roster missing its
  // first brace or a stray letter before it still has.
  std::size_t start = 0;
  for (int line = 0; line < 4 && start < head.size(); ++line) {
    const std::size_t end = std::min(head.find('\n', start), head.size());
    const std::string_view text = head.substr(start, end - start);
    bool quoted = false;
    bool comma = false;
    for (const char ch : text) {
      if (ch == '"') quoted = !quoted;
      if (ch == ',' && !quoted) comma = true;
    }
    if (comma && text.find_first_of("{}[]:") == std::string_view::npos) return "a CSV file";
    start = end + 1;
  }
  return {};
}

/// `name`, in single quotes when a shell would split it.
std::string quote_if_needed(const std::string& name) {
  const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           std::string_view("/._-+@").find(c) != std::string_view::npos;
  });
  return plain ? name : "'" + name + "'";
}

std::string first_bytes_problem(BufferedInput& input) {
  input.skip_utf8_bom();
  const std::string_view head = input.head(4096);
  if (trim(head).empty() && head.size() < 4096) return fmt::format("{}: the file is empty", input.name());
  if (head.size() >= 2 &&
      (head[0] == '\0' || head[1] == '\0' || starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF"))) {
    return fmt::format("{}: the file is UTF-16 or binary; netgap reads UTF-8 JSON", input.name());
  }
  // An archive or a compressed file where a roster was expected: a LinkedIn export piped in, say.
  const bool piped = input.name() == "<stdin>";
  if (starts_with(head, "PK\x03\x04") || starts_with(head, "PK\x05\x06")) {
    return fmt::format(
        "{}: a zip archive, not a JSON roster{}", input.name(),
        piped ? "; netgap reads an archive (a LinkedIn export) by its path, not from standard input" : "");
  }
  if (starts_with(head, "\x1F\x8B")) {
    return fmt::format("{}: gzip-compressed, not a JSON roster; decompress it first ({})", input.name(),
                       piped ? "gunzip -c FILE.gz | netgap ..." : "gunzip -k " + input.name());
  }
  // An export where a roster was expected (log, label, dedupe, import --merge take rosters only).
  if (const std::string_view kind = export_kind(head); !kind.empty()) {
    return fmt::format("{}: {}, not a JSON roster; make a roster of it first: netgap import {} -o roster.json",
                       input.name(), kind, piped ? "-" : quote_if_needed(input.name()));
  }
  return {};
}

/// The fast path with the contacts visited on a second thread (ReadOptions::second_thread).
FastRead read_roster_fast_handing_off(ByteSource& source, const Taxonomy& taxonomy, RosterVisitor& visitor,
                                      const ReadOptions& options) {
  HandOff hand_off(visitor);
  FastRead fast;
  try {
    fast = read_roster_fast(source, taxonomy, hand_off, options);
  } catch (...) {
    hand_off.finish();  // what was read before is visited; an exception of the visitor's came first
    throw;
  }
  hand_off.finish();
  return fast;
}

}  // namespace

void read_json_roster_reference(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor,
                                Diagnostics& diagnostics, const ReadOptions& options) {
  if (std::string problem = first_bytes_problem(input); !problem.empty()) {
    diagnostics.error(std::move(problem));
    return;
  }
  const std::string_view head = input.head(4096);
  InputStreambuf buffer(input);
  std::istream stream(&buffer);
  RosterSax sax(input, buffer, taxonomy, visitor, diagnostics, options);
  const std::size_t leading_space = std::min(head.find_first_not_of(" \t\r\n"), head.size());
  sax.set_first_byte(input.offset() + leading_space);
  try {
    const bool parsed = parse_roster_events(stream, sax);
    buffer.give_back();
    // nlohmann stops at a NUL byte as if the input ended there; anything after it is garbage.
    if (parsed && !input.at_end()) {
      const TextPosition at = input.locate(input.offset() - 1);
      diagnostics.error(fmt::format("{}:{}:{}: a NUL byte, and more after it; is this a JSON file?", input.name(),
                                    at.line, at.column));
    }
  } catch (const nlohmann::json::exception& e) {
    diagnostics.error(fmt::format("{}: {}", input.name(), describe_parse_error(e)));
  }
}

FastRead read_json_roster_fast(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor,
                               Diagnostics& diagnostics, const ReadOptions& options) {
  FastRead fast;
  // Standard input and pipes are read once, by the reference reader; so is a file whose first
  // bytes the reference reader rejects before parsing.
  if (input.rewind()) {
    const bool plain = first_bytes_problem(input).empty();
    if (!input.rewind()) throw std::logic_error("a rewindable input cannot be read again");
    if (plain) {
      fast = options.second_thread ? read_roster_fast_handing_off(input.source(), taxonomy, visitor, options)
                                   : read_roster_fast(input.source(), taxonomy, visitor, options);
    }
    if (fast.done) return fast;
    if (!input.rewind()) throw std::logic_error("a rewindable input cannot be read again");
  }
  Resume resume(visitor, fast, diagnostics, input.source());
  read_json_roster_reference(input, taxonomy, resume, diagnostics, options);
  resume.check_finished();
  return fast;
}

}  // namespace detail::json_roster

void read_json_roster(BufferedInput& input, const Taxonomy& taxonomy, RosterVisitor& visitor, Diagnostics& diagnostics,
                      const ReadOptions& options) {
  detail::json_roster::read_json_roster_fast(input, taxonomy, visitor, diagnostics, options);
}

}  // namespace netgap
