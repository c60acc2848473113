# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P EmbedFile.cmake
# Writes a .cpp defining `std::string_view netgap::SYMBOL()` that returns INPUT's bytes.
file(READ "${INPUT}" content)
string(FIND "${content}" ")netgap_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/EmbedFile.cmake. Do not edit.\n"
  "#include <string_view>\n\n"
  "namespace netgap {\n"
  "std::string_view ${SYMBOL}() {\n"
  "  static constexpr std::string_view text = R\"netgap_embed(${content})netgap_embed\";\n"
  "  return text;\n"
  "}\n"
  "}  // namespace netgap\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
