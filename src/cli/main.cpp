#include "cli/cli.hpp"

int main(int argc, char** argv) {
  return netgap::cli::run(argc, argv, std::cout, std::cerr, std::cin, netgap::cli::process_terminals());
}
