#pragma once
// Shared test helpers: running the CLI in-process, fixtures, corpora and golden files.

#include <optional>
#include <string>
#include <vector>

namespace netgap::test {

struct CliResult {
  int code = -1;
  std::string out;
  std::string err;
};

/// Runs `netgap args...` in-process with `input` as standard input.
CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "");

/// The path of a file under tests/data.
std::string data_path(const std::string& name);

/// The text of a file (test fixture or corpus file).
std::string read_text(const std::string& path);

/// The path of ../shared/corpora/<sub>, or nullopt when it is absent: the caller then returns,
/// and the test is reported skipped. With NETGAP_REQUIRE_CORPORA=1 (CI) a missing corpus fails.
std::optional<std::string> corpus(const std::string& sub);

/// Compares `actual` with tests/golden/<name>; on mismatch writes <name>.actual and fails.
/// NETGAP_UPDATE_GOLDEN=1 rewrites the golden file instead.
void check_golden(const std::string& name, const std::string& actual);

/// A fresh empty directory under the system temp dir.
std::string temp_dir();

/// Changes the working directory for its lifetime, so that a test can name files by relative
/// paths and its output does not depend on where the checkout lives.
class WorkingDirectory {
 public:
  explicit WorkingDirectory(const std::string& dir);
  ~WorkingDirectory();
  WorkingDirectory(const WorkingDirectory&) = delete;
  WorkingDirectory& operator=(const WorkingDirectory&) = delete;

 private:
  std::string previous_;
};

/// Every file name in a directory, sorted.
std::vector<std::string> list_dir(const std::string& dir);

}  // namespace netgap::test
