// The parsing floor netgap is measured against: nlohmann's SAX parser over a stream, counting
// objects and nothing else (the "nlohmann SAX from a stream + count" column of the issue).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace {

struct Count : nlohmann::json_sax<nlohmann::json> {
  std::size_t objects = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    ++objects;
    return true;
  }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: netgap-sax-floor FILE\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  Count count;
  const bool ok = nlohmann::json::sax_parse(file, &count);
  std::cout << count.objects << " objects\n";
  return ok ? 0 : 1;
}
