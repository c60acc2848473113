// libFuzzer target: the taxonomy loader (bench/fuzz.sh taxonomy SECONDS).
#include <cstddef>
#include <cstdint>
#include <netgap/model/taxonomy.hpp>
#include <netgap/render/render.hpp>
#include <netgap/util/error.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const netgap::Taxonomy taxonomy = netgap::parse_taxonomy({reinterpret_cast<const char*>(data), size}, "fuzz.json");
    (void)netgap::render_taxonomy_json(taxonomy, nullptr, netgap::RenderOptions{});
  } catch (const netgap::Error&) {
  }
  return 0;
}
