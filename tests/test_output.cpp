// util/output: atomic files keep the target's mode and links, backups, locks.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <netgap/util/error.hpp>
#include <netgap/util/output.hpp>

#include "helpers.hpp"

namespace netgap {
namespace {

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

void write_atomically(const std::string& path, const std::string& text, bool backup = false) {
  AtomicFile file(path, true);
  if (backup) file.keep_backup(".bak");
  file.stream() << text;
  file.commit();
}

}  // namespace

TEST_CASE("an atomic write keeps the mode of the file it replaces", "[output]") {
  const std::string dir = test::temp_dir();
  const std::string path = dir + "/roster.json";
  std::ofstream(path) << "old";
  REQUIRE(::chmod(path.c_str(), 0600) == 0);
  write_atomically(path, "new");
  CHECK(mode_of(path) == 0600);
  CHECK(test::read_text(path) == "new");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  write_atomically(path, "newer", true);
  CHECK(mode_of(path) == 0640);
  CHECK(mode_of(path + ".bak") == 0640);
  CHECK(test::read_text(path + ".bak") == "new");
}

TEST_CASE("a read-only file is not replaced, whoever runs netgap", "[output]") {
  // Renaming over it would work (the directory decides, and root may write anything): the mode
  // is the user's word.
  const std::string dir = test::temp_dir();
  const std::string path = dir + "/roster.json";
  std::ofstream(path) << "old";
  REQUIRE(::chmod(path.c_str(), 0444) == 0);
  CHECK_THROWS_WITH(write_atomically(path, "new"),
                    path + ": is read-only (mode 0444); make it writable (chmod u+w) to let netgap change it");
  CHECK(test::read_text(path) == "old");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json"});
  REQUIRE(::chmod(path.c_str(), 0644) == 0);
  write_atomically(path, "new");
  CHECK(test::read_text(path) == "new");
}

TEST_CASE("a descriptor's name is written to, never replaced: -o /dev/stdout >> log keeps the log", "[output]") {
  for (const std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    INFO(prefix);
    const std::string dir = test::temp_dir();
    const std::string path = dir + "/log.txt";
    std::ofstream(path) << "previous\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);  // as a shell's >> opens it
    REQUIRE(fd >= 0);
    write_atomically(prefix + std::to_string(fd), "report\n");
    ::close(fd);
    CHECK(test::read_text(path) == "previous\nreport\n");
    CHECK(test::list_dir(dir) == std::vector<std::string>{"log.txt"});
  }
}

TEST_CASE("a new file follows the umask", "[output]") {
  const std::string dir = test::temp_dir();
  const mode_t previous = ::umask(027);
  write_atomically(dir + "/a.json", "x");
  ::umask(077);
  write_atomically(dir + "/b.json", "x");
  ::umask(previous);
  CHECK(mode_of(dir + "/a.json") == 0640);
  CHECK(mode_of(dir + "/b.json") == 0600);
}

TEST_CASE("an atomic write goes through a symbolic link to its target", "[output]") {
  const std::string dir = test::temp_dir();
  REQUIRE(::mkdir((dir + "/real").c_str(), 0700) == 0);
  std::ofstream(dir + "/real/roster.json") << "old";
  REQUIRE(::symlink("real/roster.json", (dir + "/link.json").c_str()) == 0);
  write_atomically(dir + "/link.json", "new", true);
  struct stat info {};
  REQUIRE(::lstat((dir + "/link.json").c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));  // still a link
  CHECK(test::read_text(dir + "/real/roster.json") == "new");
  CHECK(test::read_text(dir + "/real/roster.json.bak") == "old");
  CHECK(test::list_dir(dir) == std::vector<std::string>{"link.json", "real"});
  CHECK(follow_links(dir + "/link.json") == dir + "/real/roster.json");
}

TEST_CASE("a dangling symbolic link is written through, a loop is an error", "[output]") {
  const std::string dir = test::temp_dir();
  REQUIRE(::symlink("target.json", (dir + "/link.json").c_str()) == 0);
  write_atomically(dir + "/link.json", "created");
  CHECK(test::read_text(dir + "/target.json") == "created");
  REQUIRE(::symlink("loop-b", (dir + "/loop-a").c_str()) == 0);
  REQUIRE(::symlink("loop-a", (dir + "/loop-b").c_str()) == 0);
  CHECK_THROWS_WITH(AtomicFile(dir + "/loop-a", true), dir + "/loop-a: too many levels of symbolic links");
}

TEST_CASE("an abandoned atomic write leaves nothing behind", "[output]") {
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/roster.json") << "old";
  {
    AtomicFile file(dir + "/roster.json", true);
    file.stream() << "half";
  }
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json"});
  CHECK(test::read_text(dir + "/roster.json") == "old");
}

TEST_CASE("a file lock leaves no file behind and can be taken again", "[output]") {
  const std::string dir = test::temp_dir();
  std::ofstream(dir + "/roster.json") << "x";
  { const FileLock lock(dir + "/roster.json"); }
  { const FileLock again(dir + "/roster.json"); }
  { const FileLock missing(dir + "/not-yet.json"); }  // locks the directory
  CHECK(test::list_dir(dir) == std::vector<std::string>{"roster.json"});
}

}  // namespace netgap
