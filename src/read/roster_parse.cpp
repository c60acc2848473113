// nlohmann's SAX parser for RosterSax, JSON only, alone in its translation unit.
//
// nlohmann::json::sax_parse() takes the input format at run time, so it also instantiates the
// CBOR/MessagePack/UBJSON/BSON reader for RosterSax. That dead code used up GCC's
// inline-unit-growth budget, and the lexer's per-byte calls (std::string::push_back, get()) were
// left out of line: 14% of the instructions of a whole audit. Building the JSON parser directly,
// as sax_parse() does for input_format_t::json, leaves only the lexer and the parser here, compiled
// as in bench/sax_floor.cpp. The names are nlohmann's detail API; parse_error's signature already
// ties the reader to it (nlohmann 3.11, Debian 12).
#include <nlohmann/json.hpp>

#include <istream>

#include "read/roster_sax.hpp"

namespace netgap::detail::json_roster {

bool parse_roster_events(std::istream& stream, RosterSax& sax) {
  using Parser = nlohmann::detail::parser<nlohmann::json, nlohmann::detail::input_stream_adapter>;
  Parser parser(nlohmann::detail::input_adapter(stream), nullptr, /*allow_exceptions=*/true,
                /*skip_comments=*/false);
  return parser.sax_parse(&sax, /*strict=*/true);
}

}  // namespace netgap::detail::json_roster
