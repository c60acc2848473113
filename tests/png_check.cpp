// png_check FILE WIDTH HEIGHT: exits 0 when FILE is a PNG of that size that is not blank (enough
// distinct colours, enough pixels unlike the background). For the browser test; no Python needed.
#include <zlib.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

std::uint32_t be32(const unsigned char* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | std::uint32_t{p[3]};
}

int fail(const std::string& message) {
  std::fprintf(stderr, "png_check: %s\n", message.c_str());
  return 1;
}

int paeth(int a, int b, int c) {
  const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/// Undoes the per-row filters of 8-bit, non-interlaced image data in place.
bool unfilter(std::vector<unsigned char>& data, std::size_t height, std::size_t stride, std::size_t bpp) {
  if (data.size() < height * (stride + 1)) return false;
  std::vector<unsigned char> previous(stride, 0);
  for (std::size_t y = 0; y < height; ++y) {
    unsigned char* row = &data[y * (stride + 1) + 1];
    const unsigned char filter = row[-1];
    for (std::size_t x = 0; x < stride; ++x) {
      const int a = x >= bpp ? row[x - bpp] : 0, b = previous[x], c = x >= bpp ? previous[x - bpp] : 0;
      const int add = filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : filter == 4 ? paeth(a, b, c) : 0;
      row[x] = static_cast<unsigned char>(row[x] + add);
    }
    previous.assign(row, row + stride);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) return fail("usage: png_check FILE WIDTH HEIGHT");
  std::ifstream file(argv[1], std::ios::binary);
  const std::vector<unsigned char> png((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  static const unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (png.size() < 33 || !std::equal(signature, signature + 8, png.begin())) return fail("not a PNG file");
  const std::uint32_t width = be32(&png[16]), height = be32(&png[20]);
  const unsigned depth = png[24], colour = png[25], interlace = png[28];
  if (width != std::stoul(argv[2]) || height != std::stoul(argv[3])) {
    return fail("the image is " + std::to_string(width) + "x" + std::to_string(height) + ", expected " + argv[2] + "x" +
                argv[3]);
  }
  if (depth != 8 || (colour != 2 && colour != 6) || interlace != 0) return fail("not 8-bit RGB(A), non-interlaced");
  std::vector<unsigned char> compressed;
  for (std::size_t at = 8; at + 12 <= png.size();) {
    const std::uint32_t length = be32(&png[at]);
    if (at + 12 + length > png.size()) return fail("truncated chunk");
    if (std::equal(png.begin() + static_cast<long>(at) + 4, png.begin() + static_cast<long>(at) + 8, "IDAT")) {
      compressed.insert(compressed.end(), png.begin() + static_cast<long>(at) + 8,
                        png.begin() + static_cast<long>(at + 8 + length));
    }
    at += 12 + length;
  }
  const std::size_t bpp = colour == 6 ? 4 : 3, stride = width * bpp;
  std::vector<unsigned char> data(height * (stride + 1));
  uLongf size = data.size();
  if (uncompress(data.data(), &size, compressed.data(), compressed.size()) != Z_OK ||
      !unfilter(data, height, stride, bpp)) {
    return fail("cannot decode the image data");
  }
  std::map<std::uint32_t, std::size_t> colours;
  for (std::size_t y = 0; y < height; ++y) {
    const unsigned char* row = &data[y * (stride + 1) + 1];
    for (std::size_t x = 0; x < width; ++x) {
      const unsigned char* p = row + x * bpp;
      ++colours[std::uint32_t{p[0]} << 16 | std::uint32_t{p[1]} << 8 | p[2]];
    }
  }
  std::size_t background = 0;
  for (const auto& [rgb, count] : colours) background = std::max(background, count);
  const double pixels = static_cast<double>(width) * height;
  const double drawn = 1 - static_cast<double>(background) / pixels;
  std::printf("png_check: %ux%u, %zu colours, %.1f%% of the pixels unlike the background\n", width, height,
              colours.size(), drawn * 100);
  if (colours.size() < 64) return fail("fewer than 64 colours: the page looks blank");
  if (drawn < 0.03) return fail("less than 3% of the pixels differ from the background: the page looks blank");
  return 0;
}
