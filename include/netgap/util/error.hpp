#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace netgap {

/// A problem with what the user gave us. The message already names the place
/// (`roster.json:12:7: ...` or `roster.json: contacts[3] "Ada": strength: ...`);
/// several problems of one input are joined by newlines.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Warnings and errors collected from one input, so that all of them are reported together.
class Diagnostics {
 public:
  /// Keeps at most `max_errors` error messages (the count goes on).
  explicit Diagnostics(std::size_t max_errors = 20, std::size_t max_warnings = 50);

  /// Records a warning; past the cap only the count grows.
  void warn(std::string message);
  /// Records an error; past the cap only the count grows.
  void error(std::string message);

  [[nodiscard]] const std::vector<std::string>& warnings() const { return warnings_; }
  [[nodiscard]] const std::vector<std::string>& errors() const { return errors_; }
  [[nodiscard]] std::size_t warning_count() const { return warning_count_; }
  [[nodiscard]] std::size_t error_count() const { return error_count_; }
  [[nodiscard]] bool has_errors() const { return error_count_ > 0; }

  /// Throws Error with every recorded error (and a line counting the dropped ones), if any.
  void checkpoint() const;

 private:
  std::size_t max_errors_;
  std::size_t max_warnings_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
};

}  // namespace netgap
