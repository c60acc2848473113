#pragma once
// A progress line on a terminal's stderr for inputs that take more than about a second.

#include <chrono>
#include <cstdint>
#include <memory>
#include <netgap/util/input.hpp>
#include <ostream>

namespace netgap::cli {

/// Passes reads through to another source and, once a second has gone by, keeps one line on
/// `err` up to date (bytes read, rate); the line is erased when the source is destroyed.
class ProgressSource final : public ByteSource {
 public:
  /// `columns`: the terminal's width (0: unknown, taken as 80); the line is cut to one column
  /// less, since a line that wraps cannot be erased by "\r" and leaves a copy behind.
  ProgressSource(std::unique_ptr<ByteSource> inner, std::ostream& err, std::uint64_t total_bytes,
                 std::size_t columns = 0);
  ProgressSource(const ProgressSource&) = delete;
  ProgressSource& operator=(const ProgressSource&) = delete;
  ~ProgressSource() override;

  std::size_t read(char* buffer, std::size_t size) override;
  [[nodiscard]] const std::string& name() const override { return inner_->name(); }
  bool rewind() override;
  [[nodiscard]] bool changed() const override { return inner_->changed(); }
  /// Erases the line, if shown, so that what is printed next starts on a clean line.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  std::unique_ptr<ByteSource> inner_;
  std::ostream& err_;
  std::uint64_t total_;
  std::size_t columns_;
  std::uint64_t bytes_ = 0;
  Clock::time_point start_ = Clock::now();  // the line shows once a second has gone by
  Clock::time_point rate_start_ = start_;   // the rate counts from here (a rewind restarts it)
  Clock::time_point last_shown_{};
  bool shown_ = false;
};

}  // namespace netgap::cli
