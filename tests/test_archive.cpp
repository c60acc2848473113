// util/archive: what a path holds, decompressed; a damaged gzip file is an error, not text.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <netgap/util/archive.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <string>

#include "helpers.hpp"

namespace netgap {
namespace {

/// `text` as one gzip member (zlib's gzip wrapper: header, deflate data, CRC-32 and length) at
/// compression `level`.
std::string gzip(const std::string& text, int level = Z_BEST_COMPRESSION) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(text.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

/// `text` as one gzip member without compression (deflate's stored blocks), so that its size is
/// the text's and a fixed overhead (for text under 64 KiB).
std::string store_only(const std::string& text) { return gzip(text, Z_NO_COMPRESSION); }

std::string write_file(const std::string& dir, const std::string& name, const std::string& bytes) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

/// Everything the one file of `path` holds, read in small pieces.
std::string read_all(const std::string& path) {
  const FileSet files(path);
  REQUIRE(files.size() == 1);
  const auto source = files.open(0);
  std::string out;
  char buffer[100];
  for (std::size_t n; (n = source->read(buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  return out;
}

std::string sample_text() {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "From someone@example.org line " + std::to_string(i) + "\n";
  return text;
}

}  // namespace

TEST_CASE("archive: a gzip file reads as the text it holds, members one after another as one", "[archive]") {
  const std::string dir = test::temp_dir();
  const std::string text = sample_text();
  CHECK(read_all(write_file(dir, "one.mbox.gz", gzip(text))) == text);
  CHECK(read_all(write_file(dir, "two.mbox.gz", gzip(text) + gzip("and more\n"))) == text + "and more\n");
  // Zero padding after the last member (tape blocks, some uploaders) is not data: gzip -d ignores it.
  CHECK(read_all(write_file(dir, "padded.mbox.gz", gzip(text) + std::string(512, '\0'))) == text);
  CHECK(read_all(write_file(dir, "empty.mbox.gz", gzip(""))).empty());
  // Other bytes after the last member are ignored too, also when they start with gzip's first
  // magic byte but not its second, and when that byte is the last of a 64 KiB read.
  CHECK(read_all(write_file(dir, "garbage.mbox.gz", gzip(text) + std::string("\x1f\x00garbage", 9))) == text);
  const std::size_t overhead = store_only("y").size() - 1;  // header, block headers, trailer
  const std::string ys(65535 - overhead, 'y');
  const std::string stored = store_only(ys);  // one member of 65,535 bytes: the next byte is a read's last
  REQUIRE(stored.size() == 65535);
  CHECK(read_all(write_file(dir, "edge.mbox.gz", stored + std::string("\x1f\x00", 2))) == ys);
  CHECK(read_all(write_file(dir, "edge2.mbox.gz", stored + gzip("z"))) == ys + "z");
}

TEST_CASE("archive: a .tar.gz is an archive: its members are listed, each read whole", "[archive]") {
  const std::string dir = test::temp_dir();
  write_file(dir, "a.mbox", sample_text());
  write_file(dir, "b.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
  REQUIRE(std::system(("tar -C '" + dir + "' -czf '" + dir + "/export.tar.gz' a.mbox b.ics").c_str()) == 0);
  const FileSet files(dir + "/export.tar.gz");
  REQUIRE(files.size() == 2);
  CHECK_FALSE(files.single());
  CHECK(files.name(0) == dir + "/export.tar.gz/a.mbox");
  CHECK(files.base_name(1) == "b.ics");
  const auto source = files.open(0);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = source->read(buffer, sizeof buffer)) > 0;) text.append(buffer, n);
  CHECK(text == sample_text());
}

TEST_CASE("archive: a .tar.gz whose gzip layer is damaged is an error naming it", "[archive]") {
  const std::string dir = test::temp_dir();
  write_file(dir, "a.mbox", sample_text());
  REQUIRE(std::system(("tar -C '" + dir + "' -czf '" + dir + "/good.tar.gz' a.mbox").c_str()) == 0);
  std::string packed = test::read_text(dir + "/good.tar.gz");
  packed[packed.size() - 8] = static_cast<char>(packed[packed.size() - 8] ^ 0x01);  // the CRC-32
  const std::string path = write_file(dir, "crc.tar.gz", packed);
  std::string error = "no error";
  try {
    const FileSet files(path);  // listing the members reads the whole stream, to its trailer
    std::string text;
    for (std::size_t i = 0; i < files.size(); ++i) {
      const auto source = files.open(i);
      char buffer[4096];
      for (std::size_t n; (n = source->read(buffer, sizeof buffer)) > 0;) text.append(buffer, n);
    }
  } catch (const Error& e) {
    error = e.what();
  }
  CHECK(error == path + ": damaged gzip file: its CRC-32 does not match its data");
}

TEST_CASE("archive: a damaged gzip file is an error naming it, never text read as good", "[archive]") {
  const std::string dir = test::temp_dir();
  const std::string packed = gzip(sample_text());
  const auto error_of = [&](const std::string& name, const std::string& bytes) {
    try {
      read_all(write_file(dir, name, bytes));
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  std::string crc = packed;
  crc[crc.size() - 8] = static_cast<char>(crc[crc.size() - 8] ^ 0x01);  // the CRC-32's first byte
  CHECK(error_of("crc.mbox.gz", crc) == dir + "/crc.mbox.gz: damaged gzip file: its CRC-32 does not match its data");
  std::string length = packed;
  length[length.size() - 4] = static_cast<char>(length[length.size() - 4] ^ 0x01);  // the length's first byte
  CHECK(error_of("length.mbox.gz", length) ==
        dir + "/length.mbox.gz: damaged gzip file: its length does not match its data");
  // A byte of the compressed data changed: either zlib cannot decode it, or the CRC-32 says so.
  for (const std::size_t at : {packed.size() / 3, packed.size() / 2, packed.size() - 20}) {
    std::string flipped = packed;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
    INFO("byte " << at);
    CHECK(error_of("flipped.mbox.gz", flipped).rfind(dir + "/flipped.mbox.gz: damaged gzip file: ", 0) == 0);
  }
  // Cut short after the header was read: the reader, not the sniffer, sees the end.
  CHECK(error_of("cut.mbox.gz", packed.substr(0, packed.size() - 6)) ==
        dir + "/cut.mbox.gz: damaged gzip file: it ends in the middle of its data (a download or copy cut short?)");
  // A second member that is damaged is found too.
  std::string second = packed + gzip("more");
  second[second.size() - 8] = static_cast<char>(second[second.size() - 8] ^ 0x01);
  CHECK(error_of("second.mbox.gz", second).find("its CRC-32 does not match its data") != std::string::npos);
}

}  // namespace netgap
