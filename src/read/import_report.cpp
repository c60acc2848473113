#include <netgap/read/import_report.hpp>

#include <fmt/format.h>
#include <netgap/util/error.hpp>

namespace netgap {

void ImportReport::skip(const std::string& source, std::size_t line, const std::string& reason, bool strict,
                        Diagnostics& diagnostics) {
  ++skipped[reason];
  skipped_records.push_back(fmt::format("{}:{}: {}", source, line, reason));
  if (strict) diagnostics.error(fmt::format("{}:{}: skipped: {} (strict reading)", source, line, reason));
}

std::size_t ImportReport::skipped_count() const {
  std::size_t total = 0;
  for (const auto& [reason, count] : skipped) total += count;
  return total;
}

std::string ImportReport::summary(const std::string& source) const {
  std::string reasons;
  for (const auto& [reason, count] : skipped)
    reasons += fmt::format("{}{}: {}", reasons.empty() ? "" : ", ", reason, count);
  return fmt::format("{}: read {} record{}, imported {}, skipped {}{}", source, read, read == 1 ? "" : "s", imported,
                     skipped_count(), reasons.empty() ? "" : " (" + reasons + ")");
}

}  // namespace netgap
