// libFuzzer target: the JSON roster reader's fast path against its reference reader
// (bench/fuzz.sh roster-paths SECONDS). Any difference in what the visitor is given or in the
// diagnostics aborts, and libFuzzer keeps the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "roster_paths.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const netgap::test::PathTrace reference = netgap::test::read_reference(text);
  const netgap::test::PathTrace fast = netgap::test::read_fast(text);
  if (fast.events != reference.events || fast.diagnostics != reference.diagnostics) {
    std::fprintf(stderr, "reference:\n%s%s\nfast:\n%s%s\n", reference.events.c_str(), reference.diagnostics.c_str(),
                 fast.events.c_str(), fast.diagnostics.c_str());
    std::abort();
  }
  return 0;
}
