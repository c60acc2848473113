#include "helpers.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"

namespace netgap::test {

CliResult run_cli(const std::vector<std::string>& args, const std::string& input) {
  std::vector<const char*> argv{"netgap"};
  for (const auto& a : args) argv.push_back(a.c_str());
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  CliResult result;
  result.code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err, in);
  result.out = out.str();
  result.err = err.str();
  return result;
}

std::string data_path(const std::string& name) { return std::string(NETGAP_TEST_DATA_DIR) + "/" + name; }

std::string read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE(file.good());
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::optional<std::string> corpus(const std::string& sub) {
  const std::string path = std::string(NETGAP_CORPORA_DIR) + "/" + sub;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return path;
  const char* required = std::getenv("NETGAP_REQUIRE_CORPORA");
  if (required != nullptr && std::string(required) == "1") {
    FAIL("corpus " << path << " is required (NETGAP_REQUIRE_CORPORA=1) but missing");
  }
  std::cout << "netgap: " << sub << ": corpus not found, skipped\n";
  return std::nullopt;
}

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(NETGAP_GOLDEN_DIR) + "/" + name;
  const char* update = std::getenv("NETGAP_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream file(path, std::ios::binary);
  std::ostringstream expected;
  expected << file.rdbuf();
  if (expected.str() != actual) {
    std::ofstream(path + ".actual", std::ios::binary) << actual;
    FAIL("output differs from golden file " << path << "; see " << path
                                            << ".actual (NETGAP_UPDATE_GOLDEN=1 rewrites it)");
  }
}

std::string temp_dir() {
  std::string pattern =
      (std::getenv("TMPDIR") != nullptr ? std::string(std::getenv("TMPDIR")) : "/tmp") + "/netgap-test-XXXXXX";
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  return pattern;
}

WorkingDirectory::WorkingDirectory(const std::string& dir) {
  char* here = ::getcwd(nullptr, 0);
  REQUIRE(here != nullptr);
  previous_ = here;
  std::free(here);
  REQUIRE(::chdir(dir.c_str()) == 0);
}

WorkingDirectory::~WorkingDirectory() {
  if (::chdir(previous_.c_str()) != 0) std::cerr << "netgap tests: cannot return to " << previous_ << '\n';
}

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (const dirent* entry = ::readdir(d)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace netgap::test
