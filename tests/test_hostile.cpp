// Hostile inputs: each gets a clear message and exit 2, never a crash or a hang.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/cli.hpp"
#include "helpers.hpp"

using netgap::test::run_cli;

namespace {

std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("hostile: 100,000 nested arrays", "[hostile]") {
  const auto r = run_cli({"validate", "-"}, std::string(100000, '['));
  CHECK(r.code == 2);
  CHECK(r.err.find("<stdin>:1:65: nested deeper than 64 levels; a roster needs 5") != std::string::npos);
}

TEST_CASE("hostile: invalid UTF-8 and NUL bytes", "[hostile]") {
  const auto utf8 = run_cli({"validate", "-"}, "[{\"name\": \"Ad\xFF\"}]");
  CHECK(utf8.code == 2);
  CHECK(utf8.err.find("netgap: error: <stdin>:1:11: invalid string: ill-formed UTF-8 byte") == 0);
  const auto nul = run_cli({"validate", "-"}, std::string("[{\"name\": \"A\"}]\0garbage", 23));
  CHECK(nul.code == 2);
  CHECK(nul.err.find("<stdin>:1:16:") != std::string::npos);
  const auto nul_in_string = run_cli({"validate", "-"}, std::string("[{\"name\": \"A\0B\"}]", 17));
  CHECK(nul_in_string.code == 2);
  CHECK(nul_in_string.err.find("control character U+0000") != std::string::npos);
  const auto csv = run_cli({"import", "-", "--from", "linkedin", "-q"},
                           std::string("First Name,Last Name,Connected On\nA\xE9\0,B,01 Jan 2024\n", 49));
  CHECK(csv.code == 0);  // read as Windows-1252; the NUL is kept as data, escaped in JSON
  CHECK(csv.out.find("\"name\": \"A\xC3\xA9\\u0000 B\"") != std::string::npos);
}

TEST_CASE("hostile: numbers that overflow", "[hostile]") {
  const auto huge = run_cli({"validate", "-"}, "[{\"name\": \"A\", \"strength\": 1e99999}]");
  CHECK(huge.code == 2);
  CHECK(huge.err == "netgap: error: <stdin>:1:28: number out of range: 1e99999\n");
  const auto wide = run_cli({"validate", "-"}, "[{\"name\": \"A\", \"strength\": 99999999999999999999999}]");
  CHECK(wide.code == 2);
  CHECK(wide.err.find("strength: expected an integer from 1 to 5, got") != std::string::npos);
  const auto negative = run_cli({"validate", "-"}, "[{\"name\": \"A\", \"strength\": -9223372036854775809}]");
  CHECK(negative.code == 2);
}

TEST_CASE("hostile: a 50 MB single string", "[hostile]") {
  std::string text = "[{\"name\": \"";
  text.append(50u << 20, 'x');
  text += "\", \"role\": \"Data Scientist\"}]";
  const auto r = run_cli({"validate", "-"}, text);
  CHECK(r.code == 0);
  CHECK(r.out == "<stdin>: ok, 1 contact, no owner\n");
  const auto unterminated = run_cli({"validate", "-"}, text.substr(0, text.size() - 30));
  CHECK(unterminated.code == 2);
  CHECK(unterminated.err.find("invalid string: missing closing quote") != std::string::npos);
}

TEST_CASE("hostile: a directory, an unreadable file, a FIFO that closes early", "[hostile]") {
  const std::string dir = netgap::test::temp_dir();
  const auto directory = run_cli({"audit", dir});
  CHECK(directory.code == 2);
  CHECK(directory.err == "netgap: error: " + dir +
                             ": no contacts in it (a LinkedIn export's Connections.csv); to use it as evidence, "
                             "audit a roster with --activity " +
                             dir + "\n");
  // /proc/self/mem opens but cannot be read from offset 0: an unreadable file even for root.
  const auto unreadable = run_cli({"validate", "/proc/self/mem"});
  CHECK(unreadable.code == 2);
  CHECK(unreadable.err.find("netgap: error: /proc/self/mem: cannot read: ") == 0);
  if (::geteuid() != 0) {
    const std::string secret = write(dir, "secret.json", "[]");
    ::chmod(secret.c_str(), 0);
    const auto denied = run_cli({"validate", secret});
    CHECK(denied.code == 2);
    CHECK(denied.err == "netgap: error: " + secret + ": cannot open: Permission denied\n");
  }
  const std::string fifo = dir + "/fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    const int fd = ::open(fifo.c_str(), O_WRONLY);
    const std::string part = "[{\"name\": \"Ada\"}, {\"name\": ";
    if (fd >= 0) {
      (void)!::write(fd, part.data(), part.size());
      ::close(fd);
    }
  });
  const auto early = run_cli({"validate", fifo});
  writer.join();
  CHECK(early.code == 2);
  CHECK(early.err.find(fifo + ":1:28: expected a value, got the end of the input") != std::string::npos);
}

TEST_CASE("hostile: output to a full disk leaves nothing half-written", "[hostile]") {
  const std::string roster = std::string(NETGAP_SOURCE_DIR) + "/data/examples/data-scientist.json";
  const auto full = run_cli({"import", roster, "-o", "/dev/full", "--force"});
  CHECK(full.code == 2);
  CHECK(full.err.find("netgap: error: /dev/full: cannot write (is the disk full?)") != std::string::npos);
  const auto init = run_cli({"init", "/dev/full", "--force"});
  CHECK(init.code == 2);
  std::ostringstream closed;
  closed.setstate(std::ios::badbit);  // a stream that can no longer be written
  std::istringstream in;
  std::ostringstream err;
  std::vector<const char*> argv{"netgap", "audit", roster.c_str()};
  CHECK(netgap::cli::run(3, argv.data(), closed, err, in) == 2);
  CHECK(err.str().find("netgap: error: <stdout>: write failed") == 0);
}
