#include <netgap/util/error.hpp>

#include <fmt/format.h>

namespace netgap {

Diagnostics::Diagnostics(std::size_t max_errors, std::size_t max_warnings)
    : max_errors_(max_errors), max_warnings_(max_warnings) {}

void Diagnostics::warn(std::string message) {
  if (++warning_count_ <= max_warnings_) warnings_.push_back(std::move(message));
}

void Diagnostics::error(std::string message) {
  if (++error_count_ <= max_errors_) errors_.push_back(std::move(message));
}

void Diagnostics::checkpoint() const {
  if (errors_.empty()) return;
  std::string all;
  for (const auto& e : errors_) {
    if (!all.empty()) all += '\n';
    all += e;
  }
  if (error_count_ > errors_.size()) {
    all += fmt::format("\n... and {} more errors", error_count_ - errors_.size());
  }
  throw Error(all);
}

}  // namespace netgap
