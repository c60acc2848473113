#include <netgap/model/vocabulary.hpp>

namespace netgap {

std::string_view confidence_name(Confidence confidence) {
  switch (confidence) {
    case Confidence::possible:
      return "possible";
    case Confidence::likely:
      return "likely";
    case Confidence::certain:
      return "certain";
  }
  return "?";
}

std::optional<Confidence> parse_confidence(std::string_view name) {
  for (const Confidence c : {Confidence::possible, Confidence::likely, Confidence::certain}) {
    if (confidence_name(c) == name) return c;
  }
  return std::nullopt;
}

std::size_t Vocabulary::sector_index(std::string_view id) const {
  for (std::size_t i = 0; i < sectors.size(); ++i) {
    if (sectors[i].id == id) return i;
  }
  return npos;
}

}  // namespace netgap
