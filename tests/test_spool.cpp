// Spool: output held back, in memory while small and in a temporary file beyond that.
#include <catch2/catch.hpp>
#include <netgap/util/spool.hpp>

#include <cstdlib>
#include <sstream>
#include <string>

TEST_CASE("spool: text beyond the memory limit comes back whole and in order", "[spool]") {
  for (const std::size_t size :
       {std::size_t{0}, std::size_t{100}, std::size_t{4096}, std::size_t{4097}, std::size_t{100000}}) {
    netgap::Spool spool(4096);
    std::string expected;
    for (std::size_t i = 0; expected.size() < size; ++i) expected += std::to_string(i) + ",";
    expected.resize(size);
    // In pieces of several sizes, so that writes straddle the moment the file is made.
    for (std::size_t at = 0, piece = 1; at < expected.size(); at += piece, piece = piece * 3 % 1000 + 1) {
      spool.stream() << expected.substr(at, piece);
    }
    std::ostringstream out;
    spool.copy_to(out);
    INFO("size " << size);
    CHECK(out.str() == expected);
  }
}

TEST_CASE("spool: a temporary directory that cannot be used is an error that names it", "[spool]") {
  const char* previous = std::getenv("TMPDIR");
  const std::string saved = previous != nullptr ? previous : "";
  ::setenv("TMPDIR", "/nonexistent-netgap-dir", 1);
  netgap::Spool spool(4096);
  spool.stream() << std::string(5000, 'x');
  std::ostringstream out;
  CHECK_THROWS_WITH(spool.copy_to(out),
                    "the output held back for standard output: cannot make a temporary file in "
                    "/nonexistent-netgap-dir: No such file or directory");
  if (previous != nullptr) {
    ::setenv("TMPDIR", saved.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
}
