#pragma once
// The taxonomy's "vocabulary" object read (validated, every problem to Diagnostics) and written back.

#include <netgap/model/vocabulary.hpp>
#include <nlohmann/json.hpp>
#include <string_view>

namespace netgap {

class Diagnostics;

/// Reads the "vocabulary" object found at `value`; problems go to `diagnostics` as `source: vocabulary.x: ...`.
Vocabulary parse_vocabulary(const nlohmann::json& value, std::string_view source, Diagnostics& diagnostics);

/// The vocabulary as the taxonomy file writes it (read back by parse_vocabulary to the same thing).
nlohmann::ordered_json vocabulary_to_json(const Vocabulary& vocabulary);

}  // namespace netgap
