// libFuzzer target: the JSON roster reader (bench/fuzz.sh roster SECONDS).
#include <cstddef>
#include <cstdint>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/read/reader.hpp>
#include <netgap/model/taxonomy.hpp>

namespace {
struct Sink final : netgap::RosterVisitor {
  void on_owner(const netgap::Owner*) override {}
  void on_contact(const netgap::Contact&) override {}
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto source = netgap::memory_source({reinterpret_cast<const char*>(data), size}, "fuzz.json");
  netgap::Diagnostics diagnostics;
  Sink sink;
  try {
    netgap::read_contacts(*source, FUZZ_FORMAT, netgap::builtin_taxonomy(), sink, diagnostics);
  } catch (const netgap::Error&) {
    // a message for the user: fine
  }
  return 0;
}
